/**
 * The report as PDF: the Summary, then the Clauses sheet, printed by LibreOffice headless with
 * the print setup the workbook carries. LibreOffice is found on PATH (soffice, libreoffice) or
 * given with --soffice; without it the command ends with exit 2 and says how to install it.
 */
import { execFile } from "node:child_process";
import { existsSync, promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { printCopy } from "../adapters/xlsx/print-copy";
import type { Lang } from "../core/types";
import { InputError } from "./errors";
import { writeOutput } from "./files";
import { say } from "./lang";

/** On PATH, then where the macOS and Windows installers put it (those are not on PATH). */
const CANDIDATES = [
  "soffice",
  "libreoffice",
  "/Applications/LibreOffice.app/Contents/MacOS/soffice",
  "C:\\Program Files\\LibreOffice\\program\\soffice.exe",
];

/** Formulas (the freshness check) are recomputed on load, as a recipient's LibreOffice would. */
const RECALC_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

function installHint(lang: Lang): string {
  return say(
    lang,
    "找不到 LibreOffice（soffice），无法生成 PDF。请安装 LibreOffice（Debian/Ubuntu：sudo apt-get install libreoffice-calc；macOS：brew install --cask libreoffice；Windows：https://www.libreoffice.org/download/），或用 --soffice 指定 soffice 的路径。",
    "LibreOffice (soffice) was not found, so no PDF can be made. Install LibreOffice (Debian/Ubuntu: sudo apt-get install libreoffice-calc; macOS: brew install --cask libreoffice; Windows: https://www.libreoffice.org/download/) or give the path of soffice with --soffice."
  );
}

function onPath(name: string, env: NodeJS.ProcessEnv): string | null {
  if (path.isAbsolute(name)) return existsSync(name) ? name : null;
  const names = process.platform === "win32" ? [`${name}.exe`, name] : [name];
  for (const dir of (env.PATH ?? "").split(path.delimiter).filter(Boolean)) {
    for (const file of names) {
      const candidate = path.join(dir, file);
      if (existsSync(candidate)) return candidate;
    }
  }
  return null;
}

/** The soffice to use, checked before anything is scored or written; InputError (exit 2) if none. */
export function findSoffice(
  option: string | undefined,
  lang: Lang,
  env: NodeJS.ProcessEnv = process.env
): string {
  if (option !== undefined) {
    if (existsSync(option)) return option;
    throw new InputError(
      say(lang, `--soffice：找不到 ${option}。`, `--soffice: ${option} does not exist. `) +
        installHint(lang)
    );
  }
  for (const name of CANDIDATES) {
    const found = onPath(name, env);
    if (found) return found;
  }
  throw new InputError(installHint(lang));
}

function run(file: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { timeout: 180_000 }, (error, _stdout, stderr) => {
      if (error) reject(new Error(`${file}: ${error.message}\n${stderr}`));
      else resolve();
    });
  });
}

/** Print the Summary and Clauses sheets of the workbook bytes to `out` (written atomically). */
/** Write the report PDF of a workbook's bytes to `out` (all or nothing). */
export async function writePdf(
  bytes: Uint8Array,
  sheets: readonly string[],
  out: string,
  soffice: string,
  lang: Lang
): Promise<void> {
  await writeOutput(out, await renderPdf(bytes, sheets, soffice), lang);
}

/** The report PDF (the given sheets of a copy of the workbook) as LibreOffice prints it. */
export async function renderPdf(
  bytes: Uint8Array,
  sheets: readonly string[],
  soffice: string
): Promise<Uint8Array> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "epm-pdf-"));
  try {
    const profile = path.join(dir, "profile");
    await fs.mkdir(path.join(profile, "user"), { recursive: true });
    await fs.writeFile(path.join(profile, "user", "registrymodifications.xcu"), RECALC_ON_LOAD);
    const input = path.join(dir, "report.xlsx");
    await fs.writeFile(input, await printCopy(bytes, sheets));
    await run(soffice, [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--norestore",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      input,
    ]);
    return new Uint8Array(await fs.readFile(path.join(dir, "report.pdf")));
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
