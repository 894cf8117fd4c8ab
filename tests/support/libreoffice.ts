/**
 * LibreOffice headless as a recipient without the add-in: converts a workbook to CSV (every sheet)
 * and PDF with a private profile that forces recalculation on load, so formulas are computed by
 * LibreOffice itself rather than read from the values cached in the file.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { sofficePath } from "./apps";

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

function profileDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "lo-profile-"));
  mkdirSync(join(dir, "user"), { recursive: true });
  writeFileSync(join(dir, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
  return dir;
}

function soffice(args: string[]): void {
  execFileSync(
    sofficePath as string,
    [
      `-env:UserInstallation=${pathToFileURL(profileDir()).href}`,
      "--headless",
      "--norestore",
      ...args,
    ],
    {
      stdio: "pipe",
      timeout: 180_000,
    }
  );
}

/** Every sheet as CSV text (UTF-8, comma separated), keyed by sheet name. */
export function convertToCsv(xlsxPath: string): Record<string, string> {
  return convertManyToCsv([xlsxPath])[0];
}

/** Several workbooks in one LibreOffice run (one start-up): every sheet of each as CSV text. */
export function convertManyToCsv(xlsxPaths: string[]): Array<Record<string, string>> {
  const outDir = mkdtempSync(join(tmpdir(), "lo-csv-"));
  // Filter options: separator 44 (,), quote 34 ("), charset 76 (UTF-8), first line 1, …, sheet -1 = all sheets.
  soffice([
    "--convert-to",
    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
    "--outdir",
    outDir,
    ...xlsxPaths,
  ]);
  const files = readdirSync(outDir);
  return xlsxPaths.map((xlsxPath) => {
    const stem = basename(xlsxPath).replace(/\.xlsx$/i, "");
    // LibreOffice names each file "<stem>-<sheet name>.csv".
    const sheets: Record<string, string> = {};
    for (const file of files)
      if (file.startsWith(`${stem}-`) && file.endsWith(".csv"))
        sheets[file.slice(stem.length + 1, -4)] = readFileSync(join(outDir, file), "utf8");
    return sheets;
  });
}

export function convertToPdf(xlsxPath: string, outDir: string): string {
  mkdirSync(outDir, { recursive: true });
  soffice(["--convert-to", "pdf", "--outdir", outDir, xlsxPath]);
  return join(outDir, basename(xlsxPath).replace(/\.xlsx$/i, ".pdf"));
}
