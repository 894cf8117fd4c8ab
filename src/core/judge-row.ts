/**
 * One rating row → its clause verdict and parsed ratings (docs/scoring-rules.md §2, §3), reporting
 * invalid ratings and values in a column the clause's module does not use.
 */
import { judgeCF, judgeI, type ClauseVerdict } from "./clause";
import type { IssueList } from "./issue-list";
import { scaleName } from "./messages";
import { parseRating, type Parsed, type ScaleId } from "./scales";
import type { CatalogueModule, RatingRow, RawCell, Stage } from "./types";

export const BLANK: Parsed = { kind: "blank" };

/** A judged clause. One object is reused for every row, so judging allocates no wrapper per row. */
export interface Judged {
  verdict: ClauseVerdict;
  c: Parsed;
  f: Parsed;
  i: Parsed;
}

export function newJudged(): Judged {
  return { verdict: judgeI(BLANK), c: BLANK, f: BLANK, i: BLANK };
}

function isBlankCell(cell: RawCell): boolean {
  return cell === null || cell === undefined || cell === "";
}

/** A value in a column the module does not use (§2): reported, and it makes the clause invalid. */
function wrongScale(
  cell: RawCell,
  field: "c" | "f" | "i",
  module: CatalogueModule,
  row: RatingRow,
  id: string,
  issues: IssueList
): boolean {
  if (isBlankCell(cell)) return false;
  const scale = field.toUpperCase() as ScaleId;
  if (parseRating(scale, cell).kind === "blank") return false;
  issues.add("error", "wrongScale", id, field, row, {
    module: module.id,
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
 * Judge the row of clause `id` into `out`. A rating in another scale's column, or notes on a
 * merged range (RatingRow.mergedNotes), make the clause invalid; C and F still decide their own
 * conditions (§5).
 */
export function judgeRow(
  module: CatalogueModule,
  row: RatingRow,
  id: string,
  stage: Stage,
  strictCompliance: boolean,
  issues: IssueList,
  out: Judged
): void {
  let verdict: ClauseVerdict;
  let invalid: boolean;
  if (module.scale === "CF") {
    const c = parseRating("C", row.c);
    const f = parseRating("F", row.f);
    issues.invalid("C", c, id, row);
    issues.invalid("F", f, id, row);
    verdict = judgeCF(c, f, stage, strictCompliance);
    invalid = wrongScale(row.i, "i", module, row, id, issues);
    out.c = c;
    out.f = f;
    out.i = BLANK;
  } else {
    const i = parseRating("I", row.i);
    issues.invalid("I", i, id, row);
    const cWrong = wrongScale(row.c, "c", module, row, id, issues);
    const fWrong = wrongScale(row.f, "f", module, row, id, issues);
    verdict = judgeI(i);
    invalid = cWrong || fWrong;
    out.c = BLANK;
    out.f = BLANK;
    out.i = i;
  }
  if (row.mergedNotes !== undefined) {
    issues.add("error", "mergedNotes", id, null, row, { range: row.mergedNotes });
    invalid = true;
  }
  out.verdict = invalid ? invalidated(verdict) : verdict;
}

/** Judge a catalogue clause that has no row into `out`: unrated. */
export function judgeMissing(module: CatalogueModule, out: Judged): void {
  out.verdict = module.scale === "CF" ? judgeCF(BLANK, BLANK, "baseline") : judgeI(BLANK);
  out.c = BLANK;
  out.f = BLANK;
  out.i = BLANK;
}
