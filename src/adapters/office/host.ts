/**
 * Everything the task pane and the commands need to know about the Office host, read in one place
 * (Office.onReady, display language, theme, requirement sets). Outside Office (no office.js or no
 * host) it reports host: null instead of failing, so the page can offer the browser mode.
 */
import { detectCapabilities, OUTSIDE_OFFICE, type Capabilities } from "./capabilities";
import { formatDiagnostics, readDiagnostics } from "./diagnostics";

/**
 * Why there is no host: Office.js never arrived (blocked by a firewall or proxy, or offline),
 * it arrived but did not start within READY_TIMEOUT_MS, or the page runs in a plain browser.
 */
export type NoHostReason = "officeJsMissing" | "officeJsTimeout" | "outsideOffice";

export interface HostEnvironment {
  /** "Excel" in Excel; null when the page runs outside Office. */
  host: string | null;
  /** Set exactly when host is null. */
  noHostReason?: NoHostReason;
  displayLanguage: string | undefined;
  /** Office theme colours where the host exposes them (not Excel on the web). */
  theme: { bodyBackgroundColor?: string } | null;
  capabilities: Capabilities;
  /** The Diagnostics line (host, platform, version, ExcelApi sets, webview); null outside Office. */
  diagnostics: string | null;
}

const NO_HOST: Omit<HostEnvironment, "noHostReason"> = {
  host: null,
  displayLanguage: typeof navigator !== "undefined" ? navigator.language : undefined,
  theme: null,
  capabilities: OUTSIDE_OFFICE,
  diagnostics: null,
};

/** office.js that arrived but never starts must not leave the pane blank forever. */
export const READY_TIMEOUT_MS = 10000;

export async function officeReady(timeoutMs = READY_TIMEOUT_MS): Promise<HostEnvironment> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function")
    return { ...NO_HOST, noHostReason: "officeJsMissing" };
  const info = await Promise.race([
    Office.onReady(),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs)),
  ]);
  if (!info) return { ...NO_HOST, noHostReason: "officeJsTimeout" };
  if (!info.host) return { ...NO_HOST, noHostReason: "outsideOffice" };
  const theme = Office.context?.officeTheme;
  return {
    host: String(info.host),
    displayLanguage: Office.context?.displayLanguage,
    theme: theme ? { bodyBackgroundColor: theme.bodyBackgroundColor } : null,
    capabilities: detectCapabilities(),
    diagnostics: diagnosticsLine(),
  };
}

function diagnosticsLine(): string | null {
  const diagnostics = readDiagnostics();
  return diagnostics ? formatDiagnostics(diagnostics) : null;
}
