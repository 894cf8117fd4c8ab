/**
 * The addChart plan op on an ExcelJS workbook: ExcelJS cannot hold a chart, so the op is kept with
 * the workbook (the last one of each name wins) and chart-part.ts writes it into the file when
 * the workbook is saved, with the cells' values of that moment.
 */
import type ExcelJS from "exceljs";
import type { Area, PlanOp } from "../../workbook/plan";
import type { ChartPart } from "./chart-part";

type ChartOp = Extract<PlanOp, { op: "addChart" }>;

const pending = new WeakMap<ExcelJS.Workbook, Map<string, ChartOp>>();

export function addChart(workbook: ExcelJS.Workbook, op: ChartOp): void {
  if (!workbook.getWorksheet(op.sheet))
    throw new Error(`plan refers to a missing sheet "${op.sheet}"`);
  const charts = pending.get(workbook) ?? new Map<string, ChartOp>();
  charts.set(op.name, op);
  pending.set(workbook, charts);
}

function columnOf(worksheet: ExcelJS.Worksheet, area: Area): ExcelJS.Cell[] {
  return Array.from({ length: area.rows }, (_, k) =>
    worksheet.getCell(area.row + 1 + k, area.col + 1)
  );
}

/** The charts to write into the saved file, with the values their cells hold now. */
export function chartsToWrite(workbook: ExcelJS.Workbook): ChartPart[] {
  const parts: ChartPart[] = [];
  for (const op of pending.get(workbook)?.values() ?? []) {
    const worksheet = workbook.getWorksheet(op.sheet);
    if (!worksheet) continue;
    parts.push({
      name: op.name,
      title: op.title,
      sheet: worksheet.name,
      categories: op.categories,
      values: op.values,
      anchor: op.anchor,
      categoryTexts: columnOf(worksheet, op.categories).map((cell) => cell.text),
      numbers: columnOf(worksheet, op.values).map((cell) =>
        typeof cell.value === "number" ? cell.value : null
      ),
    });
  }
  return parts;
}
