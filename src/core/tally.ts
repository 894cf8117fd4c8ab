/**
 * Pass 2 of a scoring: each judged clause is recorded in the clause table and added to its module
 * and sub-item sums and to the counts the star conditions read (docs/scoring-rules.md §4, §5).
 */
import { newClauseTable, type ClauseTable, type PointedOwner } from "./clause-table";
import { cellText } from "./ids";
import type { IssueList } from "./issue-list";
import type { Judged } from "./judge-row";
import type { ClauseSlot } from "./points";
import type { Field, RatingRow, Severity, Stage } from "./types";

export class Tally {
  readonly table: ClauseTable;
  readonly moduleSums: number[];
  readonly itemSums: number[];
  readonly nonCompliantIds: string[] = [];
  compliantCount = 0;
  clauseCount15 = 0;
  fPassCount = 0;
  /** A clause is 未审核 (§5: a baseline result is then provisional). */
  pending = false;
  /** A clause is unfinished (§5): no star can be trusted. */
  incomplete = false;

  constructor(
    slots: readonly ClauseSlot[],
    extras: readonly PointedOwner[],
    modules: number,
    items: number,
    private readonly stage: Stage,
    private readonly issues: IssueList
  ) {
    this.table = newClauseTable(slots, extras);
    this.moduleSums = new Array<number>(modules).fill(0);
    this.itemSums = new Array<number>(items).fill(0);
  }

  /** Records clause k as `judged` says; returns its score. */
  record(k: number, owner: PointedOwner, row: RatingRow | undefined, judged: Judged): number {
    const { verdict } = judged;
    // Most verdicts have no notes: the check skips making an iterator for them.
    if (verdict.notes.length !== 0)
      for (const note of verdict.notes) {
        const field: Field = note === "missingC" || note === "pendingFinal" ? "c" : "f";
        const severity: Severity = note === "naWithF" ? "warning" : "error";
        this.issues.add(severity, note, owner.id, field, row, { value: cellText(row?.f) });
      }
    // A pending clause makes a baseline result provisional; in the final stage it is an error
    // (pendingFinal) and, like any other unfinished clause, makes the result incomplete.
    if (verdict.status === "pending") {
      this.pending = true;
      if (this.stage === "final") this.incomplete = true;
    } else if (verdict.status !== "rated" && verdict.status !== "n/a") this.incomplete = true;
    const clauseScore = owner.points * verdict.ratio;
    this.moduleSums[owner.moduleIndex] += clauseScore;
    if (owner.module.scale === "CF") {
      this.clauseCount15 += 1;
      if (verdict.compliant) this.compliantCount += 1;
      else this.nonCompliantIds.push(owner.id);
      if (verdict.executionPass) this.fPassCount += 1;
    }
    const at = 4 * k;
    const facts = this.table.judged;
    facts[at] = verdict;
    facts[at + 1] = judged.c;
    facts[at + 2] = judged.f;
    facts[at + 3] = judged.i;
    return clauseScore;
  }
}
