/**
 * Where a value is expected (weights, the strictCompliance switch, operating years, the stage,
 * names), a formula counts by the result it shows; a non-blank cell is never read as blank. In
 * rating cells a formula is reported, never scored. Invisible characters pasted from chat apps
 * are dropped from every label and shown in messages when some other one remains.
 */
import { cellText, shownText, shownValue } from "../../src/core/ids";
import { cleanText, normalizeLabel, visibleText } from "../../src/core/normalize";
import { parseRating } from "../../src/core/scales";
import { parseYears } from "../../src/core/years";
import { columnOfHeader } from "../../src/workbook/columns";
import { parseRatingsCsv } from "../../src/workbook/ratings-csv";
import { parseStage } from "../../src/workbook/read";
import { switchValue, weightValue } from "../../src/workbook/weights-read";

test("a formula's cached result is the value of a switch, a weight, the years and a name", () => {
  expect(switchValue({ formula: "FALSE()", cached: false })).toBe(false);
  expect(switchValue({ formula: "TRUE()", cached: true })).toBe(true);
  expect(weightValue({ formula: "2*1", cached: 2 })).toBe(2);
  expect(parseYears({ formula: "B1+1", cached: 4 })).toEqual({ years: 4, invalid: false });
  expect(cellText({ formula: '"EPM-"&"V1"', cached: "EPM-V1" })).toBe("EPM-V1");
  expect(shownValue({ merged: "A1:A2", value: { formula: "1", cached: 1 } })).toBe(1);
  expect(shownValue({ text: "见附件", hyperlink: "https://example.com" })).toBe("见附件");
});

test("a formula without a result, or showing nothing, or an error, is never blank", () => {
  expect(switchValue({ formula: "B1" })).toBe("invalid");
  expect(switchValue({ formula: '""', cached: "" })).toBe("invalid");
  expect(weightValue({ formula: "1/0", cached: { error: "#DIV/0!" } })).toBe("invalid");
  expect(parseYears({ formula: '""', cached: "" })).toEqual({ years: null, invalid: true });
  expect(parseYears({ formula: "B1" })).toEqual({ years: null, invalid: true });
  expect(shownText({ formula: "B1" })).toBe("=B1");
});

test("the stage: a formula counts only when what it shows is a stage", () => {
  expect(parseStage({ formula: '"final"', cached: "final" })).toBe("final");
  expect(parseStage({ formula: '"最终"&"评审"', cached: "最终评审" })).toBe("final");
  expect(parseStage({ formula: '""', cached: "" })).toBeNull();
  expect(parseStage({ formula: "B1" })).toBeNull();
  expect(parseStage({ formula: '"later"', cached: "later" })).toBeNull();
  expect(parseStage({ error: "#N/A" })).toBeNull();
});

test("a rating formula is reported with what it shows, never scored", () => {
  expect(parseRating("C", { formula: '"合规"', cached: "合规" })).toEqual({
    kind: "invalid",
    rejection: { reason: "formula", text: '="合规"', shows: "合规" },
  });
  expect(parseRating("F", { text: "85%", hyperlink: "https://example.com" })).toMatchObject({
    kind: "level",
    rate: 0.85,
  });
  expect(parseRating("C", { merged: "条目 Clauses!G5:G6", value: "合规" })).toEqual({
    kind: "invalid",
    rejection: { reason: "merged", range: "条目 Clauses!G5:G6" },
  });
});

test("zero-width characters and soft hyphens are dropped from ratings, headers and CSV IDs", () => {
  expect(parseRating("F", "85%\u200b")).toMatchObject({ kind: "level", rate: 0.85 });
  expect(parseRating("C", "\ufeff合\u00ad规\u2060")).toMatchObject({ kind: "level" });
  expect(parseRating("C", "\u200c\u200d")).toEqual({ kind: "blank" });
  expect(normalizeLabel("\u200bC 方法合规\u200b")).toBe("c 方法合规");
  expect(columnOfHeader("F\u00ad 执行到位\u200b")).toBe("f");
  expect(cleanText("\u00a0 1\u200b ")).toBe("1");
  const csv = parseRatingsCsv("\ufeff\u200bID,C\u200b\n\u200b1\u200b,合规\n", "en");
  expect(csv).toMatchObject({ ok: true, columns: ["c"], ratings: [{ id: "1" }] });
});

test("a character that is still invisible is shown in messages as <U+…>", () => {
  expect(visibleText("合规\u200e")).toBe("合规<U+200E>");
  expect(visibleText("a\tb")).toBe("a<U+0009>b");
  expect(shownText("合规\u200e")).toBe("合规<U+200E>");
  expect(switchValue("FALSE\u200b")).toBe(false);
});
