/** `epm-scorer demo`: a sample audit from the bundled example ratings, scored and saved. */
import { newWorkbook } from "../adapters/xlsx";
import { standardTerms } from "../core/standard";
import type { Lang } from "../core/types";
import { createOrUpgrade, scoreAudit } from "../workbook/actions";
import { parseRatingsCsv } from "../workbook/ratings-csv";
import { asInputError, InputError } from "./errors";
import { readText } from "./files";
import { resultText } from "./format";
import { planOutputs } from "./outputs";
import type { Io } from "./score";

/** Where the demo writes when no --out is given: its own file, replaced on every run. */
export const DEMO_OUT = "demo/scored-audit.xlsx";

export async function runDemo(
  options: { ratings: string; out?: string; force?: boolean; lang: Lang },
  io: Io
): Promise<number> {
  const { lang } = options;
  const out = options.out ?? DEMO_OUT;
  // A file named with --out may be an audit: it is replaced only with --force.
  const gateway = await planOutputs(
    {
      inputs: [{ role: "--ratings", file: options.ratings }],
      outputs: [
        {
          role: "--out",
          file: out,
          existing: options.out ? "force" : "replaceOwn",
          writes: "workbook",
        },
      ],
      force: Boolean(options.force),
    },
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
  await gateway.write([{ file: out, data: await port.saveWorkbook() }]);
  io.stdout(resultText(out, result, lang, standardTerms(inputs.catalogue)) + "\n");
  return 0;
}
