/** ExcelJS cell values ↔ the plain RawCell / PlanCell of the workbook layer. */
import ExcelJS from "exceljs";
import type { RawCell } from "../../core/types";
import type { PlanCell } from "../../workbook/plan";

/** A formula arrives as { formula } (never its cached result), an error value as { error }. */
export function rawCellOf(cell: ExcelJS.Cell): RawCell {
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return value;
  if (typeof value === "object") {
    if ("formula" in value && typeof value.formula === "string") return { formula: value.formula };
    if ("sharedFormula" in value) return { formula: String(value.sharedFormula) };
    if ("error" in value) return { error: String(value.error) };
    if ("richText" in value) return value.richText.map((run) => run.text).join("");
    if ("text" in value && typeof value.text === "string") return value.text;
  }
  return String(value);
}

/** Strings stay strings (ExcelJS never parses "=…" in a string); only { formula } is a formula. */
export function excelValueOf(cell: PlanCell): ExcelJS.CellValue {
  if (cell === null) return null;
  // NaN or Infinity in a cell makes Excel report the file as damaged; #NUM! is what Excel shows.
  if (typeof cell === "number" && !Number.isFinite(cell))
    return { error: "#NUM!" } as ExcelJS.CellErrorValue;
  // A cell link is ExcelJS's hyperlink value: the text shows, the address opens.
  if (typeof cell === "object" && "hyperlink" in cell)
    return { text: cell.text, hyperlink: cell.hyperlink } as ExcelJS.CellHyperlinkValue;
  if (typeof cell === "object")
    return { formula: cell.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
  return cell;
}
