/** Text for screen readers only (the visual form is a ✓/✗ mark). */
import { makeStyles } from "@fluentui/react-components";

export const useSrOnly = makeStyles({
  srOnly: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});
