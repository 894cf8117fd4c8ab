/**
 * What the workbook carries of its own layout (workbook-memory.ts): written into the add-in's
 * document settings and saved only when it changed; what the file holds is what another Excel
 * finds; anything garbled, or no settings at all, is no guess and no failure.
 */
import { LAYOUT_SETTING, settingsMemory } from "../../../src/adapters/office/workbook-memory";
import { ExcelHost } from "../../support/excel-host/host";
import { EXCEL_365_WEB } from "../../support/excel-host/profiles";

const KNOWN = {
  sheets: ["Sheet1", "条目 Clauses"],
  tables: new Set(["epmclauses"]),
  names: new Set(["epmyears"]),
  chartSheet: "条目 Clauses",
};

test("saved once per change, found again in the file opened elsewhere, removed on request", () => {
  const host = new ExcelHost(EXCEL_365_WEB);
  const memory = settingsMemory();
  expect(memory.known()).toBeNull();
  memory.rememberKnown(KNOWN);
  memory.rememberKnown({ ...KNOWN, tables: new Set(KNOWN.tables) });
  expect(host.settings.saves).toBe(1);
  host.settings.reopen();
  expect(settingsMemory().known()).toEqual(KNOWN);
  memory.rememberKnown(null);
  expect(host.settings.saves).toBe(2);
  host.settings.reopen();
  expect(memory.known()).toBeNull();
});

test("settings that are not the add-in's layout, or no settings, give no guess and fail nothing", () => {
  const host = new ExcelHost(EXCEL_365_WEB);
  for (const garbled of ["{", { sheets: "Sheet1" }, { sheets: [1], tables: [], names: [] }, 7]) {
    host.settings.set(LAYOUT_SETTING, garbled);
    expect(settingsMemory().known()).toBeNull();
  }
  const none = settingsMemory(() => null);
  none.rememberKnown(KNOWN);
  expect(none.known()).toBeNull();
  const failing = settingsMemory(() => {
    throw new Error("no document here");
  });
  const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  expect(() => failing.rememberKnown(KNOWN)).not.toThrow();
  warn.mockRestore();
  expect(failing.known()).toBeNull();
});
