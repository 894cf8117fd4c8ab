/**
 * office-unavailable.html: where the pane goes when Office.js is too slow to arrive (office-wait.js).
 * It needs no Office.js: it shows OfficeUnavailable in the browser's language, from the reason,
 * address and wait in its query, with a link back to the pane to try again.
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { resolveLang } from "../core/i18n";
import { OfficeUnavailable, type UnavailableReason } from "../ui/components/OfficeUnavailable";
import { STRINGS } from "../ui/i18n";

const REASONS: readonly UnavailableReason[] = [
  "officeJsMissing",
  "officeJsTimeout",
  "officeJsSlow",
];

function main(): void {
  const query = new URLSearchParams(window.location.search);
  const asked = query.get("reason") as UnavailableReason | null;
  const reason = asked && REASONS.includes(asked) ? asked : "officeJsSlow";
  const seconds = Number(query.get("seconds"));
  // Only a page of the add-in itself: the link must never lead elsewhere.
  const back = /^[\w-]+\.html(\?[\w=&%.-]*)?$/.test(query.get("back") ?? "")
    ? query.get("back")!
    : "taskpane.html";
  const lang = resolveLang(navigator.language);
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en-US";
  createRoot(document.getElementById("root") as HTMLElement).render(
    <FluentProvider theme={webLightTheme}>
      <OfficeUnavailable
        t={STRINGS[lang]}
        reason={reason}
        url={query.get("url") ?? ""}
        timeoutSeconds={Number.isFinite(seconds) && seconds > 0 ? seconds : 10}
        retryUrl={back}
      />
    </FluentProvider>
  );
}

main();
