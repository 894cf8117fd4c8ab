/** Small helpers for building plans. */
import type { RawCell } from "../core/types";
import type { Area, PlanCell, PlanOp, Snapshot } from "./plan";

export function area(sheet: string, row: number, col: number, rows = 1, cols = 1): Area {
  return { sheet, row, col, rows, cols };
}

/** A sheet name not yet taken: the wanted one, else "wanted (2)", "wanted (3)", … */
export function freeSheetName(
  snapshot: Snapshot,
  wanted: string,
  taken: Set<string> = new Set()
): string {
  const used = new Set([...snapshot.sheets, ...taken].map((s) => s.toLowerCase()));
  if (!used.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const candidate = `${wanted} (${n})`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * One setValues op per run of consecutive rows that have a value, so that rows without one (null in
 * `values`) are left untouched. values[k] is the cell for data row k of a column.
 */
export function columnRuns(
  sheet: string,
  firstRow: number,
  col: number,
  values: ReadonlyArray<PlanCell | undefined>
): PlanOp[] {
  const ops: PlanOp[] = [];
  let start = -1;
  const flush = (end: number): void => {
    if (start < 0) return;
    ops.push({
      op: "setValues",
      sheet,
      row: firstRow + start,
      col,
      values: values.slice(start, end).map((v) => [v as PlanCell]),
    });
    start = -1;
  };
  values.forEach((value, k) => {
    if (value === undefined) flush(k);
    else if (start < 0) start = k;
  });
  flush(values.length);
  return ops;
}

/** One value into one cell, e.g. a named input. */
export function cellOp(at: { sheet: string; row: number; col: number }, value: PlanCell): PlanOp {
  return { op: "setValues", sheet: at.sheet, row: at.row, col: at.col, values: [[value]] };
}

/** A whole column vector in one op. */
export function columnOp(sheet: string, firstRow: number, col: number, values: PlanCell[]): PlanOp {
  return { op: "setValues", sheet, row: firstRow, col, values: values.map((v) => [v]) };
}

/** A RawCell as a PlanCell for writing it back unchanged; error values cannot be, so they stay. */
export function asPlanCell(cell: RawCell): PlanCell | undefined {
  if (cell === undefined || cell === null) return null;
  if (typeof cell === "string" || typeof cell === "number" || typeof cell === "boolean")
    return cell;
  if (cell instanceof Date) return undefined;
  if ("formula" in cell) return { formula: cell.formula };
  return undefined;
}

export function pad<T>(rows: T[][], count: number, width: number, fill: T): T[][] {
  const out = rows.map((row) => [
    ...row,
    ...new Array<T>(Math.max(0, width - row.length)).fill(fill),
  ]);
  while (out.length < count) out.push(new Array<T>(width).fill(fill));
  return out;
}
