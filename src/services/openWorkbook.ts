/**
 * Opening a workbook in the browser page: the size is checked before a byte is read (a 60 MB file
 * must not freeze the tab), ExcelJS is loaded only when a file is opened, and the port reports
 * select() calls so the page can show the cell an issue points at.
 */
import type { Lang } from "../core/types";
import { CATALOGUES } from "../catalogues";
import { openAudit } from "../workbook/open-audit";
import { holdsAudit, standardOf } from "../workbook/standard";
import type { WorkbookPort } from "../workbook/plan";

export interface OpenedWorkbook {
  port: WorkbookPort;
  isAudit: boolean;
  save(): Promise<Uint8Array>;
}

/**
 * ExcelJS stays out of the page's first load; preloadXlsx() starts fetching and compiling it once
 * the page is interactive, so opening a file does not wait for it.
 */
let xlsxModule: Promise<typeof import("../adapters/xlsx")> | null = null;
const xlsx = () => (xlsxModule ??= import(/* webpackChunkName: "xlsx" */ "../adapters/xlsx"));

export function preloadXlsx(): void {
  void xlsx();
}

/** The clause table of each known standard: one of them marks an audit workbook. */
export function clauseTableNames(): string[] {
  return [...new Set(CATALOGUES.map((c) => standardOf(c).names.tables.clauses))];
}

function withSelection(port: WorkbookPort, onSelect: (address: string) => void): WorkbookPort {
  return {
    read: (request) => port.read(request),
    apply: (plan) => port.apply(plan),
    select: async (address) => {
      await port.select(address);
      onSelect(address);
    },
  };
}

export async function openFile(
  file: { size: number; arrayBuffer(): Promise<ArrayBuffer> },
  lang: Lang,
  onSelect: (address: string) => void
): Promise<OpenedWorkbook> {
  const { MAX_WORKBOOK_BYTES, sizeError, loadWorkbook, saveWorkbook } = await xlsx();
  if (file.size > MAX_WORKBOOK_BYTES) throw sizeError(file.size, lang);
  const workbook = await loadWorkbook(await file.arrayBuffer(), lang);
  // The clauses table marks an audit workbook (as isAuditSnapshot decides from a snapshot).
  // A workbook of a catalogue file carries it: its tables have that catalogue's prefix.
  const carriesAudit = async () => {
    const opened = await openAudit(workbook, CATALOGUES, lang);
    return holdsAudit(opened.snapshot, opened.catalogues);
  };
  const isAudit =
    clauseTableNames().some((name) => workbook.hasTable(name)) || (await carriesAudit());
  return {
    port: withSelection(workbook, onSelect),
    isAudit,
    save: () => saveWorkbook(workbook),
  };
}

export async function newAudit(onSelect: (address: string) => void): Promise<OpenedWorkbook> {
  const { newWorkbook, saveWorkbook } = await xlsx();
  const workbook = newWorkbook();
  return {
    port: withSelection(workbook, onSelect),
    isAudit: false,
    save: () => saveWorkbook(workbook),
  };
}
