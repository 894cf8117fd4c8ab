/**
 * The contract between the workbook layer (which decides what goes where) and the adapters
 * (Office.js, ExcelJS) that carry it out. Plain data, so a test can compare the plan the add-in
 * writes with the plan the command line writes.
 *
 * Coordinates are 0-based (row 0 = spreadsheet row 1, col 0 = column A). Sheets are named.
 */
import type { RawCell } from "../core/types";

/** A value to write. Strings are always written as literal text, never parsed as formulas. */
export type PlanCell = string | number | boolean | null | { formula: string };

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
}

export type ConditionalRule =
  | { type: "textEquals"; text: string; fill?: string; fontColor?: string }
  /** Colour scale over numbers, e.g. ratios from 0 (min colour) to 1 (max colour). */
  | { type: "colorScale"; min: number; max: number; minColor: string; maxColor: string };

export type PlanOp =
  /** Create the sheet unless a sheet of that name exists. */
  | { op: "addSheet"; name: string; tabColor?: string }
  /** Write a rectangle of values (values.length rows × values[0].length cols) at row/col. */
  | { op: "setValues"; sheet: string; row: number; col: number; values: PlanCell[][] }
  | { op: "setNumberFormat"; area: Area; format: string }
  | { op: "setStyle"; area: Area; style: CellStyle }
  | { op: "setColumnWidth"; sheet: string; col: number; width: number }
  /** Turn an area whose first row holds the header into a named Excel table (it must not exist yet). */
  | { op: "addTable"; name: string; area: Area; style?: string }
  /** Workbook-scoped defined name for a cell or area. */
  | { op: "defineName"; name: string; area: Area }
  | { op: "addValidationList"; area: Area; list: string[] }
  | { op: "addConditionalFormat"; area: Area; rule: ConditionalRule }
  | { op: "freezePanes"; sheet: string; rows: number; cols: number };

export interface Plan {
  ops: PlanOp[];
}

/** What the workbook layer asks an adapter to read, found by name, never by sheet or position. */
export interface ReadRequest {
  tables: string[];
  names: string[];
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

export interface NamedCell {
  name: string;
  sheet: string;
  row: number;
  col: number;
  value: RawCell;
}

export interface Snapshot {
  sheets: string[];
  tables: Record<string, TableGrid | undefined>;
  names: Record<string, NamedCell | undefined>;
}

/** The port every host implements: Office.js in Excel, ExcelJS in Node and the browser page. */
export interface WorkbookPort {
  read(request: ReadRequest): Promise<Snapshot>;
  apply(plan: Plan): Promise<void>;
  /** Select (and show) a cell such as "条目 Clauses!G25"; a host without selection may ignore it. */
  select(address: string): Promise<void>;
}
