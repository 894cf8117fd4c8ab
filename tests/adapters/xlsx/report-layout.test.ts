/**
 * The Summary as a report in a file written through ExcelJS: the condition matrix and its fills
 * (right after re-scoring a file read back, where ExcelJS shares style objects), the gap in its
 * own units, the top gains with module and summary, and the print setup of both sheets.
 */
import type ExcelJS from "exceljs";
import { loadWorkbook, newWorkbook, type XlsxWorkbook } from "../../../src/adapters/xlsx";
import { epmV1 } from "../../../src/catalogues";
import { createOrUpgrade, scoreAudit } from "../../../src/workbook/actions";
import { shortfallText } from "../../../src/workbook/units";

const env = { catalogues: [epmV1], now: () => new Date("2025-06-01T08:00:00.000Z") };

function rateAll(port: XlsxWorkbook, c: string, f: string): void {
  const sheet = port.workbook.worksheets.find((ws) => ws.name.includes("Clauses"))!;
  const header = Array.from(sheet.getRow(1).values as unknown[], (v) => String(v));
  const col = (start: string) => header.findIndex((h) => h.startsWith(start));
  for (let row = 2; row <= sheet.rowCount; row++) {
    const id = String(sheet.getCell(row, 1).value);
    if (Number(id) > 200) continue; // 6.0 stays unrated: its score stays short of 5★
    sheet.getCell(row, col("C ")).value = c;
    sheet.getCell(row, col("F ")).value = f;
  }
}

const summaryOf = (port: XlsxWorkbook) =>
  port.workbook.worksheets.find((ws) => ws.name.includes("Summary"))!;

function findCell(sheet: ExcelJS.Worksheet, text: string): ExcelJS.Cell {
  let found: ExcelJS.Cell | undefined;
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (!found && cell.value === text) found = cell;
    })
  );
  if (!found) throw new Error(`no cell "${text}"`);
  return found;
}

async function scoredTwice(): Promise<XlsxWorkbook> {
  const port = newWorkbook();
  await createOrUpgrade(port, { lang: "en", catalogue: epmV1, years: 4 }, env);
  rateAll(port, "合规", "优秀");
  await scoreAudit(port, "en", {}, env);
  const again = await loadWorkbook(await port.saveWorkbook());
  await scoreAudit(again, "en", {}, env);
  return again;
}

test("the condition matrix: actual / required with ✓/✗, green and red by verdict", async () => {
  const port = await scoredTwice();
  const sheet = summaryOf(port);
  const years = findCell(sheet, "operating years ≥");
  const row = sheet.getRow(Number(years.row));
  const cells = [1, 2, 3].map((k) => row.getCell(Number(years.col) + k));
  expect(cells.map((c) => c.value)).toEqual(["4 / 1 ✓", "4 / 3 ✓", "4 / 5 ✗"]);
  const fill = (c: ExcelJS.Cell) => (c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
  expect(cells.map(fill)).toEqual(["FFC6EFCE", "FFC6EFCE", "FFFFC7CE"]);
  // Other cells keep their own look (no fill leaked through a shared style).
  expect(fill(findCell(sheet, "ID"))).toBe("FFDDEBF7");
  const firstGain = sheet.getCell(Number(findCell(sheet, "ID").row) + 1, 1);
  expect(fill(firstGain)).toBeUndefined();
});

test("the gap in its own units and the top gains with module and summary", async () => {
  const port = await scoredTwice();
  const sheet = summaryOf(port);
  // 6.0 unrated: 4★ is short of its 6.0 score, in points; actual and required as numbers.
  const short = sheet.getRow(Number(findCell(sheet, "Short").row) + 1);
  expect(short.values).toEqual(
    expect.arrayContaining(["score 6.0 ≥", "0", "100", "100 more points"])
  );
  const header = findCell(sheet, "ID");
  const first = sheet.getRow(Number(header.row) + 1);
  const [id, summary, module] = [1, 2, 3].map((c) => first.getCell(c).value);
  expect(String(id)).toMatch(/^2\d\d$/);
  expect(String(summary).length).toBeGreaterThan(10);
  expect(module).toBe("6.0 Innovation and improvement");
});

test("units and plurals in both languages", () => {
  expect(shortfallText({ key: "years", short: 1 }, "en")).toBe("1 more year");
  expect(shortfallText({ key: "years", short: 2 }, "en")).toBe("2 more years");
  expect(shortfallText({ key: "years", short: 1 }, "zh")).toBe("还差 1 年");
  expect(shortfallText({ key: "compliance", short: 1 }, "en")).toBe(
    "1 clause not method-compliant"
  );
  expect(shortfallText({ key: "score15", short: 120.456 }, "en")).toBe("120.5 more points");
  expect(shortfallText({ key: "fShare", short: 3 }, "zh")).toBe("还需 3 条执行通过");
});

test("print setup: the Summary on one A4 page with footer, the Clauses fit to width", async () => {
  const port = await scoredTwice();
  const summary = summaryOf(port).pageSetup;
  expect(summary).toMatchObject({
    orientation: "portrait",
    paperSize: 9,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 1,
  });
  expect(summary.printArea).toMatch(/^A1:K\d+$/);
  expect(summaryOf(port).headerFooter.oddFooter).toMatch(/&CPage &P of &N&RScored 2025-06-01/);
  const clauses = port.workbook.worksheets.find((ws) => ws.name.includes("Clauses"))!;
  expect(clauses.pageSetup).toMatchObject({
    orientation: "landscape",
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: "1:1",
  });
});

test("a Summary made before the report layout: the old condition list area is blanked", async () => {
  const port = await scoredTwice();
  const sheet = summaryOf(port);
  const named = port.workbook.definedNames.getRanges("EpmConditions").ranges[0];
  const anchor = sheet.getCell(named.split("!")[1].replace(/\$/g, ""));
  const stale = sheet.getCell(Number(anchor.row) + 10, Number(anchor.col) + 4);
  stale.value = "stale";
  // Not the old layout: a cell outside every block is the user's and stays.
  await scoreAudit(port, "en", {}, env);
  expect(stale.value).toBe("stale");
  // The old layout (its condition block still has the old heading): the old area is blanked.
  anchor.value = "Star conditions";
  await scoreAudit(port, "en", {}, env);
  expect(stale.value).toBeNull();
  expect(anchor.value).toBe("Star conditions (actual / required)");
});
