/**
 * The Office port through Microsoft's Excel client library against the emulated host: one
 * round trip per read, one per apply, strings land as text (whether or not the host shows the
 * quote prefix in formulas), reads map formulas and errors, #REF! names, and reads that never
 * touch a child of a null object (see round-trips.test.ts for the actions).
 */
import { objectMemory } from "../../../src/adapters/office/memory";
import { createOfficePort } from "../../../src/adapters/office/port";
import type { Plan, PlanOp } from "../../../src/workbook/plan";
import { ExcelHost, type HostOptions } from "../../support/excel-host/host";
import { EXCEL_2019, EXCEL_365_WEB, type HostProfile } from "../../support/excel-host/profiles";

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

function setup(options: HostOptions = {}, profile: HostProfile = EXCEL_365_WEB) {
  const host = new ExcelHost(profile, options);
  const port = createOfficePort();
  return { host, port, syncs: () => host.roundTrips };
}

const text = (host: ExcelHost, sheet: string, address: string) => {
  const [row, col] = [Number(address.slice(1)) - 1, address.charCodeAt(0) - 65];
  return host.model.cell(host.sheetId(sheet), row, col);
};

describe.each([
  [211, false],
  [5000, true],
])("Office port with %i clauses (quote prefix shown in formulas: %s)", (count, shown) => {
  test("read then apply then read: one round trip each", async () => {
    const { host, port, syncs } = setup({ quotePrefixInFormulas: shown });
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
    expect(text(host, SHEET, "E2")).toMatchObject({ value: "85%", quoted: true });
    // The value beside a formula is its cached result (the emulated host computes none: 0).
    expect(table.rows[1][6]).toEqual({ formula: "ROUND(1,2)", cached: 0 });
    expect(snap.names.EpmYears).toMatchObject({ sheet: "汇总 Summary", row: 2, col: 1, value: 4 });
    expect(snap.names.EpmStage).toBeUndefined();
    expect(snap.sheets).toEqual(["Sheet1", SHEET, "汇总 Summary"]);
    expect(host.batches.every((b) => !b.error)).toBe(true);
  });
});

test("text that looks like a formula stays text under both quote-prefix behaviours", async () => {
  for (const shown of [false, true]) {
    const { port } = setup({ quotePrefixInFormulas: shown });
    await port.read({ tables: [], names: [] });
    await port.apply(clausePlan(3));
    await port.apply({
      ops: [{ op: "setValues", sheet: SHEET, row: 1, col: 5, values: [["=1+1"]] }],
    });
    const snap = await port.read({ tables: ["EpmClauses"], names: [] });
    expect(snap.tables.EpmClauses!.rows[0][5]).toBe("=1+1");
  }
});

test("a known sheet is not added again; an error value reads as { error }", async () => {
  const { host, port, syncs } = setup();
  await port.read({ tables: [], names: [] });
  await port.apply(clausePlan(3));
  host.userEdit(SHEET, "E2", "#N/A");
  await port.read({ tables: ["EpmClauses"], names: [] });
  await port.apply({ ops: [{ op: "addSheet", name: SHEET }] });
  const snap = await port.read({ tables: ["EpmClauses"], names: [] });
  expect(snap.tables.EpmClauses!.rows[0][4]).toEqual({ error: "#N/A" });
  expect(syncs()).toBe(5);
  expect(host.batches.every((b) => !b.error)).toBe(true);
});

test("apply without a prior read asks for the sheet names first (one extra round trip)", async () => {
  const { port, syncs } = setup();
  await port.apply(clausePlan(2));
  expect(syncs()).toBe(2);
});

test("Excel 2019 (ExcelApi 1.7): validation lists and print layout are skipped, nothing fails", async () => {
  const { host, port } = setup({}, EXCEL_2019);
  await port.apply(clausePlan(2));
  expect(host.batches.every((b) => !b.error)).toBe(true);
  expect(text(host, SHEET, "D2")?.validation).toBeUndefined();
});

test("select activates the sheet and selects the cell in one round trip", async () => {
  const { host, port, syncs } = setup();
  await port.apply(clausePlan(30));
  const before = syncs();
  await port.select("条目 Clauses!G25");
  expect(syncs() - before).toBe(1);
  expect(host.selected).toBe(`'${SHEET}'!G25`);
});

test("an apply error reaches the caller as Excel's error", async () => {
  const { port } = setup();
  await port.read({ tables: [], names: [] });
  await expect(
    port.apply({ ops: [{ op: "setValues", sheet: "missing", row: 0, col: 0, values: [[1]] }] })
  ).rejects.toMatchObject({ code: "ItemNotFound" });
});

test("a name that points at #REF! is replaced in the same write", async () => {
  const { host, port } = setup();
  await port.read({ tables: [], names: ["EpmYears"] });
  await port.apply(clausePlan(3));
  host.deleteSheet("汇总 Summary");
  expect(host.model.names.get("epmyears")?.area).toBeNull();
  const snap = await port.read({ tables: [], names: ["EpmYears"] });
  expect(snap.names.EpmYears).toBeUndefined();
  await port.apply({ ops: clausePlan(3).ops.filter((op) => op.op !== "addTable") });
  const again = await port.read({ tables: [], names: ["EpmYears"] });
  expect(again.names.EpmYears).toMatchObject({ sheet: "汇总 Summary", value: 4 });
  expect(host.batches.filter((b) => b.error)).toEqual([]);
});

describe.each(["propagate", "throw"] as const)("null objects' children: %s", (mode) => {
  test("missing tables and names read in one round trip, and so does the workbook once written; no child of a null object is touched", async () => {
    const { host, port, syncs } = setup({ nullChildren: mode });
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const request = { tables: ["EpmClauses", "Missing"], names: ["EpmYears", "EpmNone"] };
    const first = await port.read(request);
    expect(syncs()).toBe(1);
    expect(first.tables.EpmClauses).toBeUndefined();
    await port.apply(clausePlan(3));
    const before = syncs();
    const snap = await port.read(request);
    expect(snap.tables.EpmClauses!.rows).toHaveLength(3);
    expect(snap.names.EpmYears).toMatchObject({ value: 4 });
    expect(snap.tables.Missing).toBeUndefined();
    expect(syncs() - before).toBe(1);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
    expect(host.batches.filter((b) => b.error)).toEqual([]);
  });

  test("a table deleted since the last read costs a failed batch and a read knowing nothing, never a wrong snapshot", async () => {
    const { host, port, syncs } = setup({ nullChildren: mode });
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const request = { tables: ["EpmClauses"], names: ["EpmYears"] };
    await port.read(request);
    await port.apply(clausePlan(3));
    host.deleteSheet(SHEET);
    const before = syncs();
    const snap = await port.read(request);
    warn.mockRestore();
    expect(snap.tables.EpmClauses).toBeUndefined();
    expect(snap.names.EpmYears).toMatchObject({ value: 4 });
    // The failed batch, one finding what exists, one reading it (on an Excel not yet known to fail
    // null objects' children, that one tries them first).
    expect(syncs() - before).toBe(mode === "throw" ? 4 : 3);
    expect(host.batches.filter((b) => b.error).map((b) => b.error)).toEqual(
      mode === "throw" ? ["ItemNotFound", "InvalidArgument"] : ["ItemNotFound"]
    );
  });

  test("a new port with what an earlier port kept reads a written workbook in one round trip", async () => {
    const { host } = setup({ nullChildren: mode });
    const memory = objectMemory();
    const request = { tables: ["EpmClauses", "Missing"], names: ["EpmYears", "EpmNone"] };
    const first = createOfficePort({ memory });
    await first.read(request);
    await first.apply(clausePlan(3));
    const before = host.roundTrips;
    const snap = await createOfficePort({ memory }).read(request);
    expect(snap.tables.EpmClauses!.rows).toHaveLength(3);
    expect(host.roundTrips - before).toBe(1);
    // Nothing kept in this browser: what the apply put in the workbook's settings is the guess.
    const settingsOnly = host.roundTrips;
    expect(await createOfficePort().read(request)).toEqual(snap);
    expect(host.roundTrips - settingsOnly).toBe(1);
    // Without either: one batch finds what the workbook holds, a second reads it (on an Excel
    // whose null objects' children are null objects, that second batch shows it, for next time).
    host.settings.clearDocument();
    const again = host.roundTrips;
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const fresh = await createOfficePort().read(request);
    warn.mockRestore();
    expect(fresh).toEqual(snap);
    expect(host.roundTrips - again).toBe(mode === "throw" ? 3 : 2);
  });
});

test("watchTable: one round trip to register; changes arrive with their address; stop removes", async () => {
  const { host, port } = setup({ events: "manual" });
  await port.apply(clausePlan(3));
  const onChange = jest.fn();
  const stop = await port.watchTable("EpmClauses", onChange);
  host.userEdit(SHEET, "D3", "合规");
  host.deliverEvents();
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(onChange).toHaveBeenCalledWith({ address: "D3", changeType: "RangeEdited" });
  await stop();
  host.userEdit(SHEET, "D4", "合规");
  host.deliverEvents();
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(onChange).toHaveBeenCalledTimes(1);
  await expect(port.watchTable("Missing", onChange)).rejects.toMatchObject({
    code: "ItemNotFound",
  });
});

test("Excel on the web refuses a request over 5 MB (the limit is live); the port's batches stay under it", async () => {
  const { host, port } = setup();
  await expect(
    Excel.run(async (context) => {
      const big = Array.from({ length: 3000 }, () => ["x".repeat(2000)]);
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A3000").values = big;
      await context.sync();
    })
  ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });

  const rows = Array.from({ length: 3000 }, (_, k) => [`${k} ${"说明".repeat(500)}`]);
  await port.apply({ ops: [{ op: "setValues", sheet: "Sheet1", row: 0, col: 0, values: rows }] });
  const written = host.batches.slice(1).filter((b) => !b.cleanup);
  expect(written.length).toBeGreaterThan(1);
  expect(written.every((b) => !b.error && b.bytes < 5 * 1024 * 1024)).toBe(true);
});
