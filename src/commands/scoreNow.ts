/**
 * Score now (ribbon): the same action as the Score panel, without opening the pane. The result is
 * written to the Summary sheet by the action; the command then selects the star level cell so the
 * user sees it. Failures are kept for the pane (see outcome.ts) and logged.
 */
import type { Lang } from "../core/types";
import { describeError } from "../taskpane/errors";
import { STRINGS } from "../taskpane/i18n";
import { scoreAudit } from "../workbook/actions";
import { findCatalogue } from "../catalogues";
import { CELL_NAMES } from "../workbook/layout";
import { catalogueName } from "../workbook/named-port";
import type { WorkbookPort } from "../workbook/plan";
import { saveOutcome, type CommandOutcome } from "./outcome";

export interface ScoreNowDeps {
  port: WorkbookPort & { selectName(name: string): Promise<void> };
  lang: Lang;
  now?: () => Date;
}

export async function runScoreNow({ port, lang, now }: ScoreNowDeps): Promise<CommandOutcome> {
  const time = (now?.() ?? new Date()).toISOString();
  let outcome: CommandOutcome;
  try {
    const { result } = await scoreAudit(port, lang);
    outcome = { time, ok: true, stars: result.stars };
    const catalogue = findCatalogue(result.catalogue.id, result.catalogue.version);
    await port.selectName(
      catalogue ? catalogueName(CELL_NAMES.stars, catalogue) : CELL_NAMES.stars
    );
  } catch (error) {
    const shown = describeError(error);
    const message = shown.message || shown.issues.map((i) => i.message).join("\n");
    outcome = { time, ok: false, message, hint: STRINGS[lang][shown.hint] };
    console.error("EPM Star Scorer: Score now failed", error);
  }
  saveOutcome(outcome);
  return outcome;
}
