/**
 * `epm-scorer template --out FILE [--standard ID | --catalogue FILE.json]`: a blank audit workbook
 * of a bundled standard (default: the registry's first) or of a catalogue file, which the workbook
 * then carries (docs/writing-a-catalogue.md); an existing file is kept unless --force.
 */
import { newWorkbook } from "../adapters/xlsx";
import { CATALOGUES, DEFAULT_CATALOGUE, findCatalogue, loadCatalogueText } from "../catalogues";
import type { Catalogue, Lang, Stage } from "../core/types";
import { createOrUpgrade } from "../workbook/actions";
import { bundledTwin, sameCatalogue } from "../workbook/embedded-catalogue";
import { InputError } from "./errors";
import { readText } from "./files";
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

/** The catalogue of a --catalogue file; InputError with each error as "FILE: $.path: message". */
export async function catalogueFileOf(file: string, lang: Lang): Promise<Catalogue> {
  const loaded = loadCatalogueText(await readText(file, lang), lang);
  if (loaded.ok) return loaded.catalogue;
  throw new InputError(loaded.errors.map((e) => `${file}: ${e.path}: ${e.message}`).join("\n"));
}

/** The warning for a file of a bundled ID and version with other content: the bundled one counts. */
function bundledWarning(catalogue: Catalogue, file: string, lang: Lang): string | null {
  const twin = bundledTwin(catalogue, CATALOGUES);
  if (!twin || sameCatalogue(twin, catalogue)) return null;
  const edition = `${catalogue.id} ${catalogue.version}`;
  return cliText("bundledEditionDiffers", lang, { file, edition });
}

export async function runTemplate(
  out: string,
  lang: Lang,
  initial: { years?: number; stage?: Stage } = {},
  force = false,
  standard?: string,
  catalogueFile?: string,
  warn: (text: string) => void = () => undefined
): Promise<{ rows: number }> {
  if (standard !== undefined && catalogueFile !== undefined)
    throw new InputError(cliText("standardAndCatalogue", lang));
  const gateway = await planOutputs(
    {
      inputs: catalogueFile === undefined ? [] : [{ role: "--catalogue", file: catalogueFile }],
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
  const catalogue =
    catalogueFile === undefined
      ? standardOf(standard, lang)
      : await catalogueFileOf(catalogueFile, lang);
  const warning =
    catalogueFile === undefined ? null : bundledWarning(catalogue, catalogueFile, lang);
  if (warning) warn(warning + "\n");
  const port = newWorkbook();
  const made = await createOrUpgrade(port, { lang, catalogue, ...initial });
  await gateway.write([{ file: out, data: await port.saveWorkbook() }]);
  return { rows: made.addedRows };
}
