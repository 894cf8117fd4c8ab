/**
 * scorePlan: a score result → writes of product cells only: the result columns of the clause table
 * (Points, Ratio, Score, Status, Message), the Summary blocks and the calculation record. Never an
 * input cell (ratings, evidence, standard text, user columns, the Summary inputs, the Weights sheet).
 */
import { cellText } from "../core/ids";
import type { Catalogue, Issue, Lang, RawCell, Result, Stage } from "../core/types";
import { COLUMN, RESULT_KEYS, type ColumnKey } from "./columns";
import { fingerprintOf } from "./fingerprint";
import { STAGE_LABELS, statusLabel } from "./labels";
import type { Plan, PlanCell, PlanOp, Snapshot, TableGrid } from "./plan";
import { ignoredRowLabel } from "./plan-clauses";
import { columnOp, columnRuns, freeSheetName } from "./plan-util";
import { completeSummaryOps } from "./plan-summary";
import { locateSummary } from "./summary-places";
import { isLegacySummary, writeBlocksOps } from "./summary-write";
import { reportOps } from "./plan-report-score";
import { findClauseTable, isMerged, outsideMerges, type ClauseTable } from "./read";
import { scoredInputsOps } from "./scored-inputs";
import type { BlockContext } from "./summary-blocks";
import { auditIdentity } from "./identity";
import type { ResolvedStandard } from "./standard";

export interface ScoreContext {
  /** The workbook's standard: its catalogue and the names it is read and written by. */
  standard: ResolvedStandard;
  /** Content language of the workbook: labels, statuses and messages are written in it. */
  lang: Lang;
  now: Date;
  productVersion: string;
}

/** Message texts of the issues that point at a cell of each table row. */
function messagesByRow(grid: TableGrid, issues: readonly Issue[]): Map<number, string[]> {
  const byRow = new Map<number, string[]>();
  const prefix = `${grid.sheet}!`;
  for (const issue of issues) {
    if (!issue.cell || !issue.cell.startsWith(prefix)) continue;
    const match = /^[A-Z]+([0-9]+)$/.exec(issue.cell.slice(prefix.length));
    if (!match) continue;
    const k = Number(match[1]) - 1 - (grid.row + 1);
    if (k < 0 || k >= grid.rows.length) continue;
    byRow.set(k, [...(byRow.get(k) ?? []), issue.message]);
  }
  return byRow;
}

function idOf(cell: RawCell): string {
  return typeof cell === "string" || typeof cell === "number" ? cellText(cell) : "";
}

/** The result cells of every data row, by column key. */
export function resultColumns(
  table: ClauseTable,
  result: Result,
  lang: Lang
): Record<(typeof RESULT_KEYS)[number], PlanCell[]> {
  const { grid, cols } = table;
  const clauses = new Map(result.clauses.map((c) => [c.id, c]));
  const messages = messagesByRow(grid, result.issues);
  const seen = new Set<string>();
  const out: Record<(typeof RESULT_KEYS)[number], PlanCell[]> = {
    points: [],
    ratio: [],
    score: [],
    status: [],
    message: [],
  };
  grid.rows.forEach((row, k) => {
    const id = cols.id === undefined ? "" : idOf(row[cols.id]);
    const clause = id !== "" && !seen.has(id) ? clauses.get(id) : undefined;
    if (id !== "") seen.add(id);
    const text = messages.get(k)?.join(lang === "zh" ? "；" : "; ") ?? null;
    out.points.push(clause ? clause.points : null);
    out.ratio.push(clause ? clause.ratio : null);
    out.score.push(clause ? clause.score : null);
    out.status.push(
      clause ? statusLabel(clause.status, lang) : id !== "" ? ignoredRowLabel(lang) : null
    );
    out.message.push(text);
  });
  return out;
}

export interface ScorePlanOptions extends ScoreContext {
  /** Years and stage to put into Summary inputs that have to be made again (the overrides). */
  initial?: { years?: number; stage?: Stage };
  /** Summaries of the clauses for the top-gains list (defaults to the catalogue's). */
  summaryOf?: (id: string) => string;
}

export function scorePlan(snapshot: Snapshot, result: Result, options: ScorePlanOptions): Plan {
  const { standard, lang } = options;
  const { catalogue, names } = standard;
  const table = findClauseTable(snapshot, names);
  if (!table) throw new Error(`scorePlan: table ${names.tables.clauses} is missing`);
  const { grid } = table;
  const ops: PlanOp[] = [];
  const firstRow = grid.row + 1;

  // 1. Result columns of the clause table; a deleted result column comes back at the table's end.
  const columns = resultColumns(table, result, lang);
  let width = grid.header.length;
  const colOf: Partial<Record<ColumnKey, number>> = { ...table.cols };
  for (const key of RESULT_KEYS) {
    if (colOf[key] === undefined) {
      ops.push({
        op: "addTableColumn",
        table: names.tables.clauses,
        header: COLUMN[key].header,
        values: columns[key],
      });
      colOf[key] = width++;
    } else if (grid.rows.length) {
      const col = colOf[key]!;
      // Nothing is written through a merged range: its cells keep what they hold.
      if (grid.rows.some((row) => isMerged(row[col])))
        ops.push(
          ...columnRuns(
            grid.sheet,
            firstRow,
            grid.col + col,
            outsideMerges(grid, col, columns[key])
          )
        );
      else ops.push(columnOp(grid.sheet, firstRow, grid.col + col, columns[key]));
    }
  }

  // 2. The Summary: missing parts are made again (on a fresh sheet), then every block is written.
  const auditId = auditIdentity(snapshot, names).auditId;
  const emptyCtx: BlockContext = { catalogue, names, lang, scored: null, auditId };
  const initial = options.initial ?? {};
  const places = locateSummary(snapshot, names);
  const completed = completeSummaryOps(snapshot, places, emptyCtx, initial);
  ops.push(...completed.ops);
  const { inputs: inputPlaces, blocks: blockPlaces } = completed.places;

  // 3. The inputs as scored, which the Summary's freshness formula compares with the live cells.
  const cols = table.cols;
  const scoredRows = grid.rows.map((row) => ({
    id: row[cols.id!],
    c: row[cols.c!],
    f: row[cols.f!],
    i: row[cols.i!],
  }));
  // A recreated input holds what completeSummaryOps wrote into it.
  const yearsValue = snapshot.names[names.inputs.years]?.value ?? initial.years ?? null;
  const stageValue =
    snapshot.names[names.inputs.stage]?.value ?? STAGE_LABELS[lang][initial.stage ?? "baseline"];
  const kept = snapshot.names[names.scoredInputs.name];
  const previousRows = snapshot.names[names.scoredInputs.rowsName]?.value;
  const scoredInputs = scoredInputsOps(
    {
      sheet: grid.sheet,
      firstRow,
      rowCount: grid.rows.length,
      cols: {
        id: grid.col + cols.id!,
        c: grid.col + cols.c!,
        f: grid.col + cols.f!,
        i: grid.col + cols.i!,
      },
      rows: scoredRows,
      years: { cell: inputPlaces.years ?? null, value: yearsValue },
      stage: { cell: inputPlaces.stage ?? null, value: stageValue },
    },
    kept
      ? {
          ...kept,
          create: false,
          previousRows: typeof previousRows === "number" ? previousRows : 0,
        }
      : {
          sheet: freeSheetName(snapshot, names.sheets.scoredInputs),
          row: 0,
          col: 0,
          create: true,
          previousRows: 0,
        },
    names,
    lang
  );
  ops.push(...scoredInputs.ops);

  const summaryOf = options.summaryOf ?? tableSummaries(table, catalogue, lang);
  const scoredCtx: BlockContext = {
    catalogue,
    names,
    lang,
    auditId,
    scored: {
      result,
      fingerprint: fingerprintOf(scoredRows, yearsValue, stageValue),
      freshness: scoredInputs.freshness,
      time: options.now.toISOString(),
      productVersion: options.productVersion,
      summaryOf,
    },
  };
  ops.push(...writeBlocksOps(blockPlaces, scoredCtx, isLegacySummary(snapshot, names)));
  const summarySheet = blockPlaces.result?.sheet ?? grid.sheet;
  ops.push(...reportOps(snapshot, summarySheet, blockPlaces, scoredCtx, columns.message));
  return { ops };
}

/** Summaries as the table shows them (the user's text for extra rows), else the catalogue's. */
function tableSummaries(
  table: ClauseTable,
  catalogue: Catalogue,
  lang: Lang
): (id: string) => string {
  const fromCatalogue = new Map(
    catalogue.modules.flatMap((m) =>
      m.items.flatMap((it) => it.clauses.map((c) => [c.id, c.summary[lang]]))
    )
  );
  const fromTable = new Map<string, string>();
  if (table.cols.id !== undefined && table.cols.summary !== undefined) {
    for (const row of table.grid.rows) {
      const id = idOf(row[table.cols.id]);
      const text = cellText(row[table.cols.summary]);
      if (id !== "" && !fromTable.has(id)) fromTable.set(id, text);
    }
  }
  return (id) => fromCatalogue.get(id) ?? fromTable.get(id) ?? "";
}
