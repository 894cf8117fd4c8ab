/**
 * Overlay parsed CSV ratings onto the clause table of a snapshot: the new snapshot to score and
 * the cell writes that put the same values into the workbook. A blank CSV rating clears the rating
 * (the CSV is the record for the columns it names); a blank Evidence cell leaves the notes alone.
 * Unknown IDs are errors naming the CSV line. A cell in a merged range is never written (the write
 * would land in another clause's row): it is skipped with a warning naming the range, and the
 * overlaid snapshot keeps it as it is, so the result and the written file agree.
 */
import { cellText } from "../core/ids";
import { cleanText } from "../core/normalize";
import type { Issue, Lang } from "../core/types";
import { workbookIssue } from "./issues";
import type { PlanCell, PlanOp, Snapshot } from "./plan";
import { columnRuns } from "./plan-util";
import type { CsvColumn, CsvRating } from "./ratings-csv";
import { findClauseTable, mergedRangeAt, tableCellAddress } from "./read";
import type { ResolvedStandard } from "./standard";

export interface Overlay {
  snapshot: Snapshot;
  ops: PlanOp[];
  /** Errors: nothing is written. */
  issues: Issue[];
  /** Warnings about CSV values left unwritten (cells in merged ranges). */
  skipped: Issue[];
}

export function overlayRatings(
  snapshot: Snapshot,
  standard: ResolvedStandard,
  columns: readonly CsvColumn[],
  ratings: readonly CsvRating[],
  lang: Lang
): Overlay {
  const { catalogue, names } = standard;
  const table = findClauseTable(snapshot, names);
  if (!table || table.cols.id === undefined) return { snapshot, ops: [], issues: [], skipped: [] };
  const { grid, cols } = table;
  const rowOf = new Map<string, number>();
  grid.rows.forEach((row, k) => {
    const id = cellText(row[cols.id!]);
    if (id !== "" && !rowOf.has(id)) rowOf.set(id, k);
  });
  const known = new Set(
    catalogue.modules.flatMap((m) => m.items.flatMap((it) => it.clauses.map((c) => c.id)))
  );
  const ids = [...known];
  const issues: Issue[] = [];
  const skipped: Issue[] = [];
  const rows = grid.rows.map((row) => [...row]);
  const written: Record<CsvColumn, Array<PlanCell | undefined>> = {
    c: new Array(rows.length).fill(undefined),
    f: new Array(rows.length).fill(undefined),
    i: new Array(rows.length).fill(undefined),
    evidence: new Array(rows.length).fill(undefined),
  };
  for (const rating of ratings) {
    const k = rowOf.get(rating.id);
    if (k === undefined) {
      issues.push(
        known.has(rating.id)
          ? workbookIssue("error", "csvNoRow", null, { line: rating.line, id: rating.id }, lang)
          : workbookIssue(
              "error",
              "csvUnknownId",
              null,
              { line: rating.line, id: rating.id, accepted: `${ids[0]} … ${ids[ids.length - 1]}` },
              lang
            )
      );
      continue;
    }
    for (const key of columns) {
      const col = cols[key];
      if (col === undefined) continue;
      const raw = rating.values[key] ?? "";
      const blank = cleanText(raw) === "";
      // Notes are never cleared by a blank CSV cell; ratings are (the CSV is their record).
      if (key === "evidence" && blank) continue;
      const range = mergedRangeAt(table, k, key);
      if (range !== null) {
        skipped.push(
          workbookIssue(
            "warning",
            "csvMergedCell",
            tableCellAddress(grid, k, col),
            { line: rating.line, id: rating.id, range },
            lang
          )
        );
        continue;
      }
      const value = blank ? null : raw;
      rows[k][col] = value;
      written[key][k] = value;
    }
  }
  if (issues.length) return { snapshot, ops: [], issues, skipped: [] };
  // One op per run of consecutive rows of a column, not one per cell.
  const ops = columns.flatMap((key) =>
    cols[key] === undefined
      ? []
      : columnRuns(grid.sheet, grid.row + 1, grid.col + cols[key]!, written[key])
  );
  return {
    snapshot: {
      ...snapshot,
      tables: { ...snapshot.tables, [names.tables.clauses]: { ...grid, rows } },
    },
    ops,
    issues,
    skipped,
  };
}
