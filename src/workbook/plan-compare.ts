/**
 * The Compare sheet (docs/team.md): two audits side by side — stars and totals, the star
 * conditions whose outcome changed, module and sub-item deltas, and the compare table (…Compare) with every
 * clause whose rating or ratio changed. The product rewrites its own cells there, never the lead's.
 */
import type { Comparison } from "../core/compare";
import type { Lang } from "../core/types";
import { conditionLabel, word } from "./labels";
import type { ResolvedStandard } from "./standard";
import type { PlanCell, PlanOp, Snapshot } from "./plan";
import { AuditInputError, workbookIssue } from "./issues";
import { rewriteTable } from "./owned-table";
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

/**
 * The Compare sheet for this comparison. An existing sheet is not rewritten whole: the rows above
 * the compare table get the summary again (cells of columns A–D the product writes; its blank
 * separator rows are left alone) and the table is rewritten in place (see owned-table.ts), so the
 * lead's notes beside and below stay. The conditions section has room for every condition
 * (`reserved` rows), so that the table does not move between compares; on a sheet with less room
 * (made by an earlier version) the conditions that do not fit share its last row.
 */
export function compareSheetOps(
  snapshot: Snapshot,
  comparison: Comparison,
  files: { before: string; after: string },
  lang: Lang,
  standard: ResolvedStandard,
  reserved = 1
): PlanOp[] {
  const { names, terms } = standard;
  const existing = snapshot.tables[names.tables.compare];
  const sheet = existing?.sheet ?? freeSheetName(snapshot, names.sheets.compare);
  const ops: PlanOp[] = existing ? [] : [{ op: "addSheet", name: sheet, tabColor: "#2F5597" }];
  const { before, after } = comparison;
  const mark = (met: boolean | null): string => (met === null ? "?" : met ? "✓" : "✗");
  const shown = (v: { actual: number | null; met: boolean | null }): string =>
    `${v.actual === null ? "?" : Math.round(v.actual * 100) / 100} ${mark(v.met)}`;
  const conditions: PlanCell[][] = comparison.conditions.map((c) => [
    `${c.stars}★ ${conditionLabel(c.key, lang, terms)}`,
    shown(c.before),
    shown(c.after),
    null,
  ]);
  const blocks = [...comparison.modules, ...comparison.subItems].map((b): PlanCell[] => [
    b.id,
    b.before,
    b.after,
    b.delta,
  ]);
  // Rows above the table other than the conditions: title, gap, totals (header + 3), gap,
  // conditions header, gap, blocks (header + rows), gap.
  const fixedRows = 1 + 1 + 4 + 1 + 1 + 1 + 1 + blocks.length + 1;
  const room = existing ? existing.row - fixedRows : Math.max(reserved, conditions.length, 1);
  if (room < 1)
    throw new AuditInputError([
      workbookIssue(
        "error",
        "compareTableMoved",
        null,
        { sheet, table: names.tables.compare },
        lang
      ),
    ]);
  const listed: PlanCell[][] = conditions.length
    ? conditions
    : [[word("compareNone", lang), null, null, null]];
  const fitted =
    listed.length <= room
      ? listed
      : [
          ...listed.slice(0, room - 1),
          [
            listed
              .slice(room - 1)
              .map((c) => c.slice(0, 3).join(" "))
              .join("; "),
            null,
            null,
            null,
          ],
        ];
  const conditionRows = [
    ...fitted,
    ...new Array(room - fitted.length).fill([null, null, null, null]),
  ];

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
  put([[`${word("compareTitle", lang)}: ${files.before} → ${files.after}`]], true);
  row += 1;
  put(
    [[null, word("compareBefore", lang), word("compareAfter", lang), word("compareChange", lang)]],
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
        word("compareConditions", lang),
        word("compareBefore", lang),
        word("compareAfter", lang),
        null,
      ],
    ],
    true
  );
  put(conditionRows);
  row += 1;

  put(
    [
      [
        word("compareModuleItem", lang),
        word("compareBefore", lang),
        word("compareAfter", lang),
        word("compareChange", lang),
      ],
    ],
    true
  );
  const blockRow = row;
  if (blocks.length) put(blocks);
  ops.push({
    op: "setNumberFormat",
    area: area(sheet, blockRow, 1, Math.max(1, blocks.length), 3),
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
  const tableRow = row;
  let bodyRows: number;
  if (existing) {
    const rewrite = rewriteTable(existing, CLAUSE_HEADER, clauses);
    ops.push(...rewrite.inPlace, ...rewrite.grow);
    bodyRows = rewrite.rows;
  } else {
    const body = clauses.length ? clauses : [CLAUSE_HEADER.map(() => null)];
    bodyRows = body.length;
    ops.push(
      { op: "setValues", sheet, row, col: 0, values: [CLAUSE_HEADER, ...body] },
      {
        op: "addTable",
        name: names.tables.compare,
        area: area(sheet, tableRow, 0, body.length + 1, CLAUSE_HEADER.length),
        style: "TableStyleLight9",
      },
      ...[34, 12, 12, 12, 14, 14, 14].map((width, col) => ({
        op: "setColumnWidth" as const,
        sheet,
        col,
        width,
      }))
    );
  }
  const at = existing ?? { row: tableRow, col: 0 };
  ops.push(
    {
      op: "setNumberFormat",
      area: area(sheet, at.row + 1, at.col + 4, bodyRows, 2),
      format: "0%",
    },
    {
      op: "setNumberFormat",
      area: area(sheet, at.row + 1, at.col + 6, bodyRows, 1),
      format: "+0.00;-0.00;0.00",
    }
  );
  return ops;
}
