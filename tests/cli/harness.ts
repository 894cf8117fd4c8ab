/** Run the command line in-process (fast) or as the built bundle (end to end). */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { runCli } from "../../src/cli/program";

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(...args: string[]): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    progress: false,
  });
  return { code, stdout, stderr };
}

export const ROOT = path.resolve(__dirname, "../..");
export const BUNDLE = path.join(ROOT, "build/cli/epm-scorer.cjs");

export function buildCli(): void {
  const built = spawnSync(process.execPath, [path.join(ROOT, "scripts/build-cli.mjs")], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (built.status !== 0) throw new Error(built.stderr);
}

export function spawnCli(args: string[], env: NodeJS.ProcessEnv = {}): Run {
  const run = spawnSync(process.execPath, [BUNDLE, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, LANG: "en_US.UTF-8", ...env },
  });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

export function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), "epm-cli-"));
}
