/**
 * Rules revision 1.1 in the workbook: the strictCompliance switch on the Weights sheet's rules table,
 * workbooks made under revision 1.0 (no switch row, no revision in the record), and the record
 * naming the revision that scored it.
 */
import type ExcelJS from "exceljs";
import type { XlsxWorkbook } from "../../src/adapters/xlsx";
import { applyProfile, createOrUpgrade, readAudit, scoreAudit } from "../../src/workbook/actions";
import { smallStandard } from "../fixtures/catalogues";
import { C, F, I, blankAudit, envFor, roundTrip, setRating } from "./helpers";

const mini = smallStandard();
const env = envFor(mini);

/** 4★ under the default reading: a1 is 部分合规 (90 of 100 points), everything else top marks. */
async function partialMini(): Promise<XlsxWorkbook> {
  const port = await blankAudit(mini, "en", { years: 3 });
  for (const id of ["a1", "a2", "a3", "b1", "b2"]) {
    setRating(port, id, C, id === "a1" ? "部分合规" : "合规");
    setRating(port, id, F, "优秀");
  }
  setRating(port, "x1", I, "卓越");
  return port;
}

function weightsSheet(port: XlsxWorkbook): ExcelJS.Worksheet {
  return port.workbook.worksheets.find((ws) => ws.name.includes("Weights"))!;
}

/** The cell of a rules-table row's 3★ column, by the row's key. */
function ruleCell(port: XlsxWorkbook, key: string): ExcelJS.Cell {
  const sheet = weightsSheet(port);
  for (let row = 1; row <= sheet.rowCount; row++) {
    if (sheet.getCell(row, 13).value === key) return sheet.getCell(row, 15);
  }
  throw new Error(`no rule row ${key}`);
}

/** The value next to a label in the Summary's calculation record. */
/** The value right of a label anywhere on the Summary (the record block may sit in any column). */
function recordValue(port: XlsxWorkbook, label: string): unknown {
  const sheet = port.workbook.worksheets.find((ws) => ws.name.includes("Summary"))!;
  for (let row = 1; row <= sheet.rowCount; row++) {
    for (let col = 1; col <= sheet.columnCount; col++)
      if (sheet.getCell(row, col).value === label) return sheet.getCell(row, col + 1).value;
  }
  return undefined;
}

test("a new Weights sheet has the strictCompliance switch, FALSE by default", async () => {
  const port = await partialMini();
  expect(ruleCell(port, "strictCompliance").value).toBe(false);
  const { result } = await scoreAudit(port, "en", {}, env);
  expect(result).toMatchObject({ stars: 4, allCompliant: true, strictCompliance: false });
});

test.each([true, "TRUE", "是", "yes", 1])("the switch set to %p scores strictly", async (value) => {
  const port = await partialMini();
  ruleCell(port, "strictCompliance").value = value;
  const { result } = await scoreAudit(await roundTrip(port), "en", {}, env);
  expect(result).toMatchObject({ stars: 0, allCompliant: false, strictCompliance: true });
});

test("an invalid switch names its cell and what is accepted, in the user's language", async () => {
  const port = await partialMini();
  const cell = ruleCell(port, "strictCompliance");
  cell.value = "maybe";
  const en = await readAudit(port, "en", env);
  expect(en.profileErrors[0].cell).toBe(`${weightsSheet(port).name}!${cell.address}`);
  expect(en.profileErrors[0].message).toMatch(
    /"maybe" is not a valid switch; accepted: TRUE\/FALSE/
  );
  const zh = await readAudit(port, "zh", env);
  expect(zh.profileErrors[0].message).toMatch(/不是有效的开关值/);
  await expect(scoreAudit(port, "en", {}, env)).rejects.toThrow(cell.address);
});

test("applying a profile with strictCompliance writes the switch and re-scores with it", async () => {
  const port = await partialMini();
  const { result } = await applyProfile(port, { rules: { strictCompliance: true } }, "en", env);
  expect(result.stars).toBe(0);
  expect(ruleCell(port, "strictCompliance").value).toBe(true);
  const again = await scoreAudit(await roundTrip(port), "en", {}, env);
  expect(again.result.strictCompliance).toBe(true);
});

test("the calculation record names the rules revision (and the strict reading when on)", async () => {
  const port = await partialMini();
  await scoreAudit(port, "en", {}, env);
  expect(recordValue(port, "Scoring rules revision")).toBe("1.1");
  await applyProfile(port, { rules: { strictCompliance: true } }, "en", env);
  expect(recordValue(port, "Scoring rules revision")).toBe("1.1 · strictCompliance");
});

test("a workbook made under revision 1.0 re-scores under 1.1 without a manual step", async () => {
  // Revision 1.0 workbooks: the rules table has four rows and the record has no revision row.
  const port = await partialMini();
  const table = weightsSheet(port).getTable("EpmRules");
  table.removeRows(4, 1);
  table.commit();
  const old = await roundTrip(port);
  expect(() => ruleCell(old, "strictCompliance")).toThrow();

  const { result } = await scoreAudit(old, "en", {}, env);
  expect(result).toMatchObject({ stars: 4, strictCompliance: false, rulesRevision: "1.1" });
  expect(recordValue(old, "Scoring rules revision")).toBe("1.1");

  // Create/upgrade adds the switch row, with the default, and keeps the other rules.
  await createOrUpgrade(old, { lang: "en", catalogue: mini }, env);
  const upgraded = await roundTrip(old);
  expect(ruleCell(upgraded, "strictCompliance").value).toBe(false);
  expect(ruleCell(upgraded, "years").value).toBe(0);
});
