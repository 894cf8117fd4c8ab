/**
 * Team: merge co-auditors' returned copies into this workbook (conflicts listed; a click selects
 * the master's cell), and compare this audit with an earlier one (written as the Compare sheet).
 */
import { Button, Checkbox, Text, makeStyles } from "@fluentui/react-components";
import { useState } from "react";
import { OperationError, PanelActions, PanelHeading, PanelLayout } from "../components/PanelLayout";
import { XlsxPicker } from "../components/XlsxPicker";
import { useAudit } from "../context";
import { fill } from "../i18n";
import type { CompareOutcome, FileLike, MergeSummary } from "../../services/auditService";
import { useOperation } from "../useOperation";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: "18px" },
});

export function TeamPanel() {
  const { service, t, lang } = useAudit();
  const styles = useStyles();
  const mergeOp = useOperation();
  const compareOp = useOperation();
  const selectOp = useOperation();
  const [force, setForce] = useState(false);
  const [opened, setOpened] = useState<{ done: number; total: number } | null>(null);
  const [merged, setMerged] = useState<MergeSummary | null>(null);
  const [compared, setCompared] = useState<CompareOutcome | null>(null);

  const merge = async (files: FileLike[]) => {
    setMerged(null);
    const summary = await mergeOp.run(() =>
      service.mergeCopies(files, lang, { forceAuditId: force }, (done, total) =>
        setOpened({ done, total })
      )
    );
    setOpened(null);
    if (summary) setMerged(summary);
  };
  const compare = async (files: FileLike[]) => {
    setCompared(null);
    const outcome = await compareOp.run(() => service.compareWith(files[0], lang, t.thisWorkbook));
    if (outcome) setCompared(outcome);
  };

  return (
    <PanelLayout heading={t.teamHeading} intro={t.mergeIntro}>
      <PanelActions op={mergeOp}>
        <XlsxPicker
          label={t.mergeButton}
          multiple
          primary
          disabled={mergeOp.busy}
          testId="copies-input"
          onFiles={(files) => void merge(files)}
        />
        {opened && <Text role="status">{fill(t.mergeOpened, opened)}</Text>}
      </PanelActions>
      <Checkbox
        checked={force}
        onChange={(_, data) => setForce(data.checked === true)}
        label={t.mergeForce}
      />
      <OperationError op={mergeOp} />
      {merged && (
        <div role="status" data-testid="merge-summary">
          <Text>
            {fill(t.mergeDone, {
              taken: merged.taken,
              same: merged.same,
              resolved: merged.resolved,
              conflicts: merged.conflicts.length,
            })}
          </Text>
          {merged.conflicts.length > 0 && (
            <>
              <Text as="p">{t.mergeConflictsHint}</Text>
              <ul className={styles.list} aria-label={t.mergeConflicts}>
                {merged.conflicts.map((c) => (
                  <li key={`${c.clauseId}|${c.column}`}>
                    <Button
                      appearance="transparent"
                      size="small"
                      onClick={() => void selectOp.run(() => service.select(c.cell))}
                    >
                      {fill(t.conflictLine, {
                        id: c.clauseId,
                        column: c.column,
                        values: c.values.map((v) => `${v.auditor}: ${v.value}`).join(" · "),
                      })}
                    </Button>
                  </li>
                ))}
              </ul>
            </>
          )}
          {merged.issues.map((issue) => (
            <Text as="p" key={issue.message}>
              {issue.message}
            </Text>
          ))}
        </div>
      )}
      <OperationError op={selectOp} />

      <PanelHeading heading={t.compareHeading} intro={t.compareIntro} level={3} />
      <PanelActions op={compareOp}>
        <XlsxPicker
          label={t.compareButton}
          disabled={compareOp.busy}
          testId="earlier-input"
          onFiles={(files) => void compare(files)}
        />
      </PanelActions>
      <OperationError op={compareOp} />
      {compared && (
        <div role="status" data-testid="compare-summary">
          <Text as="p">
            {fill(t.compareStars, {
              before: compared.comparison.before.stars,
              after: compared.comparison.after.stars,
            })}
          </Text>
          <Text as="p">{fill(t.compareClauses, { n: compared.comparison.clauses.length })}</Text>
          <ul className={styles.list}>
            {compared.comparison.clauses.slice(0, 10).map((c) => (
              <li key={c.id}>
                {fill(t.compareLine, {
                  id: c.id,
                  before: c.before,
                  after: c.after,
                  delta: `${c.pointsDelta > 0 ? "+" : ""}${c.pointsDelta.toFixed(2)}`,
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </PanelLayout>
  );
}
