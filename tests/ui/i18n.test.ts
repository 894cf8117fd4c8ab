import { resolveLang } from "../../src/core/i18n";
import { findCatalogue } from "../../src/catalogues";
import { standardTerms } from "../../src/core/standard";
import { fill, STRINGS, stringsFor } from "../../src/ui/i18n";
import { exampleCatalogue } from "../support/example-catalogue";

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("task pane strings", () => {
  test("every key exists in both languages", () => {
    expect(Object.keys(STRINGS.zh).sort()).toEqual(Object.keys(STRINGS.en).sort());
  });
  test("no string is empty and both languages use the same placeholders", () => {
    for (const key of Object.keys(STRINGS.en) as Array<keyof typeof STRINGS.en>) {
      expect(STRINGS.en[key].trim()).not.toBe("");
      expect(STRINGS.zh[key].trim()).not.toBe("");
      expect(placeholders(STRINGS.zh[key])).toEqual(placeholders(STRINGS.en[key]));
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
  test("the strings name the modules of the standard they are made for", () => {
    const service = standardTerms(exampleCatalogue);
    const en = stringsFor("en", service);
    expect([en.score15, en.condScore6, en.cap6]).toEqual(["Modules A–B", "Score X ≥", "X cap"]);
    // Placeholders the panels fill later stay for them.
    expect(en.shortScore15).toBe("{short} more points in modules A–B");
    expect(stringsFor("zh", service).thresholdScore6).toBe("X 得分 %");
    const epm = stringsFor("en", standardTerms(findCatalogue("CC-CMM-EPM")!));
    expect(epm.score15).toBe("Modules 1.0–5.0");
    expect(Object.values(epm).filter((text) => /\{(cf|i|standard)\}/.test(text))).toEqual([]);
  });
});
