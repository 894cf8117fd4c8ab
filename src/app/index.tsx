/**
 * Browser mode (app.html): placeholder. The same panels will run here over an ExcelJS port once a
 * workbook file is opened; the page that opens and saves files is written separately. Until then
 * the panels get a port that explains it has no workbook, so every action fails with a clear
 * message instead of a blank page.
 */
import { webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { langOf } from "../taskpane/i18n";
import { createAuditService } from "../taskpane/portService";
import { Root } from "../taskpane/Root";
import type { WorkbookPort } from "../workbook/plan";

// Bilingual on purpose: this placeholder has no language switch of its own.
const NO_WORKBOOK = "No workbook is open in the browser mode yet. / 浏览器模式中尚未打开工作簿。";

/** A port with no workbook behind it; replaced by the ExcelJS port when a file is opened. */
export const noWorkbookPort: WorkbookPort = {
  read: () => Promise.reject(new Error(NO_WORKBOOK)),
  apply: () => Promise.reject(new Error(NO_WORKBOOK)),
  select: () => Promise.resolve(),
};

export function mountApp(port: WorkbookPort, element: HTMLElement): void {
  createRoot(element).render(
    <Root
      service={createAuditService(port)}
      lang={langOf(navigator.language)}
      theme={webLightTheme}
    />
  );
}

mountApp(noWorkbookPort, document.getElementById("root") as HTMLElement);
