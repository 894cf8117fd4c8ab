/**
 * The workbook as a printed report: the Summary on one A4 page (print area, margins, footer), the
 * Clauses sheet fit to the page width with its header row on every page, and the module chart
 * bound to the Summary's module block. Pure: places in, plan ops out; every writer applies them.
 */
import type { Catalogue, Lang } from "../core/types";
import { word } from "./labels";
import { CHART_ROWS, blockSize, type BlockKey } from "./layout";
import type { Area, Footer, Margins, PlanOp } from "./plan";
import type { BlockContext } from "./summary-blocks";
import type { Anchor } from "./summary-places";

const SUMMARY_MARGINS: Margins = {
  top: 0.4,
  bottom: 0.5,
  left: 0.3,
  right: 0.3,
  header: 0.2,
  footer: 0.25,
};
const CLAUSE_MARGINS: Margins = { ...SUMMARY_MARGINS, left: 0.25, right: 0.25 };

/** Module block: heading row, header row, then one row per module: id, name, max, score, %. */
const DATA_OFFSET = 2;
const PERCENT_COL = 4;
const SIDE_CHART = { rows: 16, cols: 7 };

/** Text for a footer section: a literal & must be doubled in Excel's header/footer code. */
export function footerText(text: string): string {
  return text.replace(/&/g, "&&").slice(0, 80);
}

export function reportFooter(lang: Lang, left: string, time: string | null): Footer {
  return {
    left: footerText(left),
    center: word("page", lang),
    right: time ? footerText(`${word("scoredAt", lang)} ${time}`) : "",
  };
}

/** Where the chart goes: between the module and sub-item blocks when there is room, else beside. */
export function chartAnchor(
  modules: Anchor,
  subItems: Anchor | undefined,
  catalogue: Catalogue
): Area {
  const size = blockSize("modules", catalogue);
  const below = modules.row + size.rows + 1;
  const room =
    subItems && subItems.sheet === modules.sheet && subItems.col === modules.col
      ? subItems.row - below - 1
      : -1;
  if (room >= CHART_ROWS)
    return { sheet: modules.sheet, row: below, col: modules.col, rows: room, cols: size.cols };
  return {
    sheet: modules.sheet,
    row: modules.row,
    col: modules.col + size.cols + 1,
    ...SIDE_CHART,
  };
}

/** The module score % chart (named by the workbook's names), bound to the module block. */
export function moduleChartOp(
  blocks: Partial<Record<BlockKey, Anchor>>,
  ctx: Pick<BlockContext, "catalogue" | "lang" | "names">
): PlanOp | null {
  const { catalogue, lang } = ctx;
  const modules = blocks.modules;
  if (!modules) return null;
  const count = catalogue.modules.length;
  const first = modules.row + DATA_OFFSET;
  return {
    op: "addChart",
    name: ctx.names.chart,
    sheet: modules.sheet,
    title: word("chartTitle", lang),
    categories: { sheet: modules.sheet, row: first, col: modules.col, rows: count, cols: 1 },
    values: {
      sheet: modules.sheet,
      row: first,
      col: modules.col + PERCENT_COL,
      rows: count,
      cols: 1,
    },
    anchor: chartAnchor(modules, blocks.subItems, catalogue),
  };
}

/** The smallest area from A1 that holds every placed block (and the chart) of the sheet. */
export function summaryPrintArea(sheet: string, placed: Area[]): Area {
  let rows = 1;
  let cols = 1;
  for (const area of placed) {
    if (area.sheet !== sheet) continue;
    rows = Math.max(rows, area.row + area.rows);
    cols = Math.max(cols, area.col + area.cols);
  }
  return { sheet, row: 0, col: 0, rows, cols };
}

/** The Summary prints on one A4 page, portrait. */
export function summaryPrintOp(
  sheet: string,
  blocks: Partial<Record<BlockKey, Anchor>>,
  catalogue: Catalogue,
  footer: Footer
): PlanOp {
  const placed: Area[] = [];
  for (const [key, at] of Object.entries(blocks)) {
    if (at) placed.push({ ...at, ...blockSize(key as BlockKey, catalogue) });
  }
  if (blocks.modules) placed.push(chartAnchor(blocks.modules, blocks.subItems, catalogue));
  return {
    op: "printLayout",
    sheet,
    orientation: "portrait",
    fitToWidth: true,
    fitToHeight: true,
    paper: "A4",
    printArea: summaryPrintArea(sheet, placed),
    margins: SUMMARY_MARGINS,
    footer,
  };
}

/** The Clauses sheet: landscape, every column on the page width, the header row on every page. */
export function clausePrintOp(sheet: string, headerRow: number, footer: Footer): PlanOp {
  return {
    op: "printLayout",
    sheet,
    orientation: "landscape",
    fitToWidth: true,
    paper: "A4",
    repeatRows: { row: headerRow, rows: 1 },
    margins: CLAUSE_MARGINS,
    footer,
  };
}

/** The sheets the printed report shows, in order: the Summary, then the Clauses sheet. */
export function reportSheets(summarySheet: string | null, clauseSheet: string | null): string[] {
  return [summarySheet, clauseSheet].filter((s): s is string => s !== null);
}
