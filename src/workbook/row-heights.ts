/**
 * Row heights for wrapped text. Excel fits rows to wrapped text itself, but LibreOffice and other
 * apps keep the stored height when they open an .xlsx, which cuts a wrapped summary to its last
 * line. So the product sets the heights it needs, estimated from the text and the column width
 * (both known to the layout): a CJK character takes two width units, others about one.
 */
import type { PlanCell, PlanOp } from "./plan";

/** Points per line of 11-point text, the default row height. */
export const LINE_HEIGHT = 15;

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/** Width of a text in column-width units (the width of "0"): CJK 2, lower case and spaces 0.85. */
function units(text: string): number {
  let n = 0;
  for (const ch of text) n += CJK.test(ch) ? 2 : /[a-z .,;:'()-]/.test(ch) ? 0.85 : 1;
  return n;
}

/** Lines a wrapped text takes in a column of `width` characters. */
export function linesFor(cell: PlanCell, width: number): number {
  if (typeof cell !== "string" || cell === "") return 1;
  return cell.split("\n").reduce((sum, line) => {
    // Word wrap loses room at line ends in English; Chinese breaks between any two characters.
    const words = /\s/.test(line.trim()) && !CJK.test(line);
    const capacity = Math.max(1, width - (words ? 3 : 1));
    return sum + Math.max(1, Math.ceil(units(line) / capacity));
  }, 0);
}

/** One op per run of consecutive rows of the same height. heights[k] is for row firstRow + k. */
export function rowHeightOps(sheet: string, firstRow: number, heights: number[]): PlanOp[] {
  const ops: PlanOp[] = [];
  let start = 0;
  for (let k = 1; k <= heights.length; k++) {
    if (k === heights.length || heights[k] !== heights[start]) {
      ops.push({
        op: "setRowHeight",
        sheet,
        row: firstRow + start,
        rows: k - start,
        height: heights[start],
      });
      start = k;
    }
  }
  return ops;
}

/** Height of a row holding these wrapped cells, each with its column width. */
export function heightFor(
  cells: Array<{ value: PlanCell; width: number }>,
  lineHeight = LINE_HEIGHT
) {
  const lines = Math.max(1, ...cells.map((c) => linesFor(c.value, c.width)));
  return lines * lineHeight;
}
