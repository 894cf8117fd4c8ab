/** `merge` and `compare` on the command line (in-process): JSON contracts, outputs, refusals. */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { loadWorkbook, newWorkbook, type XlsxWorkbook } from "../../src/adapters/xlsx";
import { epmV1 } from "../../src/catalogues";
import { createOrUpgrade } from "../../src/workbook/actions";
import {
  C,
  EVIDENCE,
  F,
  clausesSheet,
  columnOf,
  rowOfId,
  setInput,
  setRating,
} from "../workbook/helpers";
import { makeRatedWorkbook } from "../support/rated-workbook";
import { cli, tempDir } from "./harness";

const dir = tempDir();
const file = (name: string) => path.join(dir, name);

beforeAll(async () => {
  const master = newWorkbook();
  await createOrUpgrade(
    master,
    { lang: "en", catalogue: epmV1, years: 4 },
    { newAuditId: () => "team-audit" }
  );
  const saved = await master.saveWorkbook();
  writeFileSync(file("master.xlsx"), saved);
  const copy = async (name: string, auditor: string, ratings: Record<string, [string, string]>) => {
    const port = await loadWorkbook(saved);
    await setInput(port, "EpmAuditor", auditor);
    for (const [id, [c, f]] of Object.entries(ratings)) {
      setRating(port, id, C, c);
      setRating(port, id, F, f);
      setRating(port, id, EVIDENCE, `${auditor} checked ${id}`);
    }
    writeFileSync(file(name), await port.saveWorkbook());
  };
  await copy("ana.xlsx", "Ana", {
    "1": ["合规", "优秀"],
    "2": ["合规", "良好"],
    "3": ["部分合规", "优秀"],
  });
  await copy("bo.xlsx", "Bo", { "3": ["合规", "优秀"], "4": ["合规", "优秀"] });
  const other = newWorkbook();
  await createOrUpgrade(
    other,
    { lang: "en", catalogue: epmV1 },
    { newAuditId: () => "other-audit" }
  );
  writeFileSync(file("other.xlsx"), await other.saveWorkbook());
});

/** Ana's and Bo's copies merged into the fresh master, written to `out` (a name in the folder). */
const mergedOnce = (out: string, ...flags: string[]) =>
  cli(
    "merge",
    file("master.xlsx"),
    file("ana.xlsx"),
    file("bo.xlsx"),
    "--out",
    file(out),
    ...flags
  );

test("merge --json reports taken, same, resolved and each conflict with the copies' values", async () => {
  const run = await mergedOnce("merged.xlsx", "--json");
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  const report = JSON.parse(run.stdout);
  expect(report).toMatchObject({ taken: 7, same: 0, resolved: 0 }); // 3F: both 优秀, taken
  expect(report.conflicts).toEqual([
    {
      clauseId: "3",
      column: "C",
      master: "",
      values: [
        { auditor: "Ana", file: "ana.xlsx", value: "部分合规" },
        { auditor: "Bo", file: "bo.xlsx", value: "合规" },
      ],
      evidence: [
        { auditor: "Ana", text: "Ana checked 3" },
        { auditor: "Bo", text: "Bo checked 3" },
      ],
    },
  ]);
  const merged = await loadWorkbook(readFileSync(file("merged.xlsx")));
  const sheet = clausesSheet(merged);
  expect(sheet.getCell(rowOfId(sheet, "4"), columnOf(sheet, C)).value).toBe("合规");
  expect(sheet.getCell(rowOfId(sheet, "3"), columnOf(sheet, C)).value).toBeNull();
  expect(merged.workbook.worksheets.some((ws) => ws.name === "冲突 Conflicts")).toBe(true);
});

test("merge refuses a copy of another audit (exit 2, nothing written) and --out over an input", async () => {
  const out = file("never.xlsx");
  const run = await cli("merge", file("master.xlsx"), file("other.xlsx"), "--out", out);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(
    /other.xlsx: audit ID other-audit differs from the master's team-audit/
  );
  expect(existsSync(out)).toBe(false);
  const forced = await cli(
    "merge",
    file("master.xlsx"),
    file("other.xlsx"),
    "--out",
    out,
    "--other-audit"
  );
  expect(forced.code).toBe(0);

  const over = await cli(
    "merge",
    file("master.xlsx"),
    file("ana.xlsx"),
    "--out",
    file("ana.xlsx"),
    "--lang",
    "zh"
  );
  expect(over.code).toBe(2);
  expect(over.stderr).toMatch(/是同一个文件：输出不能覆盖输入/);
});

test("compare --json: stars, totals and the changed clauses with point deltas; --out adds the Compare sheet", async () => {
  const run = await cli(
    "compare",
    file("master.xlsx"),
    file("ana.xlsx"),
    "--json",
    "--out",
    file("compared.xlsx")
  );
  expect(run.code).toBe(0);
  const comparison = JSON.parse(run.stdout);
  expect(comparison.before).toEqual({ stars: 0, score15: 0, score6: 0 });
  expect(comparison.after.stars).toBe(0);
  expect(comparison.clauses.map((c: { id: string }) => c.id)).toEqual(["1", "2", "3"]);
  expect(comparison.clauses[0]).toMatchObject({ id: "1", before: "–", after: "C/E" });
  expect(comparison.clauses[0].pointsDelta).toBeCloseTo(300 / 17, 9);
  const written = await loadWorkbook(readFileSync(file("compared.xlsx")));
  expect(written.workbook.worksheets.some((ws) => ws.name === "对比 Compare")).toBe(true);
});

test("compare the example audit with a copy where 10 ratings improved: exactly those 10, with their point deltas", async () => {
  const before = file("example.xlsx");
  const result = await makeRatedWorkbook(dir, before);
  // Ten clauses below full marks (partial compliance or a weak execution) brought to 合规/优秀.
  const weak = result.clauses
    .filter((c) => c.extra === false && c.c !== null && c.c !== "NA" && c.ratio < 1)
    .slice(0, 10);
  expect(weak).toHaveLength(10);
  const copy = await loadWorkbook(readFileSync(before));
  for (const c of weak) {
    setRating(copy, c.id, C, "合规");
    setRating(copy, c.id, F, "优秀");
  }
  const after = file("example-improved.xlsx");
  writeFileSync(after, await copy.saveWorkbook());
  const run = await cli("compare", before, after, "--json");
  expect(run.code).toBe(0);
  const comparison = JSON.parse(run.stdout);
  expect(comparison.clauses.map((c: { id: string }) => c.id).sort()).toEqual(
    weak.map((c) => c.id).sort()
  );
  for (const change of comparison.clauses) {
    const was = weak.find((c) => c.id === change.id)!;
    expect(change.pointsDelta).toBeCloseTo(was.points * (1 - was.ratio), 9);
  }
  expect(comparison.after.score15 - comparison.before.score15).toBeCloseTo(
    weak.reduce((sum, c) => sum + c.points * (1 - c.ratio), 0),
    9
  );
});

test("compare refuses two audits of different catalogue versions, as merge does (exit 2, both files and versions named)", async () => {
  const port = await loadWorkbook(readFileSync(file("master.xlsx")));
  await setInput(port, "EpmCatalogueVersion", "0.9");
  writeFileSync(file("old-edition.xlsx"), await port.saveWorkbook());
  const out = file("never-compared.xlsx");
  const run = await cli("compare", file("master.xlsx"), file("old-edition.xlsx"), "--out", out);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(
    `master.xlsx was audited against ${epmV1.id} ${epmV1.version}, old-edition.xlsx against ${epmV1.id} 0.9`
  );
  expect(existsSync(out)).toBe(false);
  const merged = await cli("merge", file("master.xlsx"), file("old-edition.xlsx"), "--out", out);
  expect(merged.code).toBe(2);
  expect(merged.stderr).toMatch(/old-edition.xlsx: audited against/);
});

/** Every non-empty cell of a sheet by address, e.g. { A1: "title", H1: "lead note" }. */
function cellsOf(sheet: ExcelJS.Worksheet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.value !== null && cell.value !== "") out[cell.address] = cell.value;
    })
  );
  return out;
}

const addressOfText = (sheet: ExcelJS.Worksheet, text: string): string | undefined =>
  Object.entries(cellsOf(sheet)).find(([, value]) => value === text)?.[0];

test("merge keeps the lead's notes on the Conflicts sheet: the tables are rewritten in place, grow by moving cells down, and shrink to blank rows", async () => {
  const first = await mergedOnce("noted.xlsx");
  expect(first.code).toBe(0);
  const noted = await loadWorkbook(readFileSync(file("noted.xlsx")));
  const sheet = noted.workbook.getWorksheet("冲突 Conflicts")!;
  expect(sheet.getCell("A4").value).toBe("3"); // one conflict: rows 3 (header) and 4
  sheet.getCell("A5").value = "lead: directly below the table";
  sheet.getCell("H2").value = "lead: between the tables";
  sheet.getCell("N4").value = "lead: right of the decisions";
  sheet.getCell("B12").value = "lead: further down";
  writeFileSync(file("noted.xlsx"), await noted.saveWorkbook());
  const chen = await loadWorkbook(readFileSync(file("master.xlsx")));
  await setInput(chen, "EpmAuditor", "Chen");
  setRating(chen, "1", C, "部分合规");
  setRating(chen, "2", C, "部分合规");
  writeFileSync(file("chen.xlsx"), await chen.saveWorkbook());
  const copies = [file("ana.xlsx"), file("bo.xlsx"), file("chen.xlsx")];
  const mergeCopiesInto = (master: string, out: string) =>
    cli("merge", file(master), ...copies, "--out", file(out), "--json");

  // Two more conflicts (1 C, 2 C): the table grows by two rows; the note below moves down.
  const grown = await mergeCopiesInto("noted.xlsx", "noted-2.xlsx");
  expect(grown.code).toBe(0);
  expect(JSON.parse(grown.stdout).conflicts).toHaveLength(3);
  const after = (await loadWorkbook(readFileSync(file("noted-2.xlsx")))).workbook.getWorksheet(
    "冲突 Conflicts"
  )!;
  expect(["A4", "A5", "A6"].map((a) => after.getCell(a).value)).toEqual(["1", "2", "3"]);
  expect(addressOfText(after, "lead: directly below the table")).toBe("A7");
  expect(addressOfText(after, "lead: between the tables")).toBe("H2");
  expect(addressOfText(after, "lead: further down")).toBe("B14");
  expect(addressOfText(after, "lead: right of the decisions")).toBeDefined();

  // All three decided: the rows go (blank, the table keeps its size); the notes stay.
  const decided = await loadWorkbook(readFileSync(file("noted-2.xlsx")));
  const decidedSheet = decided.workbook.getWorksheet("冲突 Conflicts")!;
  for (const r of [4, 5, 6]) decidedSheet.getCell(`G${r}`).value = "合规";
  writeFileSync(file("noted-3.xlsx"), await decided.saveWorkbook());
  const settled = await mergeCopiesInto("noted-3.xlsx", "noted-4.xlsx");
  expect(settled.code).toBe(0);
  expect(JSON.parse(settled.stdout)).toMatchObject({ resolved: 3, conflicts: [] });
  const last = (await loadWorkbook(readFileSync(file("noted-4.xlsx")))).workbook.getWorksheet(
    "冲突 Conflicts"
  )!;
  expect(["A4", "A5", "A6", "G4"].map((a) => last.getCell(a).value)).toEqual([
    null,
    null,
    null,
    null,
  ]);
  const notes = cellsOf(last);
  expect(notes.A7).toBe("lead: directly below the table");
  expect(notes.H2).toBe("lead: between the tables");
  expect(notes.B14).toBe("lead: further down");
  expect(Object.values(notes)).toContain("lead: right of the decisions");
});

test("compare keeps the lead's notes on the Compare sheet: the summary and table are rewritten in place", async () => {
  const first = await cli(
    "compare",
    file("master.xlsx"),
    file("ana.xlsx"),
    "--out",
    file("compared-noted.xlsx")
  );
  expect(first.code).toBe(0);
  const noted = await loadWorkbook(readFileSync(file("compared-noted.xlsx")));
  const sheet = noted.workbook.getWorksheet("对比 Compare")!;
  const header = Number(addressOfText(sheet, "ID")!.slice(1));
  const below = `A${header + 4}`; // three changed clauses, then the lead's line
  expect(sheet.getCell(`A${header + 3}`).value).toBe("3");
  sheet.getCell(below).value = "lead: directly below the table";
  sheet.getCell(`I${header}`).value = "lead: a column of my own";
  sheet.getCell("F1").value = "lead: beside the title";
  sheet.getCell("A2").value = "lead: in the gap under the title";
  setRating(noted, "4", C, "合规");
  setRating(noted, "5", C, "合规");
  writeFileSync(file("compared-noted.xlsx"), await noted.saveWorkbook());

  const again = await cli(
    "compare",
    file("master.xlsx"),
    file("compared-noted.xlsx"),
    "--out",
    file("compared-noted-2.xlsx"),
    "--json"
  );
  expect(again.code).toBe(0);
  expect(JSON.parse(again.stdout).clauses).toHaveLength(5);
  const after = (
    await loadWorkbook(readFileSync(file("compared-noted-2.xlsx")))
  ).workbook.getWorksheet("对比 Compare")!;
  expect(addressOfText(after, "ID")).toBe(`A${header}`); // the table did not move
  expect(addressOfText(after, "lead: directly below the table")).toBe(`A${header + 6}`);
  expect(addressOfText(after, "lead: a column of my own")).toBe(`I${header}`);
  expect(addressOfText(after, "lead: beside the title")).toBe("F1");
  expect(addressOfText(after, "lead: in the gap under the title")).toBe("A2");
  expect(after.getCell("A1").value).toBe("Compare: master.xlsx → compared-noted.xlsx");
});

/** A copy of the master with ratings and cells set as the test needs. */
async function masterCopy(
  name: string,
  edit: (port: XlsxWorkbook, cell: (id: string, header: string) => ExcelJS.Cell) => void
): Promise<string> {
  const port = await loadWorkbook(readFileSync(file("master.xlsx")));
  const sheet = clausesSheet(port);
  edit(port, (id, header) => sheet.getCell(rowOfId(sheet, id), columnOf(sheet, header)));
  writeFileSync(file(name), await port.saveWorkbook());
  return file(name);
}

const clauseAddress = async (id: string, header: string): Promise<string> => {
  const port = await loadWorkbook(readFileSync(file("master.xlsx")));
  const sheet = clausesSheet(port);
  return `${sheet.name}!${sheet.getCell(rowOfId(sheet, id), columnOf(sheet, header)).address}`;
};

test("merge never writes over a formula, #N/A or HYPERLINK() of the master; a copy's formula is listed; each is named", async () => {
  const link = 'HYPERLINK("https://docs.example/3","minutes")';
  const lead = await masterCopy("lead-formulas.xlsx", (_, cell) => {
    cell("1", C).value = { formula: 'IF(TRUE,"合规","")', result: "合规" } as ExcelJS.CellValue;
    cell("2", C).value = { error: "#N/A" } as ExcelJS.CellErrorValue;
    cell("3", EVIDENCE).value = { formula: link, result: "minutes" } as ExcelJS.CellValue;
  });
  // No auditor set: the copy's file name stands for it.
  const dee = await masterCopy("dee.xlsx", (_, cell) => {
    cell("4", C).value = { formula: "Sheet9!A1", result: "合规" } as ExcelJS.CellValue;
    cell("4", EVIDENCE).value = { formula: '"see "&A1' } as ExcelJS.CellValue;
  });
  const out = file("lead-formulas-merged.xlsx");
  const run = await cli("merge", lead, file("ana.xlsx"), dee, "--out", out, "--json");
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  const report = JSON.parse(run.stdout);
  const byId = Object.fromEntries(
    report.conflicts.map((c: { clauseId: string; column: string }) => [
      `${c.clauseId}${c.column}`,
      c,
    ])
  );
  expect(byId["1C"]).toMatchObject({
    master: '=IF(TRUE,"合规","")',
    values: [{ auditor: "Ana", value: "合规" }],
  });
  expect(byId["2C"]).toMatchObject({ master: "#N/A", values: [{ auditor: "Ana", value: "合规" }] });
  expect(byId["4C"]).toMatchObject({
    master: "",
    values: [{ file: "dee.xlsx", value: "=Sheet9!A1" }],
  });
  expect(report.warnings).toContain(
    `${await clauseAddress("3", EVIDENCE)}: the master's notes are a formula (=${link}), which merge never overwrites; these notes from the copies were not added: [Ana] Ana checked 3`
  );
  expect(report.warnings).toContain(
    `dee.xlsx: the notes in ${await clauseAddress("4", EVIDENCE)} are a formula or an error value (="see "&A1) and were not merged; write the notes as text`
  );
  const merged = await loadWorkbook(readFileSync(out));
  const sheet = clausesSheet(merged);
  const at = (id: string, header: string) =>
    sheet.getCell(rowOfId(sheet, id), columnOf(sheet, header)).value;
  expect(at("1", C)).toMatchObject({ formula: 'IF(TRUE,"合规","")' });
  expect(at("2", C)).toEqual({ error: "#N/A" });
  expect(at("3", EVIDENCE)).toMatchObject({ formula: link });
  expect(at("4", C)).toBeNull();
});

test("merge refuses a Decision entered as a formula (exit 2, the cell named, nothing written)", async () => {
  const first = await mergedOnce("decide.xlsx");
  expect(first.code).toBe(0);
  const port = await loadWorkbook(readFileSync(file("decide.xlsx")));
  port.workbook.getWorksheet("冲突 Conflicts")!.getCell("G4").value = {
    formula: 'IF(1,"合规")',
    result: "合规",
  } as ExcelJS.CellValue;
  writeFileSync(file("decide.xlsx"), await port.saveWorkbook());
  const out = file("decide-out.xlsx");
  const run = await cli("merge", file("decide.xlsx"), file("ana.xlsx"), "--out", out);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain(
    '冲突 Conflicts!G4: the Decision "=IF(1,"合规")" is a formula or an error value, which is not accepted; write the C rating as text'
  );
  expect(existsSync(out)).toBe(false);
});

test("merging many copies stops the notes at 32,767 characters and names the cell", async () => {
  const copies: string[] = [];
  for (let n = 0; n < 8; n++)
    copies.push(
      await masterCopy(`long-${n}.xlsx`, (_, cell) => {
        cell("1", EVIDENCE).value = `note ${n}: ${"x".repeat(4990)}`;
      })
    );
  const out = file("long-merged.xlsx");
  const run = await cli("merge", file("master.xlsx"), ...copies, "--out", out, "--json");
  expect(run.code).toBe(0);
  const address = await clauseAddress("1", EVIDENCE);
  const warning = (JSON.parse(run.stdout).warnings as string[]).find((w) =>
    w.startsWith(`${address}: the notes reached Excel's limit of 32767 characters a cell`)
  );
  expect(warning).toMatch(/; 2 lines from the copies were not added \(they stay in the copies\)/);
  const merged = await loadWorkbook(readFileSync(out));
  const sheet = clausesSheet(merged);
  const notes = String(sheet.getCell(rowOfId(sheet, "1"), columnOf(sheet, EVIDENCE)).value);
  expect(notes.length).toBeLessThanOrEqual(32_767);
  expect(notes.split("\n")).toHaveLength(6);
});

// Needs the cell reader (issue 17's reader work): a cell link read as { text, hyperlink } and
// merged cells as { merged, value }. Until it lands, the xlsx reader gives plain text / nulls.
test("[reader] merge keeps the master's cell link on appended notes and never writes through merged cells", async () => {
  const lead = await masterCopy("lead-links.xlsx", (port, cell) => {
    cell("1", EVIDENCE).value = { text: "minutes", hyperlink: "https://docs.example/minutes" };
    const sheet = clausesSheet(port);
    const top = cell("5", C).address;
    const bottom = cell("6", C).address;
    sheet.mergeCells(`${top}:${bottom}`);
  });
  const eve = await masterCopy("eve.xlsx", (_, cell) => {
    cell("1", EVIDENCE).value = "saw the minutes";
    cell("5", C).value = "合规";
    cell("6", C).value = "合规";
  });
  const out = file("lead-links-merged.xlsx");
  const run = await cli("merge", lead, eve, "--out", out, "--json");
  expect(run.code).toBe(0);
  const top = await clauseAddress("5", C);
  const range = `${top.split("!")[1]}:${(await clauseAddress("6", C)).split("!")[1]}`;
  expect(JSON.parse(run.stdout).warnings).toContain(
    `${top}: part of the merged cells ${range}; merge never writes into merged cells, so this cell was left as it is (unmerge ${range} and merge again)`
  );
  const merged = await loadWorkbook(readFileSync(out));
  const sheet = clausesSheet(merged);
  expect(sheet.getCell(rowOfId(sheet, "1"), columnOf(sheet, EVIDENCE)).value).toEqual({
    text: "minutes\n[eve.xlsx] saw the minutes",
    hyperlink: "https://docs.example/minutes",
  });
  expect(sheet.getCell(rowOfId(sheet, "5"), columnOf(sheet, C)).value).toBeNull();
});

/** The charts of a saved workbook, by the name their drawing gives them. */
async function chartNames(xlsx: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(xlsx));
  const drawings = Object.keys(zip.files).filter((f) => /^xl\/drawings\/drawing\d+\.xml$/.test(f));
  const texts = await Promise.all(drawings.map((f) => zip.file(f)!.async("string")));
  const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
  expect(charts).toHaveLength(texts.length);
  return texts.flatMap((xml) =>
    [...xml.matchAll(/<xdr:cNvPr id="\d+" name="([^"]*)"/g)].map((m) => m[1])
  );
}

test("merge and compare --out keep the module chart (the file route drops charts on load)", async () => {
  expect(await chartNames(file("master.xlsx"))).toEqual(["EpmModuleChart"]);
  const merged = await cli(
    "merge",
    file("master.xlsx"),
    file("bo.xlsx"),
    "--out",
    file("chart-merged.xlsx")
  );
  expect(merged.code).toBe(0);
  expect(await chartNames(file("chart-merged.xlsx"))).toEqual(["EpmModuleChart"]);
  const compared = await cli(
    "compare",
    file("master.xlsx"),
    file("bo.xlsx"),
    "--out",
    file("chart-compared.xlsx")
  );
  expect(compared.code).toBe(0);
  expect(await chartNames(file("chart-compared.xlsx"))).toEqual(["EpmModuleChart"]);
});
