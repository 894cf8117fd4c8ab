/**
 * The browser page's flow, without React: open a workbook (or start a new one), score it at once
 * when it is an audit, say what happened, and save the scored copy. The page's state hook
 * (src/app/useOpenedWorkbook.ts) only keeps what these functions return.
 */
import { messageText } from "../core/i18n";
import type { Lang } from "../core/types";
import type { AuditService, Scored } from "./auditService";
import { loadsAsWorkbook } from "./checkSaved";
import { FLOW_MESSAGES } from "./messages";
import { clauseTableNames, newAudit, openFile, type OpenedWorkbook } from "./openWorkbook";
import { createAuditService } from "./portService";

export interface Notice {
  intent: "info" | "warning" | "error" | "success";
  text: string;
}

export interface LoadedWorkbook {
  workbook: OpenedWorkbook;
  service: AuditService;
  /** The scoring done as the workbook opened; null when it is no audit or scoring failed. */
  scored: Scored | null;
  name: string;
}

/** Where a workbook comes from, and what to say once it is open. */
export interface Opening {
  name: string;
  open(): Promise<OpenedWorkbook>;
  welcome(workbook: OpenedWorkbook): Notice;
}

export type FileToOpen = Parameters<typeof openFile>[0] & { name: string };
type OnSelect = (address: string) => void;

export function fileOpening(file: FileToOpen, lang: Lang, onSelect: OnSelect): Opening {
  return {
    name: file.name,
    open: () => openFile(file, lang, onSelect),
    welcome: (workbook) =>
      workbook.isAudit
        ? { intent: "success", text: messageText(FLOW_MESSAGES.opened, lang, { name: file.name }) }
        : {
            intent: "warning",
            text: messageText(FLOW_MESSAGES.notAudit, lang, {
              name: file.name,
              table: clauseTableNames().join(" / "),
            }),
          },
  };
}

export function newAuditOpening(lang: Lang, onSelect: OnSelect): Opening {
  return {
    name: "audit.xlsx",
    open: () => newAudit(onSelect),
    welcome: () => ({ intent: "info", text: messageText(FLOW_MESSAGES.created, lang) }),
  };
}

const failed = (error: unknown): Notice => ({ intent: "error", text: (error as Error).message });

/**
 * Opens the workbook and, when it is an audit, scores it in memory (the file on disk is untouched)
 * so its result shows at once. A workbook that opens but does not score is still kept, with the
 * scoring error as the notice; one that does not open leaves nothing loaded.
 */
export async function openAndScore(
  opening: Opening,
  lang: Lang
): Promise<{ loaded: LoadedWorkbook | null; notice: Notice }> {
  let workbook: OpenedWorkbook;
  try {
    workbook = await opening.open();
  } catch (error) {
    const reason = (error as Error).message;
    const text = messageText(FLOW_MESSAGES.openFailed, lang, { name: opening.name, reason });
    return { loaded: null, notice: { intent: "error", text } };
  }
  const service = createAuditService(workbook.port);
  const loaded: LoadedWorkbook = { workbook, service, scored: null, name: opening.name };
  if (!workbook.isAudit) return { loaded, notice: opening.welcome(workbook) };
  try {
    loaded.scored = await service.scoreAudit(lang);
  } catch (error) {
    return { loaded, notice: failed(error) };
  }
  return { loaded, notice: opening.welcome(workbook) };
}

/**
 * "audit.xlsx" → "audit-scored.xlsx"; a name without the extension gets it. Always longer than the
 * opened name, so the download never takes the opened file's name (the browser would replace it
 * or number it, and the user could mistake one for the other).
 */
export function scoredFileName(name: string): string {
  return name.replace(/(\.xlsx)?$/i, "-scored.xlsx");
}

/**
 * Saves the workbook, checks that the bytes load back as a workbook, and only then hands them over
 * under the scored name; a failure comes back as the notice to show, and nothing is handed over.
 */
export async function saveScored(
  loaded: LoadedWorkbook,
  deliver: (bytes: Uint8Array, fileName: string) => void,
  lang: Lang = "en",
  check: (bytes: Uint8Array, lang: Lang) => Promise<void> = loadsAsWorkbook
): Promise<Notice | null> {
  const name = scoredFileName(loaded.name);
  let bytes: Uint8Array;
  try {
    bytes = await loaded.workbook.save();
  } catch (error) {
    return failed(error);
  }
  try {
    await check(bytes, lang);
  } catch (error) {
    const reason = (error as Error).message;
    return {
      intent: "error",
      text: messageText(FLOW_MESSAGES.saveUnreadable, lang, { name, reason }),
    };
  }
  try {
    deliver(bytes, name);
    return null;
  } catch (error) {
    return failed(error);
  }
}
