/**
 * WorkbookPort over an ExcelJS workbook: the command line, the tests and (later) a browser page.
 * File I/O stays outside: bytes in (loadWorkbook), bytes out (saveWorkbook).
 */
import ExcelJS from "exceljs";
import type { Lang } from "../../core/types";
import type { Plan, ReadRequest, Snapshot, WorkbookPort } from "../../workbook/plan";
import { applyOp } from "./apply";
import { addChartParts } from "./chart-part";
import { chartsToWrite } from "./charts";
import { parseWorkbook, serialiseWorkbook } from "./file";
import { quotePrintNames } from "./print-names";
import { readSnapshot } from "./snapshot";
import { findTable } from "./tables";

export class XlsxWorkbook implements WorkbookPort {
  /** Counts of port calls, so that tests can hold actions to one read and one apply. */
  readonly calls = { read: 0, apply: 0 };
  /** The last address select() was given (a file has no selection to show). */
  selected: string | null = null;

  constructor(readonly workbook: ExcelJS.Workbook) {}

  async read(request: ReadRequest): Promise<Snapshot> {
    this.calls.read += 1;
    return readSnapshot(this.workbook, request);
  }

  /** Ops run in order; a failing op throws before anything is saved (the caller saves). */
  async apply(plan: Plan): Promise<void> {
    this.calls.apply += 1;
    for (const op of plan.ops) applyOp(this.workbook, op);
  }

  /** Whether a table of that name exists (case-insensitive, as Excel matches table names). */
  hasTable(name: string): boolean {
    return findTable(this.workbook, name) !== null;
  }

  async select(address: string): Promise<void> {
    this.selected = address;
  }

  /** The file's bytes: what ExcelJS writes, plus the charts the plans asked for. */
  async saveWorkbook(): Promise<Uint8Array> {
    const written = await quotePrintNames(await serialiseWorkbook(this.workbook), this.workbook);
    return addChartParts(written, chartsToWrite(this.workbook));
  }
}

/** Open xlsx bytes; throws WorkbookFileError (too large, not xlsx, damaged) in `lang`. */
export async function loadWorkbook(
  bytes: ArrayBuffer | Uint8Array,
  lang: Lang = "en"
): Promise<XlsxWorkbook> {
  return new XlsxWorkbook(await parseWorkbook(bytes, lang));
}

/** An empty workbook (no sheets yet) for the template command. */
export function newWorkbook(): XlsxWorkbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "EPM Star Scorer";
  return new XlsxWorkbook(workbook);
}

export function saveWorkbook(port: XlsxWorkbook): Promise<Uint8Array> {
  return port.saveWorkbook();
}
