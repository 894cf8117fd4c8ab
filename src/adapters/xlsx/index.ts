/** ExcelJS implementation of the WorkbookPort, and xlsx bytes in and out. */
export { XlsxWorkbook, loadWorkbook, newWorkbook, saveWorkbook } from "./port";
export { MAX_WORKBOOK_BYTES, WorkbookFileError, sizeError, type WorkbookFileProblem } from "./file";
export { TotalsRowError } from "./tables";
