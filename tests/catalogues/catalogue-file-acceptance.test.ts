/**
 * Issue 18's "done when": a catalogue file a user wrote (tests/fixtures/catalogue-four-levels.json:
 * prefix Care, four star levels, an innovation module N) goes template --catalogue → ratings CSV →
 * score → score again → merge of two copies → compare → report --pdf through the built command
 * line, each step after template without the file (the workbook carries it), and every name,
 * table, chart and message under its own prefix, none under EPM's. Then the same in the add-in,
 * through the emulated Excel host.
 */
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { createOfficePort } from "../../src/adapters/office/port";
import type { Result } from "../../src/core/types";
import { createOrUpgrade, scoreAudit } from "../../src/workbook/actions";
import { locateColumns } from "../../src/workbook/columns";
import { compareAudits, mergeAudits } from "../../src/workbook/team";
import { buildCli, spawnCli, tempDir } from "../cli/harness";
import { ExcelHost } from "../support/excel-host/host";
import { EXCEL_365_WEB } from "../support/excel-host/profiles";
import { sofficePath } from "../support/apps";
import { catalogueFile } from "../support/example-catalogue";

const FIXTURE = path.join(__dirname, "..", "fixtures", "catalogue-four-levels.json");
const care = catalogueFile(FIXTURE);
const dir = tempDir();
const at = (name: string) => path.join(dir, name);
const NOW = new Date("2025-06-01T08:00:00.000Z");

/** Every defined name, table name and chart name of an xlsx file, and its chart count. */
async function namesIn(file: string) {
  const bytes = readFileSync(file);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const tables = workbook.worksheets.flatMap((ws) =>
    ws.getTables().map((t) => (t as unknown as { name: string }).name)
  );
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files);
  const drawings = await Promise.all(
    parts
      .filter((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p))
      .map((p) => zip.file(p)!.async("string"))
  );
  const charts = drawings.flatMap((xml) =>
    [...xml.matchAll(/<xdr:graphicFrame[\s\S]*?<xdr:cNvPr [^>]*name="([^"]*)"/g)].map((m) => m[1])
  );
  return {
    workbook,
    names: workbook.definedNames.model.map((n) => n.name),
    tables,
    charts,
    chartParts: parts.filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p)).length,
  };
}

/** A command that must succeed; its stdout and stderr must not name EPM's prefix. */
function run(...args: string[]) {
  const done = spawnCli([...args, "--lang", "en"]);
  expect(done.stderr).toBe("");
  expect(done.code).toBe(0);
  expect(done.stdout).not.toMatch(/Epm/);
  return done;
}

const ratings = at("ratings.csv");
writeFileSync(
  ratings,
  ["ID,C,F,I", "P1,C,E,", "P2,C,G,", "P3,C,G,", "Q1,C,E,", "Q2,P,S,", "N1,,,O", "N2,,,E"].join("\n")
);

beforeAll(() => {
  buildCli();
  run("template", "--catalogue", FIXTURE, "--out", at("template.xlsx"));
}, 120_000);

describe("through the built command line, the file given only to template", () => {
  test("the template names everything under Care, and carries the catalogue on a hidden sheet", async () => {
    const { workbook, names, tables } = await namesIn(at("template.xlsx"));
    expect(tables).toEqual(expect.arrayContaining(["CareClauses", "CareRules"]));
    expect(names).toEqual(expect.arrayContaining(["CareStars", "CareCatalogueFile"]));
    expect([...names, ...tables].filter((n) => /Epm/.test(n))).toEqual([]);
    const standard = workbook.getWorksheet("标准 Standard")!;
    expect(standard.state).toBe("hidden");
    // Four levels: the rules table has a column for each.
    const rules = workbook.getWorksheet("权重 Weights")!.getRow(4).values as unknown[];
    expect(rules.filter((v) => typeof v === "string" && v.endsWith("★"))).toEqual([
      "1★",
      "2★",
      "3★",
      "4★",
    ]);
  });

  test("ratings CSV → score → score again: its four levels, its totals, one chart", async () => {
    const first = run(
      "score",
      at("template.xlsx"),
      "--ratings",
      ratings,
      "--years",
      "3",
      "--out",
      at("scored.xlsx"),
      "--json"
    );
    const result = JSON.parse(first.stdout) as Result;
    expect(result.catalogue).toEqual({ id: "CARE-DESK", version: "2.0" });
    expect(result.levels.map((level) => level.stars)).toEqual([1, 2, 3, 4]);
    // P: 50/3 a clause; Q: 25 a clause; N: 5 a clause, capped at 10.
    expect(result.max15).toBe(100);
    expect(result.score6).toBeCloseTo(9.5, 9);
    expect(result.stars).toBe(3);

    const again = run("score", at("scored.xlsx"), "--out", at("rescored.xlsx"), "--json");
    expect((JSON.parse(again.stdout) as Result).stars).toBe(3);
    const { names, tables, charts, chartParts } = await namesIn(at("rescored.xlsx"));
    expect(names).toEqual(expect.arrayContaining(["CareResult", "CareScoredInputs"]));
    expect([...names, ...tables].filter((n) => /Epm/.test(n))).toEqual([]);
    expect(chartParts).toBe(1);
    expect(charts).toHaveLength(1);
    // The chart's name comes from the resolved standard's prefix too.
    expect(charts.filter((n) => /Epm/.test(n))).toEqual([]);
  });

  test("merge of two copies, compare and report, none given the file", async () => {
    copyFileSync(at("scored.xlsx"), at("copy-a.xlsx"));
    copyFileSync(at("scored.xlsx"), at("copy-b.xlsx"));
    const merged = run(
      "merge",
      at("rescored.xlsx"),
      at("copy-a.xlsx"),
      at("copy-b.xlsx"),
      "--out",
      at("merged.xlsx")
    );
    expect(merged.stdout).toContain("same 12");
    const compared = run(
      "compare",
      at("template.xlsx"),
      at("merged.xlsx"),
      "--out",
      at("compared.xlsx")
    );
    expect(compared.stdout).toContain("Score P–Q: 0.00 → ");
    for (const file of ["merged.xlsx", "compared.xlsx"]) {
      const { names, tables, charts } = await namesIn(at(file));
      expect(tables).toEqual(expect.arrayContaining(["CareClauses"]));
      expect([...names, ...tables, ...charts].filter((n) => /Epm/.test(n))).toEqual([]);
    }
  });

  (sofficePath ? test : test.skip)(
    "report --pdf prints the merged workbook (LibreOffice)",
    () => {
      run("report", at("merged.xlsx"), "--pdf", at("merged.pdf"));
      expect(readFileSync(at("merged.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
    },
    120_000
  );

  test("a copy carrying other content under the same ID and version is refused by merge and compare", () => {
    const changed = JSON.parse(readFileSync(FIXTURE, "utf8"));
    changed.modules[0].points = 60;
    writeFileSync(at("changed.json"), JSON.stringify(changed));
    run("template", "--catalogue", at("changed.json"), "--out", at("other.xlsx"));
    const merge = spawnCli([
      "merge",
      at("rescored.xlsx"),
      at("other.xlsx"),
      "--out",
      at("refused.xlsx"),
      "--lang",
      "en",
    ]);
    expect(merge.code).toBe(2);
    expect(merge.stderr).toContain("the catalogue it carries has other content");
    const compare = spawnCli(["compare", at("other.xlsx"), at("rescored.xlsx"), "--lang", "zh"]);
    expect(compare.code).toBe(2);
    expect(compare.stderr).toContain("所带的标准目录内容不同");
  });
});

describe("in the add-in (emulated Excel), the catalogue given only to Create", () => {
  /** Rate every row as the CSV above does, as a user types the labels. */
  function rate(host: ExcelHost): void {
    const { model } = host;
    const table = model.tableByName("CareClauses")!;
    const { sheetId, row: top, col: left, rows, cols: width } = table.area;
    const header = Array.from({ length: width }, (_, c) =>
      String(model.cell(sheetId, top, left + c)?.value)
    );
    const cols = locateColumns(header);
    for (let r = 1; r < rows; r++) {
      const id = String(model.cell(sheetId, top + r, left + cols.id!)?.value);
      const set = (col: number, value: string) =>
        model.updateCell(sheetId, top + r, left + col, { value });
      if (id.startsWith("N")) set(cols.i!, "优秀");
      else {
        set(cols.c!, "合规");
        set(cols.f!, "优秀");
      }
    }
  }

  test("Create → rate → Score with new ports → score again, merge and compare", async () => {
    const host = new ExcelHost(EXCEL_365_WEB);
    const env = { now: () => NOW };
    await createOrUpgrade(createOfficePort(), { lang: "en", catalogue: care, years: 3 }, env);
    rate(host);
    const first = await scoreAudit(createOfficePort(), "en", {}, env);
    expect(first.result.catalogue).toEqual({ id: "CARE-DESK", version: "2.0" });
    expect(first.result.levels).toHaveLength(4);
    expect(first.result.stars).toBe(4);
    const port = createOfficePort();
    const again = await scoreAudit(port, "en", {}, env);
    expect(again.result.stars).toBe(4);
    const messages = again.result.issues.map((i) => i.message).join("\n");
    expect(messages).not.toMatch(/Epm/);

    const { model } = host;
    const names = [...model.names.values()].map((n) => n.name);
    const tables = model.tables.map((t) => t.name);
    const charts = model.sheets.flatMap((s) => s.charts.map((c) => c.name));
    expect(names).toEqual(expect.arrayContaining(["CareStars", "CareCatalogueFile"]));
    expect([...names, ...tables].filter((n) => /Epm/.test(n))).toEqual([]);
    // The Office adapter looks for the chart by the standard's own names (CareModules,
    // CareModuleChart): three Scores keep one chart.
    expect(charts).toHaveLength(1);
    expect(charts.filter((n) => /Epm/.test(n))).toEqual([]);

    // The master merges itself as a returned copy, and compares with itself: both read the
    // catalogue from the workbook.
    const merged = await mergeAudits(port, [{ port, file: "copy.xlsx" }], "en", {}, env);
    expect(merged.issues.filter((i) => i.severity === "error")).toEqual([]);
    const compared = await compareAudits(
      { port, file: "before.xlsx" },
      { port, file: "after.xlsx" },
      "en",
      undefined,
      env
    );
    expect(compared.after.stars).toBe(4);
    expect(compared.terms).toEqual({ cf: "P–Q", i: "N", standard: "CARE" });
  });
});
