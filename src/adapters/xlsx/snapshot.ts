/** Read the tables and defined names a ReadRequest asks for from an ExcelJS workbook. */
import type ExcelJS from "exceljs";
import type { RawCell } from "../../core/types";
import type { NamedArea, NamedCell, ReadRequest, Snapshot, TableGrid } from "../../workbook/plan";
import { shownText, shownValue } from "../../core/ids";
import { rawCellOf } from "./cells";
import { decodeRange, findTable } from "./tables";

/** A header as text: what its cell shows (a merged or linked header still names its column). */
function headerText(cell: RawCell): string {
  const value = shownValue(cell);
  if (value === null) return "";
  return typeof value === "object" && !(value instanceof Date) ? shownText(value) : String(value);
}

function readTable(workbook: ExcelJS.Workbook, name: string): TableGrid | undefined {
  const found = findTable(workbook, name);
  if (!found) return undefined;
  const { worksheet, model } = found;
  const box = decodeRange(model.tableRef);
  const hasHeader = model.headerRow !== false;
  const lastData = box.bottom - (model.totalsRow ? 1 : 0);
  const readRow = (row: number): RawCell[] => {
    const cells: RawCell[] = [];
    const sheetRow = worksheet.getRow(row);
    for (let col = box.left; col <= box.right; col++) cells.push(rawCellOf(sheetRow.getCell(col)));
    return cells;
  };
  const header = hasHeader ? readRow(box.top).map(headerText) : [];
  const rows: RawCell[][] = [];
  for (let row = box.top + (hasHeader ? 1 : 0); row <= lastData; row++) rows.push(readRow(row));
  return {
    name: model.name,
    sheet: worksheet.name,
    row: box.top - 1,
    col: box.left - 1,
    header,
    rows,
  };
}

/** "'条目 Clauses'!$B$2" or "Sheet1!$A$1:$B$3" → sheet and 1-based top-left (and bottom-right). */
export function parseNameRange(
  range: string
): { sheet: string; row: number; col: number; bottom: number; right: number } | null {
  const match = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(range.trim());
  if (!match) return null;
  const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
  try {
    const box = decodeRange(
      match[3]
        .split(":")
        .map((p) => p.trim())
        .join(":")
    );
    return { sheet, row: box.top, col: box.left, bottom: box.bottom, right: box.right };
  } catch {
    return null;
  }
}

function readNames(workbook: ExcelJS.Workbook, wanted: readonly string[]): Snapshot["names"] {
  const byName = new Map<string, string>();
  for (const entry of workbook.definedNames.model as Array<{ name: string; ranges: string[] }>) {
    if (entry.ranges.length) byName.set(entry.name.toLowerCase(), entry.ranges[0]);
  }
  const names: Snapshot["names"] = {};
  for (const name of wanted) {
    const range = byName.get(name.toLowerCase());
    const place = range ? parseNameRange(range) : null;
    const worksheet = place ? workbook.getWorksheet(place.sheet) : undefined;
    if (!place || !worksheet) continue;
    const named: NamedCell = {
      name,
      sheet: worksheet.name,
      row: place.row - 1,
      col: place.col - 1,
      value: rawCellOf(worksheet.getCell(place.row, place.col)),
    };
    names[name] = named;
  }
  return names;
}

/** Every defined name ending in one of the suffixes, read whole (ReadRequest.nameSuffixes). */
function readAreas(workbook: ExcelJS.Workbook, suffixes: readonly string[]): Snapshot["areas"] {
  const areas: Record<string, NamedArea> = {};
  const wanted = suffixes.map((s) => s.toLowerCase());
  for (const entry of workbook.definedNames.model as Array<{ name: string; ranges: string[] }>) {
    if (!wanted.some((suffix) => entry.name.toLowerCase().endsWith(suffix))) continue;
    const place = entry.ranges.length ? parseNameRange(entry.ranges[0]) : null;
    const worksheet = place ? workbook.getWorksheet(place.sheet) : undefined;
    if (!place || !worksheet) continue;
    const values: RawCell[][] = [];
    for (let row = place.row; row <= place.bottom; row++) {
      const line: RawCell[] = [];
      for (let col = place.col; col <= place.right; col++)
        line.push(rawCellOf(worksheet.getCell(row, col)));
      values.push(line);
    }
    areas[entry.name.toLowerCase()] = {
      name: entry.name,
      sheet: worksheet.name,
      row: place.row - 1,
      col: place.col - 1,
      values,
    };
  }
  return areas;
}

export function readSnapshot(workbook: ExcelJS.Workbook, request: ReadRequest): Snapshot {
  const tables: Snapshot["tables"] = {};
  for (const name of request.tables) tables[name] = readTable(workbook, name);
  const snapshot: Snapshot = {
    sheets: workbook.worksheets.map((ws) => ws.name),
    tables,
    names: readNames(workbook, request.names),
  };
  if (request.nameSuffixes?.length) snapshot.areas = readAreas(workbook, request.nameSuffixes);
  return snapshot;
}
