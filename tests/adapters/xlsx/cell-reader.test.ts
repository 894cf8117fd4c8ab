/** The one cell reader of .xlsx files: each class of cell as a user's file holds it. */
import ExcelJS from "exceljs";
import { rawCellOf } from "../../../src/adapters/xlsx/cells";
import { moveFormula } from "../../../src/adapters/xlsx/shared-formula";

async function reloaded(build: (ws: ExcelJS.Worksheet) => void): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet("Sheet1"));
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await workbook.xlsx.writeBuffer());
  return again.getWorksheet("Sheet1")!;
}

describe("moveFormula: a shared formula as each of its cells holds it", () => {
  test("relative parts move, $-fixed parts stay", () => {
    expect(moveFormula("G2", 1, 0)).toBe("G3");
    expect(moveFormula("$G2+G$2+$G$2", 2, 1)).toBe("$G4+H$2+$G$2");
    expect(moveFormula("SUM(A1:B2)*2", 3, 0)).toBe("SUM(A4:B5)*2");
  });
  test("text in quotes, function names and sheet names are not references", () => {
    expect(moveFormula('IF(A1="A1","B2",LOG10(A1))', 1, 0)).toBe('IF(A2="A1","B2",LOG10(A2))');
    expect(moveFormula("'Q1 A1'!B2+Sheet1!C3", 1, 1)).toBe("'Q1 A1'!C3+Sheet1!D4");
    expect(moveFormula('"say ""A1"""&A1', 1, 0)).toBe('"say ""A1"""&A2');
  });
  test("a reference moved off the sheet is #REF!", () => {
    expect(moveFormula("A1", -1, 0)).toBe("#REF!");
  });
});

describe("rawCellOf classifies every cell once", () => {
  test("scalars, dates, blanks, error values and rich text", async () => {
    const ws = await reloaded((s) => {
      s.getCell("A1").value = "合规";
      s.getCell("A2").value = 0.85;
      s.getCell("A3").value = true;
      s.getCell("A4").value = new Date(Date.UTC(2024, 0, 31));
      s.getCell("A5").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
      s.getCell("A6").value = {
        richText: [{ text: "部分" }, { font: { bold: true }, text: "合规" }],
      };
    });
    expect(rawCellOf(ws.getCell("A1"))).toBe("合规");
    expect(rawCellOf(ws.getCell("A2"))).toBe(0.85);
    expect(rawCellOf(ws.getCell("A3"))).toBe(true);
    expect(rawCellOf(ws.getCell("A4"))).toEqual(new Date(Date.UTC(2024, 0, 31)));
    expect(rawCellOf(ws.getCell("A5"))).toEqual({ error: "#N/A" });
    expect(rawCellOf(ws.getCell("A6"))).toBe("部分合规");
    expect(rawCellOf(ws.getCell("A7"))).toBeNull();
  });

  test("a formula with its cached result; a formula saved without one", async () => {
    const ws = await reloaded((s) => {
      s.getCell("A1").value = { formula: "FALSE()", result: false } as ExcelJS.CellFormulaValue;
      s.getCell("A2").value = { formula: '"85"&"%"', result: "85%" } as ExcelJS.CellFormulaValue;
      s.getCell("A3").value = {
        formula: "1/0",
        result: { error: "#DIV/0!" },
      } as ExcelJS.CellFormulaValue;
      s.getCell("A4").value = { formula: "B1" } as ExcelJS.CellFormulaValue;
    });
    expect(rawCellOf(ws.getCell("A1"))).toEqual({ formula: "FALSE()", cached: false });
    expect(rawCellOf(ws.getCell("A2"))).toEqual({ formula: '"85"&"%"', cached: "85%" });
    expect(rawCellOf(ws.getCell("A3"))).toEqual({ formula: "1/0", cached: { error: "#DIV/0!" } });
    expect(rawCellOf(ws.getCell("A4"))).toMatchObject({ formula: "B1" });
  });

  test("a shared formula is reported as each cell's own formula, with its own result", async () => {
    const ws = await reloaded((s) => {
      s.getCell("G2").value = {
        formula: "$A2&B$1",
        shareType: "shared",
        ref: "G2:G4",
        result: "x",
      } as ExcelJS.CellFormulaValue;
      s.getCell("G3").value = {
        sharedFormula: "G2",
        result: "y",
      } as ExcelJS.CellSharedFormulaValue;
      s.getCell("G4").value = {
        sharedFormula: "G2",
        result: "z",
      } as ExcelJS.CellSharedFormulaValue;
    });
    expect(rawCellOf(ws.getCell("G2"))).toEqual({ formula: "$A2&B$1", cached: "x" });
    expect(rawCellOf(ws.getCell("G3"))).toEqual({ formula: "$A3&B$1", cached: "y" });
    expect(rawCellOf(ws.getCell("G4"))).toEqual({ formula: "$A4&B$1", cached: "z" });
  });

  test("a cell link keeps its text and its target", async () => {
    const ws = await reloaded((s) => {
      s.getCell("A1").value = { text: "见附件", hyperlink: "https://example.com/a" };
    });
    expect(rawCellOf(ws.getCell("A1"))).toEqual({
      text: "见附件",
      hyperlink: "https://example.com/a",
    });
  });

  test("every cell of a merged range, its top-left included, names the range", async () => {
    const ws = await reloaded((s) => {
      s.getCell("G5").value = "合规";
      s.mergeCells("G5:G6");
    });
    expect(rawCellOf(ws.getCell("G5"))).toEqual({ merged: "G5:G6", value: "合规" });
    expect(rawCellOf(ws.getCell("G6"))).toEqual({ merged: "G5:G6", value: null });
    expect(rawCellOf(ws.getCell("G7"))).toBeNull();
  });
});
