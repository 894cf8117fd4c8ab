/**
 * Why the pane has no host: Office.js missing (blocked, offline), Office.js that does not start in
 * time, or a plain browser. The pane shows a different message for each (issue 19).
 */
import { officeReady } from "../../../src/adapters/office/host";

const globals = globalThis as unknown as { Office?: unknown };

afterEach(() => delete globals.Office);

test("no Office.js at all: officeJsMissing", async () => {
  expect(globals.Office).toBeUndefined();
  const env = await officeReady();
  expect(env.host).toBeNull();
  expect(env.noHostReason).toBe("officeJsMissing");
});

test("an Office.js that never starts: officeJsTimeout once the wait is over", async () => {
  globals.Office = { onReady: () => new Promise(() => undefined) };
  const env = await officeReady(20);
  expect(env.host).toBeNull();
  expect(env.noHostReason).toBe("officeJsTimeout");
});

test("Office.js in a plain browser (no host): outsideOffice", async () => {
  globals.Office = { onReady: () => Promise.resolve({ host: null, platform: null }) };
  const env = await officeReady(1000);
  expect(env.noHostReason).toBe("outsideOffice");
});

test("in Excel: a host and no reason", async () => {
  globals.Office = {
    onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
    context: { displayLanguage: "zh-CN" },
  };
  const env = await officeReady(1000);
  expect(env.host).toBe("Excel");
  expect(env.noHostReason).toBeUndefined();
  expect(env.displayLanguage).toBe("zh-CN");
});
