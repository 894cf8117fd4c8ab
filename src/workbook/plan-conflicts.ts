/**
 * The Conflicts sheet of a team merge (docs/team.md): the conflicts table (…Conflicts) lists the
 * rating cells the copies disagree on, with each copy's value and evidence and a Decision column
 * the lead fills; the resolved table (…Resolved) remembers the decisions taken, so that merging the
 * same copies again does not raise them anew. At every merge the product rewrites its two tables
 * in place; the lead's other cells on the sheet stay.
 */
import { cellText, shownText } from "../core/ids";
import type { Lang, RawCell } from "../core/types";
import { word } from "./labels";
import type { LayoutNames } from "./layout";
import type { PlanCell, PlanOp, Snapshot, TableGrid } from "./plan";
import { cellSized, rewriteTable, type TableRewrite } from "./owned-table";
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
export function readDecisions(snapshot: Snapshot, names: LayoutNames): Decision[] {
  const grid = snapshot.tables[names.tables.conflicts];
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

export function readResolutions(snapshot: Snapshot, names: LayoutNames): Resolution[] {
  const grid = snapshot.tables[names.tables.resolved];
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

/**
 * The Conflicts sheet's tables with these conflicts and decisions (or nothing when there never
 * were conflicts). An existing sheet is not rewritten whole: the two tables are rewritten in place
 * (see owned-table.ts) and the title above the conflicts table is set again; the lead's other
 * cells, columns and lines stay as they were.
 */
export function conflictsSheetOps(
  snapshot: Snapshot,
  names: LayoutNames,
  conflicts: readonly Conflict[],
  resolutions: readonly Resolution[],
  lang: Lang
): PlanOp[] {
  const conflictsGrid = snapshot.tables[names.tables.conflicts];
  const resolvedGrid = snapshot.tables[names.tables.resolved];
  if (!conflictsGrid && !resolvedGrid && conflicts.length === 0 && resolutions.length === 0)
    return [];
  const lines = (items: string[]): string => cellSized(items.join("\n"));
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
    cellSized(r.keys.join(" ; ")),
  ]);
  if (!conflictsGrid || !resolvedGrid) {
    // A table the lead deleted is made again on a sheet of its own: where it stood may now hold
    // the lead's cells, which the product cannot see from here.
    const ops: PlanOp[] = [];
    const taken = new Set<string>();
    if (conflictsGrid || resolvedGrid) {
      const kept = (conflictsGrid ?? resolvedGrid)!;
      const [header, rows] = conflictsGrid
        ? [CONFLICT_HEADER, conflictRows]
        : [RESOLVED_HEADER, resolvedRows];
      ops.push(...inPlaceThenGrow([rewriteTable(kept, header, rows)]));
      if (conflictsGrid) ops.push(...conflictStyles(conflictsGrid, conflictRows.length));
      taken.add(kept.sheet);
    }
    const sheet = freeSheetName(snapshot, names.sheets.conflicts, taken);
    ops.push(
      { op: "addSheet", name: sheet, tabColor: "#BF8F00" },
      { op: "setValues", sheet, row: 0, col: 0, values: [[word("conflictsTitle", lang)]] },
      { op: "setStyle", area: area(sheet, 0, 0), style: { bold: true, fontSize: 13 } }
    );
    if (!conflictsGrid) {
      ops.push(...table(sheet, 0, names.tables.conflicts, CONFLICT_HEADER, conflictRows));
      ops.push(...conflictStyles(newGrid(sheet, 0, names), conflictRows.length));
    }
    if (!resolvedGrid)
      ops.push(...table(sheet, RESOLVED_COL, names.tables.resolved, RESOLVED_HEADER, resolvedRows));
    ops.push(
      ...[8, 9, 8, 14, 40, 48, 16, 2, 8, 8, 16, 24].map((width, col) => ({
        op: "setColumnWidth" as const,
        sheet,
        col,
        width,
      }))
    );
    return ops;
  }
  const ops: PlanOp[] = [];
  if (conflictsGrid.row >= TABLE_ROW)
    ops.push({
      op: "setValues",
      sheet: conflictsGrid.sheet,
      row: conflictsGrid.row - TABLE_ROW,
      col: conflictsGrid.col,
      values: [[word("conflictsTitle", lang)]],
    });
  // The lower table grows first, so that its rows are added before the upper one moves it.
  const rewrites = [
    { grid: conflictsGrid, rewrite: rewriteTable(conflictsGrid, CONFLICT_HEADER, conflictRows) },
    { grid: resolvedGrid, rewrite: rewriteTable(resolvedGrid, RESOLVED_HEADER, resolvedRows) },
  ].sort((a, b) => b.grid.row - a.grid.row);
  ops.push(...inPlaceThenGrow(rewrites.map((r) => r.rewrite)));
  ops.push(...conflictStyles(conflictsGrid, conflictRows.length));
  return ops;
}

/** Every in-place write before any growth, which may move cells below a table. */
function inPlaceThenGrow(rewrites: readonly TableRewrite[]): PlanOp[] {
  return [...rewrites.flatMap((r) => r.inPlace), ...rewrites.flatMap((r) => r.grow)];
}

/** A conflicts table about to be made at row TABLE_ROW, as its grid will read. */
function newGrid(sheet: string, col: number, names: LayoutNames): TableGrid {
  return {
    name: names.tables.conflicts,
    sheet,
    row: TABLE_ROW,
    col,
    header: CONFLICT_HEADER,
    rows: [],
  };
}

/** The Decision column filled, the long columns wrapped, over the table's data rows. */
function conflictStyles(grid: TableGrid, rows: number): PlanOp[] {
  const count = Math.max(1, rows, grid.rows.length);
  const decision = grid.header.indexOf(CONFLICT_HEADER[DECISION]);
  return [
    {
      op: "setStyle",
      area: area(
        grid.sheet,
        grid.row + 1,
        grid.col + (decision >= 0 ? decision : DECISION),
        count,
        1
      ),
      style: { fill: "#FFF8E1" },
    },
    {
      op: "setStyle",
      area: area(grid.sheet, grid.row + 1, grid.col + 3, count, 3),
      style: { wrap: true },
    },
  ];
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
