/** A button that opens the file chooser for .xlsx files and hands the chosen ones over. */
import { Button, makeStyles } from "@fluentui/react-components";
import { useRef } from "react";
import type { FileLike } from "../../services/copies";

const XLSX = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const useStyles = makeStyles({ hidden: { display: "none" } });

export function XlsxPicker(props: {
  label: string;
  multiple?: boolean;
  primary?: boolean;
  disabled?: boolean;
  testId: string;
  onFiles: (files: FileLike[]) => void;
}) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button
        appearance={props.primary ? "primary" : "secondary"}
        disabled={props.disabled}
        onClick={() => input.current?.click()}
      >
        {props.label}
      </Button>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        multiple={props.multiple}
        accept={XLSX}
        aria-label={props.label}
        data-testid={props.testId}
        onChange={(event) => {
          const files: FileLike[] = [...(event.target.files ?? [])];
          // Cleared so that choosing the same file again is a change too.
          event.target.value = "";
          if (files.length) props.onFiles(files);
        }}
      />
    </>
  );
}
