/** The condition table, a column per star level (1 to 9): required, actual, met, for every condition. */
import { makeStyles } from "@fluentui/react-components";
import type { ConditionKey, Level } from "../../core/types";
import { useAudit } from "../context";
import { CONDITION_LABEL, conditionValue } from "../format";
import { fill } from "../i18n";
import { SmallTable } from "./SmallTable";
import { useSrOnly } from "./srOnly";

const KEYS: ConditionKey[] = ["years", "compliance", "fShare", "score15", "score6"];

/** Room for the label column and each level's "✓ 85.0% / 80.0%": more levels scroll sideways. */
const LABEL_WIDTH = 120;
const LEVEL_WIDTH = 96;

const useStyles = makeStyles({ scroll: { overflowX: "auto" } });

/** The table's least width: a pane of nine levels scrolls instead of squeezing each cell. */
export function conditionsTableWidth(levelCount: number): number {
  return LABEL_WIDTH + LEVEL_WIDTH * levelCount;
}

export function ConditionsTable({
  levels,
  strictCompliance = false,
}: {
  levels: Level[];
  /** The rule strictCompliance was on: the compliance row says so. */
  strictCompliance?: boolean;
}) {
  const { t, lang } = useAudit();
  const { srOnly } = useSrOnly();
  const styles = useStyles();
  const cell = (level: Level, key: ConditionKey) => {
    const c = level.conditions.find((x) => x.key === key);
    if (!c) return "–";
    const met = c.met === null ? t.unknown : c.met ? t.yes : t.no;
    const mark = c.met === null ? "?" : c.met ? "✓" : "✗";
    return (
      <span title={met}>
        <span aria-hidden="true">{mark} </span>
        {conditionValue(key, c.actual, lang)} / {conditionValue(key, c.required, lang)}
        <span className={srOnly}> ({met})</span>
      </span>
    );
  };
  return (
    <div className={styles.scroll} role="region" aria-label={t.conditions} tabIndex={0}>
      <div style={{ minWidth: `${conditionsTableWidth(levels.length)}px` }}>
        <SmallTable
          label={t.conditions}
          head={[
            `${t.condition} (${t.actual} / ${t.required})`,
            ...levels.map(
              (level) => `${fill(t.level, { n: level.stars })} ${level.met ? "✓" : ""}`
            ),
          ]}
          rows={KEYS.map((key) => ({
            key,
            cells: [
              t[CONDITION_LABEL[key]] +
                (key === "compliance" && strictCompliance ? ` ${t.strictReading}` : ""),
              ...levels.map((level) => cell(level, key)),
            ],
          }))}
        />
      </div>
    </div>
  );
}
