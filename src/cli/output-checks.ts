/**
 * The checks of the output gateway (outputs.ts), done before any work: every output is resolved to
 * the file it would replace, and refused when that is an input, another output, a folder, a device,
 * pipe or socket, a symbolic link that leads nowhere, or an existing file the command may replace
 * only with --force. Only reads the file system; nothing here writes.
 *
 * Symbolic links: an output path that is a link is written through to its target, as `cp` does
 * (the link stays a link and the target file is replaced), so the target is what is checked.
 */
import { createReadStream, promises as fs, type Stats } from "node:fs";
import path from "node:path";
import type { Lang } from "../core/types";
import { InputError } from "./errors";
import { say } from "./lang";

export interface NamedPath {
  /** The option or argument that named it, for the message: "--out", "input". */
  role: string;
  file: string;
}

export interface OutputSpec extends NamedPath {
  /**
   * What an existing file there means:
   * - "force": refused unless --force (template, demo --out, report --pdf);
   * - "replace": replaced, except an existing .xlsx workbook, which may be an audit someone went on
   *   rating in (a scored or merged copy is a whole audit): that takes --force (score, merge,
   *   compare);
   * - "replaceOwn": the command's own default file, always replaced (demo without --out).
   */
  existing: "force" | "replace" | "replaceOwn";
  /**
   * What is written there. Even where an existing file is replaced, a PDF or CSV ("report") never
   * replaces an .xlsx workbook without --force: that workbook may be an audit.
   */
  writes: "workbook" | "report";
  /** Said after the refusal of an existing file, e.g. how else to get what was meant. */
  existingHint?: { zh: string; en: string };
}

export interface OutputPlan {
  inputs: readonly NamedPath[];
  outputs: readonly OutputSpec[];
  force: boolean;
}

/** An output as the gateway writes it: the file that is replaced, links followed. */
export interface ResolvedOutput extends OutputSpec {
  target: string;
  /** The target as it was when checked; null when it does not exist yet. */
  found: Stats | null;
}

export function cannotWrite(file: string, reason: string, lang: Lang): InputError {
  return new InputError(
    say(
      lang,
      `${file}：无法写入（${reason}），未写出任何文件`,
      `${file}: cannot write it (${reason}); nothing was written`
    )
  );
}

const codeOf = (error: unknown) =>
  (error as NodeJS.ErrnoException).code ?? (error as Error).message;

/** The file a path names, as far as it can be known (links followed where they exist). */
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

const sameFile = (a: { id: string; stat: Stats | null }, b: { id: string; stat: Stats | null }) =>
  a.id === b.id ||
  (a.stat !== null && b.stat !== null && a.stat.dev === b.stat.dev && a.stat.ino === b.stat.ino);

/** The file an output path replaces; a link that leads nowhere is refused. */
async function targetOf(output: OutputSpec, lang: Lang): Promise<string> {
  const absolute = path.resolve(output.file);
  const link = await fs.lstat(absolute).catch(() => null);
  if (!link?.isSymbolicLink()) return identity(absolute);
  try {
    return await fs.realpath(absolute);
  } catch (error) {
    throw new InputError(
      say(
        lang,
        `${output.role} ${output.file} 是一个指向不存在文件的符号链接（${codeOf(error)}），未写入任何内容；请给出一个文件路径，或先修复该链接`,
        `${output.role} ${output.file} is a symbolic link that leads to no file (${codeOf(error)}); nothing was written; give a file path, or repair the link first`
      )
    );
  }
}

/** A folder about to be made for an output must not run into a file on the way. */
async function checkFolder(output: OutputSpec, target: string, lang: Lang): Promise<void> {
  for (let dir = path.dirname(target); ; dir = path.dirname(dir)) {
    const stat = await fs.stat(dir).catch(() => null);
    if (stat) {
      if (!stat.isDirectory()) throw cannotWrite(output.file, "ENOTDIR", lang);
      return;
    }
    if (path.dirname(dir) === dir) return;
  }
}

function refuseKind(output: OutputSpec, found: Stats, lang: Lang): void {
  const { role, file } = output;
  if (found.isDirectory())
    throw new InputError(
      say(
        lang,
        `${role} ${file} 是一个文件夹，请给出文件名，未写入任何内容`,
        `${role} ${file} is a directory; give a file name; nothing was written`
      )
    );
  if (!found.isFile())
    throw new InputError(
      say(
        lang,
        `${role} ${file} 不是普通文件（而是设备、管道或套接字），不会被替换，未写入任何内容；请给出一个普通文件的路径`,
        `${role} ${file} is not a regular file (a device, pipe or socket) and is never replaced; nothing was written; give the path of a regular file`
      )
    );
}

/** Whether the file starts like an .xlsx (a zip), read without loading the rest of it. */
function isWorkbook(file: string): Promise<boolean> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    createReadStream(file, { start: 0, end: 3 })
      .on("data", (chunk) => chunks.push(Buffer.from(chunk)))
      .on("error", () => resolve(false))
      .on("end", () => resolve(Buffer.concat(chunks).equals(Buffer.from([0x50, 0x4b, 3, 4]))));
  });
}

function refuseWorkbook(output: OutputSpec, lang: Lang): never {
  throw new InputError(
    say(
      lang,
      `${output.role} ${output.file} 是一个 Excel 工作簿（可能是一份审核），不会被 PDF 或 CSV 覆盖，未写入任何内容；请换一个文件名`,
      `${output.role} ${output.file} is an Excel workbook (it may be an audit) and is not replaced by a PDF or CSV; nothing was written; give another file name`
    )
  );
}

function refuseExisting(output: OutputSpec, lang: Lang): never {
  const hint = output.existingHint;
  throw new InputError(
    say(
      lang,
      `${output.role} ${output.file} 已存在，未覆盖（它可能是一份已有评分的审核工作簿），未写入任何内容。要替换它请加 --force` +
        (hint ? `；${hint.zh}` : ""),
      `${output.role} ${output.file} exists and was not replaced (it may be an audit with ratings); nothing was written. Add --force to replace it` +
        (hint ? `; ${hint.en}` : "")
    )
  );
}

/**
 * Every output resolved and checked against the inputs, the other outputs and what exists there;
 * the first refusal is an InputError naming the option and path.
 */
export async function checkOutputs(plan: OutputPlan, lang: Lang): Promise<ResolvedOutput[]> {
  const seen: Array<NamedPath & { id: string; stat: Stats | null }> = [];
  for (const input of plan.inputs) {
    const id = await identity(input.file);
    seen.push({ ...input, id, stat: await fs.stat(id).catch(() => null) });
  }
  const resolved: ResolvedOutput[] = [];
  for (const output of plan.outputs) {
    const target = await targetOf(output, lang);
    const found = await fs.stat(target).catch(() => null);
    const clash = seen.find((other) => sameFile(other, { id: target, stat: found }));
    if (clash)
      throw new InputError(
        say(
          lang,
          `${output.role} ${output.file} 与 ${clash.role} ${clash.file} 是同一个文件：输出不能覆盖输入或另一个输出，未写入任何内容`,
          `${output.role} ${output.file} names the same file as ${clash.role} ${clash.file}: an output may not overwrite an input or another output; nothing was written`
        )
      );
    if (found) refuseKind(output, found, lang);
    else await checkFolder(output, target, lang);
    if (found && output.existing === "force" && !plan.force) refuseExisting(output, lang);
    if (found && output.existing === "replace" && !plan.force && (await isWorkbook(target))) {
      if (output.writes === "report") refuseWorkbook(output, lang);
      refuseExisting(output, lang);
    }
    seen.push({ ...output, id: target, stat: found });
    resolved.push({ ...output, target, found });
  }
  return resolved;
}
