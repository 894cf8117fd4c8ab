/** Where plan ops land in an ExcelJS workbook: sheets by name, areas as boxes, values written. */
import ExcelJS from "exceljs";
import type { Area, PlanCell } from "../../workbook/plan";
import { excelValueOf } from "./cells";
import type { Box } from "./tables";

export function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const worksheet = workbook.getWorksheet(name);
  if (!worksheet) throw new Error(`plan refers to a missing sheet "${name}"`);
  return worksheet;
}

export function boxOf(area: Area): Box {
  return {
    top: area.row + 1,
    left: area.col + 1,
    bottom: area.row + area.rows,
    right: area.col + area.cols,
  };
}

export function writeValues(
  worksheet: ExcelJS.Worksheet,
  row: number,
  col: number,
  values: PlanCell[][]
): void {
  values.forEach((line, r) => {
    const sheetRow = worksheet.getRow(row + 1 + r);
    line.forEach((value, c) => {
      const cell = sheetRow.getCell(col + 1 + c);
      // ExcelJS would put a value for a merged range's other cell into its top-left cell, i.e.
      // into another row's: nothing is written through a merged range.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      cell.value = excelValueOf(value);
    });
  });
}
