/**
 * The Diagnostics line of the Start panel: host, platform, version, supported ExcelApi sets and
 * webview, in one line a user can copy into a support email. Read once, in one place.
 */

export interface Diagnostics {
  host: string;
  platform: string;
  version: string;
  /** Highest ExcelApi 1.N the host reports (0 when it reports none). */
  excelApi: number;
  webview: string;
}

/** ExcelApi versions probed; the newest released set is well below this. */
const PROBE_UP_TO = 40;

/** The webview an add-in runs in, from its user agent (Office documents these engines). */
export function webviewOf(userAgent: string): string {
  const version = (re: RegExp) => re.exec(userAgent)?.[1] ?? "?";
  if (/Trident\/|MSIE /.test(userAgent)) return "Internet Explorer 11 (Trident)";
  if (/Edge\/\d/.test(userAgent)) return `Edge Legacy (EdgeHTML ${version(/Edge\/([\d.]+)/)})`;
  if (/Edg\//.test(userAgent)) return `Edge WebView2 (Chromium ${version(/Edg\/(\d+)/)})`;
  if (/Chrome\//.test(userAgent)) return `Chromium ${version(/Chrome\/(\d+)/)}`;
  if (/AppleWebKit\//.test(userAgent)) return `WebKit ${version(/AppleWebKit\/([\d.]+)/)}`;
  if (/Firefox\//.test(userAgent)) return `Firefox ${version(/Firefox\/(\d+)/)}`;
  return "unknown webview";
}

/** What the host reports, or null outside Office. */
export function readDiagnostics(): Diagnostics | null {
  const context = typeof Office !== "undefined" ? Office.context : undefined;
  if (!context) return null;
  const info = context.diagnostics;
  let excelApi = 0;
  const requirements = context.requirements;
  // One probe per version, no host round trip: isSetSupported answers from the handshake.
  for (let minor = 1; requirements && minor <= PROBE_UP_TO; minor++) {
    if (!requirements.isSetSupported("ExcelApi", `1.${minor}`)) break;
    excelApi = minor;
  }
  return {
    host: String(info?.host ?? "?"),
    platform: String(info?.platform ?? "?"),
    version: String(info?.version ?? "?"),
    excelApi,
    webview: webviewOf(typeof navigator !== "undefined" ? navigator.userAgent : ""),
  };
}

export function formatDiagnostics(d: Diagnostics): string {
  const sets = d.excelApi > 0 ? `ExcelApi 1.1–1.${d.excelApi}` : "ExcelApi none";
  return `${d.host} ${d.platform} ${d.version} · ${sets} · ${d.webview}`;
}
