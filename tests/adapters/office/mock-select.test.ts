/**
 * office-addin-mock where its static model suffices: select() and selectName() queue their calls
 * and sync once. (Everything whose content follows earlier writes runs through Microsoft's Excel
 * client against the emulated host in tests/support/excel-host.)
 */
import { OfficeMockObject } from "office-addin-mock";
import { createOfficePort } from "../../../src/adapters/office/port";

function mockContext(log: string[]) {
  const range: Record<string, unknown> = {
    select: () => log.push("select"),
    worksheet: { activate: () => log.push("activate(named sheet)") },
  };
  // The port untracks its ranges (no release batch at the end of Excel.run).
  range.untrack = () => range;
  const sheet = (name: string) => ({
    activate: () => log.push(`activate(${name})`),
    getRange: (a1: string) => {
      log.push(`getRange(${a1})`);
      return range;
    },
  });
  return new OfficeMockObject({
    workbook: {
      worksheets: { getItem: sheet, getActiveWorksheet: () => sheet("active") },
      names: { getItem: () => ({ getRange: () => range }) },
    },
  });
}

test("select: activate the sheet, select the cell, one sync", async () => {
  const log: string[] = [];
  const context = mockContext(log);
  const sync = jest.spyOn(context, "sync");
  const port = createOfficePort({
    run: (batch) => batch(context as unknown as Excel.RequestContext),
    capabilities: { validationLists: true, pageLayout: true, mergedAreas: true, undoGroups: true },
  });
  await port.select("'条目 Clauses'!G25");
  expect(log).toEqual(["activate(条目 Clauses)", "getRange(G25)", "select"]);
  expect(sync).toHaveBeenCalledTimes(1);

  await port.selectName("EpmStars");
  expect(log.slice(3)).toEqual(["activate(named sheet)", "select"]);
  expect(sync).toHaveBeenCalledTimes(2);
});
