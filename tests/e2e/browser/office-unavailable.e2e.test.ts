/**
 * Office.js blocked or slow (issue 19): chromium opens the built taskpane.html with the request
 * for Office.js blocked, held back, or answered by an Office.js that never starts. The pane says
 * so in the user's language, with what to do and how to score without it: never a blank pane,
 * never "open this page from Excel".
 */
import type { Page, Route } from "playwright-core";
import { chromiumPath, describeWithApp } from "../../support/apps";
import { useBuiltPages } from "../../support/built-pages";
import { openWithOfficeJs } from "../../support/office-js-page";

/** An Office.js outside Excel: it starts, with no host. */
const OUTSIDE_OFFICE =
  "window.Office = { onReady: function () { return Promise.resolve({ host: null }); } };";
/** An Office.js that loads but never connects to Excel. */
const NEVER_READY =
  "window.Office = { onReady: function () { return new Promise(function () {}); } };";

describeWithApp("chromium", chromiumPath, "taskpane.html without Office.js", () => {
  const pageErrors: string[] = [];

  const pages = useBuiltPages();

  // "commit": the page's own load waits for Office.js, which some cases hold back.
  const open = (locale: string, officeJs: (route: Route) => Promise<void>): Promise<Page> =>
    openWithOfficeJs(pages, {
      page: "taskpane.html",
      locale,
      officeJs,
      waitUntil: "commit",
      pageErrors,
    });

  test("blocked (Chinese): the pane names the blocked address and how to score anyway", async () => {
    const page = await open("zh-CN", (route) => route.abort("blockedbyclient"));
    const box = page.getByTestId("office-unavailable");
    await box.waitFor();
    const text = await box.innerText();
    expect(text).toContain("无法加载 Office.js");
    expect(text).toContain("appsforoffice.microsoft.com");
    expect(text).toContain("epm-scorer score");
    expect(await box.getByRole("link").getAttribute("href")).toBe("app.html");
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
    await page.context().close();
  });

  test("blocked (English): the same in English, and not the outside-Excel message", async () => {
    const page = await open("en-US", (route) => route.abort("connectionrefused"));
    const text = await page.getByTestId("office-unavailable").innerText();
    expect(text).toContain("Office.js could not be loaded");
    expect(text).toContain("Ask your IT team to allow appsforoffice.microsoft.com");
    expect(text).not.toContain("Open this page from Excel");
    await page.context().close();
  });

  test("slow: held back past the wait, the pane says so and offers to try again", async () => {
    const page = await open("en-US", () => new Promise<void>(() => undefined));
    const box = page.getByTestId("office-unavailable");
    await box.waitFor({ timeout: 20_000 });
    expect(new URL(page.url()).pathname).toBe("/office-unavailable.html");
    const text = await box.innerText();
    expect(text).toContain("Office.js is taking too long to load");
    expect(text).toContain("appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(text).toContain("Ask your IT team to allow appsforoffice.microsoft.com");
    expect(await box.getByRole("link", { name: "Try again" }).getAttribute("href")).toBe(
      "taskpane.html"
    );
    expect(
      await box.getByRole("link", { name: "Open the browser mode" }).getAttribute("href")
    ).toBe("app.html");
    await page.context().close();
  }, 30_000);

  test("slow (Chinese): the same in Chinese", async () => {
    const page = await open("zh-CN", () => new Promise<void>(() => undefined));
    const box = page.getByTestId("office-unavailable");
    await box.waitFor({ timeout: 20_000 });
    expect(await box.innerText()).toContain("Office.js 加载时间过长");
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
    await page.context().close();
  }, 30_000);

  test("Office.js that arrives in time: the pane starts and stays", async () => {
    const page = await open("en-US", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.fulfill({ contentType: "text/javascript", body: OUTSIDE_OFFICE });
    });
    await page.getByRole("link", { name: "Open the browser mode" }).waitFor();
    // Past office-wait.js's wait, the pane has not been sent away.
    await page.waitForTimeout(10_500);
    expect(new URL(page.url()).pathname).toBe("/taskpane.html");
    await page.context().close();
  }, 30_000);

  test("Office.js that never starts: after the wait the pane says so", async () => {
    const page = await open("en-US", (route) =>
      route.fulfill({ contentType: "text/javascript", body: NEVER_READY })
    );
    const box = page.getByTestId("office-unavailable");
    await box.waitFor({ timeout: 20_000 });
    const text = await box.innerText();
    expect(text).toContain("Office.js did not start");
    expect(text).toContain("10 seconds");
    await page.context().close();
    expect(pageErrors).toEqual([]);
  }, 30_000);
});
