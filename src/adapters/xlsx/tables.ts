/**
 * Tables of an ExcelJS workbook, created or loaded. ExcelJS keeps a loaded table as a model with
 * `tableRef`; a table made in this session also has `ref` and `rows`. Both are handled through
 * the model's tableRef/autoFilterRef, and cells are written directly (never Table.commit(),
 * which rewrites every cell from its own copy of the rows).
 */
import type ExcelJS from "exceljs";
import { a1, parseRange } from "../../workbook/a1";
import { internals } from "./internals";

export interface TableModel {
  name: string;
  displayName?: string;
  tableRef: string;
  autoFilterRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns: Array<{ name: string; [key: string]: unknown }>;
  [key: string]: unknown;
}

interface TableLike {
  table?: TableModel;
  model?: TableModel;
}

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** 1-based box of an "A1:N212" reference (ExcelJS counts rows and columns from 1). */
export function decodeRange(ref: string): Box {
  const box = parseRange(ref);
  if (!box) throw new Error(`not a cell range: ${ref}`);
  return {
    top: box.row + 1,
    left: box.col + 1,
    bottom: box.row + box.rows,
    right: box.col + box.cols,
  };
}

/** Every box of a space-separated sqref ("A1:A5 C3"). */
export function boxesOf(ref: string): Box[] {
  return ref
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => decodeRange(part));
}

/** Whether two boxes share a cell. */
export function overlaps(a: Box, b: Box): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** "A1:N212", both ends even for one cell, as ExcelJS keeps a table's reference. */
export function encodeRange(box: Box): string {
  return `${a1(box.top - 1, box.left - 1)}:${a1(box.bottom - 1, box.right - 1)}`;
}

export function tableModel(table: unknown): TableModel {
  const t = table as TableLike;
  return (t.table ?? t.model) as TableModel;
}

export function findTable(
  workbook: ExcelJS.Workbook,
  name: string
): { worksheet: ExcelJS.Worksheet; model: TableModel } | null {
  const wanted = name.toLowerCase();
  for (const worksheet of workbook.worksheets) {
    for (const table of Object.values(internals(worksheet).tables ?? {})) {
      const model = tableModel(table);
      if (model && model.name.toLowerCase() === wanted) return { worksheet, model };
    }
  }
  return null;
}

/**
 * Set the table's extent (header row included). A table with a totals row may grow wider but not
 * longer: its totals row would have to move.
 */
export function resizeTable(model: TableModel, box: Box): void {
  const old = decodeRange(model.tableRef);
  if (model.totalsRow && box.bottom !== old.bottom) throw new TotalsRowError(model.name);
  model.tableRef = encodeRange(box);
  model.autoFilterRef = encodeRange(box);
  if (typeof model.ref === "string") model.ref = encodeRange(box).split(":")[0];
}

/** A table with a totals row cannot take rows at its bottom (the totals row would be overwritten). */
export class TotalsRowError extends Error {
  constructor(readonly table: string) {
    super(`table ${table} has a totals row, which this tool cannot grow downwards`);
    this.name = "TotalsRowError";
  }
}

/**
 * LibreOffice saves tables without a style; ExcelJS then fails to write them ("reading 'theme'").
 * A missing style becomes "no style", which is what the file said.
 */
export function ensureTableStyles(workbook: ExcelJS.Workbook): void {
  for (const worksheet of workbook.worksheets) {
    for (const table of Object.values(internals(worksheet).tables ?? {})) {
      const model = tableModel(table);
      if (model && !model.style) model.style = { showRowStripes: false };
    }
  }
}

/**
 * ExcelJS 4.4 reads a table without a headerRowCount attribute as headerless, but that attribute's
 * default is 1 and Excel leaves it out: every table Excel saved would lose its header (and be
 * written back headerless). Tables without a header row are rare and none of the product's is one,
 * so a loaded table is taken to have its header row.
 */
export function restoreHeaderRows(workbook: ExcelJS.Workbook): void {
  for (const worksheet of workbook.worksheets) {
    for (const table of Object.values(internals(worksheet).tables ?? {})) {
      const model = tableModel(table);
      if (model && model.headerRow === false) model.headerRow = true;
    }
  }
}
