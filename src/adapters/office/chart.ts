/**
 * The addChart plan op in Excel: the module-score chart on the Summary sheet, bound to the percent
 * column of the module block. It is added once; later scorings rewrite those cells and the chart
 * follows by itself, so a chart of that name that exists is left as it is (the read learns which
 * exist from ReadRequest.charts, named by the workbook's standard).
 */
import type { Area, PlanOp } from "../../workbook/plan";
import { a1 } from "../../workbook/a1";

/** Queues the chart (ExcelApi 1.7: setXAxisValues); no sync here. */
export function queueChart(
  context: Excel.RequestContext,
  op: Extract<PlanOp, { op: "addChart" }>
): void {
  const sheet = context.workbook.worksheets.getItem(op.sheet);
  const range = (a: Area) => sheet.getRangeByIndexes(a.row, a.col, a.rows, a.cols).untrack();
  const chart = sheet.charts.add("ColumnClustered", range(op.values), "Columns");
  chart.name = op.name;
  chart.title.text = op.title;
  chart.legend.visible = false;
  chart.series.getItemAt(0).setXAxisValues(range(op.categories));
  chart.axes.valueAxis.minimum = 0;
  chart.axes.valueAxis.maximum = 1;
  const { row, col, rows, cols } = op.anchor;
  chart.setPosition(a1(row, col), a1(row + rows - 1, col + cols - 1));
}
