/**
 * `epm-scorer template --out FILE [--standard ID]`: a blank audit workbook of a registered standard
 * (default: the registry's first); an existing file is kept unless --force.
 */
import { promises as fs } from "node:fs";
import { newWorkbook } from "../adapters/xlsx";
import { CATALOGUES, DEFAULT_CATALOGUE, findCatalogue } from "../catalogues";
import type { Catalogue, Lang, Stage } from "../core/types";
import { createOrUpgrade } from "../workbook/actions";
import { InputError } from "./errors";
import { writeOutput } from "./files";
import { say } from "./lang";

/** The registered catalogue of that ID (any case); InputError listing the IDs otherwise. */
export function standardOf(id: string | undefined, lang: Lang): Catalogue {
  if (id === undefined) return DEFAULT_CATALOGUE;
  const known = CATALOGUES.find((c) => c.id.toLowerCase() === id.trim().toLowerCase());
  const catalogue = known && findCatalogue(known.id);
  if (catalogue) return catalogue;
  const accepted = [...new Set(CATALOGUES.map((c) => c.id))].join(", ");
  throw new InputError(
    say(
      lang,
      `--standard “${id}” 无效：可用 ${accepted}`,
      `--standard "${id}" is invalid: use ${accepted}`
    )
  );
}

export async function runTemplate(
  out: string,
  lang: Lang,
  initial: { years?: number; stage?: Stage } = {},
  force = false,
  standard?: string
): Promise<{ rows: number }> {
  const catalogue = standardOf(standard, lang);
  if (!force && (await fs.stat(out).catch(() => null)))
    throw new InputError(
      say(
        lang,
        `${out} 已存在，未覆盖（它可能是一份已有评分的审核工作簿）。要换成空白模板请加 --force；要给已有工作簿补上新版条目并保留评分，请在 Excel 加载项中使用“创建/升级”`,
        `${out} exists and was not replaced (it may be an audit with ratings). Add --force to replace it with a blank template; to bring an existing audit up to date and keep its ratings, use Create/upgrade in the Excel add-in`
      )
    );
  const port = newWorkbook();
  const made = await createOrUpgrade(port, { lang, catalogue, ...initial });
  await writeOutput(out, await port.saveWorkbook(), lang);
  return { rows: made.addedRows };
}
