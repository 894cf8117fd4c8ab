/**
 * The report as PDF: the Summary, then the Clauses sheet, printed by LibreOffice headless with
 * the print setup the workbook carries. LibreOffice is found on PATH (soffice, libreoffice) or
 * given with --soffice; without it the command ends with exit 2 and says how to install it.
 */
import { execFile } from "node:child_process";
import { accessSync, constants, existsSync, promises as fs, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { printCopy } from "../adapters/xlsx/print-copy";
import type { Lang } from "../core/types";
import { InputError } from "./errors";
import { cliText } from "./messages";
import { removeScratch, scratchDir, writeScratch, type OutputGateway } from "./outputs";

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
  return cliText("installLibreOffice", lang);
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

function executable(file: string): boolean {
  // Windows has no execute bit: there a program is whatever exists.
  if (process.platform === "win32") return true;
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The soffice to use, checked before anything is scored or written; InputError (exit 2) if none. */
export function findSoffice(
  option: string | undefined,
  lang: Lang,
  env: NodeJS.ProcessEnv = process.env
): string {
  if (option !== undefined) {
    if (!existsSync(option))
      throw new InputError(cliText("sofficeMissing", lang, { option }) + installHint(lang));
    if (statSync(option).isDirectory())
      throw new InputError(cliText("sofficeFolder", lang, { option }));
    if (!executable(option))
      throw new InputError(cliText("sofficeNotExecutable", lang, { option }));
    return option;
  }
  for (const name of CANDIDATES) {
    const found = onPath(name, env);
    if (found) return found;
  }
  throw new InputError(installHint(lang));
}

/** Why LibreOffice made no PDF, in the user's language, with what it said on stderr. */
function failedText(soffice: string, why: { zh: string; en: string }, stderr: string, lang: Lang) {
  const said = stderr.trim().split("\n").slice(-5).join("\n");
  return new InputError(
    cliText("pdfFailed", lang, { soffice, why: why[lang] }) + (said ? `\n${said}` : "")
  );
}

type Failure = NodeJS.ErrnoException & { killed?: boolean; signal?: string | null };

function whyFailed(error: Failure): { zh: string; en: string } {
  if (error.killed)
    return { zh: "超过 3 分钟仍未完成，已停止", en: "it took over 3 minutes and was stopped" };
  if (error.signal)
    return { zh: `它被信号 ${error.signal} 终止`, en: `it was ended by signal ${error.signal}` };
  if (typeof error.code === "number")
    return { zh: `它以退出码 ${error.code} 结束`, en: `it exited with code ${error.code}` };
  return { zh: `无法运行它（${error.code}）`, en: `it could not be run (${error.code})` };
}

/** Runs soffice; any failure is an InputError (exit 2) saying why, never a stack trace. */
function run(soffice: string, args: string[], lang: Lang): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(soffice, args, { timeout: 180_000 }, (error, _stdout, stderr) => {
      if (error) reject(failedText(soffice, whyFailed(error as Failure), String(stderr), lang));
      else resolve();
    });
  });
}

/** Write the report PDF of a workbook's bytes to `out` through the gateway (all or nothing). */
export async function writePdf(
  bytes: Uint8Array,
  sheets: readonly string[],
  out: string,
  soffice: string,
  gateway: OutputGateway,
  lang: Lang
): Promise<void> {
  await gateway.write([{ file: out, data: await renderPdf(bytes, sheets, soffice, lang) }]);
}

/** The report PDF (the given sheets of a copy of the workbook) as LibreOffice prints it. */
export async function renderPdf(
  bytes: Uint8Array,
  sheets: readonly string[],
  soffice: string,
  lang: Lang
): Promise<Uint8Array> {
  const dir = await scratchDir(lang);
  try {
    const profile = path.join(dir, "profile");
    await writeScratch(dir, "profile/user/registrymodifications.xcu", RECALC_ON_LOAD, lang);
    const input = await writeScratch(dir, "report.xlsx", await printCopy(bytes, sheets), lang);
    await run(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        input,
      ],
      lang
    );
    const pdf = await fs.readFile(path.join(dir, "report.pdf")).catch(() => null);
    if (!pdf?.length)
      throw failedText(
        soffice,
        {
          zh: "它正常结束，却没有写出 PDF（它真的是 LibreOffice 的 soffice 吗？）",
          en: "it ended normally but wrote no PDF (is it LibreOffice's soffice?)",
        },
        "",
        lang
      );
    return new Uint8Array(pdf);
  } finally {
    await removeScratch(dir).catch(() => undefined);
  }
}
