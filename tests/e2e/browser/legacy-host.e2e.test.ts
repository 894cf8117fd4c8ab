/**
 * Old webviews (Internet Explorer 11, Edge Legacy) in a real browser: chromium with their user
 * agents opens the built taskpane.html and commands.html (Office.js replaced by a small stand-in,
 * as the test has no network). The pane shows, in the user's language, that this Excel is too old
 * and how to score anyway, never a blank pane; Score now completes its event with that message.
 */
import type { Page } from "playwright-core";
import { chromiumPath, describeWithApp } from "../../support/apps";
import { useBuiltPages } from "../../support/built-pages";
import { openWithOfficeJs } from "../../support/office-js-page";

const IE11 = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko";
const EDGE_LEGACY =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) " +
  "Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041";

/** Office.js as a host would serve it, reduced to what the pages call. */
function officeStub(displayLanguage: string): string {
  return `window.Office = {
    context: { displayLanguage: ${JSON.stringify(displayLanguage)} },
    actions: { associate: function (name, fn) { window.__associated = name; } },
    onReady: function (cb) {
      var info = { host: "Excel", platform: "PC" };
      if (cb) setTimeout(function () { cb(info); }, 0);
      return Promise.resolve(info);
    }
  };`;
}

describeWithApp("chromium", chromiumPath, "old webviews (taskpane.html, commands.html)", () => {
  const pageErrors: string[] = [];

  const pages = useBuiltPages();

  const open = (userAgent: string, locale: string, page: string): Promise<Page> =>
    openWithOfficeJs(pages, {
      page,
      locale,
      userAgent,
      officeJs: (route) =>
        route.fulfill({ contentType: "text/javascript", body: officeStub(locale) }),
      pageErrors,
    });

  test("Internet Explorer 11, Chinese: the pane explains, in Chinese, how to score anyway", async () => {
    const page = await open(IE11, "zh-CN", "taskpane.html");
    const box = page.getByTestId("legacy-host");
    await box.waitFor();
    const text = await box.innerText();
    expect(text).toContain("此版本的 Excel 过旧");
    expect(text).toContain("epm-scorer score");
    expect(await box.getByRole("link").getAttribute("href")).toBe("app.html");
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
    // The modern bundle stood aside: the message is all the pane shows.
    expect(await page.locator("#root > *").count()).toBe(1);
    await page.context().close();
  });

  test("Edge Legacy, English: the same message in English", async () => {
    const page = await open(EDGE_LEGACY, "en-US", "taskpane.html");
    const text = await page.getByTestId("legacy-host").innerText();
    expect(text).toContain("This version of Excel is too old");
    expect(text).toContain("app.html");
    await page.context().close();
  });

  test("Score now on an old webview completes its event and keeps the message for the pane", async () => {
    const page = await open(IE11, "en-US", "commands.html");
    await page.waitForFunction(() => (window as unknown as { __associated?: string }).__associated);
    const result = await page.evaluate(() => {
      let completed = 0;
      const run = (window as unknown as { scoreNow: (e: object) => void }).scoreNow;
      run({ completed: () => (completed += 1) });
      return { completed, kept: localStorage.getItem("epm-star-scorer.lastCommand") };
    });
    expect(result.completed).toBe(1);
    expect(JSON.parse(result.kept!)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Score now/),
    });
    await page.context().close();
  });

  test("a current browser gets no such message", async () => {
    const page = await open(
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0",
      "en-US",
      "taskpane.html"
    );
    await page.locator("#root > *").first().waitFor();
    expect(await page.getByTestId("legacy-host").count()).toBe(0);
    await page.context().close();
    expect(pageErrors).toEqual([]);
  });
});
