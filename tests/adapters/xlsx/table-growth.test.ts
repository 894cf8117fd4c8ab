/**
 * A table growing down into cells in use (appendTableRows): as in Excel, only the cells of the
 * table's own columns move down, with what lies wholly among them (tables, merged ranges,
 * dropdowns, conditional formats, names); cells beside stay. When something below crosses the
 * table's left or right edge, whole sheet rows are inserted instead, and no cell is lost.
 */
import type ExcelJS from "exceljs";
import { loadWorkbook, newWorkbook, type XlsxWorkbook } from "../../../src/adapters/xlsx";
import { rawCellOf } from "../../../src/adapters/xlsx/cells";
import { mergedBoxes } from "../../../src/adapters/xlsx/internals";
import { encodeRange, type TableModel } from "../../../src/adapters/xlsx/tables";
import type { PlanOp } from "../../../src/workbook/plan";

const SHEET = "S";

/** A sheet with the table Grow on B2:C4 (header and two rows), saved and opened again. */
async function sheetWithTable(
  edit: (sheet: ExcelJS.Worksheet, port: XlsxWorkbook) => void
): Promise<XlsxWorkbook> {
  const port = newWorkbook();
  await port.apply({
    ops: [
      { op: "addSheet", name: SHEET },
      {
        op: "setValues",
        sheet: SHEET,
        row: 1,
        col: 1,
        values: [
          ["Key", "Value"],
          ["k1", "v1"],
          ["k2", "v2"],
        ],
      },
      { op: "addTable", name: "Grow", area: { sheet: SHEET, row: 1, col: 1, rows: 3, cols: 2 } },
    ],
  });
  edit(port.workbook.getWorksheet(SHEET)!, port);
  return loadWorkbook(await port.saveWorkbook());
}

const growByTwo: PlanOp = {
  op: "appendTableRows",
  table: "Grow",
  values: [
    ["k3", "v3"],
    ["k4", "v4"],
  ],
};

/** Grow the table by two rows, save, and open the file again. */
async function grown(port: XlsxWorkbook): Promise<ExcelJS.Worksheet> {
  await port.apply({ ops: [growByTwo] });
  return (await loadWorkbook(await port.saveWorkbook())).workbook.getWorksheet(SHEET)!;
}

/** Every cell holding something, by address, as the product's cell reader reads it. */
function cellsOf(sheet: ExcelJS.Worksheet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      const raw = rawCellOf(cell);
      if (raw !== null) out[cell.address] = raw;
    })
  );
  return out;
}

const mergedRanges = (sheet: ExcelJS.Worksheet) =>
  mergedBoxes(sheet).map((box) => encodeRange(box));

const tableRef = (sheet: ExcelJS.Worksheet, name: string) =>
  (sheet as unknown as { tables: Record<string, { table: { tableRef: string } }> }).tables[name]
    .table.tableRef;

test("cells beside a growing table stay; cells below it in its columns move down with their formula, link, note and style", async () => {
  const port = await sheetWithTable((sheet) => {
    sheet.getCell("D5").value = "right of the growth";
    sheet.getCell("A6").value = "left, below";
    sheet.getCell("B5").value = "directly below";
    sheet.getCell("C5").value = { formula: 'D5&"!"', result: "right of the growth!" };
    sheet.getCell("B6").value = { text: "minutes", hyperlink: "https://docs.example/minutes" };
    sheet.getCell("B6").note = "the lead's comment";
    sheet.getCell("C6").value = 42;
    sheet.getCell("C6").style = { font: { bold: true }, numFmt: "0.0" };
    sheet.getCell("B9").value = "further down";
  });
  const after = await grown(port);

  expect(tableRef(after, "Grow")).toBe("B2:C6");
  expect(cellsOf(after)).toEqual({
    B2: "Key",
    C2: "Value",
    B3: "k1",
    C3: "v1",
    B4: "k2",
    C4: "v2",
    B5: "k3",
    C5: "v3",
    B6: "k4",
    C6: "v4",
    D5: "right of the growth",
    A6: "left, below",
    B7: "directly below",
    // Formulas are moved as they are written (ExcelJS keeps a formula's text; so did whole rows).
    C7: { formula: 'D5&"!"', cached: "right of the growth!" },
    B8: { text: "minutes", hyperlink: "https://docs.example/minutes" },
    C8: 42,
    B11: "further down",
  });
  expect(after.getCell("B8").note).toBe("the lead's comment");
  expect(after.getCell("C8").style).toMatchObject({ font: { bold: true }, numFmt: "0.0" });
  // The cells the table grew into carry nothing of what moved away.
  expect(after.getCell("B6").note).toBeUndefined();
  expect(after.getCell("C6").style.font?.bold).toBeFalsy();
});

test("a table, merged range, dropdown, conditional format and name below in the table's columns move with their cells; those beside stay", async () => {
  const port = await sheetWithTable((sheet, p) => {
    sheet.getCell("B5").value = "merged note";
    sheet.mergeCells("B5:C5");
    sheet.getCell("E5").value = "merged beside";
    sheet.mergeCells("E5:F5");
    sheet.getCell("B7").value = "Lead";
    sheet.getCell("C7").value = "Note";
    sheet.getCell("B8").value = "x";
    sheet.getCell("C8").value = "y";
    sheet.addTable({
      name: "Below",
      ref: "B7",
      headerRow: true,
      columns: [{ name: "Lead" }, { name: "Note" }],
      rows: [["x", "y"]],
    });
    sheet.getCell("C10").dataValidation = { type: "list", formulae: ['"a,b"'] };
    sheet.getCell("E10").dataValidation = { type: "list", formulae: ['"c,d"'] };
    sheet.addConditionalFormatting({
      ref: "B11:C12",
      rules: [{ type: "containsText", operator: "containsText", text: "x", priority: 1 }],
    });
    p.workbook.definedNames.add(`${SHEET}!$B$12`, "LeadCell");
    p.workbook.definedNames.add(`${SHEET}!$E$12`, "BesideCell");
  });
  const after = await grown(port);

  expect(mergedRanges(after).sort()).toEqual(["B7:C7", "E5:F5"]);
  expect(after.getCell("B7").value).toBe("merged note");
  expect(after.getCell("E5").value).toBe("merged beside");
  expect(tableRef(after, "Below")).toBe("B9:C10");
  expect([after.getCell("B10").value, after.getCell("C10").value]).toEqual(["x", "y"]);
  const validations = (after as unknown as { dataValidations: { model: Record<string, unknown> } })
    .dataValidations.model;
  expect(Object.keys(validations).sort()).toEqual(["C12", "E10"]);
  const formats = (after as unknown as { conditionalFormattings: Array<{ ref: string }> })
    .conditionalFormattings;
  expect(formats.map((f) => f.ref)).toEqual(["B13:C14"]);
  const names = Object.fromEntries(
    (port.workbook.definedNames.model as Array<{ name: string; ranges: string[] }>).map((n) => [
      n.name,
      n.ranges,
    ])
  );
  expect(names).toMatchObject({ LeadCell: ["S!$B$14"], BesideCell: ["S!$E$12"] });
});

test("a merged range below across the table's edge: whole rows go in instead (Excel refuses half a merge), and every cell is kept", async () => {
  const port = await sheetWithTable((sheet) => {
    sheet.getCell("C5").value = "merged across the edge";
    sheet.mergeCells("C5:D5");
    sheet.getCell("E4").value = "beside, in the table's last row";
    sheet.getCell("F9").value = "far right, below";
    sheet.addTable({
      name: "Beside",
      ref: "H3",
      headerRow: true,
      columns: [{ name: "Lead" }],
      rows: [["h4"], ["h5"], ["h6"]],
    });
  });
  const before = cellsOf(port.workbook.getWorksheet(SHEET)!);
  const after = await grown(port);

  const cells = cellsOf(after);
  // Every cell at or below the growth moved down two rows, in every column; none is lost.
  expect(cells).toMatchObject({
    C7: { merged: "C7:D7", value: "merged across the edge" },
    D7: { merged: "C7:D7", value: null },
    E4: "beside, in the table's last row",
    F11: "far right, below",
    B5: "k3",
    B6: "k4",
  });
  expect(Object.keys(cells)).toHaveLength(Object.keys(before).length + 4);
  expect(tableRef(after, "Grow")).toBe("B2:C6");
  // A table beside, across the inserted rows, grows with them and keeps its cells.
  expect(tableRef(after, "Beside")).toBe("H3:H8");
  expect(["H4", "H7", "H8"].map((a) => after.getCell(a).value)).toEqual(["h4", "h5", "h6"]);
});

test("an empty merged range reaching into the rows a table grows into is in use: it moves, never ends up inside the table", async () => {
  const port = await sheetWithTable((sheet) => {
    sheet.mergeCells("C5:E5");
    sheet.getCell("F5").value = "beside the merge";
  });
  const after = await grown(port);
  // It crosses the table's right edge: whole rows go in, as for a merge with a value.
  expect(mergedRanges(after)).toEqual(["C7:E7"]);
  expect(after.getCell("F7").value).toBe("beside the merge");
  expect(tableRef(after, "Grow")).toBe("B2:C6");
  expect(["B5", "C5", "B6", "C6"].map((a) => after.getCell(a).value)).toEqual([
    "k3",
    "v3",
    "k4",
    "v4",
  ]);
});

test("a shared formula below in the table's columns becomes each cell's own formula, so the file still saves", async () => {
  const port = await sheetWithTable((sheet) => {
    sheet.getCell("A5").value = 1;
    sheet.getCell("A6").value = 2;
    sheet.getCell("A7").value = 3;
    sheet.fillFormula("B5:B7", "A5*10", [10, 20, 30]);
  });
  const after = await grown(port);

  expect(["B7", "B8", "B9"].map((a) => rawCellOf(after.getCell(a)))).toEqual([
    { formula: "A5*10", cached: 10 },
    { formula: "A6*10", cached: 20 },
    { formula: "A7*10", cached: 30 },
  ]);
  expect(["A5", "A6", "A7"].map((a) => after.getCell(a).value)).toEqual([1, 2, 3]);
});

test("rows below the table empty in its columns: the table grows over them and nothing moves", async () => {
  const port = await sheetWithTable((sheet) => {
    sheet.getCell("D5").value = "beside the growth";
    sheet.getCell("B8").value = "below the growth";
  });
  const after = await grown(port);
  expect(cellsOf(after)).toMatchObject({ D5: "beside the growth", B8: "below the growth" });
  expect(tableRef(after, "Grow")).toBe("B2:C6");
});

test("a column inserted beside a growing table through another table gives that table a column of its own there, so its columns match its width", async () => {
  const port = await sheetWithTable((sheet) => {
    sheet.addTable({
      name: "Wide",
      ref: "A7",
      headerRow: true,
      columns: ["a", "b", "c", "d"].map((name) => ({ name })),
      rows: [[1, 2, 3, 4]],
    });
  });
  await port.apply({ ops: [{ op: "addTableColumn", table: "Grow", header: "Added" }] });
  const after = (await loadWorkbook(await port.saveWorkbook())).workbook.getWorksheet(SHEET)!;
  expect(tableRef(after, "Grow")).toBe("B2:D4");
  expect(after.getCell("D2").value).toBe("Added");
  // Wide's column D moved right with its cells; the inserted column is Wide's own, named.
  expect(tableRef(after, "Wide")).toBe("A7:E8");
  const wide = (after as unknown as { tables: Record<string, { table: TableModel }> }).tables.Wide;
  expect(wide.table.columns.map((c) => c.name)).toEqual(["a", "b", "c", "Column1", "d"]);
  expect(["D7", "E7", "E8"].map((a) => after.getCell(a).value)).toEqual(["Column1", "d", 4]);
});
