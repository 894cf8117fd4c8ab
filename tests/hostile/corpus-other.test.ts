/**
 * Issue 9's hostile-input corpus, the rest: files that are no sound workbook, ratings CSVs, weight
 * profiles and command-line usages, each through the command line (and the ExcelJS adapter when it
 * brings its own file); the three invariants hold for each.
 */
import { otherCases, workbookCases } from "./corpus";
import { runCase } from "./run-case";
import { makeTemplate } from "./support";

const cases = otherCases();

beforeAll(() => makeTemplate("zh"));

test.each(cases.map((c) => [c.name, c] as const))("%s", (_, c) => runCase(c));

test("the corpus holds at least 150 hostile inputs", () => {
  expect(cases.length + workbookCases().length).toBeGreaterThanOrEqual(150);
});
