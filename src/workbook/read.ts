/**
 * Snapshot → the inputs of core.score, with the address of every cell so that issues name it.
 * Pure: the snapshot was read by an adapter; nothing here does I/O.
 */
import { cellText, shownText, shownValue } from "../core/ids";
import { normalizeLabel } from "../core/normalize";
import type { Catalogue, CellMerged, Issue, Lang, RatingRow, RawCell, Stage } from "../core/types";
import { cellAddress } from "./a1";
import { CLAUSE_COLUMNS, locateColumns, type ColumnKey } from "./columns";
import { workbookIssue } from "./issues";
import type { LayoutNames } from "./layout";
import type { NamedCell, Snapshot, TableGrid } from "./plan";
import type { ResolvedStandard } from "./standard";

export interface ClauseTable {
  grid: TableGrid;
  cols: Partial<Record<ColumnKey, number>>;
}

export function findClauseTable(snapshot: Snapshot, names: LayoutNames): ClauseTable | null {
  const grid = snapshot.tables[names.tables.clauses];
  return grid ? { grid, cols: locateColumns(grid.header) } : null;
}

/** 0-based sheet row of a table's data row k. */
export function sheetRowOf(grid: TableGrid, k: number): number {
  return grid.row + 1 + k;
}

export function tableCellAddress(grid: TableGrid, k: number, col: number): string {
  return cellAddress(grid.sheet, sheetRowOf(grid, k), grid.col + col);
}

export function namedAddress(named: NamedCell): string {
  return cellAddress(named.sheet, named.row, named.col);
}

/** The missing-table and missing-column errors that make a workbook unusable. */
export function clauseTableIssues(
  table: ClauseTable | null,
  names: LayoutNames,
  lang: Lang
): Issue[] {
  if (!table)
    return [workbookIssue("error", "missingTable", null, { table: names.tables.clauses }, lang)];
  const issues: Issue[] = [];
  for (const spec of CLAUSE_COLUMNS) {
    if (spec.required && table.cols[spec.key] === undefined) {
      issues.push(
        workbookIssue(
          "error",
          "missingColumn",
          cellAddress(table.grid.sheet, table.grid.row, table.grid.col),
          {
            table: names.tables.clauses,
            header: spec.header,
            row: table.grid.row + 1,
            accepted: [spec.header, ...spec.aliases].join(" | "),
          },
          lang
        )
      );
    }
  }
  return issues;
}

/** The clause table's columns a user fills per clause: one cell of each belongs to one clause. */
export const INPUT_KEYS = ["c", "f", "i", "evidence"] as const;
export type InputKey = (typeof INPUT_KEYS)[number];

/** A cell of a merged range (its top-left included), as the adapters read it. */
export function isMerged(cell: RawCell): cell is CellMerged {
  return cell !== null && typeof cell === "object" && !(cell instanceof Date) && "merged" in cell;
}

/** "G5:G6" on the table's sheet as messages name it: "条目 Clauses!G5:G6". */
function qualifiedRange(grid: TableGrid, range: string): string {
  return `${grid.sheet}!${range}`;
}

/** The merged range (sheet-qualified) over data row k's cell of an input column, or null. */
export function mergedRangeAt(table: ClauseTable, k: number, key: InputKey): string | null {
  const col = table.cols[key];
  const cell = col === undefined ? null : table.grid.rows[k]?.[col];
  return isMerged(cell) ? qualifiedRange(table.grid, cell.merged) : null;
}

export interface MergedInputCell {
  /** Data row of the table (0-based). */
  row: number;
  key: InputKey;
  /** The cell ("条目 Clauses!G6") and its merged range ("条目 Clauses!G5:G6"). */
  cell: string;
  range: string;
}

/**
 * Every rating or Evidence/Notes cell of the clause table that is part of a merged range. Nothing
 * is ever written into one (a write through a merged range lands in its top-left cell, i.e. in
 * another clause's row, or fails): scoring counts their clauses as invalid, the ratings CSV and
 * the team merge skip them with an issue naming the range.
 */
export function mergedInputCells(table: ClauseTable): MergedInputCell[] {
  const found: MergedInputCell[] = [];
  for (const key of INPUT_KEYS) {
    const col = table.cols[key];
    if (col === undefined) continue;
    table.grid.rows.forEach((row, k) => {
      const cell = row[col];
      if (isMerged(cell))
        found.push({
          row: k,
          key,
          cell: tableCellAddress(table.grid, k, col),
          range: qualifiedRange(table.grid, cell.merged),
        });
    });
  }
  return found;
}

/**
 * The values to write into one column of a table's body, without the cells of merged ranges
 * (undefined: left alone). A write there would land in the range's top-left cell, another row's.
 */
export function outsideMerges<T>(
  grid: TableGrid,
  col: number,
  values: readonly T[]
): (T | undefined)[] {
  return values.map((value, k) => (isMerged(grid.rows[k]?.[col]) ? undefined : value));
}

export function ratingRows(table: ClauseTable): RatingRow[] {
  const { grid, cols } = table;
  const cell = (row: RawCell[], key: ColumnKey): RawCell => {
    const value = cols[key] === undefined ? null : row[cols[key] as number];
    // Issues name the range with its sheet, as they name cells.
    return isMerged(value)
      ? { merged: qualifiedRange(grid, value.merged), value: value.value }
      : value;
  };
  const notesRange = (k: number): { mergedNotes: string } | Record<string, never> => {
    const range = mergedRangeAt(table, k, "evidence");
    return range === null ? {} : { mergedNotes: range };
  };
  const address = (k: number, key: ColumnKey): string | undefined =>
    cols[key] === undefined ? undefined : tableCellAddress(grid, k, cols[key] as number);
  return grid.rows.map((row, k) => ({
    id: cell(row, "id"),
    module: cell(row, "module"),
    item: cell(row, "item"),
    c: cell(row, "c"),
    f: cell(row, "f"),
    i: cell(row, "i"),
    cells: {
      id: address(k, "id"),
      module: address(k, "module"),
      c: address(k, "c"),
      f: address(k, "f"),
      i: address(k, "i"),
    },
    ...notesRange(k),
  }));
}

/** A Map, not an object: a stage cell reading "constructor" must not find Object.prototype's. */
const STAGE_FORMS = new Map<string, Stage>([
  ["baseline", "baseline"],
  ["基线评审", "baseline"],
  ["基线", "baseline"],
  ["final", "final"],
  ["最终评审", "final"],
  ["最终", "final"],
]);

/**
 * The review stage. A formula counts only when its cached result is itself a stage (what the cell
 * shows is what was meant); a formula showing nothing, an error value or a date is refused, never
 * read as blank (which would mean baseline).
 */
export function parseStage(raw: RawCell): Stage | null | undefined {
  const value = shownValue(raw);
  if (value !== null && typeof value === "object") return null;
  const text = normalizeLabel(cellText(value));
  if (text === "") return undefined;
  return STAGE_FORMS.get(text) ?? null;
}

export interface Settings {
  years: RawCell;
  yearsCell: string | undefined;
  stage: Stage;
  /** The language the workbook's content was written in, when it says so. */
  contentLang: Lang | null;
  catalogueId: string | null;
  issues: Issue[];
}

/** Years, stage, content language and catalogue from the named cells. */
export function readSettings(snapshot: Snapshot, names: LayoutNames, lang: Lang): Settings {
  const issues: Issue[] = [];
  const years = snapshot.names[names.inputs.years];
  const stageCell = snapshot.names[names.inputs.stage];
  let stage: Stage = "baseline";
  if (stageCell) {
    const parsed = parseStage(stageCell.value);
    if (parsed === null) {
      issues.push(
        workbookIssue(
          "error",
          "badStage",
          namedAddress(stageCell),
          { value: shownText(stageCell.value) },
          lang,
          "stage"
        )
      );
    } else if (parsed) {
      stage = parsed;
    }
  }
  const langCell = snapshot.names[names.cells.lang];
  let contentLang: Lang | null = null;
  if (langCell && cellText(langCell.value) !== "") {
    const text = normalizeLabel(cellText(langCell.value));
    if (text === "zh" || text === "en") contentLang = text;
    else
      issues.push(
        workbookIssue(
          "warning",
          "badLang",
          namedAddress(langCell),
          { value: cellText(langCell.value), lang },
          lang
        )
      );
  }
  const catalogueCell = snapshot.names[names.cells.catalogue];
  const catalogueId = catalogueCell ? cellText(catalogueCell.value) || null : null;
  return {
    years: years?.value ?? null,
    yearsCell: years ? namedAddress(years) : undefined,
    stage,
    contentLang,
    catalogueId,
    issues,
  };
}

/**
 * The catalogue the workbook names: by ID, and by version where one of that ID has it (else the
 * last known of that ID, the newest edition); a workbook naming none keeps the standard its names
 * were found by.
 */
export function resolveCatalogue(
  snapshot: Snapshot,
  inUse: ResolvedStandard,
  known: readonly Catalogue[],
  lang: Lang
): { catalogue: Catalogue | null; issues: Issue[] } {
  const { names } = inUse;
  const cell = snapshot.names[names.cells.catalogue];
  const id = cell ? cellText(cell.value) : "";
  if (id === "") return { catalogue: inUse.catalogue, issues: [] };
  const version = cellText(snapshot.names[names.cells.catalogueVersion]?.value ?? null);
  const ofId = known.filter((c) => c.id === id);
  const catalogue = ofId.find((c) => c.version === version) ?? ofId[ofId.length - 1];
  if (catalogue) return { catalogue, issues: [] };
  return {
    catalogue: null,
    issues: [
      workbookIssue(
        "error",
        "unknownCatalogue",
        cell ? namedAddress(cell) : null,
        { value: id, accepted: known.map((c) => c.id).join(", ") },
        lang
      ),
    ],
  };
}
