/**
 * The printLayout plan op in Excel (ExcelApi 1.9 page layout): orientation, A4, print area, rows
 * repeated on every page, margins and footer. No fit-to-page zoom: its options differ between
 * Excel hosts, and a rejected property would fail the whole write batch.
 */
import type { Area, PlanOp } from "../../workbook/plan";

const POINTS_PER_INCH = 72;

export function queuePrintLayout(
  context: Excel.RequestContext,
  op: Extract<PlanOp, { op: "printLayout" }>
): void {
  const sheet = context.workbook.worksheets.getItem(op.sheet);
  const range = (a: Area) => sheet.getRangeByIndexes(a.row, a.col, a.rows, a.cols);
  const layout = sheet.pageLayout;
  layout.orientation = op.orientation === "landscape" ? "Landscape" : "Portrait";
  if (op.paper === "A4") layout.paperSize = "A4";
  if (op.printArea) layout.setPrintArea(range(op.printArea));
  if (op.repeatRows)
    layout.setPrintTitleRows(
      sheet.getRangeByIndexes(op.repeatRows.row, 0, op.repeatRows.rows, 1).getEntireRow()
    );
  if (op.margins) {
    const m = op.margins;
    layout.topMargin = m.top * POINTS_PER_INCH;
    layout.bottomMargin = m.bottom * POINTS_PER_INCH;
    layout.leftMargin = m.left * POINTS_PER_INCH;
    layout.rightMargin = m.right * POINTS_PER_INCH;
    layout.headerMargin = m.header * POINTS_PER_INCH;
    layout.footerMargin = m.footer * POINTS_PER_INCH;
  }
  if (op.footer) {
    const footers = layout.headersFooters.defaultForAllPages;
    footers.leftFooter = op.footer.left;
    footers.centerFooter = op.footer.center;
    footers.rightFooter = op.footer.right;
  }
}
