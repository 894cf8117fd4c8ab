/** Issues raised by the workbook layer, shaped like the core's so that one list serves every reader. */
import type { Field, Issue, Lang, Severity } from "../core/types";
import { message } from "./labels";

export function workbookIssue(
  severity: Severity,
  code: string,
  cell: string | null,
  params: Record<string, string | number>,
  lang: Lang,
  field: Field | null = null
): Issue {
  return {
    severity,
    clauseId: null,
    field,
    cell,
    code,
    params,
    message: message(code, { cell: cell ?? "", ...params }, lang),
  };
}

/** Raised when the inputs cannot be scored at all; `issues` name every cell, line or path at fault. */
export class AuditInputError extends Error {
  constructor(readonly issues: Issue[]) {
    super(issues.map((issue) => issue.message).join("\n"));
    this.name = "AuditInputError";
  }
}

export function errorsOf(issues: readonly Issue[]): Issue[] {
  return issues.filter((issue) => issue.severity === "error");
}
