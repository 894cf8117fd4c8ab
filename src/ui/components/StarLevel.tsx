/** The star level in large type, with the provisional and incomplete badges. */
import { Badge, Text, Tooltip, makeStyles, tokens } from "@fluentui/react-components";
import type { Result } from "../../core/types";
import { useAudit } from "../context";
import { starsLabel } from "../i18n";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "baseline", gap: "8px", flexWrap: "wrap" },
  stars: { fontSize: "40px", lineHeight: "48px", color: tokens.colorPaletteMarigoldForeground1 },
  number: { fontSize: "40px", lineHeight: "48px", fontWeight: tokens.fontWeightSemibold },
});

/** The badges a result can carry: the flag that shows it (also its label's key) and its hint. */
const BADGES = [
  { when: "provisional", hint: "provisionalHint", color: "warning" },
  { when: "incomplete", hint: "incompleteHint", color: "danger" },
] as const;

export function StarLevel({ result, testId = "star-level" }: { result: Result; testId?: string }) {
  const { t } = useAudit();
  const styles = useStyles();
  const label = starsLabel(t, result.stars);
  return (
    <div className={styles.row} aria-label={`${t.starLevel}: ${label}`} role="group">
      <Text className={styles.number} data-testid={testId}>
        {result.stars}
      </Text>
      <span className={styles.stars} aria-hidden="true">
        {result.stars > 0 ? "★".repeat(result.stars) : "☆"}
      </span>
      <Text>{label}</Text>
      {BADGES.filter((badge) => result[badge.when]).map((badge) => (
        <Tooltip key={badge.when} content={t[badge.hint]} relationship="description">
          <Badge color={badge.color} tabIndex={0}>
            {t[badge.when]}
          </Badge>
        </Tooltip>
      ))}
    </div>
  );
}
