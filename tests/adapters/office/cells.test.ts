import { toExcelValue, toRawCell } from "../../../src/adapters/office/cells";
import { cellA1, columnLetters, splitAddress } from "../../../src/adapters/office/address";

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
    expect(toRawCell(2, "=1+1", "Double")).toEqual({ formula: "1+1" });
    expect(toRawCell("ok", '=IF(1,"ok")', "String")).toEqual({ formula: 'IF(1,"ok")' });
    expect(toRawCell("=1+1", "=1+1", "String")).toBe("=1+1");
    expect(toRawCell("#DIV/0!", "#DIV/0!", "Error")).toEqual({ error: "#DIV/0!" });
    expect(toRawCell("", "", "Empty")).toBeNull();
    expect(toRawCell(0.85, 0.85, "Double")).toBe(0.85);
    expect(toRawCell("合规", "合规", "String")).toBe("合规");
    expect(toRawCell(false, false, "Boolean")).toBe(false);
  });
  test("addresses", () => {
    expect(columnLetters(0)).toBe("A");
    expect(columnLetters(25)).toBe("Z");
    expect(columnLetters(26)).toBe("AA");
    expect(columnLetters(701)).toBe("ZZ");
    expect(columnLetters(702)).toBe("AAA");
    expect(cellA1(24, 6)).toBe("G25");
    expect(splitAddress("条目 Clauses!G25")).toEqual({ sheet: "条目 Clauses", cell: "G25" });
    expect(splitAddress("'It''s'!A1")).toEqual({ sheet: "It's", cell: "A1" });
    expect(splitAddress("B2")).toEqual({ sheet: null, cell: "B2" });
  });
});
