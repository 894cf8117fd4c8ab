/**
 * Team merge (docs/team.md): returned copies of one audit → the master's rating and evidence cells
 * that change, the Conflicts sheet, and counts. Pure: every snapshot was read by an adapter, and the
 * outcome is a plan the master's adapter applies in one write. Nothing else in the master changes.
 */
import { cellText } from "../core/ids";
import { mergeCell, mergeEvidence, ratingKey } from "../core/merge";
import { acceptedForms } from "../core/messages";
import { parseRating, type ScaleId } from "../core/scales";
import type { Catalogue, Issue, Lang, RawCell } from "../core/types";
import { workbookIssue } from "./issues";
import { clauseTableOf } from "./named-port";
import type { PlanCell, PlanOp, Snapshot } from "./plan";
import {
  conflictsSheetOps,
  readDecisions,
  readResolutions,
  type Conflict,
  type RatingColumn,
  type Resolution,
} from "./plan-conflicts";
import { columnRuns } from "./plan-util";
import { findClauseTable, tableCellAddress } from "./read";
import { cellOf, checkCopies, rowIndex } from "./merge-copies";

export type { Conflict } from "./plan-conflicts";

export interface AuditCopy {
  snapshot: Snapshot;
  /** The file it came from, as the user knows it (a name, not a path). */
  file: string;
}

export interface MergeOptions {
  /** Merge copies even when their audit ID differs from the master's. */
  forceAuditId?: boolean;
}

export interface MergeOutcome {
  ops: PlanOp[];
  /** Rating cells taken from a copy (master blank, copies agreeing). */
  taken: number;
  /** Rating cells where a copy holds the master's own value. */
  same: number;
  /** Decisions applied from the Conflicts sheet. */
  resolved: number;
  conflicts: Conflict[];
  /** Errors (nothing may be written) and warnings. */
  issues: Issue[];
}

const COLUMNS: ReadonlyArray<{ key: "c" | "f" | "i"; column: RatingColumn; scale: ScaleId }> = [
  { key: "c", column: "C", scale: "C" },
  { key: "f", column: "F", scale: "F" },
  { key: "i", column: "I", scale: "I" },
];

export function mergePlan(
  master: Snapshot,
  copies: readonly AuditCopy[],
  catalogue: Catalogue,
  lang: Lang,
  options: MergeOptions = {}
): MergeOutcome {
  const outcome: MergeOutcome = {
    ops: [],
    taken: 0,
    same: 0,
    resolved: 0,
    conflicts: [],
    issues: [],
  };
  const table = findClauseTable(master);
  if (!table || table.cols.id === undefined) {
    outcome.issues.push(
      workbookIssue(
        "error",
        "mergeNotAudit",
        null,
        { file: "master", table: clauseTableOf(catalogue) },
        lang
      )
    );
    return outcome;
  }
  const checked = checkCopies(master, copies, catalogue, lang, options);
  outcome.issues.push(...checked.issues);

  // Decisions the lead filled in; an invalid one stops the merge (nothing is written).
  const decisions = new Map<string, RawCell>();
  for (const d of readDecisions(master)) {
    const scale = d.column as ScaleId;
    if (parseRating(scale, d.value).kind !== "level") {
      const params = {
        value: cellText(d.value),
        column: d.column,
        accepted: acceptedForms(scale, lang),
      };
      outcome.issues.push(workbookIssue("error", "conflictDecision", d.cell, params, lang));
    } else decisions.set(`${d.clauseId}|${d.column}`, d.value);
  }
  if (outcome.issues.some((i) => i.severity === "error")) return outcome;

  const masterRows = rowIndex(table);
  for (const copy of checked.rows)
    for (const id of copy.rowOf.keys())
      if (!masterRows.has(id))
        outcome.issues.push(
          workbookIssue("warning", "mergeUnknownRow", null, { file: copy.file, id }, lang)
        );

  const resolutions: Resolution[] = readResolutions(master);
  const settled = new Map(resolutions.map((r) => [`${r.clauseId}|${r.column}`, r]));
  const writes: Record<"c" | "f" | "i" | "evidence", Array<PlanCell | undefined>> = {
    c: new Array(table.grid.rows.length).fill(undefined),
    f: new Array(table.grid.rows.length).fill(undefined),
    i: new Array(table.grid.rows.length).fill(undefined),
    evidence: new Array(table.grid.rows.length).fill(undefined),
  };
  table.grid.rows.forEach((_, k) => {
    const id = cellText(cellOf(table, k, "id"));
    if (id === "" || masterRows.get(id) !== k) return;
    const theirRow = checked.rows.map((copy) => copy.rowOf.get(id));
    for (const { key, column, scale } of COLUMNS) {
      if (table.cols[key] === undefined) continue;
      const slot = `${id}|${column}`;
      const values = checked.rows.map((copy, n) =>
        theirRow[n] === undefined ? null : cellOf(copy.table, theirRow[n]!, key)
      );
      const masterValue = cellOf(table, k, key);
      const allKeys = [masterValue, ...values]
        .map((v) => ratingKey(scale, v))
        .filter((v): v is string => v !== null);
      if (decisions.has(slot)) {
        const decision = decisions.get(slot)!;
        writes[key][k] = decision as PlanCell;
        outcome.resolved += 1;
        settled.set(slot, {
          clauseId: id,
          column,
          decision: cellText(decision),
          keys: [...new Set(allKeys)],
        });
        continue;
      }
      const merged = mergeCell(scale, masterValue, values);
      if (merged.kind === "take") {
        writes[key][k] = merged.value as PlanCell;
        outcome.taken += 1;
      } else if (merged.kind === "keep") {
        if (merged.same > 0) outcome.same += 1;
      } else {
        const earlier = settled.get(slot);
        const decided =
          earlier && ratingKey(scale, earlier.decision) === ratingKey(scale, masterValue);
        if (decided && allKeys.every((v) => earlier.keys.includes(v))) {
          outcome.same += 1;
          continue;
        }
        outcome.conflicts.push({
          clauseId: id,
          module: cellText(cellOf(table, k, "module")),
          column,
          cell: tableCellAddress(table.grid, k, table.cols[key]!),
          master: cellText(masterValue),
          values: merged.values.map(({ copy, value }) => ({
            auditor: checked.rows[copy].auditor,
            file: checked.rows[copy].file,
            value: cellText(value),
          })),
          evidence: merged.values.flatMap(({ copy }) => {
            const text = cellText(cellOf(checked.rows[copy].table, theirRow[copy]!, "evidence"));
            return text ? [{ auditor: checked.rows[copy].auditor, text }] : [];
          }),
        });
      }
    }
    if (table.cols.evidence !== undefined) {
      const before = cellText(cellOf(table, k, "evidence"));
      let notes = before;
      checked.rows.forEach((copy, n) => {
        if (theirRow[n] === undefined) return;
        notes = mergeEvidence(
          notes,
          copy.auditor,
          cellText(cellOf(copy.table, theirRow[n]!, "evidence"))
        );
      });
      if (notes !== before) writes.evidence[k] = notes;
    }
  });

  const firstRow = table.grid.row + 1;
  for (const key of ["c", "f", "i", "evidence"] as const)
    if (table.cols[key] !== undefined)
      outcome.ops.push(
        ...columnRuns(table.grid.sheet, firstRow, table.grid.col + table.cols[key]!, writes[key])
      );
  outcome.ops.push(...conflictsSheetOps(master, outcome.conflicts, [...settled.values()], lang));
  return outcome;
}
