/** Score: one button, the result card, the issues list (a click selects the cell), live mode. */
import { Button, Switch, Text } from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import { IssuesList } from "../components/IssuesList";
import { OperationError, PanelActions, PanelLayout } from "../components/PanelLayout";
import { ResultCard } from "../components/ResultCard";
import { useAudit } from "../context";
import { clauseDirectory } from "../clauses";
import { useLiveScoring } from "../useLiveScoring";
import { useOperation } from "../useOperation";

export function ScorePanel() {
  const { service, t, lang, host, official, setOfficial } = useAudit();
  const op = useOperation();
  const selectOp = useOperation();
  const [live, setLive] = useState(false);

  const rescore = useCallback(async () => {
    // No overrides: stage and years are the workbook's own (Summary inputs).
    const scored = await op.run(() => service.scoreAudit(lang));
    if (scored) setOfficial(scored);
  }, [op, service, lang, setOfficial]);

  const liveError = useCallback(
    (error: unknown) => {
      setLive(false);
      void op.run(() => Promise.reject(error));
    },
    [op]
  );
  useLiveScoring(service, live, rescore, liveError);

  const result = official?.result ?? null;
  const clauses = useMemo(
    () => (official ? clauseDirectory(official, lang) : null),
    [official, lang]
  );
  return (
    <PanelLayout heading={t.scoreHeading} intro={t.scoreIntro}>
      <PanelActions op={op}>
        <Button appearance="primary" disabled={op.busy} onClick={() => void rescore()}>
          {t.scoreButton}
        </Button>
      </PanelActions>
      {service.watchRatings && (
        <Switch checked={live} onChange={(_, data) => setLive(data.checked)} label={t.liveMode} />
      )}
      <OperationError op={op} />
      <OperationError op={selectOp} />
      {result ? (
        <div data-print-area>
          {host.print && (
            <Button data-print-hide onClick={() => window.print()} data-testid="print-report">
              {t.printReport}
            </Button>
          )}
          <ResultCard
            result={result}
            clauseInfo={clauses?.info}
            onSelectClause={(id) => {
              const address = clauses?.address(id);
              if (address) void selectOp.run(() => service.select(address));
            }}
          />
          <IssuesList
            issues={result.issues}
            onSelect={(address) => void selectOp.run(() => service.select(address))}
          />
        </div>
      ) : (
        <Text>{t.noResult}</Text>
      )}
    </PanelLayout>
  );
}
