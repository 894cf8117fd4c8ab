/**
 * Queues everything a ReadRequest needs, so that a read costs one context.sync.
 *
 * The port knows (Known) which sheets, tables and defined names the workbook holds: from the
 * previous read and the writes since, or kept from an earlier port (memory.ts). queueKnownRead
 * reads the requested tables and names it knows to exist (getItem: a table deleted since fails the
 * batch with ItemNotFound, and the port reads again knowing nothing), never a child of an object
 * that may be null, so it needs nothing Office does not document. In the same batch it loads the
 * workbook's tables, names and sheets (collections, never null), which tell whether the guess held:
 * a requested object that exists but was not known is read by a second batch.
 *
 * With nothing known, an empty guess reads a blank workbook in one batch; a workbook that holds
 * the audit takes two, unless this Excel has shown that members of a null object's children are
 * null objects too (undocumented; memory.ts keeps what it showed): then queueRead looks the
 * requested objects up with the *OrNullObject methods and loads their ranges in the one batch.
 * Nothing documented does it in one batch otherwise: a batch fails or answers as a whole;
 * tables.getItem fails it for a missing table; worksheet.getRange takes a defined name (documented)
 * but has no *OrNullObject variant and fails the same way (and table references in it are not
 * documented); and no property of a collection that is never null carries a table's formulas,
 * value types or position (TableColumn.values has values only).
 *
 * Ranges are untracked: their values are read after this one sync and never used again, so
 * Excel.run needs no extra round trip at its end to release them.
 *
 * A name whose sheet was deleted still exists (Excel keeps it as =#REF!) while it has no range:
 * it is among the names the read found (Known.names), so that the write replaces it instead of
 * adding a duplicate.
 */
import type {
  ChartProbe,
  NamedArea,
  NamedCell,
  ReadRequest,
  Snapshot,
  TableGrid,
} from "../../workbook/plan";
import { splitAddress, type CellBox } from "../../workbook/a1";
import type { Capabilities } from "./capabilities";
import { mergedAreasOf, toRawCell, withMergedAreas } from "./cells";

type Grid = unknown[][];

/**
 * Which sheets (as named), tables and defined names (lower case: Excel's names ignore case) the
 * workbook holds; #REF! names included.
 */
export interface Known {
  sheets: string[];
  tables: Set<string>;
  names: Set<string>;
  /**
   * The sheet of the requested chart's anchor name (the modules block, where the module chart
   * is; see chartProbeIn); null: no such name, or #REF!.
   */
  chartSheet: string | null;
  /**
   * The prefixes of the catalogues the workbook carries, as the actions told the port
   * (WorkbookPort.carried); a read does not find them (absent: none told).
   */
  carried?: string[];
}

/** Knows nothing: a read with it reads only the collections. */
export const NOTHING_KNOWN: Readonly<Known> = Object.freeze({
  sheets: [],
  tables: new Set<string>(),
  names: new Set<string>(),
  chartSheet: null,
});

export interface ReadOutcome {
  snapshot: Snapshot;
  /** The chart looked for (chartProbeIn), and whether it exists (it is added once). */
  chartName: string | null;
  chartExists: boolean;
  /** What the workbook holds (all its sheets, tables and names, not only the requested ones). */
  found: Known;
  /**
   * False when the read missed something it was asked for: an object it did not know of exists
   * (read it again knowing `found`).
   */
  complete: boolean;
  /** Whether a requested table or name was missing (a null object was involved). */
  hadMissing: boolean;
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

function queueTable(table: Excel.Table, name: string, capabilities: Capabilities) {
  table.load("name");
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
type QueuedArea = { item: Excel.NamedItem; range: Excel.Range };

/** Known names (lower case) that end with one of the request's suffixes. */
function suffixed(names: Iterable<string>, request: ReadRequest): string[] {
  const suffixes = (request.nameSuffixes ?? []).map((s) => s.toLowerCase());
  return suffixes.length ? [...names].filter((n) => suffixes.some((s) => n.endsWith(s))) : [];
}

/** Names read whole (ReadRequest.nameSuffixes): known to exist, so getItem cannot fail. */
function queueAreas(wb: Excel.Workbook, names: readonly string[]): QueuedArea[] {
  return names.map((name) => {
    const item = wb.names.getItem(name).load("name");
    return { item, range: item.getRangeOrNullObject().untrack().load(RANGE_PROPS) };
  });
}

function namedArea(area: QueuedArea): NamedArea | null {
  const { item, range } = area;
  if (range.isNullObject) return null;
  const types = range.valueTypes as string[][];
  return {
    name: item.name,
    sheet: splitAddress(range.address).sheet ?? "",
    row: range.rowIndex,
    col: range.columnIndex,
    values: rawRows(range.values, range.formulas, types),
  };
}

function collectAreas(request: ReadRequest, areas: QueuedArea[]): Pick<Snapshot, "areas"> {
  if (!request.nameSuffixes?.length) return {};
  const read: Record<string, NamedArea> = {};
  for (const area of areas) {
    const found = namedArea(area);
    if (found) read[found.name.toLowerCase()] = found;
  }
  return { areas: read };
}

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

/** The first requested chart whose anchor name the workbook holds (names in lower case). */
export function chartProbeIn(
  names: ReadonlySet<string>,
  probes: readonly ChartProbe[] = []
): ChartProbe | null {
  return probes.find((probe) => names.has(probe.anchor.toLowerCase())) ?? null;
}

/** The workbook's sheets, tables and names: collections, never null objects. */
function queueCollections(wb: Excel.Workbook, probes: ChartProbe[] | undefined): () => Known {
  const sheets = wb.worksheets.load("items/name");
  const tables = wb.tables.load("items/name");
  // formula (ExcelApi 1.7, which the manifest requires): "=Sheet!$A$1", or "=#REF!".
  const names = wb.names.load("items/name,items/formula");
  return () => {
    const all = new Set(names.items.map((n) => n.name.toLowerCase()));
    const anchor = chartProbeIn(all, probes)?.anchor.toLowerCase();
    const modules = names.items.find((n) => n.name.toLowerCase() === anchor);
    const formula = modules?.formula.replace(/^=/, "") ?? "";
    return {
      sheets: sheets.items.map((s) => s.name),
      tables: new Set(tables.items.map((t) => t.name.toLowerCase())),
      names: all,
      chartSheet: formula.includes("#REF!") ? null : splitAddress(formula).sheet,
    };
  };
}

function collect(
  found: Known,
  tables: (QueuedTable | { name: string; table: null })[],
  names: QueuedName[],
  chart: () => { name: string | null; exists: boolean }
): Omit<ReadOutcome, "complete"> {
  const snapshot: Snapshot = { sheets: found.sheets, tables: {}, names: {} };
  let hadMissing = false;
  for (const t of tables) {
    const exists = t.table !== null && !t.table.isNullObject;
    hadMissing ||= !exists;
    snapshot.tables[t.name] = exists ? tableGrid(t as QueuedTable) : undefined;
  }
  for (const n of names) {
    if (!n.exists()) hadMissing = true;
    snapshot.names[n.name] =
      n.range && !n.range.isNullObject ? namedCell(n.name, n.range) : undefined;
  }
  const { name: chartName, exists: chartExists } = chart();
  return { snapshot, chartName, chartExists, found, hadMissing };
}

/**
 * One batch, only objects known to exist (see the file comment). The chart is looked for on the
 * modules name's sheet; `complete` is false when a requested table or name exists that was not
 * known, or when the modules name is on another sheet than known.
 */
export function queueKnownRead(
  context: Excel.RequestContext,
  request: ReadRequest,
  known: Known,
  capabilities: Capabilities
): () => ReadOutcome {
  const wb = context.workbook;
  const collections = queueCollections(wb, request.charts);
  const tables = request.tables.map((name) =>
    known.tables.has(name.toLowerCase())
      ? queueTable(wb.tables.getItem(name), name, capabilities)
      : { name, table: null }
  );
  const names = request.names.map((name) => {
    if (!known.names.has(name.toLowerCase()))
      return { name, exists: () => false, range: null } as QueuedName;
    // The name exists; its range is a null object when it points at #REF!.
    const range = wb.names.getItem(name).getRangeOrNullObject().untrack().load(RANGE_PROPS);
    return { name, exists: () => true, range };
  });
  const areas = queueAreas(wb, suffixed(known.names, request));
  const probe = chartProbeIn(known.names, request.charts);
  const chart =
    known.chartSheet && probe
      ? wb.worksheets.getItem(known.chartSheet).charts.getItemOrNullObject(probe.name).load("name")
      : null;
  return () => {
    const found = collections();
    const unknown = (names: string[], inWorkbook: Set<string>, inGuess: Set<string>) =>
      names.some((n) => inWorkbook.has(n.toLowerCase()) && !inGuess.has(n.toLowerCase()));
    const complete =
      !unknown(request.tables, found.tables, known.tables) &&
      !unknown(request.names, found.names, known.names) &&
      !unknown(suffixed(found.names, request), found.names, known.names) &&
      (found.chartSheet === null ||
        (found.chartSheet === known.chartSheet &&
          chartProbeIn(found.names, request.charts) === probe));
    const outcome = collect(found, tables, names, () => ({
      name: probe?.name ?? null,
      exists: chart !== null && !chart.isNullObject,
    }));
    const snapshot = { ...outcome.snapshot, ...collectAreas(request, areas) };
    return { ...outcome, snapshot, complete };
  };
}

/**
 * One batch with nothing known, for an Excel that has shown that members of a null object's
 * children are null objects (undocumented; the batch fails on an Excel that does not).
 */
export function queueRead(
  context: Excel.RequestContext,
  request: ReadRequest,
  capabilities: Capabilities
): () => ReadOutcome {
  const wb = context.workbook;
  const collections = queueCollections(wb, request.charts);
  const tables = request.tables.map((name) =>
    queueTable(wb.tables.getItemOrNullObject(name), name, capabilities)
  );
  const names = request.names.map((name) => {
    const item = wb.names.getItemOrNullObject(name).load("name");
    const range = item.getRangeOrNullObject().untrack().load(RANGE_PROPS);
    return { name, exists: () => !item.isNullObject, range };
  });
  const charts = (request.charts ?? []).map((probe) => ({
    probe,
    chart: wb.names
      .getItemOrNullObject(probe.anchor)
      .getRangeOrNullObject()
      .untrack()
      .worksheet.charts.getItemOrNullObject(probe.name)
      .load("name"),
  }));
  return () => {
    const found = collections();
    const probe = chartProbeIn(found.names, request.charts);
    const chart = charts.find((c) => c.probe === probe)?.chart;
    const outcome = collect(found, tables, names, () => ({
      name: probe?.name ?? null,
      exists: chart !== undefined && !chart.isNullObject,
    }));
    // Names by suffix are known only now: a workbook holding one is read again knowing them.
    const complete = suffixed(found.names, request).length === 0;
    return {
      ...outcome,
      snapshot: { ...outcome.snapshot, ...collectAreas(request, []) },
      complete,
    };
  };
}
