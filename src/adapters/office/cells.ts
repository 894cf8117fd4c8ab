/**
 * Cell values between Office.js and the plan/snapshot types. Pure, so the conversions are tested
 * without Excel.
 */
import type { CellError, CellScalar, PlainCell, RawCell } from "../../core/types";
import { parseRange, rangeA1, splitAddress, type CellBox } from "../../workbook/a1";
import type { PlanCell } from "../../workbook/plan";

/** A cell's value as Office.js reports it beside its type. */
function valueOf(value: unknown, type: string | undefined): CellScalar | CellError | null {
  if (type === "Error") return { error: String(value) };
  if (type === "Empty" || value === "" || value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  return String(value);
}

/**
 * The one cell reader of Office hosts: Office.js gives the value, the formula text and the value
 * type of every cell. A formula becomes { formula, cached } (its value is the result Excel shows;
 * a rating formula is still reported, never scored); an error value becomes { error }. Cell links
 * are not read: that takes one request per cell, and writing a value into a cell keeps its link
 * in Excel, so nothing is lost by reading the text alone. Merged ranges come from the range's
 * merged areas (withMergedAreas).
 */
export function toRawCell(value: unknown, formula: unknown, type: string | undefined): RawCell {
  // A text constant may itself start with "=" (written with the quote prefix): its formula text
  // equals its value and its type is String, so it stays text.
  if (
    typeof formula === "string" &&
    formula.startsWith("=") &&
    (type !== "String" || formula !== value)
  ) {
    return { formula: formula.slice(1), cached: valueOf(value, type) };
  }
  return valueOf(value, type);
}

/** Areas of a RangeAreas address ("'条目 Clauses'!G5:G6,'条目 Clauses'!J4:J5"), without sheets. */
export function mergedAreasOf(address: string): CellBox[] {
  const areas: CellBox[] = [];
  // Commas inside a quoted sheet name do not separate areas.
  for (const part of address.match(/(?:'(?:[^']|'')*'|[^,'])+/g) ?? []) {
    const box = parseRange(splitAddress(part).cell.replace(/\$/g, ""));
    if (box) areas.push(box);
  }
  return areas;
}

/**
 * Marks the cells of a read grid (top-left at row, col of the sheet, 0-based) that lie in one of
 * the merged areas: each becomes { merged: "G5:G6", value }, its top-left cell included.
 */
export function withMergedAreas(
  rows: RawCell[][],
  row: number,
  col: number,
  areas: readonly CellBox[]
): RawCell[][] {
  for (const area of areas) {
    const range = rangeA1(area);
    for (
      let r = Math.max(area.row, row);
      r < Math.min(area.row + area.rows, row + rows.length);
      r++
    ) {
      const line = rows[r - row];
      for (
        let c = Math.max(area.col, col);
        c < Math.min(area.col + area.cols, col + line.length);
        c++
      )
        line[c - col] = { merged: range, value: line[c - col] as PlainCell };
    }
  }
  return rows;
}

/**
 * One written cell. Strings get Excel's quote prefix ("'"), which Excel stores as a prefix, not as
 * content: without it, "=1+1" would become a formula, "85%" the number 0.85 and "17/20" a date.
 * Every non-empty string is prefixed, so no guess about what Excel might parse is needed.
 * null clears the cell ("" in Office.js; a null there would mean "leave unchanged").
 */
export function toExcelValue(cell: PlanCell): string | number | boolean {
  if (cell === null) return "";
  if (typeof cell === "string") return cell === "" ? "" : `'${cell}`;
  // A cell link's text is written as any text; its address goes on range.hyperlink (see apply.ts).
  if (typeof cell === "object" && "hyperlink" in cell) return toExcelValue(cell.text);
  if (typeof cell === "object")
    return cell.formula.startsWith("=") ? cell.formula : `=${cell.formula}`;
  return cell;
}
