/**
 * The report's plan ops in Excel, through Microsoft's Excel client against the emulated host: page
 * setup of the Summary and Clauses sheets, data bars, row heights and one chart, inside the single
 * write of a scoring; without the page-layout API (Excel 2019) the print setup is left out.
 */
import { createOfficePort } from "../../../src/adapters/office/port";
import { epmV1 } from "../../../src/catalogues";
import { createOrUpgrade, scoreAudit } from "../../../src/workbook/actions";
import { ExcelHost } from "../../support/excel-host/host";
import { EXCEL_2019, PROFILES } from "../../support/excel-host/profiles";

const env = { catalogues: [epmV1], now: () => new Date("2025-06-01T08:00:00.000Z") };
const latest = PROFILES[PROFILES.length - 1];

test("scoring in Excel sets up printing, data bars and the chart, in one read and one write", async () => {
  const host = new ExcelHost(latest);
  const port = createOfficePort();
  await createOrUpgrade(port, { lang: "zh", catalogue: epmV1, years: 4 }, env);
  const before = host.batches.length;
  await scoreAudit(port, "zh", {}, env);
  expect(host.batches.length - before).toBe(2);
  const summary = host.model.sheetByName("汇总 Summary")!;
  const clauses = host.model.sheetByName("条目 Clauses")!;
  const layout = (sheet: typeof summary) => JSON.stringify(sheet.props.pageLayout ?? {});
  expect(layout(summary)).toMatch(/A4/);
  expect(layout(summary)).toMatch(/Portrait/);
  expect(layout(summary)).toMatch(/SetPrintArea/);
  expect(layout(clauses)).toMatch(/Landscape/);
  expect(layout(clauses)).toMatch(/SetPrintTitleRows/);
  expect(summary.conditionalFormats.some((cf) => cf.spec.type === "DataBar")).toBe(true);
  // The chart exists from creation; scoring keeps it (bound to the same cells) instead of adding.
  expect(summary.charts).toHaveLength(1);
  await scoreAudit(port, "zh", {}, env);
  expect(summary.charts).toHaveLength(1);
});

test("without the page-layout API (Excel 2019) the print setup is skipped and the rest is written", async () => {
  const host = new ExcelHost(EXCEL_2019);
  const port = createOfficePort();
  await createOrUpgrade(port, { lang: "en", catalogue: epmV1, years: 4 }, env);
  await scoreAudit(port, "en", {}, env);
  const summary = host.model.sheetByName("汇总 Summary")!;
  expect(summary.props.pageLayout).toBeUndefined();
  expect(summary.conditionalFormats.some((cf) => cf.spec.type === "DataBar")).toBe(true);
  expect(summary.charts).toHaveLength(1);
});
