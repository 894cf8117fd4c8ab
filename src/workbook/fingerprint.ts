/**
 * The input fingerprint and the freshness formula of the Summary sheet. A recipient without the
 * add-in (Excel in any language, LibreOffice, WPS) sees whether the stored results are stale: the
 * formula recomputes the fingerprint from the live rating cells with plain functions only (LEN, LEFT,
 * RIGHT, FIND, IFERROR, SUMPRODUCT over A1 ranges) and compares it with the value stored at scoring.
 *
 * Per cell x: h(x) = LEN(x) + 7·pos(first char) + 97·pos(last char), pos = place in KEY (0 if absent).
 * Per rating column X: S_X = Σ over rows (1 + h(ID)) · h(X), so a row keeps its meaning when the
 * table is sorted. Fingerprint = S_C + 3·S_F + 7·S_I + 11·h(years) + 13·h(stage), or -1 when any
 * of those cells holds an error value (the formula's IFERROR gives -1 then, too).
 */
import type { RawCell } from "../core/types";
import { absoluteCell, absoluteRange } from "./a1";

/** Characters that tell the rating labels, codes, rates and sample counts apart. No double quote. */
export const FINGERPRINT_KEY =
  "0123456789%/.-abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ" +
  "合规部分不适用未审核待补充佐证优秀良好一般格卓越涉及基线最终评";

const COLUMN_FACTORS = { c: 1, f: 3, i: 7 } as const;
const YEARS_FACTOR = 11;
const STAGE_FACTOR = 13;

class ErrorCell extends Error {}

/** The text a spreadsheet's LEN/LEFT/RIGHT see for a cell value (general number format). */
export function spreadsheetText(cell: RawCell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell;
  if (typeof cell === "number") return String(Number(cell.toPrecision(15)));
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (cell instanceof Date) {
    const serial = (cell.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
    return String(Number(serial.toPrecision(15)));
  }
  if ("merged" in cell) return spreadsheetText(cell.value);
  if ("hyperlink" in cell) return cell.text;
  if ("error" in cell) throw new ErrorCell(cell.error);
  // A formula's result is not known here; the live formula then reports "changed", the safe side.
  return "";
}

function position(char: string): number {
  return FINGERPRINT_KEY.indexOf(char) + 1;
}

export function cellHash(cell: RawCell): number {
  const text = spreadsheetText(cell);
  if (text.length === 0) return 0;
  return text.length + 7 * position(text[0]) + 97 * position(text[text.length - 1]);
}

export interface FingerprintRow {
  id: RawCell;
  c: RawCell;
  f: RawCell;
  i: RawCell;
}

export function fingerprintOf(
  rows: readonly FingerprintRow[],
  years: RawCell,
  stage: RawCell
): number {
  try {
    let total = 0;
    for (const row of rows) {
      const idWeight = 1 + cellHash(row.id);
      total +=
        idWeight *
        (COLUMN_FACTORS.c * cellHash(row.c) +
          COLUMN_FACTORS.f * cellHash(row.f) +
          COLUMN_FACTORS.i * cellHash(row.i));
    }
    return total + YEARS_FACTOR * cellHash(years) + STAGE_FACTOR * cellHash(stage);
  } catch (error) {
    if (error instanceof ErrorCell) return -1;
    throw error;
  }
}

export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

export interface FingerprintSource {
  sheet: string;
  /** First data row of the clause table (0-based) and the number of data rows. */
  firstRow: number;
  rowCount: number;
  cols: { id: number; c: number; f: number; i: number };
  years: CellRef | null;
  stage: CellRef | null;
}

function hashExpression(ref: string): string {
  const key = `"${FINGERPRINT_KEY}"`;
  const nonEmpty = `(LEN(${ref})>0)`;
  return (
    `(LEN(${ref})` +
    `+7*${nonEmpty}*IFERROR(FIND(LEFT(${ref},1),${key}),0)` +
    `+97*${nonEmpty}*IFERROR(FIND(RIGHT(${ref},1),${key}),0))`
  );
}

/** The fingerprint as a formula over the live cells (no leading "="). */
export function fingerprintExpression(source: FingerprintSource): string {
  const terms: string[] = [];
  if (source.rowCount > 0) {
    const range = (col: number) =>
      absoluteRange(source.sheet, source.firstRow, col, source.rowCount);
    const idWeight = `(1+${hashExpression(range(source.cols.id))})`;
    for (const key of ["c", "f", "i"] as const) {
      terms.push(
        `${COLUMN_FACTORS[key]}*SUMPRODUCT(${idWeight}*${hashExpression(range(source.cols[key]))})`
      );
    }
  }
  if (source.years) {
    const ref = absoluteCell(source.years.sheet, source.years.row, source.years.col);
    terms.push(`${YEARS_FACTOR}*${hashExpression(ref)}`);
  }
  if (source.stage) {
    const ref = absoluteCell(source.stage.sheet, source.stage.row, source.stage.col);
    terms.push(`${STAGE_FACTOR}*${hashExpression(ref)}`);
  }
  return terms.length ? terms.join("+") : "0";
}

/** =IF(IFERROR(fingerprint,-1)=stored,"up to date","ratings changed since scoring"). */
export function freshnessFormula(
  source: FingerprintSource,
  stored: CellRef,
  texts: { upToDate: string; changed: string }
): string {
  const storedRef = absoluteCell(stored.sheet, stored.row, stored.col);
  return `IF(IFERROR(${fingerprintExpression(source)},-1)=${storedRef},"${texts.upToDate}","${texts.changed}")`;
}
