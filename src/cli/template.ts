/**
 * `epm-scorer template --out FILE [--standard ID]`: a blank audit workbook of a registered standard
 * (default: the registry's first); an existing file is kept unless --force.
 */
import { newWorkbook } from "../adapters/xlsx";
import { CATALOGUES, DEFAULT_CATALOGUE, findCatalogue } from "../catalogues";
import type { Catalogue, Lang, Stage } from "../core/types";
import { createOrUpgrade } from "../workbook/actions";
import { InputError } from "./errors";
import { cliText } from "./messages";
import { planOutputs } from "./outputs";

/** The registered catalogue of that ID (any case); InputError listing the IDs otherwise. */
export function standardOf(id: string | undefined, lang: Lang): Catalogue {
  if (id === undefined) return DEFAULT_CATALOGUE;
  const known = CATALOGUES.find((c) => c.id.toLowerCase() === id.trim().toLowerCase());
  const catalogue = known && findCatalogue(known.id);
  if (catalogue) return catalogue;
  const accepted = [...new Set(CATALOGUES.map((c) => c.id))].join(", ");
  throw new InputError(cliText("badStandard", lang, { id, accepted }));
}

export async function runTemplate(
  out: string,
  lang: Lang,
  initial: { years?: number; stage?: Stage } = {},
  force = false,
  standard?: string
): Promise<{ rows: number }> {
  const catalogue = standardOf(standard, lang);
  const gateway = await planOutputs(
    {
      inputs: [],
      outputs: [
        {
          role: "--out",
          file: out,
          existing: "force",
          writes: "workbook",
          existingHint: {
            zh: "要给已有工作簿补上新版条目并保留评分，请在 Excel 加载项中使用“创建/升级”",
            en: "to bring an existing audit up to date and keep its ratings, use Create/upgrade in the Excel add-in",
          },
        },
      ],
      force,
    },
    lang
  );
  const port = newWorkbook();
  const made = await createOrUpgrade(port, { lang, catalogue, ...initial });
  await gateway.write([{ file: out, data: await port.saveWorkbook() }]);
  return { rows: made.addedRows };
}
