/**
 * Print report on the browser page: the print stylesheet shows only the result view, so the
 * browser's own Save as PDF gives the report (stars, conditions, gap, top gains with their
 * summaries) without the page's buttons. Chromium prints the page to PDF here.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromiumPath, describeWithApp, findExecutable } from "../../support/apps";
import { useBuiltPages } from "../../support/built-pages";
import { ROOT, tempDir } from "../../cli/harness";
import { makeRatedWorkbook } from "../../support/rated-workbook";

const pdftotext = findExecutable(["pdftotext"]);

describeWithApp("chromium", chromiumPath, "Print report on the browser page", () => {
  const dir = tempDir();
  const rated = path.join(dir, "rated-audit.xlsx");

  const pages = useBuiltPages(async () => {
    await makeRatedWorkbook(dir, rated);
  });

  test("prints the result view only, with the top gains' summaries", async () => {
    const page = await (await pages.browser.newContext({ locale: "en-US" })).newPage();
    await page.goto(`${pages.origin}/app.html`);
    await page.getByTestId("file-input").setInputFiles(rated);
    await page.getByTestId("star-level").waitFor();
    const printButton = page.getByTestId("print-report");
    await printButton.waitFor();
    await page.emulateMedia({ media: "print" });
    expect(await printButton.isVisible()).toBe(false);
    expect(await page.getByTestId("download").isVisible()).toBe(false);
    const pdf = await page.pdf({ format: "A4" });
    const file = path.join(ROOT, "test-artifacts", "browser-report.pdf");
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, pdf);
    if (!pdftotext) return;
    const text = execFileSync(pdftotext, [file, "-"], { encoding: "utf8" });
    expect(text).toContain("Clauses with the most points at stake");
    expect(text).toMatch(/Clause 2\d\d/);
    expect(text).not.toContain("Download scored workbook");
    expect(text).not.toContain("Open audit workbook");
  });
});
