/** Issues of the last scoring; an issue with a cell address selects that cell in the workbook. */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Issue } from "../../core/types";
import { useAudit } from "../context";
import { fill } from "../i18n";

const useStyles = makeStyles({
  list: { listStyle: "none", padding: 0, margin: 0, maxHeight: "320px", overflowY: "auto" },
  item: { display: "flex", flexDirection: "column", alignItems: "flex-start", marginBottom: "6px" },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export function IssuesList({
  issues,
  onSelect,
}: {
  issues: Issue[];
  onSelect: (cell: string) => void;
}) {
  const { t } = useAudit();
  const styles = useStyles();
  return (
    <section aria-label={t.issues}>
      <Text weight="semibold">
        {t.issues} (<span data-testid="issues-count">{issues.length}</span>)
      </Text>
      {issues.length === 0 ? (
        <Text block>{t.issuesNone}</Text>
      ) : (
        <ul className={styles.list}>
          {issues.map((issue, k) => (
            <li key={k} className={styles.item}>
              <Text className={issue.severity === "error" ? styles.error : styles.warning}>
                {issue.message}
              </Text>
              {issue.cell && (
                <Button
                  appearance="subtle"
                  size="small"
                  onClick={() => onSelect(issue.cell as string)}
                >
                  {fill(t.goToCell, { cell: issue.cell })}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
