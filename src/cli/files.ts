/**
 * Reading the command line's input files: size checked before reading, every failure an InputError
 * naming the file. Outputs are written only through the gateway, outputs.ts.
 */
import { promises as fs } from "node:fs";
import { MAX_WORKBOOK_BYTES, sizeError } from "../adapters/xlsx";
import type { Lang } from "../core/types";
import { decodeText } from "./encoding";
import { InputError } from "./errors";
import { cliText } from "./messages";

/** A ratings CSV or weight profile larger than this is refused unread. */
export const MAX_TEXT_BYTES = 10 * 1024 * 1024;

function cannot(file: string, error: unknown, lang: Lang): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return new InputError(cliText("noSuchFile", lang, { file }));
  const reason = code ?? (error as Error).message;
  return new InputError(cliText("cannotRead", lang, { file, reason }));
}

async function readBytes(file: string, lang: Lang, limit: number): Promise<Uint8Array> {
  let size: number;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new InputError(cliText("notAFile", lang, { file }));
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw cannot(file, error, lang);
  }
  if (size > limit) {
    if (limit === MAX_WORKBOOK_BYTES)
      throw new InputError(`${file}: ${sizeError(size, lang).message}`);
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    throw new InputError(cliText("tooLarge", lang, { file, size: mb(size), limit: mb(limit) }));
  }
  try {
    return new Uint8Array(await fs.readFile(file));
  } catch (error) {
    throw cannot(file, error, lang);
  }
}

export function readInput(file: string, lang: Lang): Promise<Uint8Array> {
  return readBytes(file, lang, MAX_WORKBOOK_BYTES);
}

export async function readText(file: string, lang: Lang): Promise<string> {
  return decodeText(await readBytes(file, lang, MAX_TEXT_BYTES), file, lang);
}
