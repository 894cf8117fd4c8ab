/**
 * The emulated host's object model: what each member name the client sends (PascalCase, as in
 * the batches) does to the workbook. navigate() follows property and method paths to objects,
 * invoke() runs method actions, setProperty() and query() the rest. Unknown members fail with
 * Excel's ApiNotFound, so the adapter cannot rely on something this host does not model.
 */
import type { CellOptions } from "./cells";
import {
  ExcelError,
  localAddress,
  parseLocal,
  quoteSheet,
  type Area,
  type WorkbookModel,
} from "./model";
import { addTable, tableColumnsAdd, tableRowsAdd, tableArea } from "./tables";

export type Node =
  | { kind: "Workbook" }
  | { kind: "Worksheets" }
  | { kind: "Worksheet"; id: string }
  | { kind: "Range"; area: Area }
  | { kind: "RangeAreas"; areas: Area[] }
  | { kind: "Tables"; sheetId?: string }
  | { kind: "Table"; id: string }
  | { kind: "TableRows" | "TableColumns"; tableId: string }
  | { kind: "Names" }
  | { kind: "Name"; name: string }
  | { kind: "Charts"; sheetId: string }
  | { kind: "Chart"; sheetId: string; name: string }
  | { kind: "ConditionalFormats"; area: Area }
  | { kind: "DataValidation"; area: Area }
  | { kind: "RangeFormat"; area: Area; part: "" | "Font" | "Fill" }
  | { kind: "Bag"; store: Record<string, unknown> };

/** What the host needs to know about the write, for onChanged events and the batch log. */
export interface Effects {
  selected?: string;
  activeSheetId?: string;
  /** Cell writes in this action (areas), and rows/columns inserted into tables. */
  changed: { area: Area; changeType: string }[];
}

export interface Env {
  model: WorkbookModel;
  cells: CellOptions;
  /** ExcelApi minor version the profile supports (7 for 1.7). */
  apiMinor: number;
  effects: Effects;
}

/** Members above ExcelApi 1.1 that this host models, with the set that introduced them. */
const MEMBER_SETS: Record<string, number> = {
  "Range.DataValidation": 8,
  "Worksheet.PageLayout": 9,
  "Range.ConditionalFormats": 6,
  "Name.GetRangeOrNullObject": 4,
  "Names.GetItemOrNullObject": 4,
  "Tables.GetItemOrNullObject": 4,
  "Worksheet.FreezePanes": 7,
  "Worksheet.GetRangeByIndexes": 7,
  "Worksheet.TabColor": 7,
  "Table._RegisterDataChangedEvent": 7,
  "Name.Formula": 7,
  "Range.Hyperlink": 7,
  "Range.GetMergedAreasOrNullObject": 13,
};

export function requireSet(env: Env, node: Node, member: string): void {
  const minor = MEMBER_SETS[`${node.kind}.${member}`];
  if (minor !== undefined && minor > env.apiMinor)
    throw new ExcelError(
      "ApiNotFound",
      `${node.kind}.${member} needs ExcelApi 1.${minor}; this host has 1.${env.apiMinor}`
    );
}

function notFound(node: Node, member: string): never {
  throw new ExcelError("ApiNotFound", `the emulated host does not model ${node.kind}.${member}`);
}

function bag(store: Record<string, unknown>, name: string): Node {
  const child = (store[name] ??= {}) as Record<string, unknown>;
  return { kind: "Bag", store: child };
}

function rangeOfAddress(env: Env, address: string, defaultSheetId?: string): Area {
  const bang = address.lastIndexOf("!");
  let sheetId = defaultSheetId;
  if (bang >= 0) {
    let name = address.slice(0, bang).replace(/^=/, "");
    if (name.startsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
    const sheet = env.model.sheetByName(name);
    if (!sheet) throw new ExcelError("InvalidArgument", `no worksheet ${name}`);
    sheetId = sheet.id;
  }
  if (!sheetId) throw new ExcelError("InvalidArgument", `address without a sheet: ${address}`);
  return { sheetId, ...parseLocal(bang >= 0 ? address.slice(bang + 1) : address) };
}

export function fullAddress(env: Env, area: Area): string {
  return `${quoteSheet(env.model.sheetById(area.sheetId).name)}!${localAddress(area)}`;
}

/** Follows a property (args undefined) or method path from node; null means a null object. */
export function navigate(env: Env, node: Node, name: string, args?: unknown[]): Node | null {
  requireSet(env, node, name);
  const { model } = env;
  const a = args ?? [];
  switch (node.kind) {
    case "Workbook":
      if (name === "Worksheets") return { kind: "Worksheets" };
      if (name === "Tables") return { kind: "Tables" };
      if (name === "Names") return { kind: "Names" };
      return notFound(node, name);
    case "Worksheets": {
      if (name === "Add") return { kind: "Worksheet", id: model.addSheet(String(a[0])).id };
      if (name === "GetActiveWorksheet")
        return { kind: "Worksheet", id: env.effects.activeSheetId ?? model.sheets[0].id };
      const sheet = model.sheetByName(String(a[0])) ?? model.sheets.find((s) => s.id === a[0]);
      if (name === "GetItem" || name === "")
        if (!sheet) throw new ExcelError("ItemNotFound", `worksheet ${String(a[0])}`);
      if (name === "GetItemOrNullObject" || name === "GetItem" || name === "")
        return sheet ? { kind: "Worksheet", id: sheet.id } : null;
      return notFound(node, name);
    }
    case "Worksheet": {
      const sheet = model.sheetById(node.id);
      if (name === "GetRangeByIndexes") {
        const [row, col, rows, cols] = a.map(Number);
        if (rows < 1 || cols < 1) throw new ExcelError("InvalidArgument", "empty range");
        return { kind: "Range", area: { sheetId: node.id, row, col, rows, cols } };
      }
      if (name === "GetRange")
        return { kind: "Range", area: rangeOfAddress(env, String(a[0]), node.id) };
      if (name === "Tables") return { kind: "Tables", sheetId: node.id };
      if (name === "Charts") return { kind: "Charts", sheetId: node.id };
      if (name === "FreezePanes") return bag(sheet.props, "freezePanes");
      if (name === "PageLayout") return bag(sheet.props, "pageLayout");
      return notFound(node, name);
    }
    case "Range": {
      if (name === "Worksheet") return { kind: "Worksheet", id: node.area.sheetId };
      if (name === "Format") return { kind: "RangeFormat", area: node.area, part: "" };
      if (name === "ConditionalFormats") return { kind: "ConditionalFormats", area: node.area };
      if (name === "DataValidation") return { kind: "DataValidation", area: node.area };
      if (name === "GetMergedAreasOrNullObject") {
        // Every merged range that overlaps the range, whole; a null object when there is none.
        const a = node.area;
        const areas = (model.sheetById(a.sheetId).merges ?? []).filter(
          (m) =>
            m.row < a.row + a.rows &&
            a.row < m.row + m.rows &&
            m.col < a.col + a.cols &&
            a.col < m.col + m.cols
        );
        return areas.length ? { kind: "RangeAreas", areas } : null;
      }
      // The client cuts large value arrays into row bands: getRow(i).getBoundingRect(getRow(j)).
      if (name === "GetRow")
        return {
          kind: "Range",
          area: { ...node.area, row: node.area.row + Number(a[0]), rows: 1 },
        };
      if (name === "GetCell")
        return {
          kind: "Range",
          area: {
            ...node.area,
            row: node.area.row + Number(a[0]),
            col: node.area.col + Number(a[1]),
            rows: 1,
            cols: 1,
          },
        };
      // Excel's sheets are 16,384 columns wide (XFD).
      if (name === "GetEntireRow")
        return { kind: "Range", area: { ...node.area, col: 0, cols: 16384 } };
      if (name === "GetBoundingRect") {
        const other = (a[0] as { area: Area }).area;
        const row = Math.min(node.area.row, other.row);
        const col = Math.min(node.area.col, other.col);
        const rows = Math.max(node.area.row + node.area.rows, other.row + other.rows) - row;
        const cols = Math.max(node.area.col + node.area.cols, other.col + other.cols) - col;
        return { kind: "Range", area: { sheetId: node.area.sheetId, row, col, rows, cols } };
      }
      return notFound(node, name);
    }
    case "RangeFormat":
      if (node.part === "" && (name === "Font" || name === "Fill"))
        return { kind: "RangeFormat", area: node.area, part: name };
      return notFound(node, name);
    case "Tables": {
      if (name === "Add") {
        const ref = a[0] as Node | string;
        const area =
          typeof ref === "string"
            ? rangeOfAddress(env, ref, node.sheetId)
            : (ref as { area: Area }).area;
        const table = addTable(model, area, Boolean(a[1]));
        env.effects.changed.push({ area: table.area, changeType: "RangeEdited" });
        return { kind: "Table", id: table.id };
      }
      // Excel finds a table by name or by id (the client re-finds tracked objects by id).
      const table = model.tableByName(String(a[0])) ?? model.tables.find((t) => t.id === a[0]);
      const visible = table && (!node.sheetId || table.area.sheetId === node.sheetId);
      if (name === "GetItem" || name === "")
        if (!visible) throw new ExcelError("ItemNotFound", `table ${String(a[0])}`);
      if (name === "GetItemOrNullObject" || name === "GetItem" || name === "")
        return visible ? { kind: "Table", id: table.id } : null;
      return notFound(node, name);
    }
    case "Table": {
      const area = tableArea(model, node.id);
      if (name === "Worksheet") return { kind: "Worksheet", id: area.sheetId };
      if (name === "GetHeaderRowRange") return { kind: "Range", area: { ...area, rows: 1 } };
      if (name === "GetDataBodyRange")
        return { kind: "Range", area: { ...area, row: area.row + 1, rows: area.rows - 1 } };
      if (name === "GetRange") return { kind: "Range", area };
      if (name === "Rows") return { kind: "TableRows", tableId: node.id };
      if (name === "Columns") return { kind: "TableColumns", tableId: node.id };
      return notFound(node, name);
    }
    case "TableRows":
      if (name === "Add") {
        env.effects.changed.push(tableRowsAdd(model, node.tableId, a[0], a[1]));
        return { kind: "Bag", store: {} };
      }
      return notFound(node, name);
    case "TableColumns":
      if (name === "Add") {
        env.effects.changed.push(tableColumnsAdd(model, node.tableId, a[0], a[1], a[2]));
        return { kind: "Bag", store: {} };
      }
      return notFound(node, name);
    case "Names": {
      if (name === "Add") {
        const key = String(a[0]);
        if (model.names.has(key.toLowerCase()))
          throw new ExcelError("InvalidArgument", `the name ${key} already exists`);
        const ref = a[1] as Node | string;
        const area =
          typeof ref === "string" ? rangeOfAddress(env, ref) : (ref as { area: Area }).area;
        model.names.set(key.toLowerCase(), { name: key, area: { ...area } });
        return { kind: "Name", name: key };
      }
      const item = model.names.get(String(a[0]).toLowerCase());
      if (name === "GetItem" || name === "")
        if (!item) throw new ExcelError("ItemNotFound", `name ${String(a[0])}`);
      if (name === "GetItemOrNullObject" || name === "GetItem" || name === "")
        return item ? { kind: "Name", name: item.name } : null;
      return notFound(node, name);
    }
    case "Name": {
      const item = model.names.get(node.name.toLowerCase());
      if (!item) throw new ExcelError("ItemNotFound", `name ${node.name}`);
      if (name === "GetRange") {
        if (!item.area) throw new ExcelError("InvalidReference", `${node.name} refers to #REF!`);
        return { kind: "Range", area: { ...item.area } };
      }
      if (name === "GetRangeOrNullObject")
        return item.area ? { kind: "Range", area: { ...item.area } } : null;
      return notFound(node, name);
    }
    case "Charts": {
      const sheet = model.sheetById(node.sheetId);
      if (name === "Add") {
        const chartName = `Chart ${sheet.charts.length + 1}`;
        const source = (a[1] as { area: Area }).area;
        sheet.charts.push({
          name: chartName,
          props: { type: a[0], source: fullAddress(env, source), seriesBy: a[2] },
        });
        return { kind: "Chart", sheetId: node.sheetId, name: chartName };
      }
      const chart = sheet.charts.find((c) => c.name === a[0]);
      if (name === "GetItem" && !chart)
        throw new ExcelError("ItemNotFound", `chart ${String(a[0])}`);
      if (name === "GetItemOrNullObject" || name === "GetItem")
        return chart ? { kind: "Chart", sheetId: node.sheetId, name: chart.name } : null;
      return notFound(node, name);
    }
    case "Chart": {
      const chart = model.sheetById(node.sheetId).charts.find((c) => c.name === node.name);
      if (!chart) throw new ExcelError("ItemNotFound", `chart ${node.name}`);
      if (["Title", "Legend", "Axes", "Series"].includes(name)) return bag(chart.props, name);
      return notFound(node, name);
    }
    case "ConditionalFormats":
      if (name === "Add") {
        const spec: Record<string, unknown> = { type: a[0] };
        model.sheetById(node.area.sheetId).conditionalFormats.push({ area: node.area, spec });
        return { kind: "Bag", store: spec };
      }
      return notFound(node, name);
    case "Bag":
      // Chart parts, conditional format parts, freeze panes, page layout: stored as set.
      if (args) {
        const store = bag(node.store, `${name}(${JSON.stringify(a.map(plainArg))})`);
        return store;
      }
      return bag(node.store, name);
    default:
      return notFound(node, name);
  }
}

function plainArg(arg: unknown): unknown {
  const node = arg as Node | null;
  return node && typeof node === "object" && "kind" in node && node.kind === "Range"
    ? { range: node.area }
    : arg;
}
