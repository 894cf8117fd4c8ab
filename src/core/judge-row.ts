/**
 * One rating row → its clause verdict and parsed ratings (docs/scoring-rules.md §2, §3), reporting
 * invalid ratings and values in a column the clause's module does not use.
 */
import { judgeCF, judgeI, type ClauseVerdict } from "./clause";
import type { ClauseOwner } from "./clause-table";
import type { IssueList } from "./issue-list";
import { scaleName } from "./messages";
import { parseRating, type Parsed, type ScaleId } from "./scales";
import type { RatingRow, RawCell, Stage } from "./types";

export const BLANK: Parsed = { kind: "blank" };

/** A judged clause. One object is reused for every row, so judging allocates no wrapper per row. */
export interface Judged {
  verdict: ClauseVerdict;
  c: Parsed;
  f: Parsed;
  i: Parsed;
}

/** What judging a row needs besides the row: the same for every row, so made once per scoring. */
export interface JudgeContext {
  readonly stage: Stage;
  /** The rule of that name (docs/scoring-rules.md §5), as the scoring's rules set it. */
  readonly strictCompliance: boolean;
  readonly issues: IssueList;
  /** Receives each judged clause, overwritten by the next. */
  readonly judged: Judged;
}

export function judgeContext(
  stage: Stage,
  strictCompliance: boolean,
  issues: IssueList
): JudgeContext {
  return {
    stage,
    strictCompliance,
    issues,
    judged: { verdict: judgeI(BLANK), c: BLANK, f: BLANK, i: BLANK },
  };
}

/** The clause a row is judged for: its ID and the module whose scale it uses. */
type JudgedClause = Pick<ClauseOwner, "id" | "module">;

/**
 * A value in a column the module does not use (§2): reported, and it makes the clause invalid.
 * `cell` is row[field], read by the caller by its constant name: on the hot path that is a plain
 * property load, where row[field] is a keyed one (measured: about 5 % of a scoring).
 */
function wrongScale(
  context: JudgeContext,
  clause: JudgedClause,
  row: RatingRow,
  field: "c" | "f" | "i",
  cell: RawCell
): boolean {
  if (cell === null || cell === undefined || cell === "") return false;
  const scale = field.toUpperCase() as ScaleId;
  if (parseRating(scale, cell).kind === "blank") return false;
  const { issues } = context;
  issues.add("error", "wrongScale", clause.id, field, row, {
    module: clause.module.id,
    scale,
    column: scaleName(scale, issues.lang),
  });
  return true;
}

const invalidated = (verdict: ClauseVerdict): ClauseVerdict => ({
  ...verdict,
  ratio: 0,
  status: "invalid",
});

/**
 * Judge the row of `clause` into context.judged. A rating in another scale's column, or notes on
 * a merged range (RatingRow.mergedNotes), make the clause invalid; C and F still decide their own
 * conditions (§5).
 */
export function judgeRow(context: JudgeContext, clause: JudgedClause, row: RatingRow): void {
  const { issues, judged } = context;
  const { id } = clause;
  let verdict: ClauseVerdict;
  let invalid: boolean;
  if (clause.module.scale === "CF") {
    const c = parseRating("C", row.c);
    const f = parseRating("F", row.f);
    issues.invalid("C", c, id, row);
    issues.invalid("F", f, id, row);
    verdict = judgeCF(c, f, context.stage, context.strictCompliance);
    invalid = wrongScale(context, clause, row, "i", row.i);
    judged.c = c;
    judged.f = f;
    judged.i = BLANK;
  } else {
    const i = parseRating("I", row.i);
    issues.invalid("I", i, id, row);
    const cWrong = wrongScale(context, clause, row, "c", row.c);
    const fWrong = wrongScale(context, clause, row, "f", row.f);
    verdict = judgeI(i);
    invalid = cWrong || fWrong;
    judged.c = BLANK;
    judged.f = BLANK;
    judged.i = i;
  }
  if (row.mergedNotes !== undefined) {
    issues.add("error", "mergedNotes", id, null, row, { range: row.mergedNotes });
    invalid = true;
  }
  judged.verdict = invalid ? invalidated(verdict) : verdict;
}

/** Judge a catalogue clause that has no row into context.judged: reported, and unrated. */
export function judgeMissing(context: JudgeContext, clause: JudgedClause): void {
  const { id } = clause;
  context.issues.add("error", "missingRow", id, null, undefined, { id });
  const { judged } = context;
  judged.verdict = clause.module.scale === "CF" ? judgeCF(BLANK, BLANK, "baseline") : judgeI(BLANK);
  judged.c = BLANK;
  judged.f = BLANK;
  judged.i = BLANK;
}
