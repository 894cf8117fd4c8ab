/** ExcelJS cell values ↔ the plain RawCell / PlanCell of the workbook layer. */
import ExcelJS from "exceljs";
import type { CellError, CellScalar, PlainCell, RawCell } from "../../core/types";
import { a1 } from "../../workbook/a1";
import type { PlanCell } from "../../workbook/plan";
import { internals } from "./internals";
import { moveFormula } from "./shared-formula";

type RichText = { richText: Array<{ text: string }> };

function textOf(value: unknown): string {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && "richText" in value)
    return (value as RichText).richText.map((run) => run.text).join("");
  return value === null || value === undefined ? "" : String(value);
}

/** A formula's cached result as the file saved it (absent when the writer saved none). */
function cachedOf(result: unknown): CellScalar | CellError | null | undefined {
  if (result === undefined) return undefined;
  if (result === null) return null;
  if (typeof result === "string" || typeof result === "number" || typeof result === "boolean")
    return result;
  if (result instanceof Date) return result;
  if (typeof result === "object") {
    if ("error" in result) return { error: String((result as CellError).error) };
    return textOf(result);
  }
  return String(result);
}

/**
 * This cell's own formula. A shared formula's other cells hold only the master's address; their
 * formula is the master's moved by their offset (never the master's own text, which names the
 * master's row). In a damaged file whose master holds no formula, the master's address stands for
 * it: still a formula, so still reported, never read as blank.
 */
function formulaOf(
  cell: ExcelJS.Cell,
  value: ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue
): string {
  if ("formula" in value && typeof value.formula === "string") return value.formula;
  const masterAddress = String((value as ExcelJS.CellSharedFormulaValue).sharedFormula);
  // findCell, not getCell: reading must not add a cell to the sheet (not in ExcelJS's typings).
  const sheet = cell.worksheet as unknown as {
    findCell(address: string): ExcelJS.Cell | undefined;
  };
  const master = sheet.findCell(masterAddress);
  if (!master) return masterAddress;
  const masterValue = master.value as ExcelJS.CellFormulaValue | null;
  const masterFormula =
    masterValue && typeof masterValue === "object" && typeof masterValue.formula === "string"
      ? masterValue.formula
      : "";
  if (masterFormula === "") return masterAddress;
  return moveFormula(
    masterFormula,
    Number(cell.row) - Number(master.row),
    Number(cell.col) - Number(master.col)
  );
}

function plainCellOf(cell: ExcelJS.Cell): PlainCell {
  // A merged member other than the top-left cell has no content of its own (ExcelJS would hand
  // back the top-left cell's value).
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  const value = cell.value;
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return value;
  if (typeof value === "object") {
    if ("formula" in value || "sharedFormula" in value) {
      const formula = formulaOf(cell, value as ExcelJS.CellFormulaValue);
      // cell.result, not value.result: ExcelJS's value copy drops a false or 0 result.
      const cached = cachedOf(cell.result);
      return cached === undefined ? { formula } : { formula, cached };
    }
    if ("error" in value) return { error: String(value.error) };
    if ("hyperlink" in value && typeof value.hyperlink === "string")
      return { text: textOf(value.text), hyperlink: value.hyperlink };
    if ("richText" in value) return textOf(value);
    if ("text" in value && typeof value.text === "string") return value.text;
  }
  return String(value);
}

/** ExcelJS keeps the merged ranges of a sheet by their top-left address (not in its typings). */
function mergeOf(cell: ExcelJS.Cell): string | null {
  if (!cell.isMerged) return null;
  const box = internals(cell.worksheet)._merges?.[cell.master.address];
  if (!box) return null;
  return `${a1(box.top - 1, box.left - 1)}:${a1(box.bottom - 1, box.right - 1)}`;
}

/**
 * The one cell reader of .xlsx files: every read of a user's cell classifies it here. A formula
 * arrives as { formula, cached } (a shared formula as this cell's own), an error value as
 * { error }, rich text as its text, a cell link as { text, hyperlink }, and every cell of a merged
 * range, its top-left included, as { merged, value }.
 */
export function rawCellOf(cell: ExcelJS.Cell): RawCell {
  const value = plainCellOf(cell);
  const merged = mergeOf(cell);
  return merged === null ? value : { merged, value };
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
