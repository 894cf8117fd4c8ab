/**
 * The user's undo stack as the emulated host keeps it, after Microsoft's "Undo support with the
 * Excel JavaScript API" (see docs/excel-check.md): every sync that changes the workbook is one
 * record, except that the syncs of an Excel.run with mergeUndoGroup (ExcelApi 1.20) make one
 * record together; a call Excel cannot undo clears the stack, and inside a grouped run fails the
 * sync with UndoNotSupported instead. A record is a copy of the workbook from before it, so
 * undo() puts that copy back.
 *
 * Of the APIs Microsoft lists as not undoable, the host models those it has members for:
 * Worksheet.delete everywhere; Worksheet.visibility, name and position in Excel on Windows and
 * Mac (undoable in Excel on the web).
 */
import type { ModelState } from "./model";
import type { HostProfile } from "./profiles";

export interface UndoRecord {
  /** "add-in": batches of the add-in; "user": an edit the test makes as the user. */
  source: "add-in" | "user";
  /** The Excel.run whose grouped syncs this record holds (add-in records only). */
  run?: number;
  grouped?: boolean;
  /** Syncs merged into this record. */
  syncs: number;
  before: ModelState;
}

/** Which column of Microsoft's table a profile is read from. */
export function undoPlatform(profile: HostProfile): "web" | "desktop" {
  return profile.diagnostics.platform === "OfficeOnline" ? "web" : "desktop";
}

const NEVER_UNDOABLE = new Set(["Worksheet.Delete"]);
const DESKTOP_NOT_UNDOABLE = new Set([
  "Worksheet.Visibility",
  "Worksheet.Name",
  "Worksheet.Position",
]);

/** True when the member (`Kind.Member`, as written in the request) clears the undo stack. */
export function clearsUndo(member: string, profile: HostProfile): boolean {
  if (NEVER_UNDOABLE.has(member)) return true;
  return undoPlatform(profile) === "desktop" && DESKTOP_NOT_UNDOABLE.has(member);
}
