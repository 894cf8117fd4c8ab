/** `epm-scorer template --out FILE`: a blank audit workbook. */
import { newWorkbook } from "../adapters/xlsx";
import type { Lang, Stage } from "../core/types";
import { createOrUpgrade } from "../workbook/actions";
import { writeOutput } from "./files";

export async function runTemplate(
  out: string,
  lang: Lang,
  initial: { years?: number; stage?: Stage } = {}
): Promise<{ rows: number }> {
  const port = newWorkbook();
  const made = await createOrUpgrade(port, { lang, ...initial });
  await writeOutput(out, await port.saveWorkbook());
  return { rows: made.addedRows };
}
