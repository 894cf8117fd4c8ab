/**
 * Queues everything a ReadRequest needs, so that a read costs one context.sync.
 *
 * Common path (queueRead): tables and names are looked up with the *OrNullObject methods and their
 * ranges are loaded in the same batch. For a missing table or name that loads members of a null
 * object's children, which Excel does not document: hosts seen so far answer null objects, but a
 * host that fails the batch instead is handled by the two-phase fallback (queuePresence, then
 * queueReadOf), which never touches a child of an object that may be null.
 *
 * Ranges are untracked: their values are read after this one sync and never used again, so
 * Excel.run needs no extra round trip at its end to release them.
 *
 * A name whose sheet was deleted still exists (Excel keeps it as =#REF!) while it has no range:
 * the read reports it in definedNames so that the write replaces it instead of adding a duplicate.
 */
import type { NamedCell, ReadRequest, Snapshot, TableGrid } from "../../workbook/plan";
import { splitAddress, type CellBox } from "../../workbook/a1";
import { CHART_NAME, MODULES_NAME } from "./chart";
import type { Capabilities } from "./capabilities";
import { mergedAreasOf, toRawCell, withMergedAreas } from "./cells";

type Grid = unknown[][];

export interface ReadOutcome {
  snapshot: Snapshot;
  /** Every requested name that exists in the workbook, including those that point at #REF!. */
  definedNames: Set<string>;
  /** Whether the module chart exists (it is added once). */
  chartExists: boolean;
}

/** What the first phase of the fallback learns: which requested objects exist. */
export interface Presence {
  sheets: string[];
  tables: Set<string>;
  names: Set<string>;
}

const RANGE_PROPS = "values,formulas,valueTypes,rowIndex,columnIndex,address";

function rawRows(values: Grid, formulas: Grid, types: string[][]) {
  return values.map((row, r) => row.map((v, c) => toRawCell(v, formulas[r]?.[c], types[r]?.[c])));
}

/**
 * The merged areas of a table's body, in the same batch as its values (ExcelApi 1.13; a host
 * without it reads no merged ranges, as before). Read after the sync: the areas, none when
 * nothing is merged (a null object).
 */
function queueMergedAreas(body: Excel.Range, capabilities: Capabilities): () => CellBox[] {
  if (!capabilities.mergedAreas) return () => [];
  const areas = body.getMergedAreasOrNullObject().untrack().load("address");
  return () => (areas.isNullObject ? [] : mergedAreasOf(areas.address));
}

function queueTable(wb: Excel.Workbook, name: string, capabilities: Capabilities) {
  const table = wb.tables.getItemOrNullObject(name).load("name");
  // A table always has at least one body row in Excel, so the body range exists with the table.
  const body = table.getDataBodyRange().untrack().load("values,formulas,valueTypes,rowCount");
  return {
    name,
    table,
    sheet: table.worksheet.load("name"),
    header: table.getHeaderRowRange().untrack().load("values,rowIndex,columnIndex"),
    body,
    merged: queueMergedAreas(body, capabilities),
  };
}

type QueuedTable = ReturnType<typeof queueTable>;
type QueuedName = { name: string; exists: () => boolean; range: Excel.Range | null };

function tableGrid(t: QueuedTable): TableGrid {
  return {
    name: t.name,
    sheet: t.sheet.name,
    row: t.header.rowIndex,
    col: t.header.columnIndex,
    header: (t.header.values[0] ?? []).map((h) => String(h ?? "")),
    rows: withMergedAreas(
      rawRows(t.body.values, t.body.formulas, t.body.valueTypes as string[][]),
      t.header.rowIndex + 1,
      t.header.columnIndex,
      t.merged()
    ),
  };
}

function namedCell(name: string, range: Excel.Range): NamedCell {
  return {
    name,
    sheet: splitAddress(range.address).sheet ?? "",
    row: range.rowIndex,
    col: range.columnIndex,
    value: toRawCell(
      range.values[0]?.[0],
      range.formulas[0]?.[0],
      (range.valueTypes as string[][])[0]?.[0]
    ),
  };
}

function collect(
  sheets: string[],
  tables: (QueuedTable | { name: string; table: null })[],
  names: QueuedName[],
  chartExists: () => boolean
): ReadOutcome {
  const snapshot: Snapshot = { sheets, tables: {}, names: {} };
  for (const t of tables)
    snapshot.tables[t.name] =
      t.table && !t.table.isNullObject ? tableGrid(t as QueuedTable) : undefined;
  const definedNames = new Set<string>();
  for (const n of names) {
    if (n.exists()) definedNames.add(n.name);
    snapshot.names[n.name] =
      n.range && !n.range.isNullObject ? namedCell(n.name, n.range) : undefined;
  }
  return { snapshot, definedNames, chartExists: chartExists() };
}

/** The common path: one sync for everything (see the file comment for the assumption). */
export function queueRead(
  context: Excel.RequestContext,
  request: ReadRequest,
  capabilities: Capabilities
): () => ReadOutcome {
  const wb = context.workbook;
  const sheets = wb.worksheets.load("items/name");
  const tables = request.tables.map((name) => queueTable(wb, name, capabilities));
  const names = request.names.map((name) => {
    const item = wb.names.getItemOrNullObject(name).load("name");
    const range = item.getRangeOrNullObject().untrack().load(RANGE_PROPS);
    return { name, exists: () => !item.isNullObject, range };
  });
  const chart = wb.names
    .getItemOrNullObject(MODULES_NAME)
    .getRangeOrNullObject()
    .untrack()
    .worksheet.charts.getItemOrNullObject(CHART_NAME)
    .load("name");
  return () =>
    collect(
      sheets.items.map((s) => s.name),
      tables,
      names,
      () => !chart.isNullObject
    );
}

/** Fallback, phase 1: which sheets, tables and names exist (no child of a null object). */
export function queuePresence(context: Excel.RequestContext, request: ReadRequest): () => Presence {
  const wb = context.workbook;
  const sheets = wb.worksheets.load("items/name");
  const tables = request.tables.map((name) => ({
    name,
    table: wb.tables.getItemOrNullObject(name).load("name"),
  }));
  const names = request.names.map((name) => ({
    name,
    item: wb.names.getItemOrNullObject(name).load("name"),
  }));
  return () => ({
    sheets: sheets.items.map((s) => s.name),
    tables: new Set(tables.filter((t) => !t.table.isNullObject).map((t) => t.name)),
    names: new Set(names.filter((n) => !n.item.isNullObject).map((n) => n.name)),
  });
}

/** Fallback, phase 2: reads only what phase 1 found; a #REF! name's range is a null object. */
export function queueReadOf(
  context: Excel.RequestContext,
  request: ReadRequest,
  presence: Presence,
  capabilities: Capabilities
): () => ReadOutcome {
  const wb = context.workbook;
  const tables = request.tables.map((name) =>
    presence.tables.has(name) ? queueTable(wb, name, capabilities) : { name, table: null }
  );
  const names = request.names.map((name) => {
    if (!presence.names.has(name)) return { name, exists: () => false, range: null };
    const range = wb.names.getItem(name).getRangeOrNullObject().untrack().load(RANGE_PROPS);
    return { name, exists: () => true, range };
  });
  const charts = presence.sheets.map((sheet) =>
    wb.worksheets.getItem(sheet).charts.getItemOrNullObject(CHART_NAME).load("name")
  );
  return () =>
    collect(presence.sheets, tables, names, () => charts.some((chart) => !chart.isNullObject));
}
