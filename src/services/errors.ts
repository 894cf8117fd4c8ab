/**
 * Turns any thrown value into what the user is shown (task pane, browser page, ribbon command): the
 * message and what to do about it.
 * Office.js errors carry a code (OfficeExtension.Error); the common ones get a precise hint.
 * The workbook layer's AuditInputError carries issues that name their cells: those are listed,
 * each with a way to jump to its cell.
 */
import { messageText } from "../core/i18n";
import type { Issue, Lang } from "../core/types";
import { ERROR_HINTS, type HintKey } from "./messages";

export type { HintKey };

export interface ShownError {
  message: string;
  hint: HintKey;
  issues: Issue[];
}

/** What to do about an error, in the user's language. */
export function hintText(hint: HintKey, lang: Lang): string {
  return messageText(ERROR_HINTS[hint], lang);
}

const HINTS: Array<[RegExp, HintKey]> = [
  [/CellEditMode|EditMode/i, "hintCellEdit"],
  [/ItemNotFound|not found|InvalidReference/i, "hintNotFound"],
  [/PayloadSize|PayloadTooLarge|RequestPayload|ResponsePayload/i, "hintPayload"],
  [/ConnectionFailure|NetworkError|Failed to fetch/i, "hintNetwork"],
];

function issuesOf(error: unknown): Issue[] {
  const issues = (error as { issues?: unknown } | null)?.issues;
  return Array.isArray(issues) ? (issues as Issue[]) : [];
}

export function describeError(error: unknown): ShownError {
  const code =
    typeof error === "object" && error !== null && "code" in error
      ? String((error as { code: unknown }).code)
      : "";
  const message =
    error instanceof Error
      ? error.message
      : typeof error === "string"
        ? error
        : (JSON.stringify(error) ?? String(error));
  const issues = issuesOf(error);
  if (issues.length > 0) return { message: "", hint: "hintFixInputs", issues };
  const probe = `${code} ${message}`;
  const hint = HINTS.find(([pattern]) => pattern.test(probe))?.[1] ?? "hintGeneric";
  const shown = code && !message.includes(code) ? `${message} (${code})` : message;
  return { message: shown, hint, issues: [] };
}
