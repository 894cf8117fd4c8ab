/**
 * --pdf without LibreOffice: exit 2 with the install hint in the user's language, checked before
 * anything is scored or written (no --out file, no PDF). With LibreOffice: tests/e2e/libreoffice.
 */
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { cli, tempDir } from "./harness";

const dir = tempDir();
const template = path.join(dir, "template.xlsx");
/** A PATH with no soffice on it. */
const emptyPath = mkdtempSync(path.join(os.tmpdir(), "no-soffice-"));

beforeAll(async () => {
  expect((await cli("template", "--out", template, "--lang", "en")).code).toBe(0);
});

async function withoutLibreOffice<T>(run: () => Promise<T>): Promise<T> {
  const saved = process.env.PATH;
  process.env.PATH = emptyPath;
  try {
    return await run();
  } finally {
    process.env.PATH = saved;
  }
}

test.each([
  ["en", /LibreOffice \(soffice\) was not found.*apt-get install libreoffice-calc.*--soffice/s],
  ["zh", /找不到 LibreOffice（soffice）.*apt-get install libreoffice-calc.*--soffice/s],
])(
  "score --pdf without LibreOffice (%s): exit 2, the hint, nothing written",
  async (lang, hint) => {
    const out = path.join(dir, `scored-${lang}.xlsx`);
    const pdf = path.join(dir, `report-${lang}.pdf`);
    const run = await withoutLibreOffice(() =>
      cli("score", template, "--out", out, "--pdf", pdf, "--lang", lang)
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(hint);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(pdf)).toBe(false);
  }
);

test("report --pdf with a --soffice that does not exist: exit 2 naming it", async () => {
  const pdf = path.join(dir, "report.pdf");
  const run = await cli("report", template, "--pdf", pdf, "--soffice", "/no/such/soffice");
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("/no/such/soffice");
  expect(run.stderr).toMatch(/Install LibreOffice/);
  expect(existsSync(pdf)).toBe(false);
});

test("--pdf takes a single input file", async () => {
  const run = await cli("score", template, template, "--pdf", path.join(dir, "x.pdf"));
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/--pdf takes a single input file/);
});

test("report on a workbook without the audit sheets: exit 2, nothing printed", async () => {
  const { newWorkbook } = await import("../../src/adapters/xlsx");
  const plain = newWorkbook();
  plain.workbook.addWorksheet("Sheet1").getCell("A1").value = "hello";
  const file = path.join(dir, "plain.xlsx");
  writeFileSync(file, await plain.saveWorkbook());
  const pdf = path.join(dir, "plain.pdf");
  // An existing program stands in for soffice: the workbook is refused before it would run.
  const run = await cli("report", file, "--pdf", pdf, "--soffice", process.execPath);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/not an audit workbook/);
  expect(existsSync(pdf)).toBe(false);
});
