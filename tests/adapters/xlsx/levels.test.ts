/**
 * Files of catalogues with 1, 2, 4 and 9 levels written through ExcelJS and read back: the
 * Summary's matrix holds every level's column with its value, the module chart stays one part
 * bound to the module block (one series, a bar per module) beside the wider matrix, and scoring
 * the file read back gives the same levels; the Weights sheet's rules table has a column per level,
 * read back from the file.
 */
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { loadWorkbook, newWorkbook, type XlsxWorkbook } from "../../../src/adapters/xlsx";
import type { Catalogue } from "../../../src/core/types";
import { createOrUpgrade, scoreAudit } from "../../../src/workbook/actions";
import {
  catalogueWithLevels,
  ratePerfectly,
  SOME_LEVEL_COUNTS,
  starsOfLevels,
} from "../../fixtures/levels";

const now = () => new Date("2025-06-01T08:00:00.000Z");

/** The row that heads the condition matrix: "Condition" then the level marks. */
function matrixHeader(sheet: ExcelJS.Worksheet): { row: number; col: number; values: unknown[] } {
  let found: { row: number; col: number; values: unknown[] } | undefined;
  sheet.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      if (!found && cell.value === "Condition" && row.getCell(c + 1).value === "1★") {
        const values: unknown[] = [];
        for (let k = c; row.getCell(k).value !== null; k++) values.push(row.getCell(k).value);
        found = { row: r, col: c, values };
      }
    })
  );
  if (!found) throw new Error("no condition matrix");
  return found;
}

/** The Weights sheet's rules table: its header row and the row of a rule key (column M). */
function rulesTable(port: XlsxWorkbook, key: string) {
  const sheet = port.workbook.worksheets.find((ws) => ws.name.includes("Weights"))!;
  for (let row = 1; row <= sheet.rowCount; row++)
    if (sheet.getCell(row, 13).value === key) {
      const header = sheet.getRow(rulesHeaderRow(sheet));
      return { sheet, row, header };
    }
  throw new Error(`no rule row ${key}`);
}

function rulesHeaderRow(sheet: ExcelJS.Worksheet): number {
  for (let row = 1; row <= sheet.rowCount; row++)
    if (String(sheet.getCell(row, 13).value).startsWith("规则")) return row;
  throw new Error("no rules header");
}

async function scoredFile(catalogue: Catalogue, years: number) {
  const env = { catalogues: [catalogue], now };
  const port = newWorkbook();
  await createOrUpgrade(port, { lang: "en", catalogue, years }, env);
  ratePerfectly(port);
  await scoreAudit(port, "en", {}, env);
  const bytes = await port.saveWorkbook();
  const again = await loadWorkbook(bytes);
  const rescored = await scoreAudit(again, "en", {}, env);
  return { bytes, again, result: rescored.result };
}

describe.each(SOME_LEVEL_COUNTS)("a catalogue of %i level(s)", (count) => {
  const catalogue = catalogueWithLevels(count);
  const stars = starsOfLevels(count);

  test("the file read back scores on every level and shows each in the matrix", async () => {
    const { again, result } = await scoredFile(catalogue, count - 1);
    expect(result.levels.map((level) => level.stars)).toEqual(stars);
    expect(result.stars).toBe(stars[count - 1]);
    const summary = again.workbook.worksheets.find((ws) => ws.name.includes("Summary"))!;
    const header = matrixHeader(summary);
    expect(header.values).toEqual(["Condition", ...stars.map((n) => `${n}★`)]);
    const years = summary.getRow(header.row + 1);
    const cells = stars.map((_, k) => years.getCell(header.col + 1 + k).value);
    expect(cells).toEqual(stars.map((_, k) => `${count - 1} / ${k} ✓`));
    // Every level column is wide enough for its text.
    for (let k = 1; k <= count; k++)
      expect(summary.getColumn(header.col + k).width).toBeGreaterThanOrEqual(16);
  });

  test("one chart part, one series with a bar per module, anchored right of the matrix", async () => {
    const { bytes, again } = await scoredFile(catalogue, 0);
    const zip = await JSZip.loadAsync(bytes);
    const charts = Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
    expect(charts).toHaveLength(1);
    const chart = await zip.file(charts[0])!.async("string");
    expect(chart.match(/<c:ser>/g)).toHaveLength(1);
    expect(chart).toContain(`<c:ptCount val="${catalogue.modules.length}"/>`);
    const drawing = Object.keys(zip.files).find((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))!;
    const from = /<xdr:from><xdr:col>(\d+)<\/xdr:col>/.exec(
      await zip.file(drawing)!.async("string")
    )!;
    const summary = again.workbook.worksheets.find((ws) => ws.name.includes("Summary"))!;
    const header = matrixHeader(summary);
    // ExcelJS columns are 1-based, the drawing's 0-based: the chart starts past the last level.
    expect(Number(from[1])).toBeGreaterThan(header.col - 1 + count);
  });

  test("the Weights sheet has a threshold column per level, read back from the file", async () => {
    const env = { catalogues: [catalogue], now };
    const port = newWorkbook();
    await createOrUpgrade(port, { lang: "en", catalogue, years: 0 }, env);
    ratePerfectly(port);
    const { sheet, row, header } = rulesTable(port, "years");
    const levelHeads = stars.map((_, k) => header.getCell(15 + k).value);
    expect(levelHeads).toEqual(stars.map((n) => `${n}★`));
    expect(stars.map((_, k) => sheet.getCell(row, 15 + k).value)).toEqual(stars.map((_, k) => k));
    // The second level (the first with one level) asks no years now: a score at 0 years reaches it.
    const next = Math.min(1, count - 1);
    sheet.getCell(row, 15 + next).value = 0;
    const again = await loadWorkbook(await port.saveWorkbook());
    const { result } = await scoreAudit(again, "en", {}, env);
    expect(result.stars).toBe(stars[next]);
  });
});
