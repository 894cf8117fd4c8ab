/**
 * The one cell reader through the command line: a template as LibreOffice saves it, formulas
 * where values are expected, merged rating and notes cells, and invisible characters from chat apps.
 */
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "../../cli/harness";
import type { Issue, Result } from "../../../src/core/types";
import {
  CLAUSES,
  WEIGHTS,
  load,
  makeTemplate,
  scoreWith,
  textFile,
  variant,
} from "../../hostile/support";

beforeAll(() => makeTemplate("zh"));

function switchCell(wb: ExcelJS.Workbook): ExcelJS.Cell {
  const ws = wb.getWorksheet(WEIGHTS)!;
  let found: ExcelJS.Cell | null = null;
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.value === "strictCompliance") found = row.getCell(Number(cell.col) + 2);
    })
  );
  if (!found) throw new Error("no strictCompliance row");
  return found;
}

const result = (stdout: string): Result => JSON.parse(stdout) as Result;
const codes = (issues: Issue[]): string[] => issues.map((i) => i.code);

test("a switch saved as =FALSE() with its cached FALSE (as LibreOffice saves it) scores with exit 0", async () => {
  const file = await variant((wb) => {
    switchCell(wb).value = { formula: "FALSE()", result: false } as ExcelJS.CellFormulaValue;
  });
  const { run } = await scoreWith(file, "--lang", "en");
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect(result(run.stdout).strictCompliance).toBe(false);
  const strict = await variant((wb) => {
    switchCell(wb).value = { formula: "TRUE()", result: true } as ExcelJS.CellFormulaValue;
  });
  expect(result((await scoreWith(strict)).run.stdout).strictCompliance).toBe(true);
});

test("the LibreOffice-saved fixture with rule values as formulas with cached results scores with exit 0", async () => {
  // Edited in its XML, as LibreOffice writes a formula cell: <f> with the cached result in <v>.
  const zip = await JSZip.loadAsync(
    readFileSync(path.join(ROOT, "tests/fixtures/libreoffice-audit.xlsx"))
  );
  const sheet = "xl/worksheets/sheet3.xml";
  const xml = await zip.file(sheet)!.async("string");
  const edited = xml
    .replace('<c r="O5" s="3" t="n"><v>1</v></c>', '<c r="O5" s="3" t="n"><f>1+1</f><v>2</v></c>')
    .replace('<c r="P5" s="3" t="n"><v>3</v></c>', '<c r="P5" s="3" t="n"><f>2+2</f><v>4</v></c>');
  expect(edited.match(/<f>/g)).toHaveLength(2);
  zip.file(sheet, edited);
  const file = textFile("lo-formulas.xlsx", await zip.generateAsync({ type: "uint8array" }));
  const { run } = await scoreWith(file, "--lang", "en");
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  const years = result(run.stdout).levels.map(
    (level) => level.conditions.find((c) => c.key === "years")!.required
  );
  // The cached results count (the defaults are 1, 3, 5).
  expect(years).toEqual([2, 4, 5]);
});

test("a switch formula without a cached result is refused, showing the formula (never read as blank)", async () => {
  const file = await variant((wb) => {
    switchCell(wb).value = { formula: "B1" } as ExcelJS.CellFormulaValue;
  });
  const { run } = await scoreWith(file, "--lang", "en");
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('"=B1" is not a valid switch');
});

test("a rating formula is reported with what it shows; a shared formula names its own cell's formula", async () => {
  const file = await variant((_, ws) => {
    // G2:G3 share one formula (saved once, on G2), as Excel saves a formula filled down.
    ws.getCell("G2").value = {
      formula: '$Z2&"合规"',
      shareType: "shared",
      ref: "G2:G3",
      result: "合规",
    } as ExcelJS.CellFormulaValue;
    ws.getCell("G3").value = {
      sharedFormula: "G2",
      result: "合规",
    } as ExcelJS.CellSharedFormulaValue;
    ws.getCell("G4").value = { formula: "Z4", result: 0 } as ExcelJS.CellFormulaValue;
  });
  const { run } = await scoreWith(file, "--lang", "en");
  expect(run.code).toBe(0);
  const scored = result(run.stdout);
  const shown = (cell: string) =>
    scored.issues.find((i) => i.code === "invalidRating" && i.cell === `${CLAUSES}!${cell}`)
      ?.message;
  expect(shown("G2")).toContain('holds a formula (=$Z2&"合规", showing "合规")');
  expect(shown("G3")).toContain('holds a formula (=$Z3&"合规", showing "合规")');
  expect(shown("G4")).toContain('holds a formula (=Z4, showing "0")');
  const status = new Map(scored.clauses.map((c) => [c.id, c.status]));
  expect(["1", "2", "3"].map((id) => status.get(id))).toEqual(["invalid", "invalid", "invalid"]);
});

test("a merged rating or notes range: the issue names the range and its clauses are invalid", async () => {
  // Clause 1 is on row 2 of the template, clause 2 on row 3 and so on.
  const file = await variant((_, ws) => {
    ws.getCell("G2").value = "合规";
    ws.mergeCells("G2:G3");
    ws.getCell("G4").value = "合规";
    ws.getCell("H4").value = "良好";
    ws.getCell("J4").value = "见纪要";
    ws.mergeCells("J4:J5");
  });
  const { run } = await scoreWith(file, "--lang", "en");
  expect(run.code).toBe(0);
  const scored = result(run.stdout);
  const byId = new Map(scored.clauses.map((c) => [c.id, c.status]));
  expect([byId.get("1"), byId.get("2"), byId.get("3"), byId.get("4")]).toEqual([
    "invalid",
    "invalid",
    "invalid",
    "invalid",
  ]);
  const merged = scored.issues.filter((i) => i.params.range !== undefined);
  expect(merged.map((i) => [i.clauseId, i.code, i.params.range])).toEqual([
    ["1", "invalidRating", `${CLAUSES}!G2:G3`],
    ["2", "invalidRating", `${CLAUSES}!G2:G3`],
    ["3", "mergedNotes", `${CLAUSES}!J4:J5`],
    ["4", "mergedNotes", `${CLAUSES}!J4:J5`],
  ]);
  expect(merged[0].message).toContain(`merged range ${CLAUSES}!G2:G3; unmerge it`);
  expect(merged[0].cell).toBe(`${CLAUSES}!G2`);
  const zh = await scoreWith(file, "--lang", "zh");
  expect(result(zh.run.stdout).issues.map((i) => i.message)).toEqual(
    expect.arrayContaining([expect.stringContaining(`合并区域 ${CLAUSES}!J4:J5；请取消合并`)])
  );
});

test("--ratings never writes through a merged range: skipped with a warning, the JSON and the file agree", async () => {
  const file = await variant((_, ws) => {
    ws.getCell(2, 7).value = "不合规";
    ws.mergeCells("G2:G3");
    ws.getCell(4, 10).value = "原有佐证";
    ws.mergeCells("J4:J5");
  });
  const csv = textFile(
    "r.csv",
    "ID,C,F,Evidence\n1,合规,良好,\n2,合规,良好,新佐证\n4,合规,良好,另一条\n6,合规,良好,\n"
  );
  const { run, out } = await scoreWith(file, "--ratings", csv, "--lang", "en");
  expect(run.code).toBe(0);
  const scored = result(run.stdout);
  const skipped = scored.issues.filter((i) => i.code === "csvMergedCell");
  expect(skipped.map((i) => [i.severity, i.cell, i.params.line, i.params.range])).toEqual([
    ["warning", `${CLAUSES}!G2`, 2, `${CLAUSES}!G2:G3`],
    ["warning", `${CLAUSES}!G3`, 3, `${CLAUSES}!G2:G3`],
    ["warning", `${CLAUSES}!J5`, 4, `${CLAUSES}!J4:J5`],
  ]);
  expect(skipped[0].message).toContain("was not written: the cell is part of the merged range");
  const ws = (await load(out)).getWorksheet(CLAUSES)!;
  // The merged cells are as they were; the cells beside them got the CSV's values.
  expect(ws.getCell("G2").value).toBe("不合规");
  expect(ws.getCell("G3").value).toBe("不合规");
  expect(ws.getCell("J4").value).toBe("原有佐证");
  expect(ws.getCell("H2").value).toBe("良好");
  expect(ws.getCell("G7").value).toBe("合规");
  const byId = new Map(scored.clauses.map((c) => [c.id, c]));
  expect(byId.get("1")!.status).toBe("invalid");
  expect(byId.get("4")!.status).toBe("invalid");
  expect(byId.get("6")!.status).toBe("rated");
  // Scoring the written file again gives the same clauses: what was reported is what was written.
  const again = result((await scoreWith(out, "--lang", "en")).run.stdout);
  expect(again.clauses.map((c) => [c.id, c.status, c.c, c.f])).toEqual(
    scored.clauses.map((c) => [c.id, c.status, c.c, c.f])
  );
});

test("scoring writes no result through a merged range of a result column; the rows beside it get theirs", async () => {
  const file = await variant((_, ws) => {
    ws.getCell("G2").value = "合规";
    ws.getCell("H2").value = "良好";
    ws.getCell("G3").value = "不合规";
    ws.getCell("H3").value = "不合格";
    ws.getCell("M2").value = "mine";
    ws.mergeCells("M2:M3");
  });
  const { run, out } = await scoreWith(file, "--lang", "en");
  expect(run.code).toBe(0);
  const ws = (await load(out)).getWorksheet(CLAUSES)!;
  // Without the guard, row 3's status would have been written into M2 (the range's top-left).
  expect(ws.getCell("M1").value).toBe("状态 Status");
  expect(ws.getCell("M2").value).toBe("mine");
  expect(ws.getCell("M4").value).toBe("未评分");
  expect(ws.getCell("L2").value).toBe(result(run.stdout).clauses.find((c) => c.id === "1")!.score);
});

test("zero-width spaces and soft hyphens from chat apps are dropped from ratings, IDs and CSV headers", async () => {
  const file = await variant((_, ws) => {
    ws.getCell(2, 7).value = "合规\u200b";
    ws.getCell(2, 8).value = "85%\u200b";
    ws.getCell(3, 7).value = "\ufeff部分\u00ad合规";
    ws.getCell(3, 8).value = "\u2060良好\u200d";
    ws.getCell(4, 7).value = "合规\u200e";
  });
  const { run } = await scoreWith(file, "--lang", "en");
  expect(run.code).toBe(0);
  const scored = result(run.stdout);
  const byId = new Map(scored.clauses.map((c) => [c.id, c]));
  expect([byId.get("1")!.c, byId.get("1")!.f, byId.get("1")!.rate]).toEqual(["C", "G", 0.85]);
  expect([byId.get("2")!.c, byId.get("2")!.f]).toEqual(["P", "G"]);
  // A left-to-right mark is no rating character either, but it is not dropped: it is shown.
  const lrm = scored.issues.find((i) => i.clauseId === "3" && i.field === "c")!;
  expect(lrm.message).toContain('"合规<U+200E>" is not a known rating');
  expect(codes(scored.issues)).not.toContain("csvHeader");

  const csv = textFile("zw.csv", "\u200bID\u200b,C\u00ad,F\u200c\n1\u200b,合规\u200b,85%\u200b\n");
  const overlaid = await scoreWith(file, "--ratings", csv, "--lang", "en");
  expect(overlaid.run.stderr).toBe("");
  expect(overlaid.run.code).toBe(0);
  const one = result(overlaid.run.stdout).clauses.find((c) => c.id === "1")!;
  expect([one.c, one.f, one.rate]).toEqual(["C", "G", 0.85]);
});
