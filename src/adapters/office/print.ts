/**
 * The printLayout plan op in Excel (ExcelApi 1.9 page layout): orientation, A4, print area, rows
 * repeated on every page, margins and footer. No fit-to-page zoom: its options differ between
 * Excel hosts, and a rejected property would fail the whole write batch.
 */
import type { Area, PlanOp } from "../../workbook/plan";
import type { Capabilities } from "./capabilities";

const POINTS_PER_INCH = 72;

export function queuePrintLayout(
  context: Excel.RequestContext,
  op: Extract<PlanOp, { op: "printLayout" }>,
  capabilities: Capabilities
): void {
  // Page layout is ExcelApi 1.9: a host without it prints with its defaults.
  if (!capabilities.pageLayout) return;
  const sheet = context.workbook.worksheets.getItem(op.sheet);
  const range = (a: Area) => sheet.getRangeByIndexes(a.row, a.col, a.rows, a.cols).untrack();
  sheet.pageLayout.orientation = op.orientation === "landscape" ? "Landscape" : "Portrait";
  if (op.paper === "A4") sheet.pageLayout.paperSize = "A4";
  if (op.printArea) sheet.pageLayout.setPrintArea(range(op.printArea));
  if (op.repeatRows)
    sheet.pageLayout.setPrintTitleRows(
      sheet
        .getRangeByIndexes(op.repeatRows.row, 0, op.repeatRows.rows, 1)
        .untrack()
        .getEntireRow()
        .untrack()
    );
  if (op.margins) {
    const m = op.margins;
    sheet.pageLayout.topMargin = m.top * POINTS_PER_INCH;
    sheet.pageLayout.bottomMargin = m.bottom * POINTS_PER_INCH;
    sheet.pageLayout.leftMargin = m.left * POINTS_PER_INCH;
    sheet.pageLayout.rightMargin = m.right * POINTS_PER_INCH;
    sheet.pageLayout.headerMargin = m.header * POINTS_PER_INCH;
    sheet.pageLayout.footerMargin = m.footer * POINTS_PER_INCH;
  }
  if (op.footer) {
    sheet.pageLayout.headersFooters.defaultForAllPages.leftFooter = op.footer.left;
    sheet.pageLayout.headersFooters.defaultForAllPages.centerFooter = op.footer.center;
    sheet.pageLayout.headersFooters.defaultForAllPages.rightFooter = op.footer.right;
  }
}
