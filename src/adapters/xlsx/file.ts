/**
 * Bytes ↔ ExcelJS workbook, with the checks that give a clear message instead of a parser's stack
 * trace: size (refused before parsing), zip signature, damaged or truncated content. No `fs` here,
 * so the same code runs in a browser page.
 */
import ExcelJS from "exceljs";
import { fill } from "../../core/i18n";
import type { Lang } from "../../core/types";
import { repairPrintNames } from "./print-names";
import { ensureTableStyles, restoreHeaderRows } from "./tables";
import { declaredInflatedSize, MAX_INFLATED_BYTES } from "./zip-directory";

/** Larger files are refused before parsing: an audit workbook is well under 1 MB. */
export const MAX_WORKBOOK_BYTES = 50 * 1024 * 1024;

export type WorkbookFileProblem = "tooLarge" | "inflatesTooLarge" | "notXlsx" | "damaged" | "empty";

const MESSAGES: Record<WorkbookFileProblem, { zh: string; en: string }> = {
  tooLarge: {
    zh: "文件太大（{size} MB，上限 {max} MB），未读取；评分工作簿通常小于 1 MB",
    en: "the file is too large ({size} MB; the limit is {max} MB) and was not read; an audit workbook is usually under 1 MB",
  },
  inflatesTooLarge: {
    zh: "文件解压后将达 {size} MB（上限 {max} MB），未打开：可能是恶意构造的压缩包；评分工作簿解压后只有几 MB",
    en: "the file would inflate to {size} MB (the limit is {max} MB) and was not opened: it may be a crafted zip; an audit workbook inflates to a few MB",
  },
  notXlsx: {
    zh: "不是 Excel 工作簿（.xlsx）：文件开头不是 xlsx 的 zip 格式（.xls、.csv、.ods 请先在 Excel 中另存为 .xlsx）",
    en: "not an Excel workbook (.xlsx): the file does not start like an xlsx zip (save .xls, .csv or .ods files as .xlsx first)",
  },
  damaged: {
    zh: "xlsx 文件已损坏或不完整（可能未下载完）：{detail}",
    en: "the xlsx file is damaged or truncated (perhaps not fully downloaded): {detail}",
  },
  empty: { zh: "文件为空（0 字节）", en: "the file is empty (0 bytes)" },
};

export class WorkbookFileError extends Error {
  constructor(
    readonly problem: WorkbookFileProblem,
    message: string
  ) {
    super(message);
    this.name = "WorkbookFileError";
  }
}

export function fileError(
  problem: WorkbookFileProblem,
  lang: Lang,
  params: Record<string, string | number> = {}
): WorkbookFileError {
  return new WorkbookFileError(problem, fill(MESSAGES[problem][lang], params));
}

export function sizeError(bytes: number, lang: Lang): WorkbookFileError {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return fileError("tooLarge", lang, { size: mb(bytes), max: mb(MAX_WORKBOOK_BYTES) });
}

function asUint8(bytes: ArrayBuffer | Uint8Array): Uint8Array {
  return bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
}

/** Parse xlsx bytes; throws WorkbookFileError with a message in `lang`. */
export async function parseWorkbook(
  bytes: ArrayBuffer | Uint8Array,
  lang: Lang = "en"
): Promise<ExcelJS.Workbook> {
  const data = asUint8(bytes);
  if (data.byteLength === 0) throw fileError("empty", lang);
  if (data.byteLength > MAX_WORKBOOK_BYTES) throw sizeError(data.byteLength, lang);
  const zipSignature = data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;
  if (!zipSignature) throw fileError("notXlsx", lang);
  const inflated = declaredInflatedSize(data);
  if (inflated !== null && inflated > MAX_INFLATED_BYTES) {
    const mb = (n: number) => (n === Infinity ? "> 4096" : (n / 1024 / 1024).toFixed(1));
    throw fileError("inflatesTooLarge", lang, { size: mb(inflated), max: mb(MAX_INFLATED_BYTES) });
  }
  let workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings want a Node Buffer; it accepts any ArrayBuffer view at run time.
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (error) {
    // Our own output of an earlier version, whose print names left a quote single: repaired.
    const repaired = await repairPrintNames(data);
    if (!repaired) throw fileError("damaged", lang, { detail: (error as Error).message });
    workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(repaired as unknown as ArrayBuffer);
    } catch {
      throw fileError("damaged", lang, { detail: (error as Error).message });
    }
  }
  if (workbook.worksheets.length === 0) throw fileError("notXlsx", lang);
  restoreHeaderRows(workbook);
  return workbook;
}

export async function serialiseWorkbook(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  ensureTableStyles(workbook);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
