/** The table ops of a Plan on an ExcelJS workbook: new tables, rows appended, columns added. */
import type ExcelJS from "exceljs";
import type { PlanOp } from "../../workbook/plan";
import { boxOf, sheetOf, writeValues } from "./areas";
import { excelValueOf } from "./cells";
import { cellsInUse, insertCellsDown, insertColumn } from "./insert-cells";
import { decodeRange, encodeRange, findTable, resizeTable, TotalsRowError } from "./tables";

export function addTable(
  workbook: ExcelJS.Workbook,
  op: Extract<PlanOp, { op: "addTable" }>
): void {
  if (findTable(workbook, op.name)) throw new Error(`table ${op.name} exists already`);
  const worksheet = sheetOf(workbook, op.area.sheet);
  const box = boxOf(op.area);
  const header: string[] = [];
  for (let col = box.left; col <= box.right; col++)
    header.push(String(worksheet.getCell(box.top, col).value ?? `Column${col}`));
  const rows: ExcelJS.CellValue[][] = [];
  for (let row = box.top + 1; row <= box.bottom; row++) {
    const line: ExcelJS.CellValue[] = [];
    for (let col = box.left; col <= box.right; col++) line.push(worksheet.getCell(row, col).value);
    rows.push(line);
  }
  worksheet.addTable({
    name: op.name,
    ref: encodeRange(box).split(":")[0],
    headerRow: true,
    style: {
      theme: (op.style ?? "TableStyleMedium2") as ExcelJS.TableStyleProperties["theme"],
      showRowStripes: true,
    },
    columns: header.map((name) => ({ name, filterButton: true })),
    // A table needs at least one row; an empty one gets a blank row.
    rows: rows.length ? rows : [header.map(() => null)],
  });
}

/** A table the plan refers to, with its extent; a missing one is a broken plan. */
function existingTable(workbook: ExcelJS.Workbook, name: string) {
  const found = findTable(workbook, name);
  if (!found) throw new Error(`plan refers to a missing table ${name}`);
  return { ...found, box: decodeRange(found.model.tableRef) };
}

export function appendTableRows(
  workbook: ExcelJS.Workbook,
  op: Extract<PlanOp, { op: "appendTableRows" }>
): void {
  const found = existingTable(workbook, op.table);
  const { box } = found;
  if (found.model.totalsRow) throw new TotalsRowError(found.model.name);
  // The cells below the table may hold the user's: the cells of the table's columns move down,
  // never get overwritten; those beside stay where they are (as in Excel).
  const count = op.values.length;
  const grown = {
    top: box.bottom + 1,
    bottom: box.bottom + count,
    left: box.left,
    right: box.right,
  };
  if (cellsInUse(found.worksheet, grown)) insertCellsDown(found.worksheet, grown.top, box, count);
  writeValues(found.worksheet, box.bottom, box.left - 1, op.values);
  resizeTable(found.model, { ...box, bottom: box.bottom + op.values.length });
}

export function addTableColumn(
  workbook: ExcelJS.Workbook,
  op: Extract<PlanOp, { op: "addTableColumn" }>
): void {
  const found = existingTable(workbook, op.table);
  const { box } = found;
  const col = box.right + 1;
  // The column beside the table may hold the user's cells: they move right, never get overwritten.
  if (cellsInUse(found.worksheet, { col })) insertColumn(found.worksheet, col);
  found.worksheet.getCell(box.top, col).value = op.header;
  (op.values ?? []).forEach((value, k) => {
    found.worksheet.getCell(box.top + 1 + k, col).value = excelValueOf(value);
  });
  found.model.columns.push({ name: op.header, filterButton: true });
  resizeTable(found.model, { ...box, right: col });
}
