/**
 * The Diagnostics line, from what each emulated host reports through Office.context (the same
 * object Microsoft's library exposes): host, platform, version, ExcelApi sets, webview.
 */
import {
  formatDiagnostics,
  readDiagnostics,
  webviewOf,
} from "../../../src/adapters/office/diagnostics";
import { ExcelHost } from "../../support/excel-host/host";
import { EXCEL_2019, EXCEL_2021, EXCEL_365_WEB } from "../../support/excel-host/profiles";

test.each([
  { profile: EXCEL_2019, expected: "Excel PC 16.0.10827.20181 · ExcelApi 1.1–1.7 · " },
  { profile: EXCEL_2021, expected: "Excel PC 16.0.14332.20763 · ExcelApi 1.1–1.14 · " },
  {
    profile: EXCEL_365_WEB,
    expected: "Excel OfficeOnline 16.0.19328.41000 · ExcelApi 1.1–1.20 · ",
  },
])("$profile.name", ({ profile, expected }) => {
  new ExcelHost(profile);
  const diagnostics = readDiagnostics()!;
  expect(diagnostics.excelApi).toBe(profile.apiMinor);
  expect(formatDiagnostics(diagnostics).startsWith(expected)).toBe(true);
});

test.each([
  [
    "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko",
    "Internet Explorer 11 (Trident)",
  ],
  [
    "Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0 Safari/537.36 Edge/18.19041",
    "Edge Legacy (EdgeHTML 18.19041)",
  ],
  [
    "Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36 Edg/130.0",
    "Edge WebView2 (Chromium 130)",
  ],
  ["Mozilla/5.0 (Macintosh) AppleWebKit/605.1.15 (KHTML, like Gecko)", "WebKit 605.1.15"],
])("webview of %s", (ua, expected) => {
  expect(webviewOf(ua)).toBe(expected);
});
