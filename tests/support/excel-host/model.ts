/**
 * The emulated host's workbook: sheets of cells, tables, defined names, validation, conditional
 * formats and charts, with the behaviours of Excel the adapter depends on (a deleted sheet leaves
 * its names pointing at #REF! and takes its tables with it; table rows and columns are inserted,
 * shifting the cells in their way).
 */
// node:v8, not structuredClone: jsdom test environments (the pane's tests) do not have it.
import { deserialize, serialize } from "node:v8";
// One A1 codec: the product's own (pure, no Office.js).
import { parseRange, rangeA1 } from "../../../src/workbook/a1";

const deepCopy = <T>(value: T): T => deserialize(serialize(value)) as T;

export type CellValue = string | number | boolean;

export interface Cell {
  value: CellValue;
  /** Formula text with its "=", for formula cells. */
  formula?: string;
  /** Written with Excel's quote prefix: stored as text, prefix not part of the value. */
  quoted?: boolean;
  numberFormat?: string;
  format?: Record<string, unknown>;
  validation?: unknown;
  /** A cell link (Range.hyperlink, ExcelApi 1.7): kept when the value is written over, as in Excel. */
  hyperlink?: { address?: string; textToDisplay?: string };
}

export interface Area {
  sheetId: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface Sheet {
  id: string;
  name: string;
  cells: Map<string, Cell>;
  props: Record<string, unknown>;
  conditionalFormats: { area: Area; spec: Record<string, unknown> }[];
  /** Merged ranges (set up by tests as a user would merge cells; the add-in never merges). */
  merges?: Area[];
  charts: { name: string; props: Record<string, unknown> }[];
}

export interface Table {
  id: string;
  name: string;
  /** Header row at row; rows counts header and body. */
  area: Area;
  style?: string;
}

/** A defined name: an area, or null once its sheet was deleted (Excel shows =#REF!). */
export interface Name {
  name: string;
  area: Area | null;
}

export class ExcelError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(message);
  }
}

const key = (row: number, col: number) => `${row},${col}`;

export interface ModelState {
  sheets: Sheet[];
  tables: Table[];
  names: Map<string, Name>;
  nextId: number;
}

export class WorkbookModel {
  sheets: Sheet[] = [];
  tables: Table[] = [];
  names = new Map<string, Name>();
  private nextId = 1;

  /** A copy of the whole workbook, for the undo stack (see undo.ts and copyState). */
  snapshot(): ModelState {
    return copyState({
      sheets: this.sheets,
      tables: this.tables,
      names: this.names,
      nextId: this.nextId,
    });
  }

  /** Puts back a snapshot (ids go on from where the workbook was, as after Excel's undo). */
  restore(state: ModelState): void {
    const copy = copyState(state);
    this.sheets = copy.sheets;
    this.tables = copy.tables;
    this.names = copy.names;
    this.nextId = Math.max(this.nextId, copy.nextId);
  }

  newId(prefix: string): string {
    return `{${prefix}-${this.nextId++}}`;
  }

  sheetById(id: string): Sheet {
    const sheet = this.sheets.find((s) => s.id === id);
    if (!sheet) throw new ExcelError("ItemNotFound", `worksheet ${id} does not exist`);
    return sheet;
  }

  sheetByName(name: string): Sheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  addSheet(name: string): Sheet {
    if (this.sheetByName(name))
      throw new ExcelError("ItemAlreadyExists", `a worksheet named ${name} already exists`);
    if (name.length > 31 || /[\\/?*[\]:]/.test(name))
      throw new ExcelError("InvalidArgument", `invalid worksheet name ${name}`);
    const sheet: Sheet = {
      id: this.newId("sheet"),
      name,
      cells: new Map(),
      props: {},
      conditionalFormats: [],
      charts: [],
    };
    this.sheets.push(sheet);
    return sheet;
  }

  /** Excel keeps names of a deleted sheet as =#REF! and drops the sheet's tables. */
  deleteSheet(id: string): void {
    this.sheetById(id);
    this.sheets = this.sheets.filter((s) => s.id !== id);
    this.tables = this.tables.filter((t) => t.area.sheetId !== id);
    for (const name of this.names.values()) if (name.area?.sheetId === id) name.area = null;
  }

  cell(sheetId: string, row: number, col: number): Cell | undefined {
    return this.sheetById(sheetId).cells.get(key(row, col));
  }

  setCell(sheetId: string, row: number, col: number, cell: Cell | undefined): void {
    const cells = this.sheetById(sheetId).cells;
    if (cell) cells.set(key(row, col), freezeCell(cell));
    else cells.delete(key(row, col));
  }

  /** Updates a cell in place (creating it), keeping what the update does not name. */
  updateCell(sheetId: string, row: number, col: number, update: Partial<Cell>): void {
    const current = this.cell(sheetId, row, col) ?? { value: "" };
    this.setCell(sheetId, row, col, { ...current, ...update });
  }

  tableAt(sheetId: string, row: number, col: number): Table | undefined {
    return this.tables.find((t) => t.area.sheetId === sheetId && contains(t.area, row, col));
  }

  tableByName(name: string): Table | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  isEmpty(sheetId: string, row: number, col: number): boolean {
    const cell = this.cell(sheetId, row, col);
    return !cell || (cell.value === "" && !cell.formula);
  }

  /**
   * Inserts `count` rows of cells at `atRow` in the given columns (Excel's "shift cells down"),
   * moving cells, tables and names below.
   */
  insertCellsDown(sheetId: string, atRow: number, col: number, cols: number, count: number): void {
    const sheet = this.sheetById(sheetId);
    const moved = new Map<string, Cell>();
    for (const [k, cell] of sheet.cells) {
      const [r, c] = k.split(",").map(Number);
      if (r >= atRow && c >= col && c < col + cols) {
        sheet.cells.delete(k);
        moved.set(key(r + count, c), cell);
      }
    }
    for (const [k, cell] of moved) sheet.cells.set(k, cell);
    const shift = (area: Area | null) => {
      if (area && area.sheetId === sheetId && area.row >= atRow && area.col >= col)
        if (area.col + area.cols <= col + cols) area.row += count;
    };
    for (const t of this.tables) if (t.area.row > atRow) shift(t.area);
    for (const n of this.names.values()) shift(n.area);
  }

  /** Inserts one column of cells at `atCol` in the given rows ("shift cells right"). */
  insertCellsRight(sheetId: string, atCol: number, row: number, rows: number): void {
    const sheet = this.sheetById(sheetId);
    const moved = new Map<string, Cell>();
    for (const [k, cell] of sheet.cells) {
      const [r, c] = k.split(",").map(Number);
      if (c >= atCol && r >= row && r < row + rows) {
        sheet.cells.delete(k);
        moved.set(key(r, c + 1), cell);
      }
    }
    for (const [k, cell] of moved) sheet.cells.set(k, cell);
    for (const n of this.names.values()) {
      const a = n.area;
      if (a && a.sheetId === sheetId && a.col >= atCol && a.row >= row && a.row < row + rows)
        a.col += 1;
    }
  }
}

/**
 * A copy of a workbook that shares its cells. Why: the host snapshots the workbook before every
 * sync that writes, and deep-copying a 211-clause audit's ~5,000 cells took 10-20 ms a sync, ~10 s
 * of the ~60 s of CPU of the Office adapter's tests. Cells are values: a write puts a new Cell
 * (setCell freezes it, so an edit in place fails loudly), so sharing them between the workbook and
 * its undo records is safe; the cell maps and everything else (props, tables, names: edited in
 * place, and small) are copied.
 */
function copyState(state: ModelState): ModelState {
  const sheets = state.sheets.map(({ cells, ...rest }) => ({
    ...deepCopy(rest),
    cells: new Map(cells),
  }));
  const { tables, names, nextId } = deepCopy({
    tables: state.tables,
    names: state.names,
    nextId: state.nextId,
  });
  return { sheets, tables, names, nextId };
}

/** Freezes a cell and the objects it holds (format, validation, link), which cells share. */
function freezeCell(cell: Cell): Cell {
  for (const part of Object.values(cell)) if (part && typeof part === "object") Object.freeze(part);
  return Object.freeze(cell);
}

export function contains(area: Area, row: number, col: number): boolean {
  return (
    row >= area.row && row < area.row + area.rows && col >= area.col && col < area.col + area.cols
  );
}

export function intersects(a: Area, b: Area): boolean {
  return (
    a.sheetId === b.sheetId &&
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.col < b.col + b.cols &&
    b.col < a.col + a.cols
  );
}

/** "A1:C3" (or "A1" for one cell), without the sheet. */
export function localAddress(area: Omit<Area, "sheetId">): string {
  return rangeA1(area);
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Parses "A1", "B2:D9" (no sheet) into 0-based coordinates. */
export function parseLocal(address: string): Omit<Area, "sheetId"> {
  const box = parseRange(address);
  if (!box) throw new ExcelError("InvalidArgument", `invalid address ${address}`);
  return box;
}
