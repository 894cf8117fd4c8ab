/**
 * LibreOffice that cannot make the PDF: a --soffice that is a folder or not executable, one that
 * ends normally without a PDF, fails, or crashes, and a temporary folder that cannot be used. Each
 * is exit 2 with the reason in the user's language, never an internal error; nothing is written.
 * Fake soffice programs are shell scripts.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildCli, cli, spawnCli, tempDir } from "./harness";

const dir = tempDir();
const template = path.join(dir, "audit.xlsx");
const pdf = path.join(dir, "report.pdf");
const out = path.join(dir, "scored.xlsx");

function fakeSoffice(name: string, script: string, mode = 0o755): string {
  const file = path.join(dir, name);
  writeFileSync(file, `#!/bin/sh\n${script}\n`);
  chmodSync(file, mode);
  return file;
}

beforeAll(async () => {
  expect((await cli("template", "--out", template, "--lang", "en")).code).toBe(0);
  mkdirSync(path.join(dir, "a-folder"));
});

/** report and score --out --pdf with this soffice: exit 2, the reason, no PDF, no --out. */
async function failsWith(soffice: string, en: RegExp, zh: RegExp): Promise<void> {
  const before = readFileSync(template);
  for (const [lang, reason] of [
    ["en", en],
    ["zh", zh],
  ] as const) {
    const toPdf = ["--pdf", pdf, "--soffice", soffice, "--lang", lang];
    const report = await cli("report", template, ...toPdf);
    expect(report.stderr).toMatch(reason);
    expect(report.stderr).not.toMatch(/internal error|at .*\.ts:/);
    expect(report.code).toBe(2);
    const scored = await cli("score", template, "--out", out, ...toPdf);
    expect(scored.stderr).toMatch(reason);
    expect(scored.code).toBe(2);
  }
  expect(existsSync(pdf)).toBe(false);
  expect(existsSync(out)).toBe(false);
  expect(readFileSync(template).equals(before)).toBe(true);
}

test("a --soffice that is a folder", async () => {
  await failsWith(
    path.join(dir, "a-folder"),
    /--soffice: .*a-folder is a folder; give the path of the soffice program itself/,
    /--soffice：.*a-folder 是一个文件夹/
  );
});

test("a --soffice that is not executable", async () => {
  await failsWith(
    fakeSoffice("not-executable", "exit 0", 0o644),
    /--soffice: .*not-executable is not executable/,
    /--soffice：.*not-executable 不是可执行程序/
  );
});

test("an soffice that ends normally but writes no PDF", async () => {
  await failsWith(
    fakeSoffice("no-pdf", "exit 0"),
    /made no PDF: it ended normally but wrote no PDF.*nothing was written/,
    /未能生成 PDF：它正常结束，却没有写出 PDF/
  );
});

test("an soffice that fails, with what it said", async () => {
  await failsWith(
    fakeSoffice("fails", "echo 'Error: source file could not be loaded' >&2\nexit 3"),
    /made no PDF: it exited with code 3; nothing was written\nError: source file could not be loaded/,
    /未能生成 PDF：它以退出码 3 结束/
  );
});

test("an soffice that crashes", async () => {
  await failsWith(
    fakeSoffice("crashes", "kill -SEGV $$"),
    /made no PDF: it was ended by signal SIGSEGV/,
    /它被信号 SIGSEGV 终止/
  );
});

test("a temporary folder that cannot be used (TMPDIR under a file): the built command line", () => {
  buildCli();
  const blocker = path.join(dir, "a-file");
  writeFileSync(blocker, "x");
  const soffice = fakeSoffice("would-run", "exit 0");
  for (const [lang, reason] of [
    [
      "en",
      /cannot make a working folder in the temporary folder .*a-file\/sub \(ENOTDIR\).*TMPDIR/,
    ],
    ["zh", /无法在临时文件夹 .*a-file\/sub 中建立工作文件夹（ENOTDIR）/],
  ] as const) {
    const run = spawnCli(["report", template, "--pdf", pdf, "--soffice", soffice, "--lang", lang], {
      TMPDIR: path.join(blocker, "sub"),
    });
    expect(run.stderr).toMatch(reason);
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.code).toBe(2);
  }
  expect(existsSync(pdf)).toBe(false);
});
