/**
 * Task pane entry (taskpane.html): waits for Office, then renders the panels over the Office.js
 * port. Outside Office it shows a link to the browser mode instead of failing; when Office.js was
 * blocked or did not start it says so, with what to do.
 */
import { webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { officeReady, READY_TIMEOUT_MS } from "../adapters/office/host";
import { takeOutcome } from "../services/commandOutcome";
import { resolveLang } from "../core/i18n";
import { OfficeUnavailable } from "../ui/components/OfficeUnavailable";
import { OutsideOffice } from "../ui/components/OutsideOffice";
import { commandNotice } from "../ui/commandNotice";
import { STRINGS } from "../ui/i18n";
import { hostInfoOf } from "../ui/context";
import { createAuditService } from "../services/portService";
import { createAuditOfficePort } from "../services/officePort";
import { Root } from "../ui/Root";
import { themeFor } from "./theme";

async function main(): Promise<void> {
  // legacy-host.js already told the user this webview is too old (and did so in its language).
  if ((window as unknown as { EPM_LEGACY_HOST?: boolean }).EPM_LEGACY_HOST) return;
  // office-wait.js shows no notice once the pane has started.
  (window as unknown as { EPM_PANE_STARTED?: boolean }).EPM_PANE_STARTED = true;
  const container = document.getElementById("root") as HTMLElement;
  const root = createRoot(container);
  const env = await officeReady();
  // office-wait.js's notice (Office.js slow to arrive) has served its purpose.
  document.getElementById("office-wait")?.remove();
  const lang = resolveLang(env.displayLanguage);
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en-US";
  if (!env.host) {
    const reason = env.noHostReason ?? "outsideOffice";
    root.render(
      reason === "outsideOffice" ? (
        <OutsideOffice t={STRINGS[lang]} />
      ) : (
        <OfficeUnavailable
          t={STRINGS[lang]}
          reason={reason}
          url={(document.getElementById("office-js") as HTMLScriptElement | null)?.src ?? ""}
          timeoutSeconds={READY_TIMEOUT_MS / 1000}
        />
      )
    );
    return;
  }
  const port = createAuditOfficePort(lang, { capabilities: env.capabilities });
  root.render(
    <Root
      service={createAuditService(port)}
      lang={lang}
      theme={env.theme ? themeFor(env.theme.bodyBackgroundColor) : webLightTheme}
      host={hostInfoOf(env.capabilities, {
        diagnostics: env.diagnostics,
        // Loaded when asked for: few users run the check, and the pane's first paint waits for
        // every byte of its initial script (bench: task pane initial JavaScript).
        excelCheck: async (onResult) => {
          const [check, audit] = await Promise.all([
            import("../adapters/office/excel-check"),
            import("../adapters/office/excel-check-audit"),
          ]);
          return check.runExcelCheck([...check.BEHAVIOUR_CHECKS, audit.checkAudit], { onResult });
        },
      })}
      notice={commandNotice(takeOutcome(), lang)}
    />
  );
}

void main();
