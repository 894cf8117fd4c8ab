/**
 * Function file of the ribbon (commands.html). Registers the manifest's FunctionName "scoreNow".
 */
import { officeReady } from "../adapters/office/host";
import { createOfficePort } from "../adapters/office/port";
import { langOf } from "../taskpane/i18n";
import { runScoreNow } from "./scoreNow";

export const SCORE_NOW = "scoreNow";

async function scoreNow(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const env = await officeReady();
    await runScoreNow({
      port: createOfficePort({ capabilities: env.capabilities }),
      lang: langOf(env.displayLanguage),
    });
  } finally {
    // Office waits for completed() and shows a busy indicator until then.
    event.completed();
  }
}

void Office.onReady(() => {
  // Office.actions.associate is the current way; older clients look the name up on the global.
  if (Office.actions?.associate) Office.actions.associate(SCORE_NOW, scoreNow);
  (globalThis as unknown as Record<string, unknown>)[SCORE_NOW] = scoreNow;
});
