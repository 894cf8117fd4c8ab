/**
 * One plain description of a workbook (cells, names, tables, dropdowns) from the emulated host or
 * from an ExcelJS workbook, so that a test can compare what the add-in built through the Excel
 * client with what the command line writes, cell by cell.
 */
import type ExcelJS from "exceljs";
import { rawCellOf } from "../../../src/adapters/xlsx/cells";
import type { ExcelHost } from "./host";
import { a1 } from "../../../src/workbook/a1";
import { localAddress, parseLocal } from "./model";

type Scalar = string | number | boolean;

export interface WorkbookDump {
  cells: Record<string, Record<string, Scalar>>;
  names: Record<string, string>;
  tables: Record<string, { sheet: string; ref: string; header: Scalar[] }>;
  dropdowns: Record<string, Record<string, string>>;
}

/** The host's workbook; sheets in `skip` (the blank "Sheet1" of a new workbook) are left out. */
export function dumpHost(host: ExcelHost, skip: string[] = ["Sheet1"]): WorkbookDump {
  const dump: WorkbookDump = { cells: {}, names: {}, tables: {}, dropdowns: {} };
  const { model } = host;
  for (const sheet of model.sheets) {
    if (skip.includes(sheet.name)) continue;
    const cells: Record<string, Scalar> = (dump.cells[sheet.name] = {});
    const dropdowns: Record<string, string> = (dump.dropdowns[sheet.name] = {});
    for (const [key, cell] of sheet.cells) {
      const [row, col] = key.split(",").map(Number);
      const value = cell.formula ?? cell.value;
      if (value !== "") cells[a1(row, col)] = value;
      const rule = (cell.validation as { Rule?: { list?: { source: string } } } | undefined)?.Rule;
      if (rule?.list) dropdowns[a1(row, col)] = rule.list.source;
    }
  }
  for (const name of model.names.values()) {
    const sheet = name.area ? model.sheetById(name.area.sheetId).name : "#REF!";
    dump.names[name.name] = name.area ? `${sheet}!${localAddress(name.area)}` : "#REF!";
  }
  for (const t of model.tables) {
    const header = Array.from({ length: t.area.cols }, (_, c) => {
      const cell = model.cell(t.area.sheetId, t.area.row, t.area.col + c);
      return cell?.value ?? "";
    });
    const sheet = model.sheetById(t.area.sheetId).name;
    dump.tables[t.name] = { sheet, ref: localAddress(t.area), header };
  }
  return dump;
}

function plainRef(ref: string): string {
  const bang = ref.lastIndexOf("!");
  const sheet = ref
    .slice(0, bang)
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  return `${sheet}!${ref.slice(bang + 1).replace(/\$/g, "")}`;
}

/** The same description of an ExcelJS workbook (as the command line saves it). */
export function dumpXlsx(workbook: ExcelJS.Workbook): WorkbookDump {
  const dump: WorkbookDump = { cells: {}, names: {}, tables: {}, dropdowns: {} };
  workbook.eachSheet((ws) => {
    const cells: Record<string, Scalar> = (dump.cells[ws.name] = {});
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const raw = rawCellOf(cell);
        if (raw === null || raw === "") return;
        if (typeof raw === "object" && "formula" in raw) cells[cell.address] = `=${raw.formula}`;
        else if (typeof raw === "object") cells[cell.address] = String(raw);
        else if (raw !== undefined) cells[cell.address] = raw;
      })
    );
    const dropdowns: Record<string, string> = (dump.dropdowns[ws.name] = {});
    const model = (ws as unknown as { dataValidations: { model: Record<string, any> } })
      .dataValidations.model;
    for (const [ref, rule] of Object.entries(model)) {
      if (rule?.type !== "list") continue;
      const source = String(rule.formulae[0]).replace(/^"|"$/g, "").replace(/""/g, '"');
      for (const part of ref.split(" ")) {
        const area = parseLocal(part);
        for (let r = 0; r < area.rows; r++)
          for (let c = 0; c < area.cols; c++) dropdowns[a1(area.row + r, area.col + c)] = source;
      }
    }
    const tables = (ws as unknown as { tables: Record<string, any> }).tables;
    for (const t of Object.values(tables)) {
      const area = parseLocal(t.table.tableRef);
      const header = Array.from({ length: area.cols }, (_, c) => {
        const raw = rawCellOf(ws.getCell(area.row + 1, area.col + c + 1));
        return raw === null ? "" : (raw as Scalar);
      });
      dump.tables[t.table.name] = { sheet: ws.name, ref: t.table.tableRef, header };
    }
  });
  for (const { name, ranges } of (
    workbook.definedNames as unknown as { model: { name: string; ranges: string[] }[] }
  ).model)
    dump.names[name] = ranges.map(plainRef).join(",");
  return dump;
}
