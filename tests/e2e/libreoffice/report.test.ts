/**
 * The report on paper, as a recipient's LibreOffice prints it (score --pdf and report --pdf):
 * the Summary on exactly one page with every label whole and the module chart on it, then the
 * Clauses sheet with every column and the header row on each page, in at most 12 pages; in zh and
 * en. The first pages are kept as PNG artifacts (docs/screenshots/report-*.png come from them).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { CLAUSE_COLUMNS } from "../../../src/workbook/columns";
import { word } from "../../../src/workbook/labels";
import { cli, ROOT, tempDir } from "../../cli/harness";
import { describeWithApp, findExecutable, sofficePath } from "../../support/apps";
import { makeRatedWorkbook } from "../../support/rated-workbook";

const ARTIFACTS = path.join(ROOT, "test-artifacts");
const pdftotext = findExecutable(["pdftotext"]);
const pdftoppm = findExecutable(["pdftoppm"]);
const LO_TIMEOUT = 300_000;

/** Each page's text (pdftotext separates pages with a form feed). */
function pagesOf(pdf: string): string[] {
  const text = execFileSync(pdftotext as string, [pdf, "-"], { encoding: "utf8" });
  return text.split("\f").slice(0, -1);
}

/**
 * A label is whole when it is found as at most 4 runs in order, close together (a wrapped cell's
 * lines may have a neighbouring cell's text between them in the extracted text), each run at
 * least 2 words (English) or 3 characters (Chinese) unless it ends the label. LibreOffice leaves
 * the clipped part of a cut cell out of the PDF text, so a cut label is not found.
 */
function foundWhole(label: string, page: string, all: string[]): boolean {
  const spaced = /\s/.test(label.trim());
  const split = (t: string) =>
    spaced ? t.split(/\s+/).filter(Boolean) : [...t.replace(/\s+/g, "")];
  // Short labels ("4 / 3 ✓") are found as one run, whatever the spacing in the extracted text,
  // as often as the Summary's cells hold them (a cut "Sub-item" is not found in "Sub-item scores").
  const flat = (t: string) => t.replace(/\s+/g, "");
  if (flat(label).length <= 12) {
    const count = (t: string) => flat(t).split(flat(label)).length - 1;
    return count(page) >= all.reduce((n, t) => n + count(t), 0);
  }
  const want = split(label);
  const hay = split(page);
  const [minRun, window] = spaced ? [2, 60] : [3, 150];
  const runAt = (j: number, pos: number) => {
    let k = 0;
    while (pos + k < want.length && j + k < hay.length && hay[j + k] === want[pos + k]) k++;
    return k;
  };
  for (let start = 0; start < hay.length; start++) {
    let pos = runAt(start, 0);
    if (pos < Math.min(minRun, want.length)) continue;
    let at = start + pos;
    let pieces = 1;
    while (pos < want.length && pieces <= 4) {
      let best = 0;
      let bestJ = at;
      for (let j = at; j < Math.min(hay.length, at + window); j++) {
        const k = runAt(j, pos);
        if (k > best) [best, bestJ] = [k, j];
      }
      if (best < Math.min(minRun, want.length - pos)) break;
      pos += best;
      at = bestJ + best;
      pieces += 1;
    }
    if (pos === want.length && pieces <= 4) return true;
  }
  return false;
}

async function summaryTexts(xlsx: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsx);
  const sheet = workbook.worksheets.find((ws) => ws.name.includes("Summary"))!;
  const texts: string[] = [];
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (typeof cell.value === "string" && cell.value.trim()) texts.push(cell.value);
    })
  );
  return texts;
}

async function chartParts(xlsx: string): Promise<number> {
  const zip = await JSZip.loadAsync(readFileSync(xlsx));
  return Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).length;
}

describeWithApp("LibreOffice", sofficePath, "the printed report", () => {
  for (const lang of ["zh", "en"] as const) {
    describe(`in ${lang}`, () => {
      const dir = tempDir();
      const once = path.join(dir, "once.xlsx");
      const twice = path.join(dir, "twice.xlsx");
      const pdf = path.join(dir, `report-${lang}.pdf`);
      let pages: string[] = [];

      beforeAll(async () => {
        await makeRatedWorkbook(dir, once, lang);
        // Scored a second time; zh prints while scoring, en prints the scored file.
        const printed =
          lang === "zh"
            ? await cli("score", once, "--out", twice, "--pdf", pdf, "--lang", lang)
            : await cli("score", once, "--out", twice, "--lang", lang).then(() =>
                cli("report", twice, "--pdf", pdf, "--lang", lang)
              );
        expect(printed.stderr).toBe("");
        expect(printed.code).toBe(0);
        if (pdftotext) pages = pagesOf(pdf);
        if (pdftoppm) {
          mkdirSync(ARTIFACTS, { recursive: true });
          execFileSync(pdftoppm, [
            ...["-png", "-r", "110", "-f", "1", "-l", "1", "-singlefile"],
            pdf,
            path.join(ARTIFACTS, `report-${lang}`),
          ]);
        }
      }, LO_TIMEOUT);

      test("the re-scored file has exactly one chart part", async () => {
        expect(await chartParts(once)).toBe(1);
        expect(await chartParts(twice)).toBe(1);
      });

      const withText = pdftotext ? test : test.skip;

      withText("the Summary is exactly one page, every label whole, with the chart", async () => {
        const [first, ...rest] = pages;
        const texts = await summaryTexts(twice);
        const missing = texts.filter((t) => !foundWhole(t, first, texts));
        expect(missing).toEqual([]);
        // The chart is drawn on the first page: its title is in no cell, its axis runs to 100%.
        expect(first).toContain(word("chartTitle", lang));
        expect(first).toContain("100%");
        // Nothing of the Summary spills onto the next page.
        for (const page of rest) {
          expect(page).not.toContain(word("recordHeading", lang));
          expect(page).not.toContain(word("conditionsMatrixHeading", lang));
        }
      });

      withText("the Clauses sheet: every column and the header on each page, ≤ 12 pages", () => {
        const clausePages = pages.slice(1);
        expect(clausePages.length).toBeGreaterThanOrEqual(1);
        expect(clausePages.length).toBeLessThanOrEqual(12);
        const headers = CLAUSE_COLUMNS.map((c) => c.header.split(" ").pop()!);
        clausePages.forEach((page) => {
          const absent = headers.filter((h) => !page.replace(/\s+/g, "").includes(h));
          expect(absent).toEqual([]);
        });
        // The last clause (6.x) is printed, so no row was left off.
        expect(pages.join("\n")).toMatch(/\b2\d\d\b/);
      });
    });
  }
});
