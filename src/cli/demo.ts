/** `epm-scorer demo`: a sample audit from the bundled example ratings, scored and saved. */
import { newWorkbook } from "../adapters/xlsx";
import { standardTerms } from "../core/standard";
import type { Lang } from "../core/types";
import { createOrUpgrade, scoreAudit } from "../workbook/actions";
import { parseRatingsCsv } from "../workbook/ratings-csv";
import { asInputError, InputError } from "./errors";
import { checkOutputs, readText, writeOutput } from "./files";
import { resultText } from "./format";
import type { Io } from "./score";

export async function runDemo(
  options: { ratings: string; out: string; lang: Lang },
  io: Io
): Promise<number> {
  const { lang } = options;
  await checkOutputs(
    [{ role: "--ratings", file: options.ratings }],
    [{ role: "--out", file: options.out }],
    lang
  );
  const parsed = parseRatingsCsv(await readText(options.ratings, lang), lang);
  if (!parsed.ok)
    throw new InputError(parsed.issues.map((i) => `${options.ratings}: ${i.message}`).join("\n"));
  const port = newWorkbook();
  await createOrUpgrade(port, { lang, years: 4, stage: "baseline" });
  let scored;
  try {
    scored = await scoreAudit(port, lang, {
      ratings: { columns: parsed.columns, rows: parsed.ratings },
    });
  } catch (error) {
    throw asInputError(error, options.ratings);
  }
  const { result, inputs } = scored;
  await writeOutput(options.out, await port.saveWorkbook(), lang);
  io.stdout(resultText(options.out, result, lang, standardTerms(inputs.catalogue)) + "\n");
  return 0;
}
