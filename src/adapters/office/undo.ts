/**
 * The user's undo stack. Excel keeps the add-in's edits on it, except for the APIs Microsoft lists
 * as not undoable, which clear it (of those the adapter uses only Worksheet.visibility, not
 * undoable in Excel on Windows and Mac, for a newly added hidden sheet; and Worksheet.delete,
 * never undoable, when a failed apply removes the sheets it added). See docs/excel-check.md.
 *
 * Where the host has ExcelApi 1.20, an apply runs with mergeUndoGroup, so every context.sync of
 * it is one undo step together. A grouped run that reaches a call Excel cannot undo fails with
 * UndoNotSupported; the apply is then run once more without grouping, and grouping stays off for
 * the session, so the user's write is never lost to the grouping.
 */
import type { Capabilities } from "./capabilities";
import type { Runner } from "./runner";

/** The options of every Excel.run: delayForCellEdit always, mergeUndoGroup when asked and there. */
export function runOptions(capabilities: Capabilities, group: boolean): Excel.RunOptions {
  if (group && capabilities.undoGroups) return { delayForCellEdit: true, mergeUndoGroup: true };
  return { delayForCellEdit: true };
}

/** The plan ops whose Office.js calls Excel cannot undo: a new sheet made hidden (visibility). */
export function groupable(ops: readonly { op: string; hidden?: boolean }[]): boolean {
  return !ops.some((op) => op.op === "addSheet" && op.hidden === true);
}

function isUndoNotSupported(error: unknown): boolean {
  return String((error as { code?: unknown })?.code) === "UndoNotSupported";
}

/**
 * A runner for applies: one undo group per Excel.run where the host has it. Retries without the
 * group only when no sync of the grouped run went through (so nothing of it can be applied twice).
 */
export function undoGroupRunner(capabilities: Capabilities): Runner & { grouping(): boolean } {
  let grouping = capabilities.undoGroups;
  const ungrouped: Runner = (batch) => Excel.run(runOptions(capabilities, false), batch);
  const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    if (!grouping) return ungrouped(batch);
    let synced = false;
    try {
      return await Excel.run(runOptions(capabilities, true), (context) => {
        const sync = context.sync.bind(context);
        context.sync = <V>(value?: V) =>
          sync(value).then((result) => {
            synced = true;
            return result;
          });
        return batch(context);
      });
    } catch (error) {
      if (!isUndoNotSupported(error) || synced) throw error;
      grouping = false;
      console.warn("EPM Star Scorer: Excel refused the undo group; writing without it", error);
      return ungrouped(batch);
    }
  };
  return Object.assign(run, { grouping: () => grouping });
}
