/** `epm-scorer score FILE...`: score audit workbooks, optionally overlaying ratings and weights. */
import Papa from "papaparse";
import {
  loadWorkbook,
  TotalsRowError,
  WorkbookFileError,
  type XlsxWorkbook,
} from "../adapters/xlsx";
import { parseYearsText } from "../core";
import { parseProfileJson } from "../core/profile";
import { standardTerms } from "../core/standard";
import type { Catalogue, Lang, Result, Stage, WeightProfile } from "../core/types";
import { scoreAudit, type ScoreOverrides } from "../workbook/actions";
import { AuditInputError } from "../workbook/issues";
import { parseRatingsCsv } from "../workbook/ratings-csv";
import { asInputError, InputError } from "./errors";
import { readInput, readText } from "./files";
import { columnTerms, csvSafe, resultText, summaryRow, summaryTable } from "./format";
import { cliText } from "./messages";
import { planOutputs, type NamedPath, type Output, type OutputSpec } from "./outputs";
import { findSoffice, renderPdf } from "./pdf";
import { sheetsToPrint } from "./report";

export interface ScoreOptions {
  ratings?: string;
  weights?: string;
  years?: string;
  stage?: string;
  out?: string;
  json?: boolean;
  summary?: string;
  /** Print the scored workbook's Summary and Clauses sheets to this PDF (LibreOffice). */
  pdf?: string;
  soffice?: string;
  /** Replace an existing workbook at --out (and let --summary/--pdf replace a workbook). */
  force?: boolean;
  lang: Lang;
}

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal (then a progress line is shown for several files). */
  progress: boolean;
}

function parseYearsOption(text: string, lang: Lang): number {
  const parsed = parseYearsText(text);
  // A blank --years is a slip too: the option exists only to give years.
  if (parsed.kind !== "years") throw new InputError(cliText("badYears", lang, { text }));
  return parsed.years;
}

function parseStageOption(text: string, lang: Lang): Stage {
  if (text === "baseline" || text === "final") return text;
  throw new InputError(cliText("badStage", lang, { text }));
}

/** The overrides every file gets, checked once before any file is read. */
async function overridesOf(options: ScoreOptions): Promise<ScoreOverrides> {
  const { lang } = options;
  const overrides: ScoreOverrides = {};
  if (options.years !== undefined) overrides.years = parseYearsOption(options.years, lang);
  if (options.stage !== undefined) overrides.stage = parseStageOption(options.stage, lang);
  if (options.weights !== undefined) {
    // Only the syntax here: the profile is checked against each workbook's own catalogue.
    const parsed = parseProfileJson(await readText(options.weights, lang), lang);
    if (!parsed.ok) throw weightsError(options.weights, parsed.errors);
    overrides.profile = parsed.json as WeightProfile;
  }
  if (options.ratings !== undefined) {
    const parsed = parseRatingsCsv(await readText(options.ratings, lang), lang);
    if (!parsed.ok)
      throw new InputError(parsed.issues.map((i) => `${options.ratings}: ${i.message}`).join("\n"));
    overrides.ratings = { columns: parsed.columns, rows: parsed.ratings };
  }
  return overrides;
}

/** Errors of the --weights file, each as "w.json: $.path: message". */
function weightsError(weights: string, errors: ReadonlyArray<{ path: string; message: string }>) {
  return new InputError(errors.map((e) => `${weights}: ${e.path}: ${e.message}`).join("\n"));
}

/**
 * The errors of the --weights profile when that is what the workbook refused: the profile was
 * validated against the workbook's catalogue, and its errors (no cell) name the JSON path.
 */
function profileErrorsOf(error: AuditInputError, options: ScoreOptions): InputError | null {
  const fromProfile = (i: AuditInputError["issues"][number]) =>
    i.code === "profileError" && i.cell === null;
  if (options.weights === undefined || !error.issues.every(fromProfile)) return null;
  return weightsError(
    options.weights,
    error.issues.map((i) => ({ path: String(i.params.path), message: String(i.params.message) }))
  );
}

/** A scored workbook, with the catalogue it was scored against. */
interface Scored {
  result: Result;
  port: XlsxWorkbook;
  catalogue: Catalogue;
}

async function scoreOne(
  file: string,
  overrides: ScoreOverrides,
  options: ScoreOptions
): Promise<Scored> {
  const { lang } = options;
  try {
    const port = await loadWorkbook(await readInput(file, lang), lang);
    const { result, inputs } = await scoreAudit(port, lang, overrides);
    return { result, port, catalogue: inputs.catalogue };
  } catch (error) {
    if (error instanceof AuditInputError)
      throw profileErrorsOf(error, options) ?? asInputError(error, file);
    if (error instanceof WorkbookFileError) throw new InputError(`${file}: ${error.message}`);
    if (error instanceof TotalsRowError)
      throw new InputError(cliText("totalRow", lang, { file, table: error.table }));
    throw error;
  }
}

/** The scored workbook's bytes; a workbook ExcelJS cannot write back is refused, not crashed on. */
async function saveScored(file: string, port: XlsxWorkbook, lang: Lang): Promise<Uint8Array> {
  try {
    return await port.saveWorkbook();
  } catch (error) {
    throw new InputError(cliText("cannotSave", lang, { file, reason: (error as Error).message }));
  }
}

/** Returns the exit code. Nothing is written unless every file could be scored. */
export async function runScore(files: string[], options: ScoreOptions, io: Io): Promise<number> {
  const { lang } = options;
  if (options.out && files.length > 1) throw new InputError(cliText("outOneInput", lang));
  if (options.pdf && files.length > 1) throw new InputError(cliText("pdfOneInput", lang));
  // Checked first: without LibreOffice nothing is scored or written.
  const soffice = options.pdf ? findSoffice(options.soffice, lang) : null;
  const inputs: NamedPath[] = [
    ...files.map((file) => ({ role: cliText("inputRole", lang), file })),
    ...(options.ratings ? [{ role: "--ratings", file: options.ratings }] : []),
    ...(options.weights ? [{ role: "--weights", file: options.weights }] : []),
  ];
  // Each run writes a fresh scored copy, summary and report: an existing summary or PDF is
  // replaced; an existing workbook (someone may have gone on rating in a scored copy) only with
  // --force; an input never.
  const outputs: OutputSpec[] = [
    ...(options.out ? [{ role: "--out", file: options.out, writes: "workbook" } as const] : []),
    ...(options.summary
      ? [{ role: "--summary", file: options.summary, writes: "report" } as const]
      : []),
    ...(options.pdf ? [{ role: "--pdf", file: options.pdf, writes: "report" } as const] : []),
  ].map((output) => ({ ...output, existing: "replace" }));
  const gateway = await planOutputs({ inputs, outputs, force: Boolean(options.force) }, lang);
  const overrides = await overridesOf(options);
  const scored: Array<Scored & { file: string }> = [];
  const failures: string[] = [];
  for (const [n, file] of files.entries()) {
    if (io.progress && files.length > 1) io.stderr(`\r[${n + 1}/${files.length}] ${file}\u001b[K`);
    try {
      scored.push({ file, ...(await scoreOne(file, overrides, options)) });
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      failures.push(error.message);
    }
  }
  if (io.progress && files.length > 1) io.stderr("\r\u001b[K");
  if (failures.length) {
    // One bad --weights file fails every workbook alike: its errors are said once.
    io.stderr([...new Set(failures)].join("\n") + "\n");
    if (scored.length) io.stderr(cliText("someNotScored", lang));
    return 2;
  }

  const rows = scored.map((s) => summaryRow(s.file, s.result));
  const written: Output[] = [];
  if (options.out || options.pdf) {
    const { file, port } = scored[0];
    const bytes = await saveScored(options.out ?? file, port, lang);
    if (options.out) written.push({ file: options.out, data: bytes });
    if (options.pdf && soffice)
      written.push({
        file: options.pdf,
        data: await renderPdf(bytes, await sheetsToPrint(port, file, lang), soffice, lang),
      });
  }
  if (options.summary) {
    const csv = Papa.unparse(
      rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, csvSafe(v)])))
    );
    written.push({ file: options.summary, data: "\uFEFF" + csv + "\r\n" });
  }
  await gateway.write(written);
  if (options.json) {
    const json = scored.length === 1 ? scored[0].result : scored.map((s) => s.result);
    io.stdout(JSON.stringify(json, null, 2) + "\n");
  } else if (scored.length === 1) {
    const [{ file, result, catalogue }] = scored;
    io.stdout(resultText(file, result, lang, standardTerms(catalogue)) + "\n");
  } else {
    const terms = columnTerms(scored.map((s) => s.catalogue));
    io.stdout(summaryTable(rows, lang, terms) + "\n");
  }
  return 0;
}
