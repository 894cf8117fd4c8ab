/**
 * The user's undo stack through Microsoft's Excel client against the emulated host (see
 * tests/support/excel-host/undo.ts): an auditor who types a rating, clicks Score and presses
 * Ctrl+Z gets the scoring undone in one step, and the typing is still there to undo; Apply
 * weights and Create/upgrade of an existing audit are one step too. The stack length after each
 * action is checked (`depths`) under every profile, plus Microsoft 365 on Windows.
 *
 * Create adds the hidden scored-inputs sheet, and hiding a sheet (Worksheet.visibility) is not
 * undoable in Excel on Windows and Mac, so there Create clears the stack. Nothing after it does:
 * not even the first Score, which finds the sheet made.
 */
import { createOfficePort } from "../../../src/adapters/office/port";
import { undoGroupRunner } from "../../../src/adapters/office/undo";
import { detectCapabilities } from "../../../src/adapters/office/capabilities";
import { epmV1 } from "../../../src/catalogues";
import { loadWorkbook, newWorkbook } from "../../../src/adapters/xlsx";
import { applyProfile, createOrUpgrade, scoreAudit } from "../../../src/workbook/actions";
import { compareAudits, mergeAudits } from "../../../src/workbook/team";
import { columnLetters } from "../../../src/workbook/a1";
import { locateColumns } from "../../../src/workbook/columns";
import { EPM_NAMES } from "../../fixtures/catalogues";
import { dumpHost } from "../../support/excel-host/compare";
import { ExcelHost } from "../../support/excel-host/host";
import { EXCEL_365_WEB, PROFILES, type HostProfile } from "../../support/excel-host/profiles";
import { undoPlatform } from "../../support/excel-host/undo";
import { C, F, setInput, setRating } from "../../workbook/helpers";

const env = {
  catalogues: [epmV1],
  now: () => new Date("2025-06-01T08:00:00.000Z"),
  newAuditId: () => "undo",
};

/** Microsoft 365 on Windows: undo groups (ExcelApi 1.20) and the desktop's list of non-undoables. */
const EXCEL_365_WINDOWS: HostProfile = {
  ...EXCEL_365_WEB,
  name: "Microsoft 365 on Windows (latest ExcelApi)",
  payloadLimit: null,
  diagnostics: { host: "Excel", platform: "PC", version: "16.0.19328.20000" },
};

const ALL = [...PROFILES, EXCEL_365_WINDOWS];

/** Two team members' copies (files on disk) that disagree on clause 20. */
async function copies() {
  const base = newWorkbook();
  await createOrUpgrade(base, { lang: "zh", catalogue: epmV1, years: 4 }, env);
  const saved = await base.saveWorkbook();
  const copy = async (file: string, auditor: string, c: string) => {
    const port = await loadWorkbook(saved);
    await setInput(port, "EpmAuditor", auditor);
    for (const id of ["1", "20"]) {
      setRating(port, id, C, c);
      setRating(port, id, F, "良好");
    }
    return { port, file };
  };
  return [await copy("ana.xlsx", "Ana", "合规"), await copy("bo.xlsx", "Bo", "部分合规")];
}

/** Where the user types a rating: the C column of the clause table's first row. */
function ratingCell(host: ExcelHost): { sheet: string; address: string } {
  const table = host.model.tableByName(EPM_NAMES.tables.clauses)!;
  const header = Array.from({ length: table.area.cols }, (_, c) =>
    String(host.model.cell(table.area.sheetId, table.area.row, table.area.col + c)?.value)
  );
  const cols = locateColumns(header);
  return {
    sheet: host.model.sheetById(table.area.sheetId).name,
    address: `${columnLetters(table.area.col + cols.c!)}${table.area.row + 2}`,
  };
}

describe.each(ALL.map((p) => [p.name, p] as const))("%s", (_name, profile) => {
  const desktop = undoPlatform(profile) === "desktop";
  const groups = profile.apiMinor >= 20;

  test(`Create, type, Score, Ctrl+Z: the scoring goes in one step, the typing stays undoable (${
    desktop
      ? "Create clears the stack: it hides the scored-inputs sheet"
      : "nothing clears the stack"
  }; ${groups ? "one undo group per action" : "one record per sync"})`, async () => {
    const host = new ExcelHost(profile);
    const port = createOfficePort();
    const depths: Record<string, number> = {};

    // Create adds the hidden scored-inputs sheet: hiding is not undoable on Windows and Mac.
    await createOrUpgrade(port, { lang: "zh", catalogue: epmV1, years: 4 }, env);
    depths.create = host.undoStack.length;

    const { sheet, address } = ratingCell(host);
    const untyped = dumpHost(host);
    host.userEdit(sheet, address, "合规");
    depths.typed = host.undoStack.length;
    const typed = dumpHost(host);
    expect(typed).not.toEqual(untyped);

    // The very first Score: one step on top of the typing, on every host.
    await scoreAudit(port, "zh", {}, env);
    depths.firstScore = host.undoStack.length;
    expect(dumpHost(host)).not.toEqual(typed);
    expect(host.undoStack[host.undoStack.length - 1]).toMatchObject({
      source: "add-in",
      grouped: groups,
    });

    // Ctrl+Z once: the results are back as they were after the typing, the rating still there.
    expect(host.undo()).toBe(true);
    expect(dumpHost(host)).toEqual(typed);
    expect(host.undoStack.length).toBe(depths.typed);
    // Ctrl+Z again: the typing goes too.
    expect(host.undo()).toBe(true);
    expect(dumpHost(host)).toEqual(untyped);
    expect(host.undoStack.length).toBe(depths.create);

    // Type again and score again: the same, one step each.
    host.userEdit(sheet, address, "合规");
    await scoreAudit(port, "zh", {}, env);
    await scoreAudit(port, "zh", {}, env);
    depths.again = host.undoStack.length;

    expect(depths).toEqual({
      create: desktop ? 0 : 1,
      typed: desktop ? 1 : 2,
      firstScore: desktop ? 2 : 3,
      again: desktop ? 3 : 4,
    });
  });

  test("Apply weights and Create/upgrade of an existing audit: one undo step each", async () => {
    const host = new ExcelHost(profile);
    const port = createOfficePort();
    await createOrUpgrade(port, { lang: "zh", catalogue: epmV1, years: 4 }, env);
    await scoreAudit(port, "zh", {}, env);
    const base = host.undoStack.length;

    const beforeWeights = dumpHost(host);
    await applyProfile(port, { name: "heavier HR", modules: { "4.0": 800 } }, "zh", env);
    expect(host.undoStack.length).toBe(base + 1);

    const beforeUpgrade = dumpHost(host);
    await createOrUpgrade(port, { lang: "zh", catalogue: epmV1 }, env);
    expect(host.undoStack.length).toBe(base + 2);
    const upgraded = dumpHost(host);

    await scoreAudit(port, "zh", {}, env);
    expect(host.undoStack.length).toBe(base + 3);

    host.undo(); // the Score
    expect(dumpHost(host)).toEqual(upgraded);
    host.undo(); // the upgrade
    expect(dumpHost(host)).toEqual(beforeUpgrade);
    host.undo(); // the weights
    expect(dumpHost(host)).toEqual(beforeWeights);
    expect(host.undoStack.length).toBe(base);
    expect(host.batches.filter((b) => b.error)).toEqual([]);
  });

  test("Merge and Compare, first and again: one undo step each, nothing clears the stack", async () => {
    const host = new ExcelHost(profile);
    const port = createOfficePort();
    await createOrUpgrade(port, { lang: "zh", catalogue: epmV1, years: 4 }, env);
    await scoreAudit(port, "zh", {}, env);
    const steps: ReturnType<typeof dumpHost>[] = [];
    const base = host.undoStack.length;
    for (let k = 0; k < 2; k++) {
      steps.push(dumpHost(host));
      await mergeAudits(port, await copies(), "zh", {}, env);
      steps.push(dumpHost(host));
      const [earlier] = await copies();
      await compareAudits(
        { port: earlier.port, file: "earlier.xlsx" },
        { port, file: "this workbook" },
        "zh",
        port,
        env
      );
    }
    expect(host.undoStack.length).toBe(base + 4);
    for (const step of steps.reverse()) {
      host.undo();
      expect(dumpHost(host)).toEqual(step);
    }
    expect(host.undoStack.length).toBe(base);
  });
});

describe.each([
  [
    "Excel on the web without ExcelApi 1.20: one record per sync",
    { ...EXCEL_365_WEB, apiMinor: 19 },
  ],
  ["Excel on the web with ExcelApi 1.20: one record for all syncs", EXCEL_365_WEB],
] as const)("%s", (_name, profile) => {
  test("an apply cut into several requests (over 4 MB) and its undo", async () => {
    const host = new ExcelHost(profile);
    const port = createOfficePort();
    await port.read({ names: [], tables: [] });
    // 6,000 rows of 80 characters in 10 cells: about 5 MB, so two requests of the 5 MB limit.
    const values = Array.from({ length: 6000 }, (_, r) =>
      Array.from({ length: 10 }, (_, c) => `${r}:${c}:`.padEnd(80, "x"))
    );
    const before = dumpHost(host);
    await port.apply({
      ops: [
        { op: "addSheet", name: "Big" },
        { op: "setValues", sheet: "Big", row: 0, col: 0, values },
      ],
    });
    const writes = host.batches.filter((b) => b.writes > 0);
    expect(writes).toHaveLength(2);
    const grouped = profile.apiMinor >= 20;
    expect(host.undoStack).toHaveLength(grouped ? 1 : writes.length);
    if (grouped) expect(host.undoStack[0].syncs).toBe(writes.length);
    while (host.undo());
    expect(dumpHost(host)).toEqual(before);
  });
});

test("a grouped run Excel refuses (UndoNotSupported) is written again without the group", async () => {
  const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  const host = new ExcelHost(EXCEL_365_WEB);
  host.model.addSheet("Scratch");
  const run = undoGroupRunner(detectCapabilities());
  expect(run.grouping()).toBe(true);
  host.userEdit("Sheet1", "A1", "typed");
  await run(async (context) => {
    context.workbook.worksheets.getItem("Sheet1").getRange("B1").values = [["written"]];
    // Worksheet.delete is undoable nowhere: in a group Excel refuses the request.
    context.workbook.worksheets.getItem("Scratch").delete();
    await context.sync();
  });
  expect(host.batches.map((b) => b.error ?? "ok")).toEqual(["UndoNotSupported", "ok", "ok"]);
  expect(host.model.cell(host.sheetId("Sheet1"), 0, 1)?.value).toBe("written");
  expect(host.model.sheetByName("Scratch")).toBeUndefined();
  // The delete cleared the stack (the typing cannot be undone any more); grouping stays off.
  expect(host.undoStack).toHaveLength(0);
  expect(run.grouping()).toBe(false);
  expect(warn).toHaveBeenCalledTimes(1);
  warn.mockRestore();
});

test.each(ALL.map((p) => [p.name, p] as const))(
  "%s: a failed write removes the sheets it added, and that (Worksheet.delete) clears the stack",
  async (_name, profile) => {
    const error = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const host = new ExcelHost(profile);
    host.userEdit("Sheet1", "A1", "typed");
    host.failNextWrite(5);
    const port = createOfficePort();
    await expect(
      createOrUpgrade(port, { lang: "zh", catalogue: epmV1, years: 4 }, env)
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(host.model.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect(host.undoStack).toHaveLength(0);
    error.mockRestore();
  }
);

test("undo records share the workbook's cells, so a cell is a value: rewritten, never edited in place", () => {
  const host = new ExcelHost(EXCEL_365_WEB);
  host.userEdit("Sheet1", "A1", "typed");
  host.userEdit("Sheet1", "A1", "retyped");
  const cell = host.model.cell(host.sheetId("Sheet1"), 0, 0)!;
  expect(() => Object.assign(cell, { value: "edited in place" })).toThrow(TypeError);
  expect(host.undo()).toBe(true);
  expect(host.model.cell(host.sheetId("Sheet1"), 0, 0)?.value).toBe("typed");
  expect(host.undo()).toBe(true);
  expect(host.model.cell(host.sheetId("Sheet1"), 0, 0)).toBeUndefined();
});
