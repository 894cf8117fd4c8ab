/**
 * Team merge (docs/team.md): returned copies of one audit → the master's rating and evidence cells
 * that change, the Conflicts sheet, and counts. Pure: every snapshot was read by an adapter, and the
 * outcome is a plan the master's adapter applies in one write. Nothing else in the master changes.
 */
import { cellText, shownText } from "../core/ids";
import { appendEvidence, CELL_TEXT_LIMIT, isLockedCell, mergeCell, ratingKey } from "../core/merge";
import { acceptedForms } from "../core/messages";
import { parseRating, type ScaleId } from "../core/scales";
import type { CellLink, Issue, Lang, RawCell } from "../core/types";
import { workbookIssue } from "./issues";
import type { ColumnKey } from "./columns";
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
import { cellOf, checkCopies, rowIndex, type AuditCopy, type MergeOptions } from "./merge-copies";

export type { Conflict } from "./plan-conflicts";
export type { AuditCopy, MergeOptions };
import type { ResolvedStandard } from "./standard";

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
  standard: ResolvedStandard,
  lang: Lang,
  options: MergeOptions = {}
): MergeOutcome {
  const { names } = standard;
  const outcome: MergeOutcome = {
    ops: [],
    taken: 0,
    same: 0,
    resolved: 0,
    conflicts: [],
    issues: [],
  };
  const table = findClauseTable(master, names);
  if (!table || table.cols.id === undefined) {
    outcome.issues.push(
      workbookIssue(
        "error",
        "mergeNotAudit",
        null,
        { file: "master", table: names.tables.clauses },
        lang
      )
    );
    return outcome;
  }
  const checked = checkCopies(master, copies, standard, lang, options);
  outcome.issues.push(...checked.issues);

  // Decisions the lead filled in; an invalid one stops the merge (nothing is written).
  const decisions = new Map<string, RawCell>();
  for (const d of readDecisions(master, names)) {
    const scale = d.column as ScaleId;
    const params = {
      value: shownText(d.value),
      column: d.column,
      accepted: acceptedForms(scale, lang),
    };
    // A formula or error value is never a decision, even when it shows a rating: say so.
    if (isLockedCell(d.value))
      outcome.issues.push(workbookIssue("error", "conflictDecisionFormula", d.cell, params, lang));
    else if (parseRating(scale, d.value).kind !== "level")
      outcome.issues.push(workbookIssue("error", "conflictDecision", d.cell, params, lang));
    else decisions.set(`${d.clauseId}|${d.column}`, d.value);
  }
  if (outcome.issues.some((i) => i.severity === "error")) return outcome;

  const masterRows = rowIndex(table);
  for (const copy of checked.rows)
    for (const id of copy.rowOf.keys())
      if (!masterRows.has(id))
        outcome.issues.push(
          workbookIssue("warning", "mergeUnknownRow", null, { file: copy.file, id }, lang)
        );

  const resolutions: Resolution[] = readResolutions(master, names);
  const settled = new Map(resolutions.map((r) => [`${r.clauseId}|${r.column}`, r]));
  const writes: Record<"c" | "f" | "i" | "evidence", Array<PlanCell | undefined>> = {
    c: new Array(table.grid.rows.length).fill(undefined),
    f: new Array(table.grid.rows.length).fill(undefined),
    i: new Array(table.grid.rows.length).fill(undefined),
    evidence: new Array(table.grid.rows.length).fill(undefined),
  };
  const warn = (code: string, cell: string | null, params: Record<string, string | number>) =>
    outcome.issues.push(workbookIssue("warning", code, cell, params, lang));
  // Whether a cell is part of a merged range; each range is named once (for the master, or with
  // the copy's file), however many of its cells the merge meets.
  const mergedNamed = new Set<string>();
  const inMergedRange = (cell: RawCell, address: string, copyFile: string | null): boolean => {
    const range = mergedOf(cell);
    if (range === null) return false;
    const key = `${copyFile === null ? "master" : `copy ${copyFile}`}|${range}`;
    if (!mergedNamed.has(key)) {
      mergedNamed.add(key);
      if (copyFile === null) warn("mergeMasterMerged", address, { range });
      else warn("mergeCopyMerged", address, { file: copyFile, range });
    }
    return true;
  };
  const copyCell = (n: number, row: number, key: ColumnKey): string =>
    tableCellAddress(checked.rows[n].table.grid, row, checked.rows[n].table.cols[key]!);

  table.grid.rows.forEach((_, k) => {
    const id = cellText(cellOf(table, k, "id"));
    if (id === "" || masterRows.get(id) !== k) return;
    const theirRow = checked.rows.map((copy) => copy.rowOf.get(id));
    for (const { key, column, scale } of COLUMNS) {
      if (table.cols[key] === undefined) continue;
      const slot = `${id}|${column}`;
      const values = checked.rows.map((copy, n) => {
        if (theirRow[n] === undefined) return null;
        const value = cellOf(copy.table, theirRow[n]!, key);
        inMergedRange(value, copyCell(n, theirRow[n]!, key), copy.file);
        return value;
      });
      const masterValue = cellOf(table, k, key);
      const address = tableCellAddress(table.grid, k, table.cols[key]!);
      // Never write through a merged range: the cell is left as it is, and named.
      if (inMergedRange(masterValue, address, null)) continue;
      const allKeys = [masterValue, ...values]
        .map((v) => ratingKey(scale, v))
        .filter((v): v is string => v !== null);
      if (decisions.has(slot)) {
        const decision = decisions.get(slot)!;
        writes[key][k] = typedValue(decision);
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
        writes[key][k] = typedValue(merged.value);
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
          cell: address,
          // Formulas and error values show as themselves ("=…", "#N/A"), never as blank.
          master: shownText(masterValue),
          values: merged.values.map(({ copy, value }) => ({
            auditor: checked.rows[copy].auditor,
            file: checked.rows[copy].file,
            value: shownText(value),
          })),
          evidence: merged.values.flatMap(({ copy }) => {
            const text = evidenceText(
              cellOf(checked.rows[copy].table, theirRow[copy]!, "evidence")
            );
            return text ? [{ auditor: checked.rows[copy].auditor, text }] : [];
          }),
        });
      }
    }
    if (table.cols.evidence !== undefined) {
      const masterNotes = cellOf(table, k, "evidence");
      const address = tableCellAddress(table.grid, k, table.cols.evidence);
      const copiesNotes = checked.rows.flatMap((copy, n) => {
        if (theirRow[n] === undefined) return [];
        const notes = cellOf(copy.table, theirRow[n]!, "evidence");
        const at = copyCell(n, theirRow[n]!, "evidence");
        inMergedRange(notes, at, copy.file);
        if (isLockedCell(notes)) {
          warn("mergeCopyEvidenceFormula", at, { file: copy.file, value: shownText(notes) });
          return [];
        }
        const text = evidenceText(notes);
        return text ? [{ auditor: copy.auditor, text }] : [];
      });
      if (inMergedRange(masterNotes, address, null)) return;
      const before = cellText(masterNotes);
      let notes = before;
      const left: string[] = [];
      for (const { auditor, text } of copiesNotes) {
        const appended = appendEvidence(notes, auditor, text);
        notes = appended.text;
        left.push(...appended.left);
      }
      if (isLockedCell(masterNotes)) {
        // A HYPERLINK() or any formula in the notes is the lead's: never overwritten.
        const added = notes === before ? [] : notes.slice(before.length).trim().split("\n");
        if (added.length + left.length > 0)
          warn("mergeEvidenceLocked", address, {
            value: shownText(masterNotes),
            notes: shortened([...added, ...left].join(" / ")),
          });
        return;
      }
      if (left.length > 0)
        warn("mergeEvidenceFull", address, {
          max: CELL_TEXT_LIMIT,
          count: left.length,
          notes: shortened(left.join(" / ")),
        });
      if (notes !== before) writes.evidence[k] = withLinkOf(masterNotes, notes);
    }
  });

  const firstRow = table.grid.row + 1;
  for (const key of ["c", "f", "i", "evidence"] as const)
    if (table.cols[key] !== undefined)
      outcome.ops.push(
        ...columnRuns(table.grid.sheet, firstRow, table.grid.col + table.cols[key]!, writes[key])
      );
  outcome.ops.push(
    ...conflictsSheetOps(master, names, outcome.conflicts, [...settled.values()], lang)
  );
  return outcome;
}

/** The range a merged-range member belongs to ("G5:G6"), else null. */
function mergedOf(cell: RawCell): string | null {
  return cell !== null && typeof cell === "object" && "merged" in cell ? cell.merged : null;
}

/** A rating as the master gets it: typed text or number, never a copy's link or formula. */
function typedValue(cell: RawCell): PlanCell {
  if (typeof cell === "number" || typeof cell === "boolean") return cell;
  return cellText(cell);
}

/** A copy's notes as text; a cell link keeps its address beside the text, so it is not lost. */
function evidenceText(cell: RawCell): string {
  const text = cellText(cell);
  const link = linkOf(cell);
  if (!link || text.includes(link.hyperlink)) return text;
  return text === "" ? link.hyperlink : `${text} (${link.hyperlink})`;
}

function linkOf(cell: RawCell): CellLink | null {
  if (cell === null || typeof cell !== "object" || cell instanceof Date) return null;
  if ("merged" in cell) return linkOf(cell.value);
  return "hyperlink" in cell ? cell : null;
}

/** The master's notes with the copies' appended: a cell link stays on the cell. */
function withLinkOf(master: RawCell, notes: string): PlanCell {
  const link = linkOf(master);
  return link ? { text: notes, hyperlink: link.hyperlink } : notes;
}

/** Notes quoted in a message: enough to recognise them, not the whole 32,767 characters. */
function shortened(text: string): string {
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
