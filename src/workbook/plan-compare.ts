/**
 * The Compare sheet (docs/team.md): two audits side by side — stars and totals, the star
 * conditions whose outcome changed, module and sub-item deltas, and table EpmCompare with every
 * clause whose rating or ratio changed. The product owns the sheet and rewrites it whole.
 */
import type { Comparison } from "../core/compare";
import type { StandardTerms } from "../core/standard";
import type { Lang } from "../core/types";
import { conditionLabel, word } from "./labels";
import { DEFAULT_SHEETS, TABLES } from "./layout";
import type { PlanCell, PlanOp, Snapshot } from "./plan";
import { area, freeSheetName } from "./plan-util";

const CLAUSE_HEADER = [
  "ID",
  "模块 Module",
  "之前 Before",
  "之后 After",
  "得分率之前 RatioBefore",
  "得分率之后 RatioAfter",
  "分值变化 PointsDelta",
];

const say = (lang: Lang, zh: string, en: string): string => (lang === "zh" ? zh : en);

export function compareSheetOps(
  snapshot: Snapshot,
  comparison: Comparison,
  files: { before: string; after: string },
  lang: Lang,
  terms: StandardTerms
): PlanOp[] {
  const existing = snapshot.tables[TABLES.compare]?.sheet;
  const sheet = existing ?? freeSheetName(snapshot, DEFAULT_SHEETS.compare);
  const ops: PlanOp[] = existing ? [{ op: "deleteSheet", name: existing }] : [];
  ops.push({ op: "addSheet", name: sheet, tabColor: "#2F5597" });
  let row = 0;
  const put = (values: PlanCell[][], bold = false): void => {
    ops.push({ op: "setValues", sheet, row, col: 0, values });
    if (bold)
      ops.push({
        op: "setStyle",
        area: area(sheet, row, 0, 1, values[0].length),
        style: { bold: true },
      });
    row += values.length;
  };
  const { before, after } = comparison;
  put(
    [[`${say(lang, "对比", "Compare")}: ${files.before} → ${files.after}`, null, null, null]],
    true
  );
  row += 1;
  put(
    [[null, say(lang, "之前", "Before"), say(lang, "之后", "After"), say(lang, "变化", "Change")]],
    true
  );
  put([
    [word("starLevel", lang), before.stars, after.stars, after.stars - before.stars],
    [word("score15", lang, terms), before.score15, after.score15, after.score15 - before.score15],
    [word("score6", lang, terms), before.score6, after.score6, after.score6 - before.score6],
  ]);
  ops.push({ op: "setNumberFormat", area: area(sheet, row - 2, 1, 2, 3), format: "0.00" });
  row += 1;

  put(
    [
      [
        say(lang, "变化的认证条件", "Star conditions that changed"),
        say(lang, "之前", "Before"),
        say(lang, "之后", "After"),
        null,
      ],
    ],
    true
  );
  const mark = (met: boolean | null): string => (met === null ? "?" : met ? "✓" : "✗");
  const shown = (v: { actual: number | null; met: boolean | null }): string =>
    `${v.actual === null ? "?" : Math.round(v.actual * 100) / 100} ${mark(v.met)}`;
  const conditions: PlanCell[][] = comparison.conditions.map((c) => [
    `${c.stars}★ ${conditionLabel(c.key, lang, terms)}`,
    shown(c.before),
    shown(c.after),
    null,
  ]);
  put(conditions.length ? conditions : [[say(lang, "（无）", "(none)"), null, null, null]]);
  row += 1;

  put(
    [
      [
        say(lang, "模块 / 子项", "Module / item"),
        say(lang, "之前", "Before"),
        say(lang, "之后", "After"),
        say(lang, "变化", "Change"),
      ],
    ],
    true
  );
  const blocks = [...comparison.modules, ...comparison.subItems].map((b): PlanCell[] => [
    b.id,
    b.before,
    b.after,
    b.delta,
  ]);
  const blockRow = row;
  put(blocks);
  ops.push({
    op: "setNumberFormat",
    area: area(sheet, blockRow, 1, blocks.length, 3),
    format: "0.00",
  });
  row += 1;

  const clauses: PlanCell[][] = comparison.clauses.map((c) => [
    c.id,
    c.module,
    c.before,
    c.after,
    c.ratioBefore,
    c.ratioAfter,
    c.pointsDelta,
  ]);
  const body = clauses.length ? clauses : [CLAUSE_HEADER.map(() => null)];
  const tableRow = row;
  ops.push(
    { op: "setValues", sheet, row, col: 0, values: [CLAUSE_HEADER, ...body] },
    {
      op: "addTable",
      name: TABLES.compare,
      area: area(sheet, tableRow, 0, body.length + 1, CLAUSE_HEADER.length),
      style: "TableStyleLight9",
    },
    { op: "setNumberFormat", area: area(sheet, tableRow + 1, 4, body.length, 2), format: "0%" },
    {
      op: "setNumberFormat",
      area: area(sheet, tableRow + 1, 6, body.length, 1),
      format: "+0.00;-0.00;0.00",
    },
    ...[34, 12, 12, 12, 14, 14, 14].map((width, col) => ({
      op: "setColumnWidth" as const,
      sheet,
      col,
      width,
    }))
  );
  return ops;
}
