import { enUS } from "../../src/taskpane/i18n/en-US";
import { zhCN } from "../../src/taskpane/i18n/zh-CN";
import { resolveLang } from "../../src/core/i18n";
import { fill } from "../../src/taskpane/i18n";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("task pane strings", () => {
  test("every key exists in both languages", () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(enUS).sort());
  });
  test("no string is empty and both languages use the same placeholders", () => {
    for (const key of Object.keys(enUS) as Array<keyof typeof enUS>) {
      expect(enUS[key].trim()).not.toBe("");
      expect(zhCN[key].trim()).not.toBe("");
      expect(placeholders(zhCN[key])).toEqual(placeholders(enUS[key]));
    }
  });
  test("language from Office.context.displayLanguage", () => {
    expect(resolveLang("zh-CN")).toBe("zh");
    expect(resolveLang("zh-TW")).toBe("zh");
    expect(resolveLang("en-US")).toBe("en");
    expect(resolveLang("de-DE")).toBe("en");
    expect(resolveLang(undefined)).toBe("en");
  });
  test("the pane fills placeholders and leaves unknown ones", () => {
    expect(fill("{n} stars {x}", { n: 4 })).toBe("4 stars {x}");
  });
});
