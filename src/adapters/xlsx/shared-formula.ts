/**
 * A shared formula as one of its cells holds it. An .xlsx file stores a formula filled down a
 * column once, on its first cell (the master); the other cells only point at the master. Each
 * cell's own formula is the master's with every relative reference moved by the cell's offset
 * from the master ($-fixed parts stay). Text in "quotes" is never a reference; a quoted sheet
 * name ('Q1 2024'!A1) is kept as it is and the reference after it moves.
 */
import { columnIndex, columnLetters } from "../../workbook/a1";

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/**
 * A cell reference in unquoted formula text: not part of a longer name (Sheet1, LOG10, A1B),
 * not a function call (ATAN2( …) and not a number's exponent.
 */
const CELL_REF = /(?<![A-Za-z0-9_.$\\])(\$?)([A-Za-z]{1,3})(\$?)([1-9][0-9]*)(?![A-Za-z0-9_.(\\])/g;

function moveRefs(text: string, rows: number, cols: number): string {
  return text.replace(
    CELL_REF,
    (ref, colFixed: string, letters: string, rowFixed: string, digits: string) => {
      const col = columnIndex(letters);
      const row = Number(digits) - 1;
      if (col >= MAX_COL || row >= MAX_ROW) return ref;
      const newCol = colFixed ? col : col + cols;
      const newRow = rowFixed ? row : row + rows;
      if (newCol < 0 || newRow < 0 || newCol >= MAX_COL || newRow >= MAX_ROW) return "#REF!";
      return `${colFixed}${columnLetters(newCol)}${rowFixed}${newRow + 1}`;
    }
  );
}

/** The master's formula (without "=") moved by `rows` and `cols`, as the cell that far away holds it. */
export function moveFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  let out = "";
  let plain = "";
  for (let k = 0; k < formula.length;) {
    const ch = formula[k];
    if (ch !== '"' && ch !== "'") {
      plain += ch;
      k++;
      continue;
    }
    // A quoted run ("text" or 'sheet name'): its quote is escaped by doubling.
    let end = k + 1;
    for (;;) {
      const next = formula.indexOf(ch, end);
      if (next < 0) {
        end = formula.length;
        break;
      }
      if (formula[next + 1] === ch) {
        end = next + 2;
        continue;
      }
      end = next + 1;
      break;
    }
    out += moveRefs(plain, rows, cols) + formula.slice(k, end);
    plain = "";
    k = end;
  }
  return out + moveRefs(plain, rows, cols);
}
