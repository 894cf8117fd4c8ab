/** The 3★/4★/5★ condition table: required, actual, met, for every condition. */
import type { ConditionKey, Level } from "../../core/types";
import { useAudit } from "../context";
import { CONDITION_LABEL, conditionValue } from "../format";
import { fill } from "../i18n";
import { SmallTable } from "./SmallTable";
import { useSrOnly } from "./srOnly";

const KEYS: ConditionKey[] = ["years", "compliance", "fShare", "score15", "score6"];

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
    <SmallTable
      label={t.conditions}
      head={[
        `${t.condition} (${t.actual} / ${t.required})`,
        ...levels.map((level) => `${fill(t.level, { n: level.stars })} ${level.met ? "✓" : ""}`),
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
  );
}
