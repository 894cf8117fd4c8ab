/** `epm-scorer template --out FILE`: a blank audit workbook; an existing file is kept unless --force. */
import { promises as fs } from "node:fs";
import { newWorkbook } from "../adapters/xlsx";
import type { Lang, Stage } from "../core/types";
import { createOrUpgrade } from "../workbook/actions";
import { InputError } from "./errors";
import { writeOutput } from "./files";
import { say } from "./lang";

export async function runTemplate(
  out: string,
  lang: Lang,
  initial: { years?: number; stage?: Stage } = {},
  force = false
): Promise<{ rows: number }> {
  if (!force && (await fs.stat(out).catch(() => null)))
    throw new InputError(
      say(
        lang,
        `${out} 已存在，未覆盖（它可能是一份已有评分的审核工作簿）。要换成空白模板请加 --force；要给已有工作簿补上新版条目并保留评分，请在 Excel 加载项中使用“创建/升级”`,
        `${out} exists and was not replaced (it may be an audit with ratings). Add --force to replace it with a blank template; to bring an existing audit up to date and keep its ratings, use Create/upgrade in the Excel add-in`
      )
    );
  const port = newWorkbook();
  const made = await createOrUpgrade(port, { lang, ...initial });
  await writeOutput(out, await port.saveWorkbook(), lang);
  return { rows: made.addedRows };
}
