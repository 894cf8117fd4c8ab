/** A1 addresses from 0-based coordinates, for issue messages and plain-range formulas. */

export function columnLetters(col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** "G25" for row 24, col 6. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** The address users read in messages and the port's select(): "条目 Clauses!G25" (unquoted). */
export function cellAddress(sheet: string, row: number, col: number): string {
  return `${sheet}!${a1(row, col)}`;
}

/** A sheet name as a formula must spell it: always quoted, a quote doubled. */
export function quotedSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** An absolute range for formulas: 'Sheet'!$G$2:$G$212. */
export function absoluteRange(sheet: string, row: number, col: number, rows: number): string {
  const letters = columnLetters(col);
  return `${quotedSheet(sheet)}!$${letters}$${row + 1}:$${letters}$${row + rows}`;
}

export function absoluteCell(sheet: string, row: number, col: number): string {
  return `${quotedSheet(sheet)}!$${columnLetters(col)}$${row + 1}`;
}
