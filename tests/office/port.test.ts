/**
 * The Office port over the hand-rolled fake Excel (see fakeExcel.ts for why not office-addin-mock):
 * one context.sync per read, one per apply, strings land as text, reads map formulas and errors.
 */
import { createOfficePort } from "../../src/adapters/office/port";
import type { Plan, PlanOp } from "../../src/workbook/plan";
import { FakeBook, FakeContext, fakeRunner } from "./fakeExcel";

const SHEET = "条目 Clauses";

function clausePlan(count: number): Plan {
  const header = ["ID", "module", "summary", "C", "F", "I", "score"];
  const body = Array.from({ length: count }, (_, k) => [
    String(k + 1),
    "2.0",
    `条目 ${k + 1} 的摘要：建立并执行服务质量管理制度`,
    k % 3 === 0 ? "合规" : null,
    k % 5 === 0 ? "85%" : k % 7 === 0 ? "17/20" : null,
    null,
    { formula: `ROUND(${k},2)` },
  ]);
  const area = { sheet: SHEET, row: 0, col: 0, rows: count + 1, cols: header.length };
  const ops: PlanOp[] = [
    { op: "addSheet", name: SHEET, tabColor: "#2F5597" },
    { op: "addSheet", name: "汇总 Summary" },
    { op: "setValues", sheet: SHEET, row: 0, col: 0, values: [header, ...body] },
    { op: "addTable", name: "EpmClauses", area, style: "TableStyleMedium2" },
    {
      op: "setNumberFormat",
      area: { ...area, row: 1, col: 6, rows: count, cols: 1 },
      format: "0.00",
    },
    {
      op: "setStyle",
      area: { ...area, rows: 1 },
      style: { bold: true, fill: "#DDEBF7", hAlign: "center" },
    },
    { op: "setColumnWidth", sheet: SHEET, col: 2, width: 40 },
    {
      op: "addValidationList",
      area: { ...area, row: 1, col: 3, rows: count, cols: 1 },
      list: ["合规", "部分合规"],
    },
    {
      op: "addConditionalFormat",
      area: { ...area, row: 1, col: 6, rows: count, cols: 1 },
      rule: { type: "colorScale", min: 0, max: 1, minColor: "#F8696B", maxColor: "#63BE7B" },
    },
    {
      op: "addConditionalFormat",
      area: { ...area, row: 1, col: 5, rows: count, cols: 1 },
      rule: { type: "textEquals", text: "rated", fill: "#C6EFCE" },
    },
    { op: "freezePanes", sheet: SHEET, rows: 1, cols: 1 },
    { op: "setValues", sheet: "汇总 Summary", row: 2, col: 1, values: [[4]] },
    {
      op: "defineName",
      name: "EpmYears",
      area: { sheet: "汇总 Summary", row: 2, col: 1, rows: 1, cols: 1 },
    },
  ];
  return { ops };
}

function setup() {
  const book = new FakeBook();
  const spies: jest.SpyInstance[] = [];
  const { run } = fakeRunner(book, (context: FakeContext) =>
    spies.push(jest.spyOn(context, "sync"))
  );
  const port = createOfficePort({ run, capabilities: { validationLists: true, pageLayout: true } });
  const syncs = () => spies.reduce((n, s) => n + s.mock.calls.length, 0);
  return { book, port, syncs };
}

describe.each([211, 5000])("Office port with %i clauses", (count) => {
  test("read then apply then read: one context.sync each", async () => {
    const { book, port, syncs } = setup();
    const request = { tables: ["EpmClauses"], names: ["EpmYears", "EpmStage"] };
    const empty = await port.read(request);
    expect(syncs()).toBe(1);
    expect(empty.tables.EpmClauses).toBeUndefined();
    expect(empty.names.EpmYears).toBeUndefined();

    await port.apply(clausePlan(count));
    expect(syncs()).toBe(2);

    const snap = await port.read(request);
    expect(syncs()).toBe(3);
    const table = snap.tables.EpmClauses!;
    expect(table.sheet).toBe(SHEET);
    expect(table.header[0]).toBe("ID");
    expect(table.rows).toHaveLength(count);
    expect(table.rows[0][3]).toBe("合规");
    // Text that Excel would parse arrived as text.
    expect(table.rows[0][4]).toBe("85%");
    expect(table.rows[7][4]).toBe("17/20");
    expect(table.rows[1][6]).toEqual({ formula: "ROUND(1,2)" });
    expect(snap.names.EpmYears).toMatchObject({ sheet: "汇总 Summary", row: 2, col: 1, value: 4 });
    expect(snap.names.EpmStage).toBeUndefined();
    expect(snap.sheets).toEqual([SHEET, "汇总 Summary"]);
    expect(book.calls.filter((c) => c.startsWith("Range.values="))).toHaveLength(2);
  });
});

test("a known sheet is not added again; an error value reads as { error }", async () => {
  const { book, port, syncs } = setup();
  await port.read({ tables: [], names: [] });
  await port.apply(clausePlan(3));
  book.sheet(SHEET).set("1,4", { value: "#N/A" });
  await port.read({ tables: ["EpmClauses"], names: [] });
  await port.apply({ ops: [{ op: "addSheet", name: SHEET }] });
  expect(book.calls.filter((c) => c.startsWith("worksheets.add"))).toHaveLength(2);
  const snap = await port.read({ tables: ["EpmClauses"], names: [] });
  expect(snap.tables.EpmClauses!.rows[0][4]).toEqual({ error: "#N/A" });
  expect(syncs()).toBe(5);
});

test("apply without a prior read asks for the sheet names first (one extra sync)", async () => {
  const { port, syncs } = setup();
  await port.apply(clausePlan(2));
  expect(syncs()).toBe(2);
});

test("validation lists are skipped when ExcelApi 1.8 is missing", async () => {
  const book = new FakeBook();
  const { run } = fakeRunner(book);
  const port = createOfficePort({
    run,
    capabilities: { validationLists: false, pageLayout: false },
  });
  await port.apply(clausePlan(2));
  expect(book.calls.some((c) => c.startsWith("dataValidation"))).toBe(false);
});

test("select activates the sheet and selects the cell in one sync", async () => {
  const { book, port, syncs } = setup();
  await port.apply(clausePlan(30));
  const before = syncs();
  await port.select("条目 Clauses!G25");
  expect(syncs() - before).toBe(1);
  expect(book.selected).toBe(`${SHEET}!24,6`);
  expect(book.calls).toContain(`Worksheet.activate(${SHEET})`);
});

test("an apply error reaches the caller", async () => {
  const { port } = setup();
  await port.read({ tables: [], names: [] });
  await expect(
    port.apply({ ops: [{ op: "setValues", sheet: "missing", row: 0, col: 0, values: [[1]] }] })
  ).rejects.toThrow(/ItemNotFound/);
});

test("watchTable registers on the table's onChanged in one sync and removes through its context", async () => {
  const book = new FakeBook();
  const contexts: FakeContext[] = [];
  const { run } = fakeRunner(book, (c) => contexts.push(c));
  const port = createOfficePort({
    run,
    runWith: (context, batch) => batch(context as unknown as Excel.RequestContext),
    capabilities: { validationLists: true, pageLayout: true },
  });
  await port.apply(clausePlan(3));
  const onChange = jest.fn();
  const stop = await port.watchTable("EpmClauses", onChange);
  const watching = contexts[contexts.length - 1];
  expect(watching.handlers).toHaveLength(1);
  await watching.handlers[0]();
  expect(onChange).toHaveBeenCalledTimes(1);
  await stop();
  expect(watching.handlers).toHaveLength(0);
  await expect(port.watchTable("Missing", onChange)).rejects.toThrow(/ItemNotFound/);
});
