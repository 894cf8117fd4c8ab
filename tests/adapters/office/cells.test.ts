import { toExcelValue, toRawCell } from "../../../src/adapters/office/cells";

describe("Office cell conversions", () => {
  test("strings are written with the quote prefix so Excel does not parse them", () => {
    expect(toExcelValue("=1+1")).toBe("'=1+1");
    expect(toExcelValue("85%")).toBe("'85%");
    expect(toExcelValue("17/20")).toBe("'17/20");
    expect(toExcelValue("合规")).toBe("'合规");
    expect(toExcelValue("")).toBe("");
  });
  test("numbers, booleans, formulas and blanks", () => {
    expect(toExcelValue(0.85)).toBe(0.85);
    expect(toExcelValue(true)).toBe(true);
    expect(toExcelValue({ formula: "SUM(A1:A3)" })).toBe("=SUM(A1:A3)");
    expect(toExcelValue({ formula: "=A1" })).toBe("=A1");
    expect(toExcelValue(null)).toBe("");
  });
  test("read cells: formulas, error values, blanks, constants", () => {
    expect(toRawCell(2, "=1+1", "Double")).toEqual({ formula: "1+1", cached: 2 });
    expect(toRawCell("ok", '=IF(1,"ok")', "String")).toEqual({
      formula: 'IF(1,"ok")',
      cached: "ok",
    });
    expect(toRawCell("=1+1", "=1+1", "String")).toBe("=1+1");
    expect(toRawCell("#DIV/0!", "#DIV/0!", "Error")).toEqual({ error: "#DIV/0!" });
    expect(toRawCell("", "", "Empty")).toBeNull();
    expect(toRawCell(0.85, 0.85, "Double")).toBe(0.85);
    expect(toRawCell("合规", "合规", "String")).toBe("合规");
    expect(toRawCell(false, false, "Boolean")).toBe(false);
  });
});
