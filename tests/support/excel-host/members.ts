/** Method actions, property writes and queries on the emulated host's objects. */
import { parseWritten, readFormula, readType, readValue } from "./cells";
import { ExcelError, intersects, localAddress, quoteSheet, type Area } from "./model";
import { fullAddress, navigate, requireSet, type Env, type Node } from "./objects";

function cellsOf(area: Area, each: (row: number, col: number, r: number, c: number) => void) {
  for (let r = 0; r < area.rows; r++)
    for (let c = 0; c < area.cols; c++) each(area.row + r, area.col + c, r, c);
}

/** A 2-D input must match the range; a scalar fills it (as Office.js allows). */
function gridFor(area: Area, input: unknown): (r: number, c: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  if (
    input.length !== area.rows ||
    input.some((row) => !Array.isArray(row) || row.length !== area.cols)
  )
    throw new ExcelError(
      "InvalidArgument",
      "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
    );
  return (r, c) => (input as unknown[][])[r][c];
}

function grid<T>(area: Area, read: (row: number, col: number) => T): T[][] {
  return Array.from({ length: area.rows }, (_, r) =>
    Array.from({ length: area.cols }, (_, c) => read(area.row + r, area.col + c))
  );
}

export function invoke(env: Env, node: Node, name: string, args: unknown[]): unknown {
  const { model } = env;
  switch (`${node.kind}.${name}`) {
    case "Range._ValidateArraySize": {
      const area = (node as { area: Area }).area;
      if (args[0] !== area.rows || args[1] !== area.cols)
        throw new ExcelError(
          "InvalidArgument",
          "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
        );
      return null;
    }
    case "Range.Select":
      env.effects.selected = fullAddress(env, (node as { area: Area }).area);
      return null;
    case "Worksheet.Activate":
      env.effects.activeSheetId = (node as { id: string }).id;
      return null;
    case "Worksheet.Delete":
      model.deleteSheet((node as { id: string }).id);
      return null;
    case "Name.Delete": {
      const key = (node as { name: string }).name.toLowerCase();
      if (!model.names.delete(key)) throw new ExcelError("ItemNotFound", `name ${key}`);
      return null;
    }
    case "DataValidation.Clear": {
      const area = (node as { area: Area }).area;
      cellsOf(area, (row, col) => {
        const cell = model.cell(area.sheetId, row, col);
        if (cell?.validation)
          model.setCell(area.sheetId, row, col, { ...cell, validation: undefined });
      });
      return null;
    }
    case "ConditionalFormats.ClearAll": {
      // Assumed: formats that overlap the range go entirely (Excel trims them to the rest).
      const area = (node as { area: Area }).area;
      const sheet = model.sheetById(area.sheetId);
      sheet.conditionalFormats = sheet.conditionalFormats.filter(
        (cf) => !intersects(cf.area, area)
      );
      return null;
    }
    case "Chart.SetPosition": {
      const chartNode = node as { sheetId: string; name: string };
      const chart = model
        .sheetById(chartNode.sheetId)
        .charts.find((c) => c.name === chartNode.name);
      if (!chart) throw new ExcelError("ItemNotFound", `chart ${chartNode.name}`);
      chart.props.position = args.map((a) =>
        a && typeof a === "object" && "area" in a ? localAddress((a as { area: Area }).area) : a
      );
      return null;
    }
    case "Table._RegisterDataChangedEvent":
    case "Table._UnregisterDataChangedEvent":
      return null; // the host's event log handles subscriptions (see host.ts)
    default:
      if (node.kind === "Bag") {
        // Freeze panes, chart series, chart position: recorded as called.
        const calls = ((node.store.calls as unknown[]) ??= []);
        calls.push({
          name,
          args: args.map((a) =>
            a && typeof a === "object" && "area" in a
              ? fullAddress(env, (a as { area: Area }).area)
              : a
          ),
        });
        return null;
      }
      throw new ExcelError(
        "ApiNotFound",
        `the emulated host does not model ${node.kind}.${name}()`
      );
  }
}

const FORMAT_KEYS: Record<string, string> = {
  "Font.Bold": "bold",
  "Font.Italic": "italic",
  "Font.Size": "fontSize",
  "Font.Color": "fontColor",
  "Fill.Color": "fill",
  ".WrapText": "wrap",
  ".HorizontalAlignment": "hAlign",
  ".VerticalAlignment": "vAlign",
};

export function setProperty(env: Env, node: Node, name: string, value: unknown): void {
  const { model } = env;
  switch (node.kind) {
    case "Range": {
      const area = node.area;
      if (name === "Values" || name === "Formulas") {
        const at = gridFor(area, value);
        cellsOf(area, (row, col, r, c) =>
          model.setCell(
            area.sheetId,
            row,
            col,
            parseWritten(at(r, c), model.cell(area.sheetId, row, col))
          )
        );
        env.effects.changed.push({ area, changeType: "RangeEdited" });
        return;
      }
      if (name === "Hyperlink") {
        requireSet(env, node, name);
        cellsOf(area, (row, col) =>
          model.updateCell(area.sheetId, row, col, {
            hyperlink: value as { address?: string; textToDisplay?: string },
          })
        );
        return;
      }
      if (name === "NumberFormat") {
        const at = gridFor(area, value);
        cellsOf(area, (row, col, r, c) =>
          model.updateCell(area.sheetId, row, col, { numberFormat: String(at(r, c)) })
        );
        return;
      }
      break;
    }
    case "RangeFormat": {
      const area = node.area;
      if (node.part === "" && name === "RowHeight") {
        const heights = ((model.sheetById(area.sheetId).props.rowHeights as Record<
          number,
          unknown
        >) ??= {});
        for (let r = area.row; r < area.row + area.rows; r++) heights[r] = value;
        return;
      }
      if (node.part === "" && name === "ColumnWidth") {
        const widths = ((model.sheetById(area.sheetId).props.columnWidths as Record<
          number,
          unknown
        >) ??= {});
        for (let c = area.col; c < area.col + area.cols; c++) widths[c] = value;
        return;
      }
      const key = FORMAT_KEYS[`${node.part}.${name}`];
      if (!key) break;
      cellsOf(area, (row, col) => {
        const cell = model.cell(area.sheetId, row, col);
        model.updateCell(area.sheetId, row, col, { format: { ...cell?.format, [key]: value } });
      });
      return;
    }
    case "DataValidation": {
      if (name !== "Rule" && name !== "ErrorAlert") break;
      const area = node.area;
      cellsOf(area, (row, col) => {
        const cell = model.cell(area.sheetId, row, col);
        const validation = { ...(cell?.validation as object), [name]: value };
        model.updateCell(area.sheetId, row, col, { validation });
      });
      return;
    }
    case "Worksheet":
      if (name === "TabColor") {
        model.sheetById(node.id).props.tabColor = value;
        return;
      }
      if (name === "Visibility") {
        if (!["Visible", "Hidden", "VeryHidden"].includes(String(value)))
          throw new ExcelError("InvalidArgument", `visibility ${String(value)}`);
        model.sheetById(node.id).props.visibility = value;
        return;
      }
      if (name === "Name") {
        if (model.sheetByName(String(value)))
          throw new ExcelError("ItemAlreadyExists", `sheet ${String(value)}`);
        model.sheetById(node.id).name = String(value);
        return;
      }
      break;
    case "Table": {
      const table = model.tables.find((t) => t.id === node.id);
      if (!table) throw new ExcelError("ItemNotFound", "table");
      if (name === "Name") {
        const text = String(value);
        const clash = model.tableByName(text) ?? model.names.get(text.toLowerCase());
        if (clash && clash !== table)
          throw new ExcelError("InvalidArgument", `the name ${text} is in use`);
        table.name = text;
        return;
      }
      if (name === "Style") {
        table.style = String(value);
        return;
      }
      break;
    }
    case "Chart": {
      const chart = model.sheetById(node.sheetId).charts.find((c) => c.name === node.name);
      if (chart && name === "Name") {
        chart.name = String(value);
        node.name = chart.name;
        return;
      }
      if (chart) {
        chart.props[name] = value;
        return;
      }
      break;
    }
    case "Bag":
      node.store[name] = value;
      return;
  }
  throw new ExcelError(
    "ApiNotFound",
    `the emulated host does not model setting ${node.kind}.${name}`
  );
}

/** The scalar properties of a node, by PascalCase name; undefined for unknown ones. */
function property(env: Env, node: Node, name: string): unknown {
  const { model } = env;
  switch (node.kind) {
    case "Range": {
      const a = node.area;
      const cell = (row: number, col: number) => model.cell(a.sheetId, row, col);
      switch (name) {
        case "Values":
          return grid(a, (r, c) => readValue(cell(r, c)));
        case "Formulas":
          return grid(a, (r, c) => readFormula(cell(r, c), env.cells));
        case "ValueTypes":
          return grid(a, (r, c) => readType(cell(r, c)));
        case "NumberFormat":
          return grid(a, (r, c) => cell(r, c)?.numberFormat ?? "General");
        case "RowIndex":
          return a.row;
        case "ColumnIndex":
          return a.col;
        case "RowCount":
          return a.rows;
        case "ColumnCount":
          return a.cols;
        case "Address":
          return fullAddress(env, a);
      }
      return undefined;
    }
    case "Worksheet": {
      const sheet = model.sheetById(node.id);
      if (name === "Name") return sheet.name;
      if (name === "Id") return sheet.id;
      if (name === "Position") return model.sheets.indexOf(sheet);
      if (name === "TabColor") return sheet.props.tabColor ?? "";
      if (name === "Visibility") return sheet.props.visibility ?? "Visible";
      return undefined;
    }
    case "Table": {
      const table = model.tables.find((t) => t.id === node.id);
      if (name === "Name") return table?.name;
      if (name === "Id") return table?.id;
      if (name === "Style") return table?.style ?? "TableStyleMedium2";
      return undefined;
    }
    case "Name": {
      const item = model.names.get(node.name.toLowerCase());
      if (!item) return undefined;
      const ref = item.area
        ? `=${quoteSheet(model.sheetById(item.area.sheetId).name)}!${localAddress(item.area).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`
        : "=#REF!";
      if (name === "Name") return item.name;
      if (name === "Type") return item.area ? "Range" : "Error";
      if (name === "Value") return ref.slice(1);
      if (name === "Formula") return ref;
      if (name === "Visible") return true;
      return undefined;
    }
    case "Chart":
      if (name === "Name") return node.name;
      return undefined;
    case "RangeAreas":
      // Excel lists the areas with their sheet, separated by commas.
      if (name === "Address") return node.areas.map((area) => fullAddress(env, area)).join(",");
      return undefined;
    case "Bag":
      return node.store[name];
  }
  return undefined;
}

const camelToPascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Answers a Query action: Select paths such as "values" or "format/fill/color". */
export function query(env: Env, node: Node, select: string[] | undefined): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const path of select ?? []) {
    const parts = path.split("/").map(camelToPascal);
    let target: Node | null = node;
    let out = result;
    for (let i = 0; i < parts.length - 1 && target; i++) {
      target = navigate(env, target, parts[i]);
      out = (out[parts[i]] ??= {}) as Record<string, unknown>;
    }
    const last = parts[parts.length - 1];
    const value = target ? property(env, target, last) : null;
    if (value === undefined)
      throw new ExcelError("ApiNotFound", `the emulated host does not model ${node.kind}.${last}`);
    out[last] = value;
  }
  if (node.kind === "Table" || node.kind === "Worksheet") result.Id = property(env, node, "Id");
  return result;
}

/** Answers a Query on a collection: { _Items: [...] }. */
export function queryItems(env: Env, node: Node, select: string[] | undefined): unknown {
  const { model } = env;
  let items: Node[];
  if (node.kind === "Worksheets")
    items = model.sheets.map((s) => ({ kind: "Worksheet", id: s.id }));
  else if (node.kind === "Tables")
    items = model.tables
      .filter((t) => !node.sheetId || t.area.sheetId === node.sheetId)
      .map((t) => ({ kind: "Table", id: t.id }));
  else if (node.kind === "Names")
    items = [...model.names.values()].map((n) => ({ kind: "Name", name: n.name }));
  else if (node.kind === "Charts")
    items = model
      .sheetById(node.sheetId)
      .charts.map((c) => ({ kind: "Chart", sheetId: node.sheetId, name: c.name }));
  else return null;
  return { _Items: items.map((item) => query(env, item, select)) };
}
