/**
 * The requirement-set check of `npm run lint` (scripts/check-api-sets.cjs): a member above the
 * manifest's minimum fails unless a capability check guards it; the add-in's own code passes.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ts from "typescript";

const {
  checkApiSets,
  capabilityFlags,
  manifestMinimum,
} = require("../../scripts/check-api-sets.cjs");

const ROOT = path.resolve(__dirname, "../..");

test("a 1.8 member fails on a 1.7 manifest unless a capability check guards it", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "api-sets-"));
  const file = path.join(dir, "fixture.ts");
  writeFileSync(
    file,
    [
      "export function unguarded(range: Excel.Range) {",
      "  range.dataValidation.clear();",
      "}",
      "export function guarded(range: Excel.Range, capabilities: { validationLists: boolean }) {",
      "  if (!capabilities.validationLists) return;",
      "  range.dataValidation.clear();",
      "}",
      "export function tooWeak(range: Excel.Range, capabilities: { validationLists: boolean }) {",
      "  range.worksheet.getRangeByIndexes(0, 0, 1, 1).values = [[1]];",
      '  if (capabilities.validationLists) range.worksheet.pageLayout.orientation = "Landscape";',
      "}",
    ].join("\n")
  );
  const { violations, members } = checkApiSets({
    files: [file],
    minimum: 7,
    flags: { validationLists: 8, pageLayout: 9 },
    compilerOptions: {
      strict: true,
      noEmit: true,
      types: ["office-js"],
      typeRoots: [path.join(ROOT, "node_modules/@types")],
    },
  });
  expect(
    violations.map((v: { name: string; at: string }) => `${v.name} ${v.at.split(":")[1]}`)
  ).toEqual([
    "Excel.DataValidation.clear 2",
    "Excel.Range.dataValidation 2",
    // pageLayout is ExcelApi 1.9: a check for 1.8 does not cover it.
    "Excel.PageLayout.orientation 10",
    "Excel.Worksheet.pageLayout 10",
  ]);
  // getRangeByIndexes is ExcelApi 1.7, the manifest's minimum: allowed without a check.
  expect(members.get("Excel.Worksheet.getRangeByIndexes").set).toBe(7);
  expect(members.get("Excel.DataValidation.clear")).toMatchObject({ set: 8, uses: 2, guarded: 1 });
});

test("the manifest and capabilities.ts are read as the check needs them", () => {
  expect(manifestMinimum(path.join(ROOT, "manifest.xml"))).toBe(7);
  expect(capabilityFlags(path.join(ROOT, "src/adapters/office/capabilities.ts"))).toEqual({
    validationLists: 8,
    pageLayout: 9,
    mergedAreas: 13,
    undoGroups: 20,
  });
  expect(ts.version).toBeTruthy();
});
