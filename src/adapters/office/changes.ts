/**
 * Which changes of the clause table live mode should score again, decided from the event's
 * address alone (pure, no timer): a change counts when it touches a rating column (owner "input")
 * and is not the echo of the product's own write. The scorer writes only product columns, so its
 * writes never count, however late Excel delivers their events; Create and upgrade also write the
 * rating columns (kept ratings, new rows), and those writes are recorded as echoes to skip once.
 */
import { CLAUSE_COLUMNS, locateColumns } from "../../workbook/columns";
import type { PlanOp, TableGrid } from "../../workbook/plan";
import { parseRange, rangeA1, type CellBox } from "../../workbook/a1";

export interface TableChange {
  /** The changed cells, without the sheet, e.g. "F12" or "K2:N212". */
  address: string;
  changeType: string;
}

const INPUT_KEYS = new Set(CLAUSE_COLUMNS.filter((c) => c.owner === "input").map((c) => c.key));
/** Structure changes move the columns: the positions known from the last read no longer hold. */
const STRUCTURAL = new Set(["ColumnInserted", "ColumnDeleted", "CellInserted", "CellDeleted"]);

/** Sheet columns (0-based) of the rating columns of the clause table. */
export function inputColumnsOf(grid: TableGrid): number[] {
  const cols = locateColumns(grid.header);
  return Object.entries(cols)
    .filter(([key]) => INPUT_KEYS.has(key as never))
    .map(([, index]) => grid.col + (index as number));
}

function touches(box: CellBox, columns: readonly number[]): boolean {
  return columns.some((c) => c >= box.col && c < box.col + box.cols);
}

/** Whether a change may alter the ratings; unknown layout or structure changes count. */
export function isInputChange(
  change: TableChange,
  inputColumns: readonly number[] | null
): boolean {
  if (!inputColumns || STRUCTURAL.has(change.changeType)) return true;
  const box = parseRange(change.address);
  return box === null || touches(box, inputColumns);
}

function intersect(a: CellBox, b: CellBox): CellBox | null {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const rows = Math.min(a.row + a.rows, b.row + b.rows) - row;
  const cols = Math.min(a.col + a.cols, b.col + b.cols) - col;
  return rows > 0 && cols > 0 ? { row, col, rows, cols } : null;
}

/**
 * Addresses of the table events a plan's writes will cause in the rating columns: each write's
 * intersection with the table (rows.add: the new rows), as Excel reports a table change.
 */
export function echoesOf(plan: readonly PlanOp[], grid: TableGrid, table: string): string[] {
  const inputs = inputColumnsOf(grid);
  let rows = grid.rows.length + 1;
  const echoes: string[] = [];
  const add = (box: CellBox | null) => {
    if (box && touches(box, inputs)) echoes.push(rangeA1(box));
  };
  for (const op of plan) {
    const tableBox = { row: grid.row, col: grid.col, rows, cols: grid.header.length };
    if (op.op === "setValues" && op.sheet === grid.sheet && op.values.length > 0) {
      const box = { row: op.row, col: op.col, rows: op.values.length, cols: op.values[0].length };
      add(intersect(box, tableBox));
    } else if (op.op === "appendTableRows" && op.table === table && op.values.length > 0) {
      add({
        row: grid.row + rows,
        col: grid.col,
        rows: op.values.length,
        cols: grid.header.length,
      });
      rows += op.values.length;
    }
  }
  return echoes;
}

/** Echoes waiting for their event; each skips one event of exactly its address. */
export class OwnWrites {
  private pending: string[] = [];

  record(addresses: readonly string[]): void {
    // Bounded: an echo whose event never comes must not hide user edits for long.
    this.pending = [...this.pending, ...addresses].slice(-64);
  }

  consume(address: string): boolean {
    const at = this.pending.indexOf(address);
    if (at < 0) return false;
    this.pending.splice(at, 1);
    return true;
  }
}
