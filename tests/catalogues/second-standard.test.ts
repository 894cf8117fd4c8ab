/**
 * A second standard needs no code (docs/writing-a-catalogue.md): SVC-LITE, the small made-up
 * standard of two star levels in examples/catalogue-example.json, goes template --catalogue → score
 * through the built command line, and its workbook carries its own names, levels, totals and
 * wording, and the catalogue itself: no later command is given the file.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { CATALOGUES, findCatalogue } from "../../src/catalogues";
import { EXAMPLE_CATALOGUE_FILE } from "../support/example-catalogue";
import type { Result } from "../../src/core/types";
import { buildCli, spawnCli, tempDir } from "../cli/harness";

const dir = tempDir();
const template = path.join(dir, "service.xlsx");
const scored = path.join(dir, "service-scored.xlsx");
const file = (name: string, text: string): string => {
  const target = path.join(dir, name);
  writeFileSync(target, text);
  return target;
};
// Clauses 1–3 (module A, 60 points) and 4–5 (module B, 40 points) are CF; 6–7 (X, cap 20) are I.
const ratings = file(
  "ratings.csv",
  ["ID,C,F,I", "1,C,E,", "2,C,G,", "3,C,S,", "4,C,E,", "5,C,G,", "6,,,O", "7,,,E"].join("\n")
);

/** Every text cell of a sheet, row by row. */
function sheetTexts(workbook: ExcelJS.Workbook, sheet: string): string[] {
  const texts: string[] = [];
  workbook.getWorksheet(sheet)!.eachRow((row) =>
    (row.values as unknown[]).forEach((value) => {
      if (typeof value === "string") texts.push(value);
    })
  );
  return texts;
}

/** Texts that name EPM or its module ranges. */
const EPM_WORDING = /EPM|1\.0–5\.0|\b6\.0\b/;

async function workbookNames(xlsx: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(xlsx) as unknown as ArrayBuffer);
  // ExcelJS types getTables() as [Table, void] pairs; at run time it returns the tables.
  const tables = workbook.worksheets.flatMap((ws) =>
    ws.getTables().map((t) => (t as unknown as { name: string }).name)
  );
  return { workbook, names: workbook.definedNames.model.map((n) => n.name), tables };
}

/** Score the template with the ratings CSV and 3 operating years through the built command line. */
function scoreRated(...extra: string[]): Result {
  const run = spawnCli([
    "score",
    template,
    "--ratings",
    ratings,
    "--years",
    "3",
    "--json",
    ...extra,
  ]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Result;
}

beforeAll(() => {
  buildCli();
  const made = spawnCli([
    "template",
    "--catalogue",
    EXAMPLE_CATALOGUE_FILE,
    "--out",
    template,
    "--lang",
    "en",
  ]);
  expect(made.stderr).toBe("");
  expect(made.code).toBe(0);
}, 120_000);

test("the registry holds only real standards: the example is a file, not bundled", () => {
  expect(findCatalogue("SVC-LITE", "0.1")).toBeNull();
  expect(CATALOGUES.map((c) => c.id)).toEqual(["CC-CMM-EPM"]);
  const help = spawnCli(["template", "--help"]);
  expect(help.stdout).toContain("--catalogue <file>");
  expect(help.stdout).not.toContain("SVC");
});

test("its template names every table and defined name with the catalogue's prefix", async () => {
  const { workbook, names, tables } = await workbookNames(template);
  expect(tables).toEqual(expect.arrayContaining(["SvcClauses", "SvcRules", "SvcModuleWeights"]));
  expect(names).toEqual(
    expect.arrayContaining(["SvcYears", "SvcStars", "SvcCatalogue", "SvcCatalogueFile"])
  );
  expect([...names, ...tables].filter((name) => name.startsWith("Epm"))).toEqual([]);
  // The rules table of the Weights sheet has a column per level: 1★ and 2★, no more.
  const rules = workbook.getWorksheet("权重 Weights")!.getRow(4).values as unknown[];
  expect(rules.filter((v) => typeof v === "string" && v.endsWith("★"))).toEqual(["1★", "2★"]);
});

test("template → ratings CSV → score: two levels, its own totals, written back under its names", async () => {
  const result = scoreRated("--out", scored);
  expect(result.catalogue).toEqual({ id: "SVC-LITE", version: "0.1" });
  expect(result.levels.map((level) => level.stars)).toEqual([1, 2]);
  // A: 20 a clause at 1, 0.8, 0.6 → 48; B: 20 a clause at 1, 0.8 → 36; X: 10 + 9, capped at 20.
  expect(result.max15).toBe(100);
  expect(result.score15).toBeCloseTo(84, 9);
  expect(result.score6).toBeCloseTo(19, 9);
  expect(result.cap6).toBe(20);
  // 2★ needs 2 years, 80 % F-pass (all 5 pass) and 80 points: all met.
  expect(result.stars).toBe(2);
  expect(result.gap).toBeNull();

  const { workbook, names } = await workbookNames(scored);
  expect(names).toEqual(expect.arrayContaining(["SvcResult", "SvcScoredInputs"]));
  expect([...names].filter((name) => name.startsWith("Epm"))).toEqual([]);
  const summary = workbook.getWorksheet("汇总 Summary")!;
  const headers = [] as unknown[];
  summary.eachRow((row) => headers.push(...(row.values as unknown[])));
  expect(headers).toEqual(expect.arrayContaining(["1★", "2★", "★★ 2 stars"]));
  expect(headers).not.toContain("3★");

  // The scored copy scores again: its catalogue is found by its recorded ID and version.
  const again = spawnCli(["score", scored, "--json"]);
  expect(again.code).toBe(0);
  expect((JSON.parse(again.stdout) as Result).stars).toBe(2);
});

test("its Summary and Weights sheets name its own modules and its own short name", async () => {
  const { workbook } = await workbookNames(scored);
  const summary = sheetTexts(workbook, "汇总 Summary");
  // SVC-LITE: CF modules A and B, innovation module X, short name SVC.
  expect(summary).toEqual(
    expect.arrayContaining([
      "Contact centre SVC star rating",
      "Score A–B",
      "Score X",
      "A–B clauses method-compliant",
      "score A–B ≥",
      "score X ≥",
    ])
  );
  const weights = sheetTexts(workbook, "权重 Weights");
  expect(weights).toEqual(
    expect.arrayContaining([
      "Module points (X: cap)",
      "score A–B (fraction of max)",
      "score X (fraction of cap)",
    ])
  );
  expect([...summary, ...weights].filter((text) => EPM_WORDING.test(text))).toEqual([]);
  expect([...summary, ...weights].filter((text) => /\{\w+\}/.test(text))).toEqual([]);
});

test("its command-line summaries name its own modules, in both languages", () => {
  const en = spawnCli(["score", scored, "--lang", "en"]);
  expect(en.code).toBe(0);
  expect(en.stdout).toContain("Score A–B: 84.00 / 100.00");
  expect(en.stdout).toContain("Score X: 19.00 / 20.00");
  expect(en.stdout).toMatch(/score A–B ≥ +84\.00 \/ 50\.00 ✓/);
  expect(en.stdout).toMatch(/score X ≥ +19\.00 \/ 0\.00 ✓/);

  const zh = spawnCli(["score", scored, "--lang", "zh"]);
  expect(zh.code).toBe(0);
  expect(zh.stdout).toContain("A–B 得分: 84.00 / 100.00");
  expect(zh.stdout).toContain("A–B 方法合规条目数");
  expect(zh.stdout).toContain("X 得分 ≥");

  const several = spawnCli(["score", template, scored, "--lang", "en"]);
  expect(several.code).toBe(0);
  expect(several.stdout.split("\n")[0]).toMatch(/Flags +A–B +X +F %/);

  const compared = spawnCli(["compare", template, scored, "--lang", "en"]);
  expect(compared.code).toBe(0);
  expect(compared.stdout).toContain("Score A–B: 0.00 → 84.00 (+84.00)");
  expect(compared.stdout).toContain("Score X: 0.00 → 19.00 (+19.00)");

  for (const run of [en, zh, several, compared])
    expect(run.stdout.split("\n").filter((line) => EPM_WORDING.test(line))).toEqual([]);
});

test("--weights is checked against the workbook's catalogue: its modules and its level count", () => {
  const good = file("good.json", JSON.stringify({ modules: { A: 30 }, rules: { years: [0, 9] } }));
  const result = scoreRated("--weights", good);
  expect(result.max15).toBe(70);
  expect(result.stars).toBe(1);

  const epmShaped = file(
    "epm.json",
    JSON.stringify({ modules: { "1.0": 300 }, rules: { years: [1, 3, 5] } })
  );
  const bad = spawnCli(["score", template, "--weights", epmShaped, "--lang", "en"]);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain("epm.json: $.rules.years: must be an array of two numbers [1★, 2★]");

  const unknown = file("unknown.json", JSON.stringify({ modules: { "1.0": 300 } }));
  const zh = spawnCli(["score", template, "--weights", unknown, "--lang", "zh"]);
  expect(zh.code).toBe(2);
  expect(zh.stderr).toContain("unknown.json: $.modules.1.0: 未知的编号（可用：A, B）");
});
