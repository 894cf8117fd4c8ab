/**
 * The contract between the workbook layer (which decides what goes where) and the adapters
 * (Office.js, ExcelJS) that carry it out. Plain data, so a test can compare the plan the add-in
 * writes with the plan the command line writes.
 *
 * Coordinates are 0-based (row 0 = spreadsheet row 1, col 0 = column A). Sheets are named.
 */
import type { RawCell } from "../core/types";

/**
 * A value to write. Strings are always written as literal text, never parsed as formulas. A
 * { formula } is the formula text with or without its leading "=" (adapters normalise); the
 * product writes formulas only for its own cells, never from user, CSV or catalogue text.
 */
export type PlanCell =
  | string
  | number
  | boolean
  | null
  | { formula: string }
  /**
   * Added in plan v5. Literal text with a cell link (a hyperlink on the cell, not a HYPERLINK()
   * formula), e.g. evidence notes that open a document; the text is written as a string is.
   */
  | { text: string; hyperlink: string };

export interface Area {
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  /** "#RRGGBB" */
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  hAlign?: "left" | "center" | "right";
  /** Added in plan v4. */
  vAlign?: "top" | "center" | "bottom";
}

export type ConditionalRule =
  | { type: "textEquals"; text: string; fill?: string; fontColor?: string }
  /** Colour scale over numbers, e.g. ratios from 0 (min colour) to 1 (max colour). */
  | { type: "colorScale"; min: number; max: number; minColor: string; maxColor: string }
  /** Added in plan v4. An in-cell bar from min (empty) to max (full), e.g. a score % of 0–1. */
  | { type: "dataBar"; min: number; max: number; color: string };

/** Page margins in inches. */
export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
  header: number;
  footer: number;
}

/**
 * Footer sections in Excel's header/footer code (&P page, &N pages; a literal & is &&), which
 * Excel, Office.js and the xlsx file share. Built by the workbook layer, written as given.
 */
export interface Footer {
  left: string;
  center: string;
  right: string;
}

export type PlanOp =
  /**
   * Create the sheet unless a sheet of that name exists. hidden (added in plan v4): a product-only
   * sheet the user need not see; a host that cannot hide sheets may show it.
   */
  | { op: "addSheet"; name: string; tabColor?: string; hidden?: boolean }
  /**
   * Write a rectangle of values (values.length rows × values[0].length cols) at row/col.
   * A string is written as literal text even when it begins with =, +, - or @ (an adapter must
   * never let the host parse it as a formula); only a { formula } cell is written as a formula.
   */
  | { op: "setValues"; sheet: string; row: number; col: number; values: PlanCell[][] }
  | { op: "setNumberFormat"; area: Area; format: string }
  | { op: "setStyle"; area: Area; style: CellStyle }
  | { op: "setColumnWidth"; sheet: string; col: number; width: number }
  /**
   * Added in plan v4. Height in points of rows row … row + rows − 1, so that wrapped text shows
   * whole in apps that keep stored row heights when they open a file (LibreOffice does).
   */
  | { op: "setRowHeight"; sheet: string; row: number; rows: number; height: number }
  /** Turn an area whose first row holds the header into a named Excel table (it must not exist yet). */
  | { op: "addTable"; name: string; area: Area; style?: string }
  /**
   * Added in plan v2. Append rows at the bottom of an existing table, growing it (Office.js:
   * table.rows.add). values has one entry per row and one cell per table column, in the table's
   * current column order (which the plan builder took from the snapshot). Cells below the table
   * are never written over: when those rows hold anything, sheet rows are inserted first.
   */
  | { op: "appendTableRows"; table: string; values: PlanCell[][] }
  /**
   * Added in plan v2. Add a column at the right end of an existing table (Office.js:
   * table.columns.add). values, when given, holds one cell per data row (header excluded). Cells
   * that stand right of the table are never written over: when that column holds anything, a sheet
   * column is inserted first (the user's cells move one column right, as Excel's insert does).
   */
  | { op: "addTableColumn"; table: string; header: string; values?: PlanCell[] }
  /** Workbook-scoped defined name for a cell or area (replaces a name of the same name). */
  | { op: "defineName"; name: string; area: Area }
  /**
   * A dropdown list on every cell of the area, replacing any validation there; one op per area,
   * never per cell. allowOther (added in plan v2; default false): values outside the list are
   * accepted (no error alert), for columns where the list is only a suggestion, e.g. execution
   * rates such as 85% beside the F labels. title: the error alert's title where the host shows one
   * (Excel), the standard's short name; absent: the host's own.
   */
  | { op: "addValidationList"; area: Area; list: string[]; allowOther?: boolean; title?: string }
  | { op: "addConditionalFormat"; area: Area; rule: ConditionalRule }
  /**
   * Added in plan v2. Remove the conditional formats that apply to cells of the area (Office.js:
   * range.conditionalFormats.clearAll()), so that re-adding them on an upgrade does not stack
   * copies.
   */
  | { op: "clearConditionalFormats"; area: Area }
  | { op: "freezePanes"; sheet: string; rows: number; cols: number }
  /**
   * Added in plan v3. How the sheet prints: orientation, and fitToWidth = all columns on one page
   * width (as many pages tall as needed). A host without page-layout APIs may skip it: it only
   * affects printing and PDF export, never a value.
   */
  | {
      op: "printLayout";
      sheet: string;
      orientation: "portrait" | "landscape";
      fitToWidth: boolean;
      /** Added in plan v4 (optional, as the rest below): also one page tall. */
      fitToHeight?: boolean;
      paper?: "A4";
      printArea?: Area;
      /** Rows printed at the top of every page (e.g. a table's header row). */
      repeatRows?: { row: number; rows: number };
      margins?: Margins;
      footer?: Footer;
    }
  /**
   * Added in plan v4. A bar chart of one series (values against categories) over the anchor
   * cells, named. Re-adding it never stacks a second one: a file writer replaces the chart of that
   * name; Excel keeps its chart of that name, which is bound to the same cells and follows them.
   */
  | {
      op: "addChart";
      name: string;
      sheet: string;
      title: string;
      categories: Area;
      values: Area;
      anchor: Area;
    };

export interface Plan {
  ops: PlanOp[];
}

/** What the workbook layer asks an adapter to read, found by name, never by sheet or position. */
export interface ReadRequest {
  tables: string[];
  names: string[];
  /**
   * The action needs an audit (Score, Apply weights, reading the inputs, merge, compare): a port
   * that knows nothing of the workbook may guess an audit's layout. Create does not set it.
   */
  expectsAudit?: boolean;
  /**
   * Every defined name of the workbook that ends with one of these (any case, any prefix) is read
   * whole into Snapshot.areas: how a workbook's embedded catalogue is found without knowing its
   * prefix (embedded-catalogue.ts). A workbook without such a name costs nothing more.
   */
  nameSuffixes?: string[];
  /**
   * Charts whose existence a host that keeps charts (Excel) should learn, each looked for on the
   * sheet of its anchor's defined name: the module chart beside the modules block. The first whose
   * anchor the workbook holds is looked for. Optional; a file host (which writes charts whole)
   * ignores it.
   */
  charts?: ChartProbe[];
}

/** A chart of that name, on the sheet of the defined name `anchor`. */
export interface ChartProbe {
  name: string;
  anchor: string;
}

export interface TableGrid {
  name: string;
  sheet: string;
  /** Position of the header row's first cell. */
  row: number;
  col: number;
  header: string[];
  /** Data rows (header excluded); formulas and error values arrive as { formula } / { error }. */
  rows: RawCell[][];
}

/** A defined name as read; for a name that refers to an area: its top-left cell. */
export interface NamedCell {
  name: string;
  sheet: string;
  row: number;
  col: number;
  value: RawCell;
}

/** A defined name read whole (ReadRequest.nameSuffixes): its top-left cell and every value. */
export interface NamedArea {
  /** The name as the workbook spells it. */
  name: string;
  sheet: string;
  row: number;
  col: number;
  values: RawCell[][];
}

export interface Snapshot {
  /** Names of all sheets, in workbook order. */
  sheets: string[];
  /** Only the requested tables and names; a missing one is undefined. */
  tables: Record<string, TableGrid | undefined>;
  names: Record<string, NamedCell | undefined>;
  /** The names matching the request's nameSuffixes, by lower-case name; absent when none asked. */
  areas?: Record<string, NamedArea>;
}

/**
 * The prefixes of the catalogues a workbook carries (embedded-catalogue.ts), kept by a port between
 * actions so that an action's first read asks for their names at once (open-audit.ts). A hint: a
 * wrong one costs a read, never a wrong snapshot.
 */
export interface CarriedPrefixes {
  get(): readonly string[];
  remember(prefixes: readonly string[]): void;
}

/** The port every host implements: Office.js in Excel, ExcelJS in Node and the browser page. */
export interface WorkbookPort {
  read(request: ReadRequest): Promise<Snapshot>;
  /**
   * Kept only where a read costs a round trip (Office: with what the port knows of the workbook,
   * in the workbook's settings too); a file host reads again for free.
   */
  carried?: CarriedPrefixes;
  apply(plan: Plan): Promise<void>;
  /** Select (and show) a cell such as "条目 Clauses!G25"; a host without selection may ignore it. */
  select(address: string): Promise<void>;
}
