/**
 * The clause table (…Clauses): creation, and the upgrade of an existing table that keeps every
 * rating, note, standard text, user column and user row, keyed by clause ID.
 */
import { cellText } from "../core/ids";
import { layoutFor } from "../core/points";
import { shortName } from "../core/standard";
import type { Catalogue, Lang, WeightProfile } from "../core/types";
import { CLAUSE_COLUMNS, COLUMN, type ColumnKey } from "./columns";
import { clauseFormatOps, inputStyleOps } from "./clause-formats";
import { word } from "./labels";
import type { PlanCell, PlanOp, TableGrid } from "./plan";
import { area, columnRuns } from "./plan-util";
import { outsideMerges, type ClauseTable } from "./read";
import type { ResolvedStandard } from "./standard";

const HEADER_FILL = "#1F4E78";

export interface CatalogueRow {
  id: string;
  cells: Partial<Record<ColumnKey, PlanCell>>;
}

/** The product's cells of every catalogue clause, in catalogue order. */
export function catalogueRows(
  catalogue: Catalogue,
  lang: Lang,
  profile?: WeightProfile
): CatalogueRow[] {
  const points = layoutFor(catalogue, profile);
  return catalogue.modules.flatMap((module) =>
    module.items.flatMap((item) =>
      item.clauses.map((clause) => ({
        id: clause.id,
        cells: {
          id: clause.id,
          module: module.id,
          item: item.id,
          summary: clause.summary[lang],
          points: points.byId.get(clause.id)?.points ?? null,
        },
      }))
    )
  );
}

/** A new clause table at A1 of a new sheet. */
export function createClauseTableOps(
  sheet: string,
  standard: ResolvedStandard,
  lang: Lang,
  profile?: WeightProfile
): { ops: PlanOp[]; rows: number } {
  const { catalogue, names } = standard;
  const rows = catalogueRows(catalogue, lang, profile);
  const header = CLAUSE_COLUMNS.map((spec) => spec.header);
  const values: PlanCell[][] = [
    header,
    ...rows.map((row) => CLAUSE_COLUMNS.map((spec) => row.cells[spec.key] ?? null)),
  ];
  const colOf = (key: ColumnKey) => CLAUSE_COLUMNS.indexOf(COLUMN[key]);
  const ops: PlanOp[] = [
    { op: "addSheet", name: sheet, tabColor: "#1F4E78" },
    { op: "setValues", sheet, row: 0, col: 0, values },
    {
      op: "addTable",
      name: names.tables.clauses,
      area: area(sheet, 0, 0, rows.length + 1, header.length),
      style: "TableStyleLight9",
    },
    {
      op: "setStyle",
      area: area(sheet, 0, 0, 1, header.length),
      style: { bold: true, fontColor: "#FFFFFF", fill: HEADER_FILL, wrap: true },
    },
    ...CLAUSE_COLUMNS.map((spec, col) => ({
      op: "setColumnWidth" as const,
      sheet,
      col,
      width: spec.width,
    })),
    ...inputStyleOps(sheet, 1, rows.length, [colOf("c"), colOf("f"), colOf("i")]),
    ...clauseFormatOps(sheet, 1, rows.length, colOf, { lang, title: shortName(catalogue) }),
    // Long texts wrap, so that the printed sheet shows them whole; rows read from the top.
    {
      op: "setStyle",
      area: area(sheet, 1, 0, rows.length, header.length),
      style: { vAlign: "top" },
    },
    ...(["summary", "standardText", "evidence", "message"] as const).map((key) => ({
      op: "setStyle" as const,
      area: area(sheet, 1, colOf(key), rows.length, 1),
      style: { wrap: true },
    })),
    { op: "freezePanes", sheet, rows: 1, cols: 1 },
  ];
  return { ops, rows: rows.length };
}

export interface ClauseUpgrade {
  ops: PlanOp[];
  addedRows: number;
  keptRows: number;
}

/** Refresh product columns by ID, append missing catalogue rows and missing columns; keep the rest. */
export function upgradeClauseTableOps(
  table: ClauseTable,
  standard: ResolvedStandard,
  lang: Lang,
  profile?: WeightProfile
): ClauseUpgrade {
  const { catalogue, names } = standard;
  const { grid } = table;
  const cols = { ...table.cols };
  const ops: PlanOp[] = [];
  const rows = catalogueRows(catalogue, lang, profile);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const firstRow = grid.row + 1;
  let width = grid.header.length;

  // Columns the table lacks (an older or trimmed workbook) are added at its right end.
  const existingIds = grid.rows.map((row) => (cols.id === undefined ? "" : cellText(row[cols.id])));
  for (const spec of CLAUSE_COLUMNS) {
    if (cols[spec.key] !== undefined) continue;
    const values = existingIds.map((id) => byId.get(id)?.cells[spec.key] ?? null);
    ops.push({ op: "addTableColumn", table: names.tables.clauses, header: spec.header, values });
    ops.push({ op: "setColumnWidth", sheet: grid.sheet, col: grid.col + width, width: spec.width });
    cols[spec.key] = width;
    width += 1;
  }

  // Product columns of rows the catalogue knows; rows it does not know (the user's) keep theirs.
  const added = new Set(
    CLAUSE_COLUMNS.filter((s) => table.cols[s.key] === undefined).map((s) => s.key)
  );
  for (const key of ["module", "item", "summary", "points"] as const) {
    if (added.has(key)) continue;
    const values = existingIds.map((id) =>
      byId.has(id) ? (byId.get(id)!.cells[key] ?? null) : undefined
    );
    // Nothing is written through a merged range: its cells keep what they hold.
    const col = cols[key] as number;
    ops.push(...columnRuns(grid.sheet, firstRow, grid.col + col, outsideMerges(grid, col, values)));
  }

  const present = new Set(existingIds);
  const missing = rows.filter((row) => !present.has(row.id));
  if (missing.length) {
    const keyOfColumn = new Map<number, ColumnKey>(
      Object.entries(cols).map(([key, col]) => [col as number, key as ColumnKey])
    );
    ops.push({
      op: "appendTableRows",
      table: names.tables.clauses,
      values: missing.map((row) =>
        Array.from({ length: width }, (_, col) => {
          const key = keyOfColumn.get(col);
          return key ? (row.cells[key] ?? null) : null;
        })
      ),
    });
  }
  const rowCount = grid.rows.length + missing.length;
  const colOf = (key: ColumnKey) => (cols[key] === undefined ? undefined : grid.col + cols[key]!);
  if (missing.length) {
    const inputCols = (["c", "f", "i"] as const)
      .map(colOf)
      .filter((c): c is number => c !== undefined);
    ops.push(...inputStyleOps(grid.sheet, firstRow + grid.rows.length, missing.length, inputCols));
  }
  const words = { lang, title: shortName(catalogue) };
  ops.push(...clauseFormatOps(grid.sheet, firstRow, rowCount, colOf, words));
  return { ops, addedRows: missing.length, keptRows: grid.rows.length };
}

/** Text for rows that the scoring ignored (duplicates, unknown IDs outside 6.0). */
export function ignoredRowLabel(lang: Lang): string {
  return word("ignoredRow", lang);
}

export type { TableGrid };
