/**
 * "Check this Excel" through Microsoft's Excel client against the emulated host: every profile,
 * and the two behaviours the host plays both ways (nullChildren "throw", quotePrefixInFormulas);
 * the report says "differs" for exactly the behaviour that differs, the scratch sheets and names
 * are all gone afterwards and the user's own sheets, names and audit are untouched.
 */
import { checkAudit } from "../../../src/adapters/office/excel-check-audit";
import {
  BEHAVIOUR_CHECKS,
  checkPartialBatch,
  checkQuotePrefix,
  reportText,
  runExcelCheck,
  CHECK_IDS,
  type CheckId,
  type CheckOutcome,
} from "../../../src/adapters/office/excel-check";
import { createOfficePort } from "../../../src/adapters/office/port";
import { createOrUpgrade } from "../../../src/workbook/actions";
import { dumpHost } from "../../support/excel-host/compare";
import { ExcelHost, type HostOptions } from "../../support/excel-host/host";
import { EXCEL_2019, PROFILES, type HostProfile } from "../../support/excel-host/profiles";

const ALL = [...BEHAVIOUR_CHECKS, checkAudit];
const FAST = { eventTimeoutMs: 200, eventSettleMs: 0 };

function outcomes(report: Awaited<ReturnType<typeof runExcelCheck>>) {
  return Object.fromEntries(report.results.map((r) => [r.id, r.outcome])) as Record<
    CheckId,
    CheckOutcome
  >;
}

/** What every check should say on a host that behaves as the tests assume. */
function assumed(profile: HostProfile): Record<CheckId, CheckOutcome> {
  return {
    nullChildren: "as assumed",
    refNames: "as assumed",
    quotePrefix: "as assumed",
    tableEvents: "as assumed",
    partialBatch: "as assumed",
    cellEdit: profile.delayForCellEdit ? "as assumed" : "not available",
    undo: profile.apiMinor >= 20 ? "as assumed" : "not available",
    audit: "as assumed",
  };
}

/** A user's workbook: a sheet with content and a name of their own. */
function userWorkbook(host: ExcelHost) {
  const sheet = host.model.sheets[0];
  host.model.setCell(sheet.id, 0, 0, { value: "user data" } as never);
  host.model.names.set("mytotal", {
    name: "MyTotal",
    area: { sheetId: sheet.id, row: 0, col: 0, rows: 1, cols: 1 },
  } as never);
}

const VARIANTS: [string, HostOptions, Partial<Record<CheckId, CheckOutcome>>][] = [
  ["as assumed", {}, {}],
  ["nullChildren throw", { nullChildren: "throw" }, { nullChildren: "differs" }],
  ["quote prefix in formulas", { quotePrefixInFormulas: true }, { quotePrefix: "differs" }],
];

describe.each(PROFILES.map((p) => [p.name, p] as const))("Check this Excel on %s", (_, profile) => {
  test.each(VARIANTS)("%s", async (_label, options, differs) => {
    const host = new ExcelHost(profile, options);
    userWorkbook(host);
    const before = dumpHost(host);
    const report = await runExcelCheck(ALL, FAST);
    expect(report.results.map((r) => r.id)).toEqual([...CHECK_IDS]);
    expect(outcomes(report)).toEqual({ ...assumed(profile), ...differs });
    expect(report.leftovers).toEqual([]);
    // Nothing of the run is left, and the user's workbook is as it was.
    expect(host.model.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    expect([...host.model.names.values()].map((n) => n.name)).toEqual(["MyTotal"]);
    expect(host.model.tables).toEqual([]);
    expect(dumpHost(host)).toEqual(before);
  });
});

describe("Check this Excel beside the user's own audit", () => {
  test("the check's audit stays apart: the user's audit, sheets and names are unchanged", async () => {
    const host = new ExcelHost(EXCEL_2019);
    await createOrUpgrade(createOfficePort(), { lang: "zh", years: 4 });
    const before = dumpHost(host);
    const sheets = host.model.sheets.map((s) => s.name);
    const report = await runExcelCheck([checkAudit], FAST);
    expect(report.results[0]).toMatchObject({ id: "audit", outcome: "as assumed" });
    expect(report.results[0].observed).toMatch(/^created 7 rows, rated 7, scored \d★/);
    expect(report.leftovers).toEqual([]);
    expect(host.model.sheets.map((s) => s.name)).toEqual(sheets);
    expect(dumpHost(host)).toEqual(before);
  });

  test("scratch sheets use names the workbook does not hold", async () => {
    const host = new ExcelHost(EXCEL_2019);
    host.model.addSheet("EpmCheck1");
    const report = await runExcelCheck([checkQuotePrefix], FAST);
    expect(report.results[0].outcome).toBe("as assumed");
    // The user's sheet of that name (or an earlier run's) is left alone.
    expect(host.model.sheets.map((s) => s.name)).toEqual(["Sheet1", "EpmCheck1"]);
  });
});

describe("a check that Excel fails", () => {
  test("is 'failed' with Excel's error code, and its scratch sheet is still removed", async () => {
    const host = new ExcelHost(EXCEL_2019);
    // The quote-prefix check's batch: add the sheet, write the values (fails), load.
    host.failNextWrite(2, "AccessDenied");
    const report = await runExcelCheck([checkQuotePrefix, checkPartialBatch], FAST);
    expect(report.results[0]).toMatchObject({ id: "quotePrefix", outcome: "failed" });
    expect(report.results[0].observed).toContain("AccessDenied");
    expect(report.results[0].detail).toMatch(/^AccessDenied: injected failure/);
    expect(report.results[1]).toMatchObject({ id: "partialBatch", outcome: "as assumed" });
    expect(report.results[1].detail).toMatch(/^ItemNotFound: /);
    expect(report.leftovers).toEqual([]);
    expect(host.model.sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  test("an audit that fails part-way through Create leaves no sheet, table or name behind", async () => {
    const host = new ExcelHost(EXCEL_2019);
    userWorkbook(host);
    const before = dumpHost(host);
    // Create's write batch fails at its 60th write, after sheets, cells and names were added.
    host.failNextWrite(60, "GeneralException");
    const report = await runExcelCheck([checkAudit], FAST);
    expect(report.results[0]).toMatchObject({ id: "audit", outcome: "failed" });
    expect(report.results[0].detail).toMatch(/^GeneralException: injected failure/);
    expect(report.leftovers).toEqual([]);
    expect(host.model.tables).toEqual([]);
    expect(dumpHost(host)).toEqual(before);
  });

  test("the plain-text report: one line per check, the header first, leftovers last", async () => {
    new ExcelHost(EXCEL_2019, { nullChildren: "throw" });
    const report = await runExcelCheck(BEHAVIOUR_CHECKS, FAST);
    const titles = Object.fromEntries(CHECK_IDS.map((id) => [id, `T-${id}`])) as Record<
      CheckId,
      string
    >;
    const lines = reportText(report, titles, ["Diagnostics: Excel PC 16.0"]).split("\n");
    expect(lines[0]).toBe("Diagnostics: Excel PC 16.0");
    expect(lines).toHaveLength(1 + BEHAVIOUR_CHECKS.length + 1);
    expect(lines[1]).toMatch(/^DIFFERS \| T-nullChildren \| expected: .* \| InvalidArgument: /);
    expect(lines[6]).toMatch(/^NOT AVAILABLE \| T-cellEdit/);
    expect(lines[lines.length - 1]).toBe("Leftovers: none");
  });
});
