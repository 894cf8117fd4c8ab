/** The official result: stars, totals, module bars, conditions, gap. */
import { Card, Text, makeStyles } from "@fluentui/react-components";
import type { Result } from "../../core/types";
import { useAudit } from "../context";
import { numberText, percentText } from "../format";
import { ConditionsTable } from "./ConditionsTable";
import { GapView, type GapViewProps } from "./GapView";
import { ModuleBars } from "./ModuleBars";
import { StarLevel } from "./StarLevel";

const useStyles = makeStyles({
  totals: { display: "grid", gridTemplateColumns: "auto auto", gap: "2px 12px" },
});

export function ResultCard({
  result,
  clauseInfo,
  onSelectClause,
}: { result: Result } & Omit<GapViewProps, "gap">) {
  const { t, lang } = useAudit();
  const styles = useStyles();
  return (
    <Card>
      <StarLevel result={result} />
      <div className={styles.totals}>
        <Text>{t.score15}</Text>
        <Text>
          <span data-testid="score15">{numberText(result.score15, lang)}</span> /{" "}
          {numberText(result.max15, lang)}
        </Text>
        <Text>{t.score6}</Text>
        <Text>
          <span data-testid="score6">{numberText(result.score6, lang)}</span> /{" "}
          {numberText(result.cap6, lang)}
        </Text>
        <Text>{t.fPassShare}</Text>
        <Text>{percentText(result.fPassShare, lang)}</Text>
      </div>
      <Text weight="semibold">{t.modules}</Text>
      <ModuleBars modules={result.modules} />
      <ConditionsTable levels={result.levels} strictCompliance={result.strictCompliance} />
      <GapView gap={result.gap} clauseInfo={clauseInfo} onSelectClause={onSelectClause} />
    </Card>
  );
}
