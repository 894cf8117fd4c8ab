/**
 * The browser page in a real browser (Debian's chromium driven by playwright-core): open a rated
 * workbook made by the command line, compare what the page shows with the command line's JSON, try
 * a what-if, click an issue, download the scored workbook; refuse a 60 MB file and a file that is
 * not an audit workbook. No page error, and no request leaves the page's own origin.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import type { Result } from "../../../src/core/types";
import { chromiumPath, describeWithApp } from "../../support/apps";
import { useBuiltPages } from "../../support/built-pages";
import { cli, ROOT, tempDir } from "../../cli/harness";
import { makeRatedWorkbook } from "../../support/rated-workbook";

const SHOTS = path.join(ROOT, "docs", "screenshots");

describeWithApp("chromium", chromiumPath, "the browser page (app.html) in chromium", () => {
  const dir = tempDir();
  const rated = path.join(dir, "rated-audit.xlsx");
  const withIssue = path.join(dir, "audit-with-issue.xlsx");
  let expected: Result;
  const offOrigin: string[] = [];
  const pageErrors: string[] = [];

  async function openPage(locale: "zh-CN" | "en-US"): Promise<Page> {
    const context = await pages.browser.newContext({
      locale,
      viewport: { width: 460, height: 1000 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    page.on("request", (request) => {
      const url = request.url();
      if (!url.startsWith(pages.origin) && !url.startsWith("data:") && !url.startsWith("blob:"))
        offOrigin.push(url);
    });
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") pageErrors.push(message.text());
    });
    await page.goto(`${pages.origin}/app.html`);
    return page;
  }

  async function openWorkbook(page: Page, file: string): Promise<void> {
    await page.getByTestId("file-input").setInputFiles(file);
    await page.getByTestId("page-notice").waitFor();
  }

  async function scoreInPage(page: Page): Promise<void> {
    await page.locator("#tab-score").click();
    await page.getByRole("button", { name: /Score now|立即评分/ }).click();
    await page.getByTestId("star-level").waitFor();
  }

  const pages = useBuiltPages(async () => {
    expected = await makeRatedWorkbook(dir, rated);
    const bad = path.join(dir, "bad.csv");
    writeFileSync(bad, "ID,C,F\n5,合规,85\n");
    expect((await cli("score", rated, "--ratings", bad, "--out", withIssue)).code).toBe(0);
    mkdirSync(SHOTS, { recursive: true });
  });

  afterEach(() => {
    expect(pageErrors).toEqual([]);
    expect(offOrigin).toEqual([]);
  });

  test.each(["en-US", "zh-CN"] as const)(
    "shows the command line's result (%s) and a what-if that leaves it alone",
    async (locale) => {
      const page = await openPage(locale);
      const short = locale === "zh-CN" ? "zh" : "en";
      await openWorkbook(page, rated);
      // Opening an audit workbook scores it at once; the page marks the frame that shows it.
      await page.getByTestId("star-level").waitFor();
      await page.waitForFunction(
        () => performance.getEntriesByName("epm:result-shown").length === 1
      );
      await page.screenshot({ path: path.join(SHOTS, `start-${short}.png`), fullPage: true });
      await scoreInPage(page);
      expect(await page.getByTestId("star-level").first().textContent()).toBe(
        String(expected.stars)
      );
      const number = async (id: string) =>
        Number((await page.getByTestId(id).first().textContent())!.replace(/[^0-9.]/g, ""));
      expect(await number("score15")).toBeCloseTo(expected.score15, 1);
      expect(await number("score6")).toBeCloseTo(expected.score6, 1);
      await page.screenshot({ path: path.join(SHOTS, `score-${short}.png`), fullPage: true });

      await page.locator("#tab-whatif").click();
      // The panel reuses the inputs of the last scoring; it asks to load them only when there are none.
      const load = page.getByRole("button", { name: /Load the current ratings|载入/ });
      if (await load.count()) await load.click();
      const points = page.getByLabel("1.0", { exact: true });
      await points.fill("10000");
      await page.waitForFunction(
        () => document.querySelector('[data-testid="what-if-star-level"]')?.textContent === "3"
      );
      await page.screenshot({ path: path.join(SHOTS, `whatif-${short}.png`), fullPage: true });
      await page.locator("#tab-score").click();
      expect(await page.getByTestId("star-level").first().textContent()).toBe(
        String(expected.stars)
      );
      await page.context().close();
    }
  );

  test("clicking an issue shows its cell; the scored workbook downloads intact", async () => {
    const page = await openPage("en-US");
    await openWorkbook(page, withIssue);
    await scoreInPage(page);
    expect(Number(await page.getByTestId("issues-count").textContent())).toBeGreaterThan(0);
    await page
      .getByRole("button", { name: /Clauses!H6/ })
      .first()
      .click();
    await expect(page.getByTestId("selected-cell").textContent()).resolves.toContain("Clauses!H6");

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("download").click(),
    ]);
    const saved = path.join(dir, "downloaded.xlsx");
    await download.saveAs(saved);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(saved) as unknown as ArrayBuffer);
    const summary = workbook.worksheets.find((ws) => ws.name.includes("Summary"))!;
    const texts: string[] = [];
    summary.eachRow((row) => row.eachCell((cell) => texts.push(cell.text)));
    expect(texts.some((text) => text.includes("★"))).toBe(true);
    const clauses = workbook.worksheets.find((ws) => ws.name.includes("Clauses"))!;
    expect(clauses.getCell("H6").text).toBe("85"); // the rating as entered, never rewritten
    await page.context().close();
  });

  test("a 60 MB file and a workbook that is not an audit get a clear message, never a frozen page", async () => {
    const page = await openPage("en-US");
    const big = path.join(dir, "huge.xlsx");
    writeFileSync(big, Buffer.alloc(60 * 1024 * 1024, 1));
    await openWorkbook(page, big);
    expect(await page.getByTestId("page-notice").textContent()).toMatch(/too large.*60\.0 MB/);

    const plain = new ExcelJS.Workbook();
    plain.addWorksheet("Budget").getCell("A1").value = "not an audit";
    const other = path.join(dir, "budget.xlsx");
    await plain.xlsx.writeFile(other);
    await openWorkbook(page, other);
    expect(await page.getByTestId("page-notice").textContent()).toMatch(/not an audit workbook/);
    // The page still answers: the language switch works at once.
    await page.getByTestId("language").click();
    await page.getByText("新建空白评审").waitFor();
    await page.context().close();
  });
});
