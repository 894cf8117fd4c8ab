/**
 * The module-score chart on the Summary sheet: an Office-only extra (ExcelJS cannot write charts),
 * so it is not part of the shared plan. The adapter adds it once, bound to the percent column of
 * the module block; later scorings rewrite those cells and the chart follows by itself.
 */
import { BLOCK_NAMES } from "../../workbook/layout";
import type { Area, Plan, Snapshot } from "../../workbook/plan";
import { cellA1 } from "./address";

export const CHART_NAME = "EpmModuleChart";
export const MODULES_NAME = BLOCK_NAMES.modules;

/** Module block: heading row, header row, then one row per module: id, name, max, score, %. */
const DATA_OFFSET = 2;
const PERCENT_COL = 4;
const CHART_COLS = 7;
const CHART_ROWS = 16;

export interface ChartSpec {
  sheet: string;
  title: string;
  categories: Area;
  values: Area;
  topLeft: string;
  bottomRight: string;
}

type Place = { sheet: string; row: number; col: number };

function modulesPlace(plan: Plan, snapshot: Snapshot | null): Place | null {
  const named = snapshot?.names[MODULES_NAME];
  if (named) return { sheet: named.sheet, row: named.row, col: named.col };
  for (const op of plan.ops) {
    if (op.op === "defineName" && op.name === MODULES_NAME) return op.area;
  }
  return null;
}

/** The chart to add after this plan, or null (no module block written, or the chart exists). */
export function moduleChartSpec(
  plan: Plan,
  snapshot: Snapshot | null,
  chartExists: boolean
): ChartSpec | null {
  if (chartExists) return null;
  const place = modulesPlace(plan, snapshot);
  if (!place) return null;
  const block = plan.ops.find(
    (op) =>
      op.op === "setValues" &&
      op.sheet === place.sheet &&
      op.row === place.row &&
      op.col === place.col &&
      op.values.length > DATA_OFFSET
  );
  if (!block || block.op !== "setValues") return null;
  const count = block.values.length - DATA_OFFSET;
  const first = place.row + DATA_OFFSET;
  const title = typeof block.values[0][0] === "string" ? block.values[0][0] : "";
  const left = place.col + PERCENT_COL + 2;
  return {
    sheet: place.sheet,
    title,
    categories: { sheet: place.sheet, row: first, col: place.col, rows: count, cols: 1 },
    values: { sheet: place.sheet, row: first, col: place.col + PERCENT_COL, rows: count, cols: 1 },
    topLeft: cellA1(place.row, left),
    bottomRight: cellA1(place.row + CHART_ROWS, left + CHART_COLS),
  };
}

/** Queues the chart (ExcelApi 1.7: setXAxisValues); no sync here. */
export function queueChart(context: Excel.RequestContext, spec: ChartSpec): void {
  const sheet = context.workbook.worksheets.getItem(spec.sheet);
  const range = (a: Area) => sheet.getRangeByIndexes(a.row, a.col, a.rows, a.cols).untrack();
  const chart = sheet.charts.add("ColumnClustered", range(spec.values), "Columns");
  chart.name = CHART_NAME;
  chart.title.text = spec.title;
  chart.legend.visible = false;
  chart.series.getItemAt(0).setXAxisValues(range(spec.categories));
  chart.axes.valueAxis.minimum = 0;
  chart.axes.valueAxis.maximum = 1;
  chart.setPosition(spec.topLeft, spec.bottomRight);
}
