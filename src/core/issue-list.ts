/** The issues of one scoring, each with its message rendered in the caller's language. */
import { invalidRatingMessage, render } from "./messages";
import type { Parsed, ScaleId } from "./scales";
import type { Field, Issue, Lang, RatingRow, Severity } from "./types";

export class IssueList {
  readonly items: Issue[] = [];
  constructor(readonly lang: Lang) {}

  /** An issue about a clause row; the cell comes from the row when the caller gave cells. */
  add(
    severity: Severity,
    code: string,
    clauseId: string | null,
    field: Field | null,
    row: RatingRow | undefined,
    params: Record<string, string | number> = {}
  ): void {
    this.items.push({
      severity,
      clauseId,
      field,
      cell: (field && row?.cells?.[field]) ?? null,
      code,
      params,
      message: render(code, params, this.lang),
    });
  }

  /** A rating that is no level of its scale: the message lists what the scale accepts. */
  invalid(scale: ScaleId, parsed: Parsed, clauseId: string, row: RatingRow): void {
    // Called for every rating of a scoring: this check alone stays small enough to be inlined.
    if (parsed.kind === "invalid") this.invalidRating(scale, parsed, clauseId, row);
  }

  private invalidRating(
    scale: ScaleId,
    parsed: Extract<Parsed, { kind: "invalid" }>,
    clauseId: string,
    row: RatingRow
  ): void {
    const field = scale.toLowerCase() as Field;
    this.items.push({
      severity: "error",
      clauseId,
      field,
      cell: row.cells?.[field] ?? null,
      code: "invalidRating",
      params:
        parsed.rejection.reason === "merged"
          ? { scale, reason: "merged", range: parsed.rejection.range }
          : { scale, reason: parsed.rejection.reason },
      message: invalidRatingMessage(scale, parsed.rejection, this.lang),
    });
  }

  /** An issue about the operating-years cell. */
  years(code: string, severity: Severity, cell: string | null, value: string): void {
    const params = { value };
    const message = render(code, params, this.lang);
    this.items.push({ severity, clauseId: null, field: "years", cell, code, params, message });
  }

  /** A weight profile that does not validate; the message names its JSON path. */
  profile(path: string, detail: string): void {
    this.items.push({
      severity: "error",
      clauseId: null,
      field: null,
      cell: null,
      code: "invalidProfile",
      params: { path },
      message: `${path}: ${detail}`,
    });
  }
}
