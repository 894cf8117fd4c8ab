/** File I/O of the command line: size checked before reading; outputs written atomically. */
import { promises as fs } from "node:fs";
import path from "node:path";
import { MAX_WORKBOOK_BYTES, sizeError } from "../adapters/xlsx";
import type { Lang } from "../core/types";
import { InputError } from "./errors";
import { say } from "./lang";

export async function readInput(
  file: string,
  lang: Lang,
  limit = MAX_WORKBOOK_BYTES
): Promise<Uint8Array> {
  let size: number;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new InputError(say(lang, `${file}：不是文件`, `${file}: not a file`));
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(
      say(
        lang,
        `${file}：无法读取（${(error as Error).message}）`,
        `${file}: cannot read it (${(error as Error).message})`
      )
    );
  }
  if (size > limit) throw new InputError(`${file}: ${sizeError(size, lang).message}`);
  return new Uint8Array(await fs.readFile(file));
}

export async function readText(file: string, lang: Lang): Promise<string> {
  const bytes = await readInput(file, lang, 10 * 1024 * 1024);
  return new TextDecoder("utf-8").decode(bytes);
}

/** Write via a temporary file and rename, so that a failure never leaves half a file. */
export async function writeOutput(file: string, data: Uint8Array | string): Promise<void> {
  await fs.mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temporary, data);
  await fs.rename(temporary, file);
}
