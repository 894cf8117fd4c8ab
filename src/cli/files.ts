/**
 * File I/O of the command line: size checked before reading, every failure an InputError naming
 * the file; outputs checked before any work, then written all-or-nothing (temp files, renamed only
 * when every one was written).
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { MAX_WORKBOOK_BYTES, sizeError } from "../adapters/xlsx";
import type { Lang } from "../core/types";
import { decodeText } from "./encoding";
import { InputError } from "./errors";
import { say } from "./lang";

/** A ratings CSV or weight profile larger than this is refused unread. */
export const MAX_TEXT_BYTES = 10 * 1024 * 1024;

function cannot(file: string, error: unknown, lang: Lang, doing: "read" | "write"): InputError {
  const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  return new InputError(
    doing === "read"
      ? say(lang, `${file}：无法读取（${reason}）`, `${file}: cannot read it (${reason})`)
      : say(
          lang,
          `${file}：无法写入（${reason}），未写出任何文件`,
          `${file}: cannot write it (${reason}); nothing was written`
        )
  );
}

async function readBytes(file: string, lang: Lang, limit: number): Promise<Uint8Array> {
  let size: number;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new InputError(say(lang, `${file}：不是文件`, `${file}: not a file`));
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw cannot(file, error, lang, "read");
  }
  if (size > limit) {
    if (limit === MAX_WORKBOOK_BYTES)
      throw new InputError(`${file}: ${sizeError(size, lang).message}`);
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    throw new InputError(
      say(
        lang,
        `${file}：文件太大（${mb(size)} MB，上限 ${mb(limit)} MB），未读取；评分 CSV 或权重 JSON 通常只有几 KB`,
        `${file}: the file is too large (${mb(size)} MB; the limit is ${mb(limit)} MB) and was not read; a ratings CSV or weight profile is usually a few KB`
      )
    );
  }
  try {
    return new Uint8Array(await fs.readFile(file));
  } catch (error) {
    throw cannot(file, error, lang, "read");
  }
}

export function readInput(file: string, lang: Lang): Promise<Uint8Array> {
  return readBytes(file, lang, MAX_WORKBOOK_BYTES);
}

export async function readText(file: string, lang: Lang): Promise<string> {
  return decodeText(await readBytes(file, lang, MAX_TEXT_BYTES), file, lang);
}

/** The file a path names, as far as it can be known (symbolic links followed when it exists). */
async function identity(file: string): Promise<string> {
  const resolved = path.resolve(file);
  try {
    return await fs.realpath(resolved);
  } catch {
    try {
      return path.join(await fs.realpath(path.dirname(resolved)), path.basename(resolved));
    } catch {
      return resolved;
    }
  }
}

export interface NamedPath {
  /** The option or argument that named it, for the message: "--out", "input". */
  role: string;
  file: string;
}

/**
 * Refuse, before anything is read or written, an output that names an input or another output,
 * or an output path that is a directory.
 */
export async function checkOutputs(
  inputs: readonly NamedPath[],
  outputs: readonly NamedPath[],
  lang: Lang
): Promise<void> {
  const seen: Array<NamedPath & { id: string }> = [];
  for (const input of inputs) seen.push({ ...input, id: await identity(input.file) });
  for (const output of outputs) {
    const id = await identity(output.file);
    const clash = seen.find((other) => other.id === id);
    if (clash)
      throw new InputError(
        say(
          lang,
          `${output.role} ${output.file} 与 ${clash.role} ${clash.file} 是同一个文件：输出不能覆盖输入或另一个输出，未写入任何内容`,
          `${output.role} ${output.file} names the same file as ${clash.role} ${clash.file}: an output may not overwrite an input or another output; nothing was written`
        )
      );
    const stat = await fs.stat(id).catch(() => null);
    if (stat?.isDirectory())
      throw new InputError(
        say(
          lang,
          `${output.role} ${output.file} 是一个文件夹，请给出文件名，未写入任何内容`,
          `${output.role} ${output.file} is a directory; give a file name; nothing was written`
        )
      );
    seen.push({ ...output, id });
  }
}

/**
 * Write every output via a temporary file beside it, and rename them only when all were written,
 * so that a failure leaves neither half a file nor some outputs without the others.
 */
export async function writeOutputs(
  outputs: ReadonlyArray<{ file: string; data: Uint8Array | string }>,
  lang: Lang
): Promise<void> {
  const written: Array<{ file: string; temporary: string }> = [];
  const removeTemporaries = () =>
    Promise.all(written.map((w) => fs.rm(w.temporary, { force: true }).catch(() => undefined)));
  for (const [n, output] of outputs.entries()) {
    const temporary = `${output.file}.${process.pid}-${n}.tmp`;
    try {
      await fs.mkdir(path.dirname(path.resolve(output.file)), { recursive: true });
      written.push({ file: output.file, temporary });
      await fs.writeFile(temporary, output.data);
    } catch (error) {
      await removeTemporaries();
      throw cannot(output.file, error, lang, "write");
    }
  }
  for (const [n, w] of written.entries()) {
    try {
      await fs.rename(w.temporary, w.file);
    } catch (error) {
      // Only a rename that the checks could not foresee gets here; later temp files are removed.
      await Promise.all(written.slice(n).map((x) => fs.rm(x.temporary, { force: true })));
      throw cannot(w.file, error, lang, "write");
    }
  }
}

/** One output, written atomically. */
export function writeOutput(file: string, data: Uint8Array | string, lang: Lang): Promise<void> {
  return writeOutputs([{ file, data }], lang);
}
