import {
  a1,
  absoluteBox,
  absoluteCell,
  absoluteRange,
  cellAddress,
  columnIndex,
  columnLetters,
  parseCell,
  parseRange,
  quotedSheet,
  rangeA1,
  splitAddress,
} from "../../src/workbook/a1";

describe("the A1 codec", () => {
  test("column letters both ways, up to Excel's last column XFD", () => {
    const pairs: Array<[number, string]> = [
      [0, "A"],
      [25, "Z"],
      [26, "AA"],
      [701, "ZZ"],
      [702, "AAA"],
      [16383, "XFD"],
    ];
    for (const [index, letters] of pairs) {
      expect(columnLetters(index)).toBe(letters);
      expect(columnIndex(letters)).toBe(index);
    }
    expect(columnIndex("xfd")).toBe(16383);
  });

  test("every column round-trips through letters", () => {
    for (let col = 0; col <= 16383; col++) expect(columnIndex(columnLetters(col))).toBe(col);
  });

  test("cells encode and decode, $ signs optional", () => {
    expect(a1(24, 6)).toBe("G25");
    expect(parseCell("G25")).toEqual({ row: 24, col: 6 });
    expect(parseCell("$G$25")).toEqual({ row: 24, col: 6 });
    expect(parseCell(a1(1048575, 16383))).toEqual({ row: 1048575, col: 16383 });
    expect(parseCell("G0")).toBeNull();
    expect(parseCell("25G")).toBeNull();
    expect(parseCell("Sheet!G25")).toBeNull();
  });

  test("ranges encode and decode; one cell is written without a colon", () => {
    const box = { row: 0, col: 0, rows: 9, cols: 3 };
    expect(rangeA1(box)).toBe("A1:C9");
    expect(parseRange("A1:C9")).toEqual(box);
    expect(parseRange("$A$1:$C$9")).toEqual(box);
    expect(parseRange("C9:A1")).toEqual(box);
    expect(rangeA1({ row: 4, col: 16383, rows: 1, cols: 1 })).toBe("XFD5");
    expect(parseRange("XFD5")).toEqual({ row: 4, col: 16383, rows: 1, cols: 1 });
    expect(parseRange("A1:B2:C3")).toBeNull();
    expect(parseRange("A1:")).toBeNull();
    expect(parseRange("whole")).toBeNull();
  });

  test("absolute references quote the sheet and double its apostrophes", () => {
    expect(quotedSheet("It's")).toBe("'It''s'");
    expect(absoluteCell("条目 Clauses", 24, 6)).toBe("'条目 Clauses'!$G$25");
    expect(absoluteRange("Summary", 1, 6, 211)).toBe("'Summary'!$G$2:$G$212");
    expect(absoluteRange("Summary", 1, 6, 1)).toBe("'Summary'!$G$2:$G$2");
    expect(absoluteBox("It's", { row: 0, col: 0, rows: 9, cols: 3 })).toBe("'It''s'!$A$1:$C$9");
    expect(absoluteBox("It's", { row: 0, col: 0, rows: 1, cols: 1 })).toBe("'It''s'!$A$1");
  });

  test("sheet-qualified addresses split back, quoted or not", () => {
    expect(cellAddress("条目 Clauses", 24, 6)).toBe("条目 Clauses!G25");
    expect(splitAddress(cellAddress("条目 Clauses", 24, 6))).toEqual({
      sheet: "条目 Clauses",
      cell: "G25",
    });
    expect(splitAddress("'It''s'!A1")).toEqual({ sheet: "It's", cell: "A1" });
    expect(splitAddress(absoluteBox("It's!", { row: 0, col: 0, rows: 2, cols: 2 }))).toEqual({
      sheet: "It's!",
      cell: "$A$1:$B$2",
    });
    expect(splitAddress("B2")).toEqual({ sheet: null, cell: "B2" });
  });
});
