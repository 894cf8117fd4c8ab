/**
 * Insert an empty sheet column, as Excel's "Insert column" does: every cell from that column on
 * moves one column right, with the tables, dropdowns and conditional formats that lie there. The
 * product grows a table into a column only this way, so a user's cells beside the table are never
 * written over.
 */
import type ExcelJS from "exceljs";
import { internals } from "./internals";
import { decodeRange, encodeRange, tableModel, type Box } from "./tables";

/** Whether any cell of the sheet column (1-based) holds a value or a style of its own. */
export function columnInUse(worksheet: ExcelJS.Worksheet, col: number): boolean {
  let used = false;
  worksheet.eachRow({ includeEmpty: false }, (row) => {
    if (used) return;
    const cell = row.findCell(col);
    if (cell && cell.value !== null && cell.value !== undefined) used = true;
  });
  return used;
}

/** A box after inserting a column at `col`: moved when right of it, widened when across it. */
function shifted(box: Box, col: number): Box {
  if (box.left >= col) return { ...box, left: box.left + 1, right: box.right + 1 };
  if (box.right >= col) return { ...box, right: box.right + 1 };
  return box;
}

function shiftRef(ref: string, col: number): string {
  return ref
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => {
      const box = shifted(decodeRange(part), col);
      const text = encodeRange(box);
      return part.includes(":") ? text : text.split(":")[0];
    })
    .join(" ");
}

export function insertColumn(worksheet: ExcelJS.Worksheet, col: number): void {
  worksheet.spliceColumns(col, 0, []);
  const sheet = internals(worksheet);
  for (const table of Object.values(sheet.tables ?? {})) {
    const model = tableModel(table);
    const box = decodeRange(model.tableRef);
    if (box.left < col) continue;
    model.tableRef = encodeRange(shifted(box, col));
    if (model.autoFilterRef) model.autoFilterRef = shiftRef(model.autoFilterRef, col);
    if (typeof model.ref === "string") model.ref = shiftRef(model.ref, col);
  }
  const validations = sheet.dataValidations.model;
  const moved: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(validations)) {
    if (value !== undefined) moved[shiftRef(key, col)] = value;
    delete validations[key];
  }
  Object.assign(validations, moved);
  for (const format of sheet.conditionalFormattings ?? []) format.ref = shiftRef(format.ref, col);
}
