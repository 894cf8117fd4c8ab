/**
 * What a recipient without the add-in sees: LibreOffice Calc opens the scored workbook, recomputes
 * every formula itself, and must show the star result, totals and module table with no error
 * values; after a rating is changed in the file, the freshness formula must say so.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { describeWithApp, pdftoppmPath, sofficePath } from "../../support/apps";
import { convertToCsv, convertToPdf } from "../../support/libreoffice";
import { ROOT, tempDir } from "../../cli/harness";
import { makeRatedWorkbook } from "../../support/rated-workbook";

const ARTIFACTS = path.join(ROOT, "test-artifacts");
const rowsOf = (csv: string): string[][] => Papa.parse<string[]>(csv.trim()).data;
const sheetLike = (sheets: Record<string, string>, word: string): string[][] => {
  const name = Object.keys(sheets).find((n) => n.includes(word));
  if (!name) throw new Error(`no sheet with "${word}" among ${Object.keys(sheets).join(", ")}`);
  return rowsOf(sheets[name]);
};
const valueRightOf = (rows: string[][], label: RegExp): string => {
  for (const row of rows) {
    const at = row.findIndex((cell) => label.test(cell));
    if (at >= 0) return row[at + 1];
  }
  throw new Error(`label ${label} not found`);
};
const ERROR_VALUE = /^(#(N\/A|VALUE!|REF!|NAME\?|DIV\/0!|NUM!|NULL!)|Err:\d+)$/;

describeWithApp(
  "LibreOffice",
  sofficePath,
  "a recipient opens the scored workbook in LibreOffice",
  () => {
    const dir = tempDir();
    const scored = path.join(dir, "scored.xlsx");
    let expected: {
      stars: number;
      score15: number;
      score6: number;
      modules: Array<{ id: string; score: number }>;
    };

    beforeAll(async () => {
      expected = await makeRatedWorkbook(dir, scored);
    });

    test("star result, totals and module table read correctly, with no error values", () => {
      const sheets = convertToCsv(scored);
      const summary = sheetLike(sheets, "Summary");
      for (const rows of Object.values(sheets).map(rowsOf)) {
        for (const row of rows) for (const cell of row) expect(cell).not.toMatch(ERROR_VALUE);
      }
      expect(valueRightOf(summary, /^(认证等级|Star level)$/)).toContain(String(expected.stars));
      const num = (text: string) => Number(text.replace(/[^0-9.-]/g, ""));
      expect(num(valueRightOf(summary, /^(1\.0–5\.0 得分|Score 1\.0–5\.0)$/))).toBeCloseTo(
        expected.score15,
        6
      );
      expect(num(valueRightOf(summary, /^(6\.0 得分|Score 6\.0)$/))).toBeCloseTo(
        expected.score6,
        6
      );
      for (const module of expected.modules) {
        const row = summary.find((r) => r.includes(module.id) && r.indexOf(module.id) >= 5);
        expect(row).toBeDefined();
        const at = row!.indexOf(module.id);
        expect(num(row![at + 3])).toBeCloseTo(module.score, 6);
      }
      expect(valueRightOf(summary, /^(结果状态|Result state)$/)).toMatch(/结果为最新|up to date/);
    });

    test("after a rating is changed in the file, the freshness formula reports it", async () => {
      const changed = path.join(dir, "changed.xlsx");
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(scored);
      const sheet = workbook.worksheets.find((ws) => ws.name.includes("Clauses"))!;
      const header = sheet.getRow(1).values as unknown[];
      const cColumn = header.findIndex((v) => typeof v === "string" && v.startsWith("C "));
      expect(cColumn).toBeGreaterThan(0);
      // ExcelJS, not Office.js: cells are plain objects, nothing to sync.
      const row = sheet.getRow(2);
      const rating = row.getCell(cColumn).text;
      row.getCell(cColumn).value = rating === "部分合规" ? "合规" : "部分合规";
      await workbook.xlsx.writeFile(changed);
      const summary = sheetLike(convertToCsv(changed), "Summary");
      expect(valueRightOf(summary, /^(结果状态|Result state)$/)).toMatch(
        /评分后评级已更改|changed/
      );
    });

    test("the Summary prints to PDF; its first page is kept as a PNG artifact", () => {
      mkdirSync(ARTIFACTS, { recursive: true });
      const pdf = convertToPdf(scored, dir);
      copyFileSync(pdf, path.join(ARTIFACTS, "libreoffice-scored.pdf"));
      if (pdftoppmPath) {
        execFileSync(pdftoppmPath, [
          "-png",
          "-r",
          "70",
          "-f",
          "1",
          "-l",
          "1",
          "-singlefile",
          pdf,
          path.join(ARTIFACTS, "libreoffice-page1"),
        ]);
      }
      const text = execFileSync(
        "sh",
        ["-c", `command -v pdftotext >/dev/null && pdftotext -l 3 "${pdf}" - || true`],
        { encoding: "utf8" }
      );
      if (text) expect(text).toMatch(/★|Star|星/);
    });
  }
);
