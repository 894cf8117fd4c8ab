/**
 * A table the product owns on a sheet the lead may also write on (the Conflicts and Compare
 * sheets): rewritten in place, found by its name, so that every cell outside it stays as the lead
 * left it. The data rows take the new rows; rows no longer needed are blanked (the table keeps its
 * size, and a blank row reads back as no entry); more rows are appended, and an adapter moves the
 * cells below down rather than write over them (appendTableRows). The header and any column the
 * lead added to the table are left alone.
 */
import { CELL_TEXT_LIMIT } from "../core/merge";
import type { PlanCell, PlanOp, TableGrid } from "./plan";
import { columnOp } from "./plan-util";

export interface TableRewrite {
  /** Writes over the table's present rows: run before any op that moves cells. */
  inPlace: PlanOp[];
  /** Rows appended at the table's end (by name, wherever the table then is). */
  grow: PlanOp[];
  /** Data rows the table has afterwards. */
  rows: number;
}

/** Where each of the product's columns is in the table: by header text, else by position. */
function columnsOf(grid: TableGrid, header: readonly string[]): number[] {
  return header.map((text, k) => {
    const at = grid.header.indexOf(text);
    return at >= 0 ? at : k;
  });
}

export function rewriteTable(
  grid: TableGrid,
  header: readonly string[],
  rows: readonly PlanCell[][]
): TableRewrite {
  const present = grid.rows.length;
  const cols = columnsOf(grid, header);
  const blank = header.map((): PlanCell => null);
  const body = Array.from({ length: present }, (_, k) => rows[k] ?? blank);
  const inPlace: PlanOp[] = [];
  if (present > 0) {
    const contiguous = cols.every((col, k) => col === k);
    if (contiguous)
      inPlace.push({
        op: "setValues",
        sheet: grid.sheet,
        row: grid.row + 1,
        col: grid.col,
        values: body.map((row) => [...row]),
      });
    else
      cols.forEach((col, k) =>
        inPlace.push(
          columnOp(
            grid.sheet,
            grid.row + 1,
            grid.col + col,
            body.map((row) => row[k])
          )
        )
      );
  }
  const grow: PlanOp[] = [];
  if (rows.length > present) {
    const width = Math.max(grid.header.length, ...cols.map((c) => c + 1));
    grow.push({
      op: "appendTableRows",
      table: grid.name,
      values: rows.slice(present).map((row) => {
        const line: PlanCell[] = new Array<PlanCell>(width).fill(null);
        cols.forEach((col, k) => (line[col] = row[k]));
        return line;
      }),
    });
  }
  return { inPlace, grow, rows: Math.max(present, rows.length) };
}

/** Text for one cell, cut to what Excel holds (a Conflicts cell can gather many copies' notes). */
export function cellSized(text: string): string {
  return text.length <= CELL_TEXT_LIMIT ? text : `${text.slice(0, CELL_TEXT_LIMIT - 1)}…`;
}
