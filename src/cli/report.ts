/** `epm-scorer report FILE --pdf OUT.pdf`: print an already scored workbook to PDF. */
import type { XlsxWorkbook } from "../adapters/xlsx";
import { loadWorkbook, WorkbookFileError } from "../adapters/xlsx";
import type { Lang } from "../core/types";
import { CATALOGUES } from "../catalogues";
import { openAudit } from "../workbook/open-audit";
import { reportSheets } from "../workbook/plan-report";
import { locateSummary, summarySheetOf } from "../workbook/summary-places";
import { findClauseTable } from "../workbook/read";
import { resolveStandard } from "../workbook/standard";
import { InputError } from "./errors";
import { readInput } from "./files";
import { cliText } from "./messages";
import { planOutputs } from "./outputs";
import { findSoffice, writePdf } from "./pdf";

/** The Summary and Clauses sheets of an audit workbook; InputError when it has no Summary. */
export async function sheetsToPrint(port: XlsxWorkbook, file: string, lang: Lang) {
  const { snapshot, catalogues } = await openAudit(port, CATALOGUES, lang);
  const { names } = resolveStandard(snapshot, catalogues);
  const summary = summarySheetOf(locateSummary(snapshot, names));
  const clauses = findClauseTable(snapshot, names)?.grid.sheet ?? null;
  if (!summary || !clauses) throw new InputError(cliText("noReport", lang, { file }));
  return reportSheets(summary, clauses);
}

export async function runReport(
  file: string,
  options: { pdf: string; soffice?: string; force?: boolean; lang: Lang }
): Promise<number> {
  const { lang } = options;
  const soffice = findSoffice(options.soffice, lang);
  // A PDF written over an audit would lose it: an existing file is replaced only with --force.
  const gateway = await planOutputs(
    {
      inputs: [{ role: cliText("inputRole", lang), file }],
      outputs: [{ role: "--pdf", file: options.pdf, existing: "force", writes: "report" }],
      force: Boolean(options.force),
    },
    lang
  );
  const bytes = await readInput(file, lang);
  let port: XlsxWorkbook;
  try {
    port = await loadWorkbook(bytes, lang);
  } catch (error) {
    if (error instanceof WorkbookFileError) throw new InputError(`${file}: ${error.message}`);
    throw error;
  }
  // The file's own bytes are printed, so its chart and formats are exactly what the user has.
  const sheets = await sheetsToPrint(port, file, lang);
  await writePdf(bytes, sheets, options.pdf, soffice, gateway, lang);
  return 0;
}
