/**
 * Issue 9's hostile-input corpus, workbook part: every hostile edit of the template goes through the
 * command line and the ExcelJS adapter; the three invariants hold for each (see invariants.ts).
 */
import { workbookCases } from "./corpus";
import { runCase } from "./run-case";
import { makeTemplate } from "./support";

beforeAll(() => makeTemplate("zh"));

test.each(workbookCases().map((c) => [c.name, c] as const))("%s", (_, c) => runCase(c));
