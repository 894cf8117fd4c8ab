/**
 * Issue 9, invariant 2 as a property: after any sequence of hostile edits — hostile values in any
 * input or user cell, data right of the table and over the Summary, renamed result headers, deleted
 * defined names, user sheets — scoring through the ExcelJS adapter changes no user cell, writes no
 * formula from user text and gives no non-finite number.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { XlsxWorkbook } from "../../src/adapters/xlsx";
import type { Result } from "../../src/core/types";
import { scoreAudit } from "../../src/workbook/actions";
import { AuditInputError } from "../../src/workbook/issues";
import { EPM_NAMES } from "../fixtures/catalogues";
import { changedUserCells, factsOf, foreignFormulas, nonFiniteNumbers } from "./invariants";
import { CLAUSES, SUMMARY, deleteNames, load, makeTemplate, template } from "./support";

let model: ExcelJS.WorkbookModel;

beforeAll(async () => {
  await makeTemplate("en");
  model = (await load(template)).model;
});

const value: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  fc.constantFrom<ExcelJS.CellValue>(
    "合规",
    "不合规",
    "优秀",
    "85%",
    "7/20",
    "=1+1",
    "@SUM(A1)",
    "constructor",
    "__proto__",
    1e308,
    -1,
    0.55,
    true,
    null,
    { formula: "1/0" } as ExcelJS.CellFormulaValue,
    { error: "#N/A" } as unknown as ExcelJS.CellErrorValue
  ),
  fc.string({ maxLength: 20 })
);

type Edit =
  | {
      kind: "cell";
      sheet: "clauses" | "summary" | "notes";
      row: number;
      col: number;
      value: ExcelJS.CellValue;
    }
  | { kind: "header"; col: number; text: string }
  | { kind: "name"; name: string };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  // Rating, evidence and standard-text cells, and the columns right of the table.
  fc.record({
    kind: fc.constant("cell" as const),
    sheet: fc.constant("clauses" as const),
    row: fc.integer({ min: 2, max: 214 }),
    col: fc.constantFrom(5, 7, 8, 9, 10, 15, 16, 17),
    value,
  }),
  fc.record({
    kind: fc.constant("cell" as const),
    sheet: fc.constantFrom("summary" as const, "notes" as const),
    row: fc.integer({ min: 1, max: 80 }),
    col: fc.integer({ min: 1, max: 14 }),
    value,
  }),
  fc.record({
    kind: fc.constant("header" as const),
    col: fc.integer({ min: 11, max: 14 }),
    text: fc.string({ maxLength: 12 }),
  }),
  fc.record({ kind: fc.constant("name" as const), name: fc.constantFrom(...EPM_NAMES.allNames) })
);

function applyEdit(workbook: ExcelJS.Workbook, e: Edit): void {
  if (e.kind === "name") return deleteNames(workbook, [e.name]);
  if (e.kind === "header") {
    workbook.getWorksheet(CLAUSES)!.getCell(1, e.col).value = e.text;
    return;
  }
  const name = { clauses: CLAUSES, summary: SUMMARY, notes: "Notes" }[e.sheet];
  const sheet = workbook.getWorksheet(name) ?? workbook.addWorksheet(name);
  sheet.getCell(e.row, e.col).value = e.value;
}

test("scoring after random hostile edits changes no user cell", async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 12 }), async (edits) => {
      const workbook = new ExcelJS.Workbook();
      workbook.model = structuredClone(model);
      for (const e of edits) applyEdit(workbook, e);
      const facts = factsOf(workbook);
      let result: Result;
      try {
        ({ result } = await scoreAudit(new XlsxWorkbook(workbook), "en"));
      } catch (error) {
        expect(error).toBeInstanceOf(AuditInputError);
        expect(changedUserCells(facts, workbook, {})).toEqual([]);
        return;
      }
      expect(nonFiniteNumbers(result)).toEqual([]);
      expect(changedUserCells(facts, workbook, {})).toEqual([]);
      expect(foreignFormulas(facts, workbook)).toEqual([]);
    }),
    { numRuns: 40 }
  );
});
