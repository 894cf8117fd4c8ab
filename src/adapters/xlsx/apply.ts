/** Carry out a Plan on an ExcelJS workbook, op by op. */
import type ExcelJS from "exceljs";
import type { Area, CellStyle, PlanOp } from "../../workbook/plan";
import { boxOf, sheetOf, writeValues } from "./areas";
import { addChart } from "./charts";
import { conditionalRule } from "./conditional";
import { printLayout } from "./print";
import { internals } from "./internals";
import { addTable, addTableColumn, appendTableRows } from "./table-ops";
import { boxesOf, encodeRange, overlaps } from "./tables";
import { absoluteBox, rangeA1 } from "../../workbook/a1";

const argb = (hex: string): string => "FF" + hex.replace(/^#/, "").toUpperCase();

function eachCell(
  workbook: ExcelJS.Workbook,
  area: Area,
  visit: (cell: ExcelJS.Cell) => void
): void {
  const worksheet = sheetOf(workbook, area.sheet);
  for (let r = 0; r < area.rows; r++) {
    const row = worksheet.getRow(area.row + 1 + r);
    for (let c = 0; c < area.cols; c++) visit(row.getCell(area.col + 1 + c));
  }
}

/**
 * Give the cell a style object of its own: ExcelJS shares one style object among all cells of the
 * same style when it reads a file, so setting a fill on one would colour them all.
 */
function ownStyle(cell: ExcelJS.Cell): void {
  cell.style = { ...cell.style };
}

function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  ownStyle(cell);
  if (style.bold !== undefined || style.italic !== undefined || style.fontSize || style.fontColor) {
    cell.font = {
      ...cell.font,
      ...(style.bold !== undefined ? { bold: style.bold } : {}),
      ...(style.italic !== undefined ? { italic: style.italic } : {}),
      ...(style.fontSize ? { size: style.fontSize } : {}),
      ...(style.fontColor ? { color: { argb: argb(style.fontColor) } } : {}),
    };
  }
  if (style.fill)
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.wrap !== undefined || style.hAlign || style.vAlign) {
    cell.alignment = {
      ...cell.alignment,
      ...(style.wrap !== undefined ? { wrapText: style.wrap } : {}),
      ...(style.hAlign ? { horizontal: style.hAlign } : {}),
      ...(style.vAlign ? { vertical: style.vAlign === "center" ? "middle" : style.vAlign } : {}),
    };
  }
}

function addValidationList(
  worksheet: ExcelJS.Worksheet,
  area: Area,
  list: string[],
  allowOther: boolean
): void {
  const target = boxOf(area);
  const { dataValidations } = internals(worksheet);
  const model = dataValidations.model;
  for (const key of Object.keys(model)) {
    if (boxesOf(key).some((box) => overlaps(box, target))) delete model[key];
  }
  const formula = `"${list.map((item) => item.replace(/"/g, '""')).join(",")}"`;
  dataValidations.add(rangeA1(area), {
    type: "list",
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: !allowOther,
    errorStyle: "stop",
  });
}

export function applyOp(workbook: ExcelJS.Workbook, op: PlanOp): void {
  switch (op.op) {
    case "addSheet":
      if (!workbook.getWorksheet(op.name)) {
        workbook.addWorksheet(op.name, {
          ...(op.tabColor ? { properties: { tabColor: { argb: argb(op.tabColor) } } } : {}),
          ...(op.hidden ? { state: "hidden" as const } : {}),
        });
      }
      return;
    case "setValues":
      return writeValues(sheetOf(workbook, op.sheet), op.row, op.col, op.values);
    case "setNumberFormat":
      return eachCell(workbook, op.area, (cell) => {
        ownStyle(cell);
        cell.numFmt = op.format;
      });
    case "setStyle":
      return eachCell(workbook, op.area, (cell) => applyStyle(cell, op.style));
    case "setColumnWidth":
      sheetOf(workbook, op.sheet).getColumn(op.col + 1).width = op.width;
      return;
    case "setRowHeight": {
      const worksheet = sheetOf(workbook, op.sheet);
      for (let r = 0; r < op.rows; r++) worksheet.getRow(op.row + 1 + r).height = op.height;
      return;
    }
    case "addTable":
      return addTable(workbook, op);
    case "appendTableRows":
      return appendTableRows(workbook, op);
    case "addTableColumn":
      return addTableColumn(workbook, op);
    case "defineName": {
      const names = workbook.definedNames as unknown as { matrixMap: Record<string, unknown> };
      for (const key of Object.keys(names.matrixMap)) {
        if (key.toLowerCase() === op.name.toLowerCase()) delete names.matrixMap[key];
      }
      workbook.definedNames.add(absoluteBox(op.area.sheet, op.area), op.name);
      return;
    }
    case "addValidationList":
      return addValidationList(
        sheetOf(workbook, op.area.sheet),
        op.area,
        op.list,
        op.allowOther ?? false
      );
    case "addConditionalFormat":
      sheetOf(workbook, op.area.sheet).addConditionalFormatting({
        ref: encodeRange(boxOf(op.area)),
        rules: [conditionalRule(op.rule)],
      });
      return;
    case "clearConditionalFormats": {
      const sheet = internals(sheetOf(workbook, op.area.sheet));
      const target = boxOf(op.area);
      sheet.conditionalFormattings = (sheet.conditionalFormattings ?? []).filter(
        (format) => !boxesOf(format.ref).some((box) => overlaps(box, target))
      );
      return;
    }
    case "printLayout":
      return printLayout(sheetOf(workbook, op.sheet), op);
    case "addChart":
      return addChart(workbook, op);
    case "freezePanes":
      sheetOf(workbook, op.sheet).views = [
        {
          state: "frozen",
          xSplit: op.cols,
          ySplit: op.rows,
          topLeftCell: undefined,
          activeCell: undefined,
        },
      ];
      return;
  }
}
