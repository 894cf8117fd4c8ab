/** Shared helpers for workbook, xlsx and CLI tests: in-memory audit workbooks and cell access. */
import ExcelJS from "exceljs";
import { loadWorkbook, newWorkbook, type XlsxWorkbook } from "../../src/adapters/xlsx";
import { epmV1 } from "../../src/catalogues";
import type { Catalogue, Lang } from "../../src/core/types";
import { createOrUpgrade, type ActionEnv } from "../../src/workbook/actions";
import { smallStandard } from "../fixtures/catalogues";

export const FIXED_NOW = new Date("2025-01-02T03:04:05.000Z");

export function envFor(catalogue: Catalogue, now = FIXED_NOW): ActionEnv {
  return { catalogues: [catalogue], now: () => now };
}

export async function blankAudit(
  catalogue: Catalogue = smallStandard(),
  lang: Lang = "zh",
  initial: { years?: number } = {}
): Promise<XlsxWorkbook> {
  const port = newWorkbook();
  await createOrUpgrade(port, { lang, catalogue, ...initial }, envFor(catalogue));
  return port;
}

/** Save and load again, as a user's Excel round trip would. */
export async function roundTrip(port: XlsxWorkbook): Promise<XlsxWorkbook> {
  return loadWorkbook(await port.saveWorkbook());
}

/** A team audit's master: a new EPM audit of four years with the given audit ID. */
export async function epmMaster(lang: Lang, auditId: string): Promise<XlsxWorkbook> {
  const port = newWorkbook();
  await createOrUpgrade(
    port,
    { lang, catalogue: epmV1, years: 4 },
    { ...envFor(epmV1), newAuditId: () => auditId }
  );
  return port;
}

/** A co-auditor's copy of the master: saved, opened again and signed with the auditor's name. */
export async function auditorCopy(master: XlsxWorkbook, auditor: string): Promise<XlsxWorkbook> {
  const port = await roundTrip(master);
  await setInput(port, "EpmAuditor", auditor);
  return port;
}

export function clausesSheet(port: XlsxWorkbook): ExcelJS.Worksheet {
  const sheet = port.workbook.worksheets.find((ws) => ws.getCell("A1").value === "ID");
  if (!sheet) throw new Error("no clause sheet");
  return sheet;
}

/** Column number (1-based) of a header in the clause sheet's first row. */
export function columnOf(sheet: ExcelJS.Worksheet, header: string): number {
  // Row.values is 1-based: index = column number.
  const index = (sheet.getRow(1).values as unknown[]).indexOf(header);
  if (index < 1) throw new Error(`no column ${header}`);
  return index;
}

/** Sheet row (1-based) of the first row with this ID. */
export function rowOfId(sheet: ExcelJS.Worksheet, id: string): number {
  const idCol = columnOf(sheet, "ID");
  for (let r = 2; r <= sheet.rowCount; r++)
    if (String(sheet.getCell(r, idCol).value) === id) return r;
  throw new Error(`no row ${id}`);
}

export function setRating(
  port: XlsxWorkbook,
  id: string,
  header: string,
  value: ExcelJS.CellValue
): void {
  const sheet = clausesSheet(port);
  sheet.getCell(rowOfId(sheet, id), columnOf(sheet, header)).value = value;
}

export const C = "C 方法合规";
export const F = "F 执行到位";
export const I = "I 创新评级";
export const EVIDENCE = "佐证/备注 Evidence/Notes";

/** Every cell value of every sheet, by "sheet!A1", for whole-workbook comparisons. */
export function allValues(workbook: ExcelJS.Workbook): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const ws of workbook.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        out.set(`${ws.name}!${cell.address}`, JSON.parse(JSON.stringify(cell.value)));
      });
    });
  }
  return out;
}

/** Set a Summary input by its defined name (e.g. EpmAuditor), wherever the layout put it. */
export async function setInput(port: XlsxWorkbook, name: string, value: ExcelJS.CellValue) {
  const snapshot = await port.read({ tables: [], names: [name] });
  const cell = snapshot.names[name];
  if (!cell) throw new Error(`no input ${name}`);
  port.workbook.getWorksheet(cell.sheet)!.getCell(cell.row + 1, cell.col + 1).value = value;
}
