/**
 * Everything the task pane and the commands need to know about the Office host, read in one place
 * (Office.onReady, display language, theme, requirement sets). Outside Office (no office.js or no
 * host) it reports host: null instead of failing, so the page can offer the browser mode.
 */
import { detectCapabilities, OUTSIDE_OFFICE, type Capabilities } from "./capabilities";
import { formatDiagnostics, readDiagnostics } from "./diagnostics";

export interface HostEnvironment {
  /** "Excel" in Excel; null when the page runs outside Office. */
  host: string | null;
  displayLanguage: string | undefined;
  /** Office theme colours where the host exposes them (not Excel on the web). */
  theme: { bodyBackgroundColor?: string } | null;
  capabilities: Capabilities;
  /** The Diagnostics line (host, platform, version, ExcelApi sets, webview); null outside Office. */
  diagnostics: string | null;
}

const NO_HOST: HostEnvironment = {
  host: null,
  displayLanguage: typeof navigator !== "undefined" ? navigator.language : undefined,
  theme: null,
  capabilities: OUTSIDE_OFFICE,
  diagnostics: null,
};

/** office.js not loading (offline, blocked) must not leave the pane blank forever. */
const READY_TIMEOUT_MS = 10000;

export async function officeReady(): Promise<HostEnvironment> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return NO_HOST;
  const info = await Promise.race([
    Office.onReady(),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), READY_TIMEOUT_MS)),
  ]);
  if (!info || !info.host) return NO_HOST;
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
