/**
 * The command line's one output gateway: every command declares its inputs and outputs to
 * planOutputs() before any work; the gateway it returns is the only way a command writes a file.
 * Outputs are written all-or-nothing: each to a temporary file beside the file it replaces, renamed
 * only when every one was written. Checks: output-checks.ts (links are written through to their
 * target, so a link stays a link). A temporary file is never left behind: it is removed when the
 * write fails, when the process is interrupted (SIGINT, SIGTERM, SIGHUP) during the write, and, if
 * the process was killed outright, by the next run that writes beside it.
 *
 * pdf.ts's LibreOffice works in a private scratch folder, made and filled only through the helpers
 * at the end of this file.
 */
import { promises as fs, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Lang } from "../core/types";
import { InputError } from "./errors";
import { cliText } from "./messages";
import { cannotWrite, checkOutputs, type OutputPlan, type ResolvedOutput } from "./output-checks";

export type { NamedPath, OutputPlan, OutputSpec } from "./output-checks";

export interface Output {
  /** The path as the command declared it to planOutputs(). */
  file: string;
  data: Uint8Array | string;
}

export interface OutputGateway {
  /** Write these declared outputs, all or nothing; InputError naming the file on failure. */
  write(outputs: readonly Output[]): Promise<void>;
}

/** ".out.xlsx.epm-<pid>-<n>.tmp": hidden, and recognisably ours, so a later run may clean it up. */
export function temporaryName(target: string, n: number, pid = process.pid): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.epm-${pid}-${n}.tmp`);
}

/** The pid that made a temporary file of `target` named `name`, or null when it is not one. */
export function temporaryOwner(name: string, target: string): number | null {
  const match = /^\.(.+)\.epm-(\d+)-\d+\.tmp$/.exec(name);
  return match && match[1] === path.basename(target) ? Number(match[2]) : null;
}

function isAlive(pid: number): boolean {
  // This process writes only through a gateway it has not made yet: its own temps are stale.
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Temporary files of a run that was killed mid-write (its pid is gone), beside this output. */
async function removeStaleTemporaries(target: string): Promise<void> {
  const names = await fs.readdir(path.dirname(target)).catch(() => [] as string[]);
  for (const name of names) {
    const pid = temporaryOwner(name, target);
    if (pid !== null && !isAlive(pid))
      await fs.rm(path.join(path.dirname(target), name), { force: true }).catch(() => undefined);
  }
}

const SIGNALS: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

/**
 * While outputs are written, an interrupt removes the temporary files and then ends the process
 * by the same signal; the handlers exist only during the write. Returns their removal.
 */
function removeOnSignal(temporaries: readonly string[]): () => void {
  const uninstall = () => SIGNALS.forEach((signal) => process.off(signal, onSignal));
  function onSignal(signal: NodeJS.Signals) {
    for (const temporary of temporaries) rmSync(temporary, { force: true });
    uninstall();
    process.kill(process.pid, signal);
  }
  SIGNALS.forEach((signal) => process.on(signal, onSignal));
  return uninstall;
}

/**
 * Test hook: EPM_SCORER_TEST_PAUSE_BEFORE_RENAME=<ms> waits that long after the temporary files
 * are written and before they are renamed, so that a test can interrupt a write in progress.
 */
function pauseForTests(): Promise<void> {
  const ms = Number(process.env.EPM_SCORER_TEST_PAUSE_BEFORE_RENAME);
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

/** Rename a temporary over its target only when the target is (still) a regular file or absent. */
async function replace(temporary: string, output: ResolvedOutput, lang: Lang): Promise<void> {
  const now = await fs.lstat(output.target).catch(() => null);
  if (now && !now.isFile()) throw cannotWrite(output.file, "not a regular file", lang);
  await fs.rename(temporary, output.target);
}

async function writeAll(
  resolved: readonly ResolvedOutput[],
  outputs: readonly Output[],
  lang: Lang
): Promise<void> {
  const planned = outputs.map((output) => {
    const found = resolved.find((r) => r.file === output.file);
    // A programming slip, not a user's problem: every output is declared before any work.
    if (!found) throw new Error(`output not declared to planOutputs: ${output.file}`);
    return { ...found, data: output.data };
  });
  if (!planned.length) return;
  const temporaries: string[] = [];
  const uninstall = removeOnSignal(temporaries);
  const removeTemporaries = () =>
    Promise.all(temporaries.map((t) => fs.rm(t, { force: true }).catch(() => undefined)));
  let current = planned[0].file;
  try {
    for (const [n, output] of planned.entries()) {
      current = output.file;
      await fs.mkdir(path.dirname(output.target), { recursive: true });
      const temporary = temporaryName(output.target, n);
      temporaries.push(temporary);
      // "wx": a temporary name that exists is never followed, reused, or removed as ours.
      await fs.writeFile(temporary, output.data, { flag: "wx" }).catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code === "EEXIST") temporaries.pop();
        throw error;
      });
      // A replaced file keeps its permissions.
      if (output.found) await fs.chmod(temporary, output.found.mode & 0o7777).catch(() => null);
    }
    await pauseForTests();
    for (const [n, output] of planned.entries()) {
      current = output.file;
      await replace(temporaries[n], output, lang);
    }
  } catch (error) {
    await removeTemporaries();
    if (error instanceof InputError) throw error;
    throw cannotWrite(current, (error as NodeJS.ErrnoException).code ?? String(error), lang);
  } finally {
    uninstall();
  }
}

/**
 * The gateway for these inputs and outputs, checked before any work (InputError on the first
 * refusal); temporary files left by a killed run beside the outputs are removed.
 */
export async function planOutputs(plan: OutputPlan, lang: Lang): Promise<OutputGateway> {
  const resolved = await checkOutputs(plan, lang);
  for (const output of resolved) await removeStaleTemporaries(output.target);
  return { write: (outputs) => writeAll(resolved, outputs, lang) };
}

/** A private scratch folder in the system's temporary folder; InputError when none can be made. */
export async function scratchDir(lang: Lang): Promise<string> {
  const parent = os.tmpdir();
  try {
    return await fs.mkdtemp(path.join(parent, "epm-pdf-"));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new InputError(cliText("noScratchFolder", lang, { parent, reason }));
  }
}

/** A file inside a scratch folder made by scratchDir(); its folders are made as needed. */
export async function writeScratch(
  dir: string,
  relative: string,
  data: Uint8Array | string,
  lang: Lang
): Promise<string> {
  const file = path.join(dir, relative);
  if (path.relative(dir, file).startsWith("..")) throw new Error(`outside ${dir}: ${relative}`);
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, data);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new InputError(cliText("scratchUnwritable", lang, { dir, reason }));
  }
  return file;
}

export async function removeScratch(dir: string): Promise<void> {
  await fs.rm(dir, { recursive: true, force: true });
}
