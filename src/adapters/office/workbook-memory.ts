/**
 * What the workbook itself carries about its layout: the sheets, tables and defined names it held
 * after the add-in's last write (Known, read.ts), in the add-in's document settings
 * (Office.context.document.settings). Office reads them with the file, before any request, and
 * they travel with it: a workbook the add-in wrote on another machine, or in a browser whose
 * storage was cleared, or that this Excel has never opened, is read in one batch all the same
 * (the browser's storage, memory.ts, only knows the last workbook this machine worked on).
 *
 * Why settings and not a read that cannot fail: a table's formulas, value types and position are
 * only on its ranges, which only a table object gives, and with documented APIs a batch that asks
 * for the ranges of a table that is missing fails as a whole (see read.ts). The workbook's lists
 * of sheets, tables and names, loaded in the same batch, still check the guess: a stale one (an
 * older copy of the file, a table deleted by hand) costs a round trip, never a wrong snapshot.
 *
 * They are written only after a write of the add-in, and only when they changed, so that reading
 * a workbook never marks it changed; saveAsync is not awaited (no workbook batch, and the action
 * does not wait for it); a failure only means the next Excel to open the file guesses less.
 * A workbook the add-in never wrote (made by the command line, or by an older add-in) has none.
 */
import { knownFromJson, knownToJson } from "./memory";
import type { Known } from "./read";

export interface WorkbookMemory {
  /** What the workbook held after the add-in's last write, or null when it carries nothing. */
  known(): Known | null;
  /** Puts `known` into the workbook (null: removes it), when it differs from what is there. */
  rememberKnown(known: Known | null): void;
}

/** The settings member the add-in keeps its guess under. */
export const LAYOUT_SETTING = "epm-star-scorer.layout";

type Settings = Pick<Office.Settings, "get" | "set" | "remove" | "saveAsync">;

function documentSettings(): Settings | null {
  try {
    return (typeof Office !== "undefined" && Office.context?.document?.settings) || null;
  } catch {
    // Outside a document (a dialog) Office.context.document may throw.
    return null;
  }
}

/** The document's settings (looked up at each call: the document is Office's, not the port's). */
export function settingsMemory(settings: () => Settings | null = documentSettings): WorkbookMemory {
  return {
    known() {
      try {
        return knownFromJson(settings()?.get(LAYOUT_SETTING));
      } catch {
        return null;
      }
    },
    rememberKnown(known) {
      try {
        const store = settings();
        if (!store) return;
        const next = known ? knownToJson(known) : null;
        if (JSON.stringify(store.get(LAYOUT_SETTING) ?? null) === JSON.stringify(next)) return;
        if (next) store.set(LAYOUT_SETTING, next);
        else store.remove(LAYOUT_SETTING);
        store.saveAsync((result) => {
          if (String(result.status) !== "succeeded")
            console.warn("EPM Star Scorer: could not save the workbook's layout setting", result);
        });
      } catch (error) {
        console.warn("EPM Star Scorer: could not keep the layout in the workbook", error);
      }
    },
  };
}
