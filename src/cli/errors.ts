/** Failures that end the command with exit code 2 (unusable input); the message goes to stderr. */
import type { Issue } from "../core/types";
import { AuditInputError } from "../workbook/issues";

export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

export const EXIT_OK = 0;
export const EXIT_INPUT = 2;

/** "file: cell: message", the cell said once even when the message begins with it already. */
export function issueText(file: string, issue: Issue): string {
  const cell = issue.cell && !issue.message.startsWith(issue.cell) ? `${issue.cell}: ` : "";
  return `${file}: ${cell}${issue.message}`;
}

/** An AuditInputError as the InputError the command line reports; anything else unchanged. */
export function asInputError(error: unknown, file: string): unknown {
  if (error instanceof AuditInputError)
    return new InputError(error.issues.map((issue) => issueText(file, issue)).join("\n"));
  return error;
}
