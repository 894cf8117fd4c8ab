/**
 * The freshness check of the Summary: a hidden sheet keeps the inputs as they were scored (ID, C,
 * F, I of every clause row; years; stage), and plain formulas compare the live cells with them, so a
 * recipient without the add-in (Excel, LibreOffice, WPS) sees whether the stored result is stale.
 *
 * Each scored row is found among the live rows by its ID (EXACT, so no wildcard or case surprises),
 * inside SUMPRODUCT, which every spreadsheet evaluates over arrays without array entry: any change
 * to a rating, the years or the stage flips the check; sorting the rows does not.
 */
import { cellText } from "../core/ids";
import type { RawCell } from "../core/types";
import { a1, absoluteA1, absoluteCell, absoluteRange, quotedSheet } from "./a1";
import { word } from "./labels";
import type { LayoutNames } from "./layout";
import type { Lang } from "../core/types";
import type { PlanCell, PlanOp } from "./plan";
import { area } from "./plan-util";

/** Rows above the first stored clause row: title, years, stage, row count, header. */
const HEAD_ROWS = 5;

export interface LiveCell {
  sheet: string;
  row: number;
  col: number;
}

export interface ScoredInputsSource {
  sheet: string;
  firstRow: number;
  rowCount: number;
  cols: { id: number; c: number; f: number; i: number };
  rows: ReadonlyArray<{ id: RawCell; c: RawCell; f: RawCell; i: RawCell }>;
  years: { cell: LiveCell | null; value: RawCell };
  stage: { cell: LiveCell | null; value: RawCell };
}

/** A stored copy of a cell: values as values; a formula or error value as its text (never a formula). */
function stored(cell: RawCell): PlanCell {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "string" || typeof cell === "number" || typeof cell === "boolean")
    return cell;
  if (cell instanceof Date) return cell.toISOString();
  if ("merged" in cell) return stored(cell.value);
  if ("hyperlink" in cell) return cell.text;
  return "formula" in cell ? `=${cell.formula.replace(/^=/, "")}` : cell.error;
}

export interface ScoredInputsPlan {
  ops: PlanOp[];
  /** The freshness formula for the Summary (no leading "="). */
  freshness: string;
}

/**
 * Write the scored inputs at `at` (a fresh sheet's A1 when `create`), clearing rows a longer
 * earlier copy left, and return the Summary's freshness formula.
 */
export function scoredInputsOps(
  source: ScoredInputsSource,
  at: { sheet: string; row: number; col: number; create: boolean; previousRows: number },
  names: LayoutNames,
  lang: Lang
): ScoredInputsPlan {
  const { sheet, row: top, col: left } = at;
  const ops: PlanOp[] = [];
  if (at.create) ops.push({ op: "addSheet", name: sheet, hidden: true });
  const live = (col: number) => absoluteRange(source.sheet, source.firstRow, col, source.rowCount);
  const here = (r: number, c: number) => a1(top + r, left + c);

  // The first row of each ID counts (as in scoring); rows without an ID are not scored.
  const seen = new Set<string>();
  const kept = source.rows.filter((row) => {
    const id = cellText(row.id);
    if (id === "" || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  const check = (cell: LiveCell | null, r: number): PlanCell =>
    cell
      ? {
          formula: `IFERROR(${absoluteCell(cell.sheet, cell.row, cell.col)}=${here(r, 1)},FALSE)`,
        }
      : true;
  const count: PlanCell =
    source.rowCount > 0 ? { formula: `COUNTA(${live(source.cols.id)})=${here(3, 1)}` } : true;
  // COUNTA counts every cell that is not empty, text "" included.
  const nonBlankIds = source.rows.filter((row) => row.id !== null && row.id !== undefined).length;
  const head: PlanCell[][] = [
    [word("scoredInputsTitle", lang), null, null, null, null],
    [word("years", lang), stored(source.years.value), check(source.years.cell, 1), null, null],
    [word("stage", lang), stored(source.stage.value), check(source.stage.cell, 2), null, null],
    [word("scoredRows", lang), nonBlankIds, count, kept.length, null],
    ["ID", "C", "F", "I", "="],
  ];
  const body: PlanCell[][] = kept.map((row, k) => {
    const r = HEAD_ROWS + k;
    const same =
      `SUMPRODUCT(EXACT(${live(source.cols.id)},${here(r, 0)})` +
      `*(${live(source.cols.c)}=${here(r, 1)})` +
      `*(${live(source.cols.f)}=${here(r, 2)})` +
      `*(${live(source.cols.i)}=${here(r, 3)}))>0`;
    return [
      stored(row.id),
      stored(row.c),
      stored(row.f),
      stored(row.i),
      source.rowCount > 0 ? { formula: `IFERROR(${same},FALSE)` } : true,
    ];
  });
  const stale = Math.max(0, at.previousRows - kept.length);
  const blank: PlanCell[][] = Array.from({ length: stale }, () => [null, null, null, null, null]);
  ops.push({ op: "setValues", sheet, row: top, col: left, values: [...head, ...body, ...blank] });
  ops.push({ op: "defineName", name: names.scoredInputs.name, area: area(sheet, top, left) });
  ops.push({
    op: "defineName",
    name: names.scoredInputs.rowsName,
    area: area(sheet, top + 3, left + 3),
  });

  const q = quotedSheet(sheet);
  const checks = `${q}!${absoluteA1(top + 1, left + 2)}:${absoluteA1(top + 3, left + 2)}`;
  const rowsCheck = kept.length
    ? `,${q}!${absoluteA1(top + HEAD_ROWS, left + 4)}:${absoluteA1(top + HEAD_ROWS + kept.length - 1, left + 4)}`
    : "";
  const upToDate = word("upToDate", lang).replace(/"/g, '""');
  const changed = word("changed", lang).replace(/"/g, '""');
  return {
    ops,
    freshness: `IF(IFERROR(AND(${checks}${rowsCheck}),FALSE),"${upToDate}","${changed}")`,
  };
}

/**
 * The hidden sheet Score keeps its copy in, made with the workbook (Create) and empty until the
 * first scoring: hiding a sheet is a call Excel on Windows and Mac cannot undo, so making it here
 * keeps every Score on the user's undo stack (docs/excel-check.md, undo).
 */
export function scoredInputsSheetOps(sheet: string, names: LayoutNames, lang: Lang): PlanOp[] {
  return [
    { op: "addSheet", name: sheet, hidden: true },
    { op: "setValues", sheet, row: 0, col: 0, values: [[word("scoredInputsTitle", lang)]] },
    { op: "defineName", name: names.scoredInputs.name, area: area(sheet, 0, 0) },
    { op: "defineName", name: names.scoredInputs.rowsName, area: area(sheet, 3, 3) },
  ];
}
