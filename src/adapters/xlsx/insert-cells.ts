/**
 * Insert empty sheet columns or rows, as Excel's "Insert" does: every cell from there on moves
 * right (or down), with the tables, dropdowns and conditional formats that lie there. The product
 * grows a table into cells that hold anything only this way, so a user's cells beside or below the
 * table are never written over.
 */
import type ExcelJS from "exceljs";
import { internals } from "./internals";
import { decodeRange, encodeRange, tableModel, type Box } from "./tables";

type Axis = "col" | "row";

/** Whether any cell of the sheet column `col` (1-based), or of rows first…last, holds a value. */
export function cellsInUse(
  worksheet: ExcelJS.Worksheet,
  where: { col: number } | { rows: [number, number] }
): boolean {
  let used = false;
  worksheet.eachRow({ includeEmpty: false }, (row, r) => {
    if (used) return;
    if ("col" in where) {
      const cell = row.findCell(where.col);
      used = cell !== undefined && cell.value !== null && cell.value !== undefined;
    } else if (r >= where.rows[0] && r <= where.rows[1]) {
      row.eachCell({ includeEmpty: false }, () => void (used = true));
    }
  });
  return used;
}

/** A box after inserting `count` columns (or rows) at `at`: moved when past it, grown when across. */
function shifted(box: Box, axis: Axis, at: number, count: number): Box {
  const [start, end] = axis === "col" ? (["left", "right"] as const) : (["top", "bottom"] as const);
  if (box[start] >= at) return { ...box, [start]: box[start] + count, [end]: box[end] + count };
  if (box[end] >= at) return { ...box, [end]: box[end] + count };
  return box;
}

function shiftRef(ref: string, axis: Axis, at: number, count: number): string {
  return ref
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => {
      const text = encodeRange(shifted(decodeRange(part), axis, at, count));
      return part.includes(":") ? text : text.split(":")[0];
    })
    .join(" ");
}

/** Tables, dropdowns and conditional formats of the sheet follow their cells. */
function shiftFormats(worksheet: ExcelJS.Worksheet, axis: Axis, at: number, count: number): void {
  const sheet = internals(worksheet);
  for (const table of Object.values(sheet.tables ?? {})) {
    const model = tableModel(table);
    const box = decodeRange(model.tableRef);
    if ((axis === "col" ? box.left : box.top) < at) continue;
    model.tableRef = encodeRange(shifted(box, axis, at, count));
    if (model.autoFilterRef) model.autoFilterRef = shiftRef(model.autoFilterRef, axis, at, count);
    if (typeof model.ref === "string") model.ref = shiftRef(model.ref, axis, at, count);
  }
  const validations = sheet.dataValidations.model;
  const moved: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(validations)) {
    if (value !== undefined) moved[shiftRef(key, axis, at, count)] = value;
    delete validations[key];
  }
  Object.assign(validations, moved);
  for (const format of sheet.conditionalFormattings ?? [])
    format.ref = shiftRef(format.ref, axis, at, count);
}

export function insertColumn(worksheet: ExcelJS.Worksheet, col: number): void {
  worksheet.spliceColumns(col, 0, []);
  shiftFormats(worksheet, "col", col, 1);
}

export function insertRows(worksheet: ExcelJS.Worksheet, row: number, count: number): void {
  worksheet.spliceRows(row, 0, ...Array.from({ length: count }, () => []));
  shiftFormats(worksheet, "row", row, count);
}
