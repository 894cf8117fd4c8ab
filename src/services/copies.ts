/**
 * Workbooks the pane opens besides the one in Excel (a co-auditor's returned copy, an earlier
 * audit): size checked before a byte is read, parsed with ExcelJS, which is loaded only now (its
 * own chunk), so the pane's first load never pays for it.
 */
import type { Lang } from "../core/types";
import type { WorkbookPort } from "../workbook/plan";

export interface FileLike {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

const xlsx = () => import(/* webpackChunkName: "xlsx" */ "../adapters/xlsx");

export async function openCopy(file: FileLike, lang: Lang): Promise<WorkbookPort> {
  const { MAX_WORKBOOK_BYTES, sizeError, loadWorkbook } = await xlsx();
  if (file.size > MAX_WORKBOOK_BYTES) throw sizeError(file.size, lang);
  return loadWorkbook(await file.arrayBuffer(), lang);
}
