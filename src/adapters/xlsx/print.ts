/** The printLayout plan op on an ExcelJS worksheet: paper, fit, print area, titles, footer. */
import type ExcelJS from "exceljs";
import type { Area, PlanOp } from "../../workbook/plan";
import { boxOf } from "./areas";
import { encodeRange } from "./tables";

/** ExcelJS's paperSize code for A4. */
const A4 = 9;

const rangeOf = (area: Area): string => encodeRange(boxOf(area));

export function printLayout(
  worksheet: ExcelJS.Worksheet,
  op: Extract<PlanOp, { op: "printLayout" }>
): void {
  const setup = worksheet.pageSetup;
  setup.orientation = op.orientation;
  if (op.fitToWidth || op.fitToHeight) {
    setup.fitToPage = true;
    setup.fitToWidth = op.fitToWidth ? 1 : 0;
    setup.fitToHeight = op.fitToHeight ? 1 : 0; // 0: as many pages as needed
  }
  if (op.paper === "A4") setup.paperSize = A4 as ExcelJS.PaperSize;
  if (op.printArea) setup.printArea = rangeOf(op.printArea);
  if (op.repeatRows) {
    const first = op.repeatRows.row + 1;
    setup.printTitlesRow = `${first}:${first + op.repeatRows.rows - 1}`;
  }
  if (op.margins) setup.margins = { ...op.margins };
  if (op.footer) {
    const { left, center, right } = op.footer;
    worksheet.headerFooter = {
      ...worksheet.headerFooter,
      oddFooter: `&L${left}&C${center}&R${right}`,
    };
  }
}
