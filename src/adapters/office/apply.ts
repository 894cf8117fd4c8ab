/**
 * Queues plan operations on a request context, without syncing: the caller syncs once per batch.
 * Every operation acts on a whole range (one 2-D array or one format object per range), never
 * cell by cell.
 */
import type { Area, CellStyle, ConditionalRule, PlanOp } from "../../workbook/plan";
import type { Capabilities } from "./capabilities";
import { toExcelValue } from "./cells";
import { queueChart } from "./chart";
import { queuePrintLayout } from "./print";

export interface ApplyState {
  /** Sheet names that exist (from the last read, plus the sheets this plan adds). */
  sheets: Set<string>;
  /**
   * Defined names known to exist, #REF! ones included, in lower case (Excel's names ignore case):
   * from the last read, plus the names this plan defines.
   */
  names: Set<string>;
  capabilities: Capabilities;
  /** Charts known to exist (from the last read's probe, plus the charts this plan adds). */
  charts?: Set<string>;
}

/** Plan widths are in characters (as in ExcelJS); Office.js wants points (≈ 7 px a character). */
export function widthInPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * Ranges are used within the batch that creates them. Untracked, Excel.run does not keep a
 * reference to each, so it needs no extra round trip at its end to release them.
 */
function rangeOf(context: Excel.RequestContext, area: Area): Excel.Range {
  return context.workbook.worksheets
    .getItem(area.sheet)
    .getRangeByIndexes(area.row, area.col, area.rows, area.cols)
    .untrack();
}

function fill2d<T>(rows: number, cols: number, value: T): T[][] {
  return Array.from({ length: rows }, () => new Array<T>(cols).fill(value));
}

function applyStyle(range: Excel.Range, style: CellStyle): void {
  const font = range.format.font;
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.fontSize !== undefined) font.size = style.fontSize;
  if (style.fontColor !== undefined) font.color = style.fontColor;
  if (style.fill !== undefined) range.format.fill.color = style.fill;
  if (style.wrap !== undefined) range.format.wrapText = style.wrap;
  if (style.hAlign !== undefined)
    range.format.horizontalAlignment = (
      { left: "Left", center: "Center", right: "Right" } as const
    )[style.hAlign];
  if (style.vAlign !== undefined)
    range.format.verticalAlignment = ({ top: "Top", center: "Center", bottom: "Bottom" } as const)[
      style.vAlign
    ];
}

function addConditional(range: Excel.Range, rule: ConditionalRule): void {
  if (rule.type === "textEquals") {
    // CellValue "EqualTo" matches the whole text; the text-comparison type only has "contains".
    const cf = range.conditionalFormats.add("CellValue");
    cf.cellValue.rule = { formula1: `="${rule.text.replace(/"/g, '""')}"`, operator: "EqualTo" };
    if (rule.fill) cf.cellValue.format.fill.color = rule.fill;
    if (rule.fontColor) cf.cellValue.format.font.color = rule.fontColor;
    return;
  }
  if (rule.type === "dataBar") {
    const bar = range.conditionalFormats.add("DataBar").dataBar;
    bar.lowerBoundRule = { type: "Number", formula: String(rule.min) };
    bar.upperBoundRule = { type: "Number", formula: String(rule.max) };
    bar.positiveFormat.fillColor = rule.color;
    bar.positiveFormat.gradientFill = false;
    return;
  }
  const cf = range.conditionalFormats.add("ColorScale");
  cf.colorScale.criteria = {
    minimum: { formula: String(rule.min), type: "Number", color: rule.minColor },
    maximum: { formula: String(rule.max), type: "Number", color: rule.maxColor },
  };
}

export function queueOp(context: Excel.RequestContext, op: PlanOp, state: ApplyState): void {
  const sheets = context.workbook.worksheets;
  switch (op.op) {
    case "addSheet": {
      // Sheets are known from the read that precedes every apply, so no round trip asks.
      const exists = state.sheets.has(op.name);
      const sheet = exists ? sheets.getItem(op.name) : sheets.add(op.name);
      state.sheets.add(op.name);
      if (op.tabColor) sheet.tabColor = op.tabColor;
      // Product-only sheets (the scored inputs the freshness check compares with) stay out of sight.
      // Only a new sheet is hidden: Worksheet.visibility clears the user's undo stack in Excel on
      // Windows and Mac, so a sheet that exists is never set again (see undo.ts).
      if (op.hidden && !exists) sheet.visibility = "Hidden";
      return;
    }
    case "setValues": {
      if (op.values.length === 0 || op.values[0].length === 0) return;
      const range = sheets
        .getItem(op.sheet)
        .getRangeByIndexes(op.row, op.col, op.values.length, op.values[0].length)
        .untrack();
      range.values = op.values.map((row) => row.map(toExcelValue));
      // Cell links (ExcelApi 1.7, which the manifest requires): one hyperlink per linked cell,
      // queued in the same batch as the values, so no extra sync.
      op.values.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell === null || typeof cell !== "object" || !("hyperlink" in cell)) return;
          range.getCell(r, c).untrack().hyperlink = {
            address: cell.hyperlink,
            textToDisplay: cell.text,
          };
        })
      );
      return;
    }
    case "setNumberFormat":
      rangeOf(context, op.area).numberFormat = fill2d(op.area.rows, op.area.cols, op.format);
      return;
    case "setStyle":
      applyStyle(rangeOf(context, op.area), op.style);
      return;
    case "setColumnWidth":
      sheets.getItem(op.sheet).getRangeByIndexes(0, op.col, 1, 1).untrack().format.columnWidth =
        widthInPoints(op.width);
      return;
    case "setRowHeight":
      sheets.getItem(op.sheet).getRangeByIndexes(op.row, 0, op.rows, 1).untrack().format.rowHeight =
        op.height;
      return;
    case "addTable": {
      const table = sheets.getItem(op.area.sheet).tables.add(rangeOf(context, op.area), true);
      table.name = op.name;
      if (op.style) table.style = op.style;
      return;
    }
    case "appendTableRows":
      if (op.values.length === 0) return;
      context.workbook.tables.getItem(op.table).rows.add(
        undefined,
        op.values.map((row) => row.map(toExcelValue))
      );
      return;
    case "addTableColumn": {
      const column = op.values
        ? // Header plus one cell per data row; the header is product text, written as is.
          [[op.header], ...op.values.map((v) => [toExcelValue(v)])]
        : undefined;
      context.workbook.tables.getItem(op.table).columns.add(undefined, column, op.header);
      return;
    }
    case "defineName": {
      // "Replaces a name of the same name": names.add fails on an existing name, and whether it
      // exists is known from the read that preceded this apply, so no round trip asks.
      const names = context.workbook.names;
      if (state.names.has(op.name.toLowerCase())) names.getItem(op.name).delete();
      names.add(op.name, rangeOf(context, op.area));
      state.names.add(op.name.toLowerCase());
      return;
    }
    case "addValidationList": {
      // Dropdowns need ExcelApi 1.8; without them the ratings are typed and still validated by
      // the scorer, so the rest of the plan goes ahead.
      if (!state.capabilities.validationLists) return;
      const validation = rangeOf(context, op.area).dataValidation;
      validation.clear();
      validation.rule = { list: { inCellDropDown: true, source: op.list.join(",") } };
      // allowOther: the list only suggests (F also takes rates such as 85% or 17/20).
      validation.errorAlert = {
        showAlert: !op.allowOther,
        style: "Stop",
        title: op.title ?? "",
        message: op.list.join(" / ").slice(0, 225),
      };
      return;
    }
    case "clearConditionalFormats":
      rangeOf(context, op.area).conditionalFormats.clearAll();
      return;
    case "addConditionalFormat":
      addConditional(rangeOf(context, op.area), op.rule);
      return;
    case "printLayout":
      // Printing never changes a value; a host without page-layout APIs skips it.
      queuePrintLayout(context, op, state.capabilities);
      return;
    case "addChart":
      if (state.charts?.has(op.name)) return;
      queueChart(context, op);
      state.charts?.add(op.name);
      return;
    case "freezePanes": {
      const panes = sheets.getItem(op.sheet).freezePanes;
      if (op.rows > 0 && op.cols > 0)
        panes.freezeAt(
          sheets.getItem(op.sheet).getRangeByIndexes(0, 0, op.rows, op.cols).untrack()
        );
      else if (op.rows > 0) panes.freezeRows(op.rows);
      else if (op.cols > 0) panes.freezeColumns(op.cols);
      else panes.unfreeze();
      return;
    }
    default: {
      // A plan op this adapter does not know must fail loudly, not be skipped.
      const unknown: never = op;
      throw new Error(`Office adapter: unsupported plan op ${JSON.stringify(unknown)}`);
    }
  }
}
