/**
 * Star conditions and shortfalls as text in their own units (years, clauses, %, points), with the
 * plurals right in English and the measure words right in Chinese. Shared by the Summary sheet,
 * the task pane and the command line, so that every reader sees the same words.
 */
import { fill } from "../core/i18n";
import type { Condition, ConditionKey, Lang, Shortfall } from "../core/types";

export function numberText(value: number, lang: Lang, digits = 2): string {
  return new Intl.NumberFormat(lang === "zh" ? "zh-CN" : "en-US", {
    maximumFractionDigits: digits,
    minimumFractionDigits: 0,
  }).format(value);
}

export function percentText(fraction: number, lang: Lang): string {
  return `${numberText(fraction * 100, lang, 1)}%`;
}

/** A condition's actual or required value: fShare as %, points with 1 decimal, counts as is. */
export function conditionValueText(key: ConditionKey, value: number | null, lang: Lang): string {
  if (value === null) return "–";
  if (key === "fShare") return percentText(value, lang);
  return numberText(value, lang, key === "score15" || key === "score6" ? 1 : 2);
}

export const MET_MARK = { met: "✓", notMet: "✗", unknown: "?" } as const;

export function metMark(met: boolean | null): string {
  return met === null ? MET_MARK.unknown : met ? MET_MARK.met : MET_MARK.notMet;
}

/** One cell of the condition matrix: "actual / required ✓". */
export function matrixCellText(condition: Condition, lang: Lang): string {
  const actual = conditionValueText(condition.key, condition.actual, lang);
  const required = conditionValueText(condition.key, condition.required, lang);
  return `${actual} / ${required} ${metMark(condition.met)}`;
}

const UNITS: Record<ConditionKey, { zh: string; one: string; other: string }> = {
  years: { zh: "还差 {n} 年", one: "{n} more year", other: "{n} more years" },
  compliance: {
    zh: "还有 {n} 条未方法合规",
    one: "{n} clause not method-compliant",
    other: "{n} clauses not method-compliant",
  },
  fShare: {
    zh: "还需 {n} 条执行通过",
    one: "{n} more clause must pass execution",
    other: "{n} more clauses must pass execution",
  },
  score15: { zh: "还差 {n} 分", one: "{n} more point", other: "{n} more points" },
  score6: { zh: "还差 {n} 分", one: "{n} more point", other: "{n} more points" },
};

/** How far a condition is from being met, in its own unit: "还差 1 年", "1 more year". */
export function shortfallText(shortfall: Pick<Shortfall, "key" | "short">, lang: Lang): string {
  const unit = UNITS[shortfall.key];
  const digits = shortfall.key === "score15" || shortfall.key === "score6" ? 1 : 2;
  const n = numberText(shortfall.short, lang, digits);
  const template = lang === "zh" ? unit.zh : n === "1" ? unit.one : unit.other;
  return fill(template, { n });
}
