/**
 * The Office.js address is set at build time (OFFICE_JS_URL, beside ADDIN_PROD_URL) for tenants on
 * a sovereign cloud or behind a mirror; by default the pages load it from Microsoft's CDN.
 */
import path from "node:path";
import { ROOT } from "../cli/harness";

type Config = { plugins: Array<{ userOptions?: { filename?: string; officeJs?: string } }> };
const makeConfig = require(path.join(ROOT, "webpack.config.js")) as (
  env: object,
  argv: { mode: string }
) => Promise<Config>;

async function officeJsOf(value: string | undefined): Promise<Record<string, string | undefined>> {
  const before = process.env.OFFICE_JS_URL;
  if (value === undefined) delete process.env.OFFICE_JS_URL;
  else process.env.OFFICE_JS_URL = value;
  try {
    const config = await makeConfig({}, { mode: "development" });
    const pages: Record<string, string | undefined> = {};
    for (const plugin of config.plugins)
      if (plugin.userOptions?.filename)
        pages[plugin.userOptions.filename] = plugin.userOptions.officeJs;
    return pages;
  } finally {
    if (before === undefined) delete process.env.OFFICE_JS_URL;
    else process.env.OFFICE_JS_URL = before;
  }
}

test("by default the task pane and the commands load Office.js from Microsoft's CDN", async () => {
  const pages = await officeJsOf(undefined);
  expect(pages["taskpane.html"]).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
  expect(pages["commands.html"]).toBe(pages["taskpane.html"]);
  // The browser page needs no Office.js at all.
  expect(pages["app.html"]).toBeUndefined();
});

test("OFFICE_JS_URL replaces the address in both pages", async () => {
  const pages = await officeJsOf("https://office.mirror.example.cn/lib/1/hosted/office.js");
  expect(pages["taskpane.html"]).toBe("https://office.mirror.example.cn/lib/1/hosted/office.js");
  expect(pages["commands.html"]).toBe("https://office.mirror.example.cn/lib/1/hosted/office.js");
});

test("an OFFICE_JS_URL that is not https stops the build", async () => {
  await expect(officeJsOf("http://office.mirror.example.cn/office.js")).rejects.toThrow(
    /OFFICE_JS_URL must be https/
  );
});
