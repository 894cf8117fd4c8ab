/**
 * Function file of the ribbon (commands.html). Registers the manifest's FunctionName "scoreNow" at
 * module top level, as Microsoft's function-file pattern does: Office may look the function up as
 * soon as the file has run, before onReady resolves. Every call completes its event, whatever
 * happens, or Office shows a busy indicator until its timeout.
 */
import { officeReady } from "../adapters/office/host";
import type { OfficeWorkbookPort } from "../adapters/office/port";
import { resolveLang } from "../core/i18n";
import { saveOutcome } from "../services/commandOutcome";
import { createAuditOfficePort } from "../services/officePort";
import { runScoreNow } from "./scoreNow";

export const SCORE_NOW = "scoreNow";

/**
 * One port for the page: where Office keeps the function file loaded between clicks, the next
 * Score now knows what the last one read and wrote (and a new page learns it from the pane's and
 * earlier clicks' memory, see adapters/office/memory.ts), so each click is one read and one write.
 */
let port: OfficeWorkbookPort | null = null;

export async function scoreNow(event: Office.AddinCommands.Event): Promise<void> {
  try {
    const env = await officeReady();
    const lang = resolveLang(env.displayLanguage);
    // Score now needs an audit: it guesses one when it knows nothing of the workbook (officePort.ts).
    port ??= createAuditOfficePort(lang, { capabilities: env.capabilities });
    await runScoreNow({ port, lang });
  } catch (error) {
    // runScoreNow keeps its own failures; this is for a failure before it could start.
    console.error("EPM Star Scorer: Score now could not start", error);
    saveOutcome({ time: new Date().toISOString(), ok: false, message: String(error) });
  } finally {
    event.completed();
  }
}

/** Office.actions.associate where the host has it; older clients look the name up globally. */
function register(name: string, action: (event: Office.AddinCommands.Event) => Promise<void>) {
  (globalThis as unknown as Record<string, unknown>)[name] = action;
  if (typeof Office !== "undefined" && Office.actions?.associate)
    Office.actions.associate(name, action);
}

// On an old webview legacy-host.js registered its own scoreNow (that explains and completes).
const legacyHost = (globalThis as { EPM_LEGACY_HOST?: boolean }).EPM_LEGACY_HOST === true;
if (!legacyHost) register(SCORE_NOW, scoreNow);
if (typeof Office !== "undefined" && typeof Office.onReady === "function")
  Office.onReady().then(undefined, (error: unknown) =>
    console.error("EPM Star Scorer: Office did not become ready", error)
  );
