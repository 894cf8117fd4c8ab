/**
 * The Conflicts sheet of a team merge (docs/team.md): table EpmConflicts lists the rating cells the
 * copies disagree on, with each copy's value and evidence and a Decision column the lead fills;
 * table EpmResolved remembers the decisions taken, so that merging the same copies again does not
 * raise them anew. The product owns the sheet and rewrites it whole at every merge.
 */
import { cellText, shownText } from "../core/ids";
import type { Lang, RawCell } from "../core/types";
import { word } from "./labels";
import { DEFAULT_SHEETS, TABLES } from "./layout";
import type { PlanCell, PlanOp, Snapshot, TableGrid } from "./plan";
import { area, freeSheetName } from "./plan-util";
import { tableCellAddress } from "./read";

export type RatingColumn = "C" | "F" | "I";

export interface Conflict {
  clauseId: string;
  module: string;
  column: RatingColumn;
  /** The master's rating cell, e.g. "条目 Clauses!G5" (the pane selects it). */
  cell: string;
  master: string;
  values: Array<{ auditor: string; file: string; value: string }>;
  evidence: Array<{ auditor: string; text: string }>;
}

/** A decision taken earlier: the value chosen and the rating keys it settled. */
export interface Resolution {
  clauseId: string;
  column: RatingColumn;
  decision: string;
  keys: string[];
}

export interface Decision {
  clauseId: string;
  column: RatingColumn;
  value: RawCell;
  cell: string;
}

const CONFLICT_HEADER = [
  "ID",
  "模块 Module",
  "列 Column",
  "主本 Master",
  "各副本取值 Values",
  "各副本佐证 Evidence",
  "决定 Decision",
];
const RESOLVED_HEADER = ["ID", "列 Column", "决定 Decision", "已处理取值 Settled"];
const DECISION = CONFLICT_HEADER.length - 1;
const RESOLVED_COL = CONFLICT_HEADER.length + 1;
const TABLE_ROW = 2;

const asColumn = (cell: RawCell): RatingColumn | null => {
  const text = cellText(cell).toUpperCase();
  return text === "C" || text === "F" || text === "I" ? text : null;
};

/** The Decisions the lead filled in (one per conflict row with a non-blank Decision). */
export function readDecisions(snapshot: Snapshot): Decision[] {
  const grid = snapshot.tables[TABLES.conflicts];
  if (!grid) return [];
  const decisionCol = headerIndex(grid, CONFLICT_HEADER[DECISION], DECISION);
  const out: Decision[] = [];
  grid.rows.forEach((row, k) => {
    const clauseId = cellText(row[0]);
    const column = asColumn(row[headerIndex(grid, CONFLICT_HEADER[2], 2)]);
    const value = row[decisionCol];
    // A formula or an error value is not blank: it is read, so the merge can name it.
    if (clauseId === "" || !column || shownText(value) === "") return;
    out.push({ clauseId, column, value, cell: tableCellAddress(grid, k, decisionCol) });
  });
  return out;
}

export function readResolutions(snapshot: Snapshot): Resolution[] {
  const grid = snapshot.tables[TABLES.resolved];
  if (!grid) return [];
  return grid.rows.flatMap((row) => {
    const column = asColumn(row[1]);
    const clauseId = cellText(row[0]);
    if (clauseId === "" || !column) return [];
    const keys = cellText(row[3]).split(" ; ").filter(Boolean);
    return [{ clauseId, column, decision: cellText(row[2]), keys }];
  });
}

function headerIndex(grid: TableGrid, header: string, fallback: number): number {
  const index = grid.header.indexOf(header);
  return index >= 0 ? index : fallback;
}

/** Rewrite the Conflicts sheet (or leave the workbook alone when there never were conflicts). */
export function conflictsSheetOps(
  snapshot: Snapshot,
  conflicts: readonly Conflict[],
  resolutions: readonly Resolution[],
  lang: Lang
): PlanOp[] {
  const existing =
    snapshot.tables[TABLES.conflicts]?.sheet ?? snapshot.tables[TABLES.resolved]?.sheet;
  if (!existing && conflicts.length === 0 && resolutions.length === 0) return [];
  const sheet = existing ?? freeSheetName(snapshot, DEFAULT_SHEETS.conflicts);
  const lines = (items: string[]): string => items.join("\n");
  const conflictRows: PlanCell[][] = conflicts.map((c) => [
    c.clauseId,
    c.module,
    c.column,
    c.master,
    lines(c.values.map((v) => `${v.auditor} (${v.file}): ${v.value}`)),
    lines(c.evidence.map((e) => `${e.auditor}: ${e.text}`)),
    null,
  ]);
  const resolvedRows: PlanCell[][] = resolutions.map((r) => [
    r.clauseId,
    r.column,
    r.decision,
    r.keys.join(" ; "),
  ]);
  const ops: PlanOp[] = [];
  if (existing) ops.push({ op: "deleteSheet", name: existing });
  ops.push(
    { op: "addSheet", name: sheet, tabColor: "#BF8F00" },
    { op: "setValues", sheet, row: 0, col: 0, values: [[word("conflictsTitle", lang)]] },
    { op: "setStyle", area: area(sheet, 0, 0), style: { bold: true, fontSize: 13 } },
    ...table(sheet, 0, TABLES.conflicts, CONFLICT_HEADER, conflictRows),
    ...table(sheet, RESOLVED_COL, TABLES.resolved, RESOLVED_HEADER, resolvedRows),
    {
      op: "setStyle",
      area: area(sheet, TABLE_ROW + 1, DECISION, Math.max(1, conflictRows.length), 1),
      style: { fill: "#FFF8E1" },
    },
    {
      op: "setStyle",
      area: area(sheet, TABLE_ROW + 1, 3, Math.max(1, conflictRows.length), 3),
      style: { wrap: true },
    },
    ...[8, 9, 8, 14, 40, 48, 16, 2, 8, 8, 16, 24].map((width, col) => ({
      op: "setColumnWidth" as const,
      sheet,
      col,
      width,
    }))
  );
  return ops;
}

function table(
  sheet: string,
  col: number,
  name: string,
  header: string[],
  rows: PlanCell[][]
): PlanOp[] {
  // A table needs a data row: an empty one gets a blank row (read back as no entry).
  const body = rows.length ? rows : [header.map(() => null)];
  return [
    { op: "setValues", sheet, row: TABLE_ROW, col, values: [header, ...body] },
    {
      op: "addTable",
      name,
      area: area(sheet, TABLE_ROW, col, body.length + 1, header.length),
      style: "TableStyleLight12",
    },
  ];
}
