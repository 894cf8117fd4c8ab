/**
 * Insert empty cells where a table grows, as Excel does. A table growing down shifts only the
 * cells of its own columns down (Excel's "Insert cells, shift down"), with the tables, merged
 * ranges, dropdowns, conditional formats and names that lie there; a table growing right inserts
 * a sheet column. The product grows a table into cells that hold anything only this way, so a
 * user's cells beside or below the table are never written over.
 */
import ExcelJS from "exceljs";
import { absoluteBox } from "../../workbook/a1";
import { internals, mergedBoxes } from "./internals";
import { moveFormula } from "./shared-formula";
import { parseNameRange } from "./snapshot";
import {
  boxesOf,
  decodeRange,
  encodeRange,
  overlaps,
  tableModel,
  type Box,
  type TableModel,
} from "./tables";

type Axis = "col" | "row";

/** A cell's value as ExcelJS keeps it: the model its Cell.model getter and setter exchange. */
type CellModel = {
  address: string;
  type: ExcelJS.ValueType;
  formula?: string;
  sharedFormula?: string;
  shareType?: string;
  ref?: string;
  [key: string]: unknown;
};

interface CellInternals {
  model: CellModel;
  _comment?: unknown;
}

const inside = (cell: ExcelJS.Cell) => cell as unknown as CellInternals;
/** ExcelJS's typings call a cell's row and column numbers strings; they are numbers. */
const rowOf = (cell: ExcelJS.Cell) => Number(cell.row);
const colOf = (cell: ExcelJS.Cell) => Number(cell.col);

/** Whether any cell of the sheet column `col` (1-based), or of the box, is in use. */
export function cellsInUse(worksheet: ExcelJS.Worksheet, where: { col: number } | Box): boolean {
  if ("col" in where) {
    let used = false;
    worksheet.eachRow({ includeEmpty: false }, (row) => {
      const cell = row.findCell(where.col);
      used ||= cell !== undefined && cell.value !== null && cell.value !== undefined;
    });
    return used;
  }
  // A merged range reaching into the box is in use even when its cells there are empty (an empty
  // merge's first cell is blank, and its other cells may lie outside the box).
  if (mergedBoxes(worksheet).some((merge) => overlaps(merge, where))) return true;
  for (let r = where.top; r <= where.bottom; r++) {
    const row = worksheet.findRow(r);
    for (let c = where.left; row && c <= where.right; c++) {
      const cell = row.findCell(c);
      // A merged range's other cells, and a cell holding only a note, are in use too.
      if (cell && (cell.type !== ExcelJS.ValueType.Null || cell.note)) return true;
    }
  }
  return false;
}

/** A box after inserting `count` columns (or rows) at `at`: moved when past it, grown when across. */
function shifted(box: Box, axis: Axis, at: number, count: number): Box {
  const [start, end] = axis === "col" ? (["left", "right"] as const) : (["top", "bottom"] as const);
  if (box[start] >= at) return { ...box, [start]: box[start] + count, [end]: box[end] + count };
  if (box[end] >= at) return { ...box, [end]: box[end] + count };
  return box;
}

function shiftRef(ref: string, axis: Axis, at: number, count: number): string {
  return ref
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => {
      const text = encodeRange(shifted(decodeRange(part), axis, at, count));
      return part.includes(":") ? text : text.split(":")[0];
    })
    .join(" ");
}

/**
 * A shared formula (one formula filled over cells, kept on its first cell, the master) whose
 * master or any other cell lies where cells move becomes each cell's own formula: ExcelJS moves a
 * cell's value as it is, and its other cells name the master by address, so a moved master, or a
 * cell moved away from it, would point at the wrong cell (and ExcelJS refuses to save a cell whose
 * master is gone).
 */
function unshareFormulas(worksheet: ExcelJS.Worksheet, moves: (cell: ExcelJS.Cell) => boolean) {
  const groups = new Map<string, { master?: ExcelJS.Cell; cells: ExcelJS.Cell[] }>();
  const group = (address: string) => {
    const found = groups.get(address) ?? { cells: [] };
    groups.set(address, found);
    return found;
  };
  worksheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.type !== ExcelJS.ValueType.Formula) return;
      const model = inside(cell).model;
      if (model.shareType === "shared") group(cell.address).master = cell;
      else if (model.sharedFormula) group(model.sharedFormula).cells.push(cell);
    })
  );
  for (const { master, cells } of groups.values()) {
    const formula = master ? inside(master).model.formula : undefined;
    // A cell whose master is missing or holds no formula is left as it is (a damaged file).
    if (!master || !formula || ![master, ...cells].some(moves)) continue;
    for (const cell of cells) {
      const own = { ...inside(cell).model };
      delete own.sharedFormula;
      own.formula = moveFormula(formula, rowOf(cell) - rowOf(master), colOf(cell) - colOf(master));
      inside(cell).model = own;
    }
    const plain = { ...inside(master).model };
    delete plain.shareType;
    delete plain.ref;
    inside(master).model = plain;
  }
}

/**
 * A table a whole inserted column goes through gets a column of its own there, named as Excel
 * names one ("Column1", the first number free) with its header cell: a table's column list must
 * match its width, or Excel repairs the file.
 */
function addInsertedColumns(
  worksheet: ExcelJS.Worksheet,
  model: TableModel,
  box: Box,
  at: number,
  count: number
): void {
  const taken = new Set(model.columns.map((c) => c.name.toLowerCase()));
  for (let k = 0; k < count; k++) {
    let n = 1;
    while (taken.has(`column${n}`)) n++;
    const name = `Column${n}`;
    taken.add(name.toLowerCase());
    model.columns.splice(at - box.left + k, 0, { name, filterButton: true });
    if (model.headerRow !== false) worksheet.getCell(box.top, at + k).value = name;
  }
}

/** Tables, dropdowns and conditional formats of the sheet follow their cells. */
function shiftFormats(worksheet: ExcelJS.Worksheet, axis: Axis, at: number, count: number): void {
  const sheet = internals(worksheet);
  for (const table of Object.values(sheet.tables ?? {})) {
    const model = tableModel(table);
    const box = decodeRange(model.tableRef);
    // A table across the insertion grows, as its cells did (whole rows or columns go through it).
    if (axis === "col" && box.left < at && box.right >= at)
      addInsertedColumns(worksheet, model, box, at, count);
    model.tableRef = encodeRange(shifted(box, axis, at, count));
    if (model.autoFilterRef) model.autoFilterRef = shiftRef(model.autoFilterRef, axis, at, count);
    if (typeof model.ref === "string") model.ref = shiftRef(model.ref, axis, at, count);
  }
  const validations = sheet.dataValidations.model;
  const moved: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(validations)) {
    if (value !== undefined) moved[shiftRef(key, axis, at, count)] = value;
    delete validations[key];
  }
  Object.assign(validations, moved);
  for (const format of sheet.conditionalFormattings ?? [])
    format.ref = shiftRef(format.ref, axis, at, count);
}

export function insertColumn(worksheet: ExcelJS.Worksheet, col: number): void {
  unshareFormulas(worksheet, (cell) => colOf(cell) >= col);
  worksheet.spliceColumns(col, 0, []);
  shiftFormats(worksheet, "col", col, 1);
}

/** Whole sheet rows: every cell from `row` on moves down, in every column. */
export function insertRows(worksheet: ExcelJS.Worksheet, row: number, count: number): void {
  unshareFormulas(worksheet, (cell) => rowOf(cell) >= row);
  worksheet.spliceRows(row, 0, ...Array.from({ length: count }, () => []));
  shiftFormats(worksheet, "row", row, count);
}

/** The columns left…right from row `at` down: where cells move when `count` rows are inserted. */
interface Span {
  at: number;
  left: number;
  right: number;
  count: number;
}

/**
 * What inserting cells over the span does to a box: it stays (above the span or beside it), it
 * moves down (wholly inside the span's columns; a range across row `at` grows), or it crosses the
 * span's left or right edge, so that part of it would move and part stay.
 */
function fateOf(box: Box, span: Span): "stays" | "moves" | "crosses" {
  if (box.bottom < span.at || box.right < span.left || box.left > span.right) return "stays";
  return box.left >= span.left && box.right <= span.right ? "moves" : "crosses";
}

/** "A1:B2", or "A1" for one cell (as dropdowns and formats name their cells). */
function refOf(box: Box): string {
  const text = encodeRange(box);
  return box.top === box.bottom && box.left === box.right ? text.split(":")[0] : text;
}

function shiftParts(ref: string, span: Span): string {
  return ref
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => {
      const box = decodeRange(part);
      if (fateOf(box, span) === "stays") return part;
      const text = encodeRange(shifted(box, "row", span.at, span.count));
      return part.includes(":") ? text : text.split(":")[0];
    })
    .join(" ");
}

/** A box split where the span's left and right edges cut it: the part in the span, the rest beside. */
function splitAtEdges(box: Box, span: Span): Box[] {
  if (fateOf(box, span) !== "crosses") return [box];
  const pieces: Box[] = [];
  if (box.left < span.left) pieces.push({ ...box, right: span.left - 1 });
  pieces.push({
    ...box,
    left: Math.max(box.left, span.left),
    right: Math.min(box.right, span.right),
  });
  if (box.right > span.right) pieces.push({ ...box, left: span.right + 1 });
  return pieces;
}

interface NameEntry {
  name: string;
  ranges: string[];
}

/**
 * Why cells cannot be shifted over the span alone, or null when they can. Excel itself refuses to
 * shift cells when a merged range or a table below crosses the span's edge (half of it would
 * move); a conditional format or a name across the edge would have to be cut in two, and a
 * format's rules with relative references are anchored on its first cell, which cutting moves.
 * A merged range, table or array formula across row `at` inside the span would be torn apart.
 */
function spanBlocker(worksheet: ExcelJS.Worksheet, span: Span): string | null {
  const rigid = (box: Box) => {
    const fate = fateOf(box, span);
    return fate === "crosses" || (fate === "moves" && box.top < span.at);
  };
  for (const box of mergedBoxes(worksheet))
    if (rigid(box)) return `the merged range ${encodeRange(box)}`;
  for (const table of Object.values(internals(worksheet).tables ?? {})) {
    const model = tableModel(table);
    if (rigid(decodeRange(model.tableRef))) return `the table ${model.name}`;
  }
  for (const format of internals(worksheet).conditionalFormattings ?? [])
    if (boxesOf(format.ref).some((box) => fateOf(box, span) === "crosses"))
      return `the conditional format on ${format.ref}`;
  for (const entry of worksheet.workbook.definedNames.model as NameEntry[])
    for (const range of entry.ranges) {
      const place = parseNameRange(range);
      if (!place || place.sheet !== worksheet.name) continue;
      const box = { top: place.row, left: place.col, bottom: place.bottom, right: place.right };
      if (fateOf(box, span) === "crosses") return `the name ${entry.name}`;
    }
  let arrays: string | null = null;
  worksheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      const model = inside(cell).model;
      if (model.shareType === "array" && model.ref && boxesOf(model.ref).some(rigid))
        arrays ??= `the array formula at ${cell.address}`;
    })
  );
  return arrays;
}

/** The cell at (row, col) moved to (row + count, col): value, formula, link, style and note. */
function moveCell(worksheet: ExcelJS.Worksheet, row: number, col: number, count: number): void {
  const source = worksheet.findCell(row, col);
  if (!source) return;
  const target = worksheet.getCell(row + count, col);
  const model = { ...inside(source).model, address: target.address };
  // An array formula's range moves with its first cell (spanBlocker keeps it inside the span).
  if (model.shareType === "array" && model.ref) model.ref = shiftRef(model.ref, "row", row, count);
  inside(target)._comment = undefined;
  inside(target).model = model;
  inside(source).model = { address: source.address, type: ExcelJS.ValueType.Null };
  inside(source)._comment = undefined;
}

/**
 * Insert `count` rows of empty cells at row `at` in the columns left…right: the cells below in
 * those columns move down, the rest of the sheet stays, as Excel's "Insert cells, shift down" (and
 * Excel's table rows.add) does. When something below crosses the span's edge (see spanBlocker),
 * Excel would refuse; here whole sheet rows are inserted instead, which moves the cells beside too
 * but keeps every cell, merged range and table whole.
 */
export function insertCellsDown(
  worksheet: ExcelJS.Worksheet,
  at: number,
  columns: { left: number; right: number },
  count: number
): void {
  const span: Span = { at, ...columns, count };
  if (spanBlocker(worksheet, span)) {
    insertRows(worksheet, at, count);
    return;
  }
  const moves = (cell: ExcelJS.Cell) =>
    rowOf(cell) >= at && colOf(cell) >= span.left && colOf(cell) <= span.right;
  unshareFormulas(worksheet, moves);
  // Merged ranges inside the span are undone and made again where their cells land; each of
  // their cells keeps its own style (as a loaded file's merged cells do).
  const merges = mergedBoxes(worksheet).filter((box) => fateOf(box, span) === "moves");
  for (const box of merges) {
    const styles = new Map<string, Partial<ExcelJS.Style>>();
    for (let r = box.top; r <= box.bottom; r++)
      for (let c = box.left; c <= box.right; c++)
        styles.set(`${r},${c}`, worksheet.getCell(r, c).style);
    worksheet.unMergeCells(box.top, box.left, box.bottom, box.right);
    for (const [rc, style] of styles) {
      const [r, c] = rc.split(",").map(Number);
      worksheet.getCell(r, c).style = style;
    }
  }
  for (let row = worksheet.rowCount; row >= at; row--)
    for (let col = span.left; col <= span.right; col++) moveCell(worksheet, row, col, count);
  for (const box of merges)
    worksheet.mergeCellsWithoutStyle(box.top + count, box.left, box.bottom + count, box.right);
  shiftSpanFormats(worksheet, span);
}

/** Tables, dropdowns, conditional formats and names inside the span follow their cells. */
function shiftSpanFormats(worksheet: ExcelJS.Worksheet, span: Span): void {
  const sheet = internals(worksheet);
  for (const table of Object.values(sheet.tables ?? {})) {
    const model = tableModel(table);
    if (fateOf(decodeRange(model.tableRef), span) !== "moves") continue;
    model.tableRef = shiftParts(model.tableRef, span);
    if (model.autoFilterRef) model.autoFilterRef = shiftParts(model.autoFilterRef, span);
    if (typeof model.ref === "string") model.ref = shiftParts(model.ref, span);
  }
  // A dropdown is kept cell by cell (ExcelJS reads it so), so one across the span's edge is cut
  // there: the part in the span moves with its cells, the rest stays with its own.
  const validations = sheet.dataValidations.model;
  const moved: Array<[string, unknown]> = [];
  for (const [key, value] of Object.entries(validations)) {
    delete validations[key];
    if (value === undefined) continue;
    // Each piece under a key of its own: ExcelJS's writer fails on a key of several areas.
    for (const box of boxesOf(key).flatMap((part) => splitAtEdges(part, span)))
      moved.push([
        refOf(fateOf(box, span) === "stays" ? box : shifted(box, "row", span.at, span.count)),
        value,
      ]);
  }
  for (const [key, value] of moved) validations[key] = value;
  for (const format of sheet.conditionalFormattings ?? [])
    format.ref = shiftParts(format.ref, span);
  const names = worksheet.workbook.definedNames;
  let renamed = false;
  const entries = (names.model as NameEntry[]).map((entry) => ({
    name: entry.name,
    ranges: entry.ranges.map((range) => {
      const place = parseNameRange(range);
      if (!place || place.sheet !== worksheet.name) return range;
      const box = { top: place.row, left: place.col, bottom: place.bottom, right: place.right };
      if (fateOf(box, span) === "stays") return range;
      renamed = true;
      const to = shifted(box, "row", span.at, span.count);
      return absoluteBox(worksheet.name, {
        row: to.top - 1,
        col: to.left - 1,
        rows: to.bottom - to.top + 1,
        cols: to.right - to.left + 1,
      });
    }),
  }));
  if (renamed) names.model = entries as typeof names.model;
}
