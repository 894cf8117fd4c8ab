/**
 * A second standard is a one-folder change (docs/adding-a-standard.md): SVC-LITE, a small made-up
 * standard of two star levels registered in src/catalogues/, goes template → score through the
 * built command line, and its workbook carries its own names, levels and totals.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { CATALOGUES, findCatalogue } from "../../src/catalogues";
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
  const made = spawnCli(["template", "--standard", "SVC-LITE", "--out", template, "--lang", "en"]);
  expect(made.stderr).toBe("");
  expect(made.code).toBe(0);
}, 120_000);

test("the registry holds the second standard beside the default one", () => {
  const service = findCatalogue("SVC-LITE", "0.1");
  expect(service?.levels?.map((level) => level.stars)).toEqual([1, 2]);
  expect(CATALOGUES[0].id).toBe("CC-CMM-EPM");
});

test("its template names every table and defined name with the catalogue's prefix", async () => {
  const { workbook, names, tables } = await workbookNames(template);
  expect(tables).toEqual(expect.arrayContaining(["SvcClauses", "SvcRules", "SvcModuleWeights"]));
  expect(names).toEqual(expect.arrayContaining(["SvcYears", "SvcStars", "SvcCatalogue"]));
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
