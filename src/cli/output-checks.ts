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
import { cliText } from "./messages";

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
  return new InputError(cliText("cannotWrite", lang, { file, reason }));
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
      cliText("danglingLink", lang, {
        role: output.role,
        file: output.file,
        code: codeOf(error),
      })
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
  if (found.isDirectory()) throw new InputError(cliText("outputIsFolder", lang, { role, file }));
  if (!found.isFile()) throw new InputError(cliText("outputNotRegular", lang, { role, file }));
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
  throw new InputError(cliText("outputIsWorkbook", lang, { role: output.role, file: output.file }));
}

function refuseExisting(output: OutputSpec, lang: Lang): never {
  const hint = output.existingHint;
  throw new InputError(
    cliText("outputExists", lang, { role: output.role, file: output.file }) +
      (hint ? cliText("outputExistsHint", lang, { hint: hint[lang] }) : "")
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
        cliText("sameFile", lang, {
          role: output.role,
          file: output.file,
          otherRole: clash.role,
          other: clash.file,
        })
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
