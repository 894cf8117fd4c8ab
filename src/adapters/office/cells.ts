/**
 * Cell values between Office.js and the plan/snapshot types. Pure, so the conversions are tested
 * without Excel.
 */
import type { RawCell } from "../../core/types";
import type { PlanCell } from "../../workbook/plan";

/**
 * One read cell: Office.js gives the value, the formula text and the value type of every cell.
 * A formula becomes { formula } (never accepted as a rating); an error value becomes { error }.
 */
export function toRawCell(value: unknown, formula: unknown, type: string | undefined): RawCell {
  // A text constant may itself start with "=" (written with the quote prefix): its formula text
  // equals its value and its type is String, so it stays text.
  if (
    typeof formula === "string" &&
    formula.startsWith("=") &&
    (type !== "String" || formula !== value)
  ) {
    return { formula: formula.slice(1) };
  }
  if (type === "Error") return { error: String(value) };
  if (type === "Empty" || value === "" || value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  return String(value);
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
