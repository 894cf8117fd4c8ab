/**
 * The one A1 address codec of the product (pure; coordinates are 0-based like the plan's):
 * encode for messages, formulas and host calls, decode for what hosts and files hand back.
 */

/** A rectangle of cells without its sheet: top-left cell and size. */
export interface CellBox {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Column 0 → "A", 25 → "Z", 26 → "AA", 16383 → "XFD". */
export function columnLetters(col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** "A" → 0, "xfd" → 16383 (case-insensitive); letters are assumed to be A–Z. */
export function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** "G25" for row 24, col 6. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** "$G$25" for row 24, col 6. */
export function absoluteA1(row: number, col: number): string {
  return `$${columnLetters(col)}$${row + 1}`;
}

/** "A1:C9", or "A1" for a single cell. */
export function rangeA1(box: CellBox): string {
  const first = a1(box.row, box.col);
  if (box.rows === 1 && box.cols === 1) return first;
  return `${first}:${a1(box.row + box.rows - 1, box.col + box.cols - 1)}`;
}

/** The address users read in messages and the port's select(): "条目 Clauses!G25" (unquoted). */
export function cellAddress(sheet: string, row: number, col: number): string {
  return `${sheet}!${a1(row, col)}`;
}

/** A sheet name as a formula must spell it: always quoted, a quote doubled. */
export function quotedSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** An absolute one-column range for formulas: 'Sheet'!$G$2:$G$212 (both ends, even for one row). */
export function absoluteRange(sheet: string, row: number, col: number, rows: number): string {
  return `${quotedSheet(sheet)}!${absoluteA1(row, col)}:${absoluteA1(row + rows - 1, col)}`;
}

export function absoluteCell(sheet: string, row: number, col: number): string {
  return `${quotedSheet(sheet)}!${absoluteA1(row, col)}`;
}

/** An absolute reference to a box, as a defined name refers to it: 'Sheet'!$A$1:$C$9 or 'Sheet'!$A$1. */
export function absoluteBox(sheet: string, box: CellBox): string {
  if (box.rows === 1 && box.cols === 1) return absoluteCell(sheet, box.row, box.col);
  const last = absoluteA1(box.row + box.rows - 1, box.col + box.cols - 1);
  return `${absoluteCell(sheet, box.row, box.col)}:${last}`;
}

const CELL = /^\$?([A-Z]+)\$?([0-9]+)$/i;

/** "G25" or "$G$25" → { row: 24, col: 6 }; anything else → null. */
export function parseCell(text: string): { row: number; col: number } | null {
  const match = CELL.exec(text.trim());
  if (!match || Number(match[2]) < 1) return null;
  return { row: Number(match[2]) - 1, col: columnIndex(match[1]) };
}

/** "A1:C9", "C9:A1", "$A$1" or "B2" → the box they cover; anything else → null. */
export function parseRange(text: string): CellBox | null {
  const [from, to = from, extra] = text.trim().split(":");
  if (extra !== undefined) return null;
  const first = parseCell(from);
  const last = parseCell(to);
  if (!first || !last) return null;
  return {
    row: Math.min(first.row, last.row),
    col: Math.min(first.col, last.col),
    rows: Math.abs(last.row - first.row) + 1,
    cols: Math.abs(last.col - first.col) + 1,
  };
}

/**
 * Splits "条目 Clauses!G25" or "'It''s'!G25" into sheet and cell; the last "!" separates (a sheet
 * name may hold one). No "!" → sheet null.
 */
export function splitAddress(address: string): { sheet: string | null; cell: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: null, cell: address.trim() };
  let sheet = address.slice(0, bang).trim();
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, cell: address.slice(bang + 1).trim() };
}
