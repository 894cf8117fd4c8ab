/**
 * A write interrupted half-way leaves no temporary file: an interrupt (SIGINT, SIGTERM, SIGHUP)
 * removes it before the process ends, and a run killed outright (SIGKILL) has its temporary file
 * removed by the next run that writes beside it. The built command line is paused between writing
 * its temporary file and renaming it by the gateway's test hook EPM_SCORER_TEST_PAUSE_BEFORE_RENAME.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { BUNDLE, ROOT, buildCli, cli, tempDir } from "./harness";

const root = tempDir();
let counter = 0;
const TEMPORARY = /^\.out\.xlsx\.epm-\d+-0\.tmp$/;

beforeAll(() => buildCli());

/** `template --out DIR/out.xlsx`, stopped by `signal` once its temporary file is written. */
async function interruptedTemplate(
  signal: NodeJS.Signals
): Promise<{ dir: string; temporary: string; ended: NodeJS.Signals | null }> {
  const dir = path.join(root, `run-${++counter}`);
  mkdirSync(dir);
  const child = spawn(process.execPath, [BUNDLE, "template", "--out", path.join(dir, "out.xlsx")], {
    cwd: ROOT,
    env: { ...process.env, EPM_SCORER_TEST_PAUSE_BEFORE_RENAME: "20000" },
    stdio: "ignore",
  });
  const ended = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on("exit", (_code, by) => resolve(by))
  );
  let temporary: string | undefined;
  for (let waited = 0; !temporary && waited < 15_000; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    temporary = readdirSync(dir).find((name) => TEMPORARY.test(name));
  }
  if (!temporary) throw new Error(`no temporary file appeared in ${dir}: ${readdirSync(dir)}`);
  child.kill(signal);
  return { dir, temporary, ended: await ended };
}

test.each(["SIGTERM", "SIGINT", "SIGHUP"] as const)(
  "%s during the write: the temporary file is removed, nothing is written, the process ends by the signal",
  async (signal) => {
    const { dir, ended } = await interruptedTemplate(signal);
    expect(ended).toBe(signal);
    expect(readdirSync(dir)).toEqual([]);
  },
  30_000
);

test("SIGKILL during the write: the next run removes the stale temporary file, not a live run's", async () => {
  const { dir, temporary, ended } = await interruptedTemplate("SIGKILL");
  expect(ended).toBe("SIGKILL");
  expect(readdirSync(dir)).toEqual([temporary]);
  // A temporary file of a process that is alive (this test's parent) may be a write in progress.
  const live = `.out.xlsx.epm-${process.ppid}-0.tmp`;
  writeFileSync(path.join(dir, live), "in progress");
  // Temporary files of other outputs are theirs to clean up.
  const other = `.other.xlsx.epm-999999999-0.tmp`;
  writeFileSync(path.join(dir, other), "not ours");
  const run = await cli("template", "--out", path.join(dir, "out.xlsx"));
  expect(run.code).toBe(0);
  expect(readdirSync(dir).sort()).toEqual([live, other, "out.xlsx"].sort());
  expect(existsSync(path.join(dir, temporary))).toBe(false);
}, 30_000);
