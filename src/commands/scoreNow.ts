/**
 * Score now (ribbon): the same action as the Score panel, without opening the pane. The result is
 * written to the Summary sheet by the action, and the star level cell is selected so the user sees
 * it: in the action's own write batch, so Score now takes the Score panel's two round trips (one
 * read, one write). Failures are kept for the pane (see services/commandOutcome.ts) and logged.
 */
import type { Lang } from "../core/types";
import { saveOutcome, type CommandOutcome } from "../services/commandOutcome";
import { describeError, hintText } from "../services/errors";
import { scoreAudit } from "../workbook/actions";
import { CATALOGUES } from "../catalogues";
import { standardOf } from "../workbook/standard";
import type { Plan, WorkbookPort } from "../workbook/plan";

export interface ScoreNowDeps {
  port: WorkbookPort & {
    selectName(name: string): Promise<void>;
    /** apply, selecting the first of `names` with a range in the same batch (Office port). */
    applyAndSelect?(plan: Plan, names: readonly string[]): Promise<string | null>;
  };
  lang: Lang;
  now?: () => Date;
}

export async function runScoreNow({ port, lang, now }: ScoreNowDeps): Promise<CommandOutcome> {
  const time = (now?.() ?? new Date()).toISOString();
  let outcome: CommandOutcome;
  try {
    // Which catalogue the workbook follows is known only once it is read: every catalogue's star
    // level cell is a candidate, and the port selects the one the workbook has.
    const candidates = [...new Set(CATALOGUES.map((c) => standardOf(c).names.cells.stars))];
    let selected: string | null = null;
    const applyAndSelect = port.applyAndSelect?.bind(port);
    const selecting: WorkbookPort = applyAndSelect
      ? {
          read: (request) => port.read(request),
          apply: async (plan) => {
            selected = await applyAndSelect(plan, candidates);
          },
          select: (address) => port.select(address),
        }
      : port;
    const { result, inputs } = await scoreAudit(selecting, lang);
    outcome = { time, ok: true, stars: result.stars };
    const stars = inputs.standard.names.cells.stars;
    // A workbook holding several catalogues' names (or none with a range): one more round trip.
    if (selected !== stars) await port.selectName(stars);
  } catch (error) {
    const shown = describeError(error);
    const message = shown.message || shown.issues.map((i) => i.message).join("\n");
    outcome = { time, ok: false, message, hint: hintText(shown.hint, lang) };
    console.error("EPM Star Scorer: Score now failed", error);
  }
  saveOutcome(outcome);
  return outcome;
}
