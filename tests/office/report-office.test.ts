/**
 * The report's plan ops in Excel (on the fake Excel of fakeExcel.ts): page setup of the Summary
 * and Clauses sheets, data bars, row heights and one chart, inside the single write batch.
 */
import { createOfficePort } from "../../src/adapters/office/port";
import { epmV1 } from "../../src/catalogues";
import { createOrUpgrade, scoreAudit } from "../../src/workbook/actions";
import { FakeBook, fakeRunner } from "./fakeExcel";

test("scoring in Excel sets up printing, data bars and the chart, in one read and one write", async () => {
  const book = new FakeBook();
  let contexts = 0;
  const { run } = fakeRunner(book, () => void contexts++);
  const port = createOfficePort({ run, capabilities: { validationLists: true, pageLayout: true } });
  const env = { catalogues: [epmV1], now: () => new Date("2025-06-01T08:00:00.000Z") };
  await createOrUpgrade(port, { lang: "zh", catalogue: epmV1, years: 4 }, env);
  book.calls.length = 0;
  contexts = 0;
  await scoreAudit(port, "zh", {}, env);
  expect(contexts).toBe(2);
  const calls = book.calls;
  expect(calls).toContain("pageLayout.paperSize(汇总 Summary, A4)");
  expect(calls).toContain("pageLayout.orientation(汇总 Summary, Portrait)");
  expect(calls.some((c) => /^pageLayout\.setPrintArea\(汇总 Summary, \d+x11\)$/.test(c))).toBe(
    true
  );
  expect(calls).toContain("pageLayout.orientation(条目 Clauses, Landscape)");
  expect(calls).toContain("pageLayout.setPrintTitleRows(条目 Clauses, 0)");
  expect(calls).toContain("Range.format.rowHeight");
  // The chart exists from creation; scoring keeps it (bound to the same cells) instead of adding.
  expect(calls.filter((c) => c.startsWith("charts.add"))).toHaveLength(0);
  expect(book.charts.size).toBe(1);
});

test("without the page-layout API the print setup is skipped and the rest is written", async () => {
  const book = new FakeBook();
  const { run } = fakeRunner(book);
  const port = createOfficePort({
    run,
    capabilities: { validationLists: true, pageLayout: false },
  });
  await createOrUpgrade(port, { lang: "en", catalogue: epmV1, years: 4 }, { catalogues: [epmV1] });
  await scoreAudit(port, "en", {}, { catalogues: [epmV1] });
  expect(book.calls.some((c) => c.startsWith("pageLayout."))).toBe(false);
  expect(book.calls).toContain("conditionalFormats.add(DataBar)");
  expect(book.charts.size).toBe(1);
});
