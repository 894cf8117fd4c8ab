/** The actions over a real (ExcelJS) port: one read and one apply each, inputs kept, results written. */
import { score } from "../../src/core";
import { epmV1 } from "../../src/catalogues";
import { newWorkbook } from "../../src/adapters/xlsx";
import {
  applyProfile,
  createOrUpgrade,
  describeWorkbook,
  readAudit,
  scoreAudit,
} from "../../src/workbook/actions";
import { COLUMN, RESULT_KEYS } from "../../src/workbook/columns";
import { AuditInputError } from "../../src/workbook/issues";
import { standardOf, standardsReadRequest } from "../../src/workbook/standard";
import { scorePlan } from "../../src/workbook/plan-score";
import { locateColumns } from "../../src/workbook/columns";
import { smallStandard } from "../fixtures/catalogues";
import {
  C,
  EVIDENCE,
  F,
  I,
  blankAudit,
  clausesSheet,
  columnOf,
  envFor,
  roundTrip,
  rowOfId,
  setRating,
} from "./helpers";

const mini = smallStandard();
const env = envFor(mini);

async function ratedMini(lang: "zh" | "en" = "zh") {
  const port = await blankAudit(mini, lang, { years: 3 });
  for (const id of ["a1", "a2", "a3", "b1", "b2"]) {
    setRating(port, id, C, "合规");
    setRating(port, id, F, "优秀");
  }
  setRating(port, "x1", I, "卓越");
  return port;
}

test("describeWorkbook: no audit in a blank workbook; the audit's catalogue and rows after Create; nothing written", async () => {
  const blank = newWorkbook();
  expect(await describeWorkbook(blank, "en")).toEqual({ audit: null });
  expect(blank.calls.apply).toBe(0);
  const port = await blankAudit(epmV1, "zh");
  const before = { ...port.calls };
  const state = await describeWorkbook(port, "en");
  expect(state.audit?.catalogue).toBe(epmV1);
  expect(state.audit?.clauseRows).toBe(211);
  expect(port.calls.read - before.read).toBe(1);
  expect(port.calls.apply - before.apply).toBe(0);
});

describe("createOrUpgrade", () => {
  test("a new workbook: every catalogue row, one read and one apply", async () => {
    const port = await blankAudit(mini);
    const before = { ...port.calls };
    const again = await createOrUpgrade(port, { lang: "zh" }, env);
    expect(again).toEqual({ created: false, addedRows: 0, keptRows: 7 });
    expect(port.calls.read - before.read).toBe(1);
    expect(port.calls.apply - before.apply).toBe(1);
  });

  test("EPM: 211 rows, sheets found by table, not by name", async () => {
    const port = await blankAudit(epmV1, "zh");
    const inputs = await readAudit(port, "en");
    expect(inputs.rows).toHaveLength(211);
    expect(inputs.catalogue.id).toBe(epmV1.id);
    clausesSheet(port).name = "My ratings";
    const renamed = await readAudit(port, "en");
    expect(renamed.rows[0].cells?.c).toMatch(/^My ratings!G2$/);
  });

  test("a deleted row comes back at the bottom; ratings, notes and user rows are kept", async () => {
    const port = await ratedMini();
    setRating(port, "a2", EVIDENCE, "see folder 7");
    const sheet = clausesSheet(port);
    // The user deletes row b1 (shifting the rows below up) and adds an extra innovation row.
    const b1 = rowOfId(sheet, "b1");
    sheet.spliceRows(b1, 1);
    const table = (sheet as unknown as { tables: Record<string, { table: { tableRef: string } }> })
      .tables;
    table.EpmClauses.table.tableRef = "A1:N7"; // header + 6 rows left
    const reopened = await roundTrip(port);
    const result = await createOrUpgrade(reopened, { lang: "zh" }, env);
    expect(result).toMatchObject({ created: false, addedRows: 1 });
    const after = await roundTrip(reopened);
    const s = clausesSheet(after);
    expect(s.getCell(rowOfId(s, "a2"), columnOf(s, EVIDENCE)).value).toBe("see folder 7");
    expect(s.getCell(rowOfId(s, "a1"), columnOf(s, C)).value).toBe("合规");
    expect(rowOfId(s, "b1")).toBeGreaterThan(rowOfId(s, "x2"));
  });
});

describe("scoreAudit", () => {
  test("one read, one apply; the result equals a direct core score", async () => {
    const port = await ratedMini();
    const before = { ...port.calls };
    const { result, inputs } = await scoreAudit(port, "en", {}, env);
    expect(port.calls.read - before.read).toBe(1);
    expect(port.calls.apply - before.apply).toBe(1);
    const direct = score(
      {
        catalogue: mini,
        rows: inputs.rows,
        years: 3,
        yearsCell: inputs.yearsCell,
        profile: inputs.profile,
      },
      "en"
    );
    expect(result).toEqual(direct);
    expect(result.stars).toBeGreaterThan(0);
  });

  test("issues name the cell; results land in the product columns in the content language", async () => {
    const port = await ratedMini("en");
    setRating(port, "a2", C, "75%");
    const { result } = await scoreAudit(port, "zh", {}, env);
    const issue = result.issues.find((i) => i.clauseId === "a2")!;
    const sheet = clausesSheet(port);
    const row = rowOfId(sheet, "a2");
    expect(issue.cell).toBe(`${sheet.name}!${sheet.getCell(row, columnOf(sheet, C)).address}`);
    expect(issue.message).toMatch(/方法合规/); // the caller's language
    expect(sheet.getCell(row, columnOf(sheet, "状态 Status")).value).toBe("invalid"); // content: en
    expect(String(sheet.getCell(row, columnOf(sheet, "提示 Message")).value)).toMatch(
      /not a level/
    );
    expect(sheet.getCell(rowOfId(sheet, "a1"), columnOf(sheet, "得分率 Ratio")).value).toBe(1);
  });

  test("the score plan writes no input cell", async () => {
    const port = await ratedMini();
    const snapshot = await port.read(standardsReadRequest([mini]));
    const inputs = await readAudit(port, "zh", env);
    const result = score({ catalogue: mini, rows: inputs.rows, years: 3 });
    const plan = scorePlan(snapshot, result, {
      standard: standardOf(mini),
      lang: "zh",
      now: new Date(0),
      productVersion: "t",
    });
    const grid = snapshot.tables.EpmClauses!;
    const cols = locateColumns(grid.header);
    const resultCols = new Set(RESULT_KEYS.map((k) => grid.col + cols[k]!));
    const inputNames = ["EpmOrganisation", "EpmYears", "EpmStage", "EpmAuditor", "EpmDate"].map(
      (n) => snapshot.names[n]!
    );
    for (const op of plan.ops) {
      if (op.op !== "setValues") continue;
      const rows = op.values.length;
      const width = op.values[0].length;
      if (op.sheet === grid.sheet) {
        for (let c = op.col; c < op.col + width; c++) expect(resultCols.has(c)).toBe(true);
      }
      for (const input of inputNames) {
        const inside =
          input.sheet === op.sheet &&
          input.row >= op.row &&
          input.row < op.row + rows &&
          input.col >= op.col &&
          input.col < op.col + width;
        expect(inside).toBe(false);
      }
      expect(op.sheet).not.toBe(snapshot.tables.EpmModuleWeights!.sheet);
    }
    expect(COLUMN.c.owner).toBe("input");
  });

  test("a workbook without the clause table cannot be scored", async () => {
    const port = await blankAudit(mini);
    const sheet = clausesSheet(port);
    (sheet as unknown as { tables: Record<string, unknown> }).tables = {};
    await expect(scoreAudit(port, "en", {}, env)).rejects.toThrow(/EpmClauses/);
    await expect(scoreAudit(port, "en", {}, env)).rejects.toBeInstanceOf(AuditInputError);
  });
});

describe("applyProfile and the Weights sheet", () => {
  test("writes the profile, re-scores with it, and the sheet reads back the same", async () => {
    const port = await ratedMini();
    const before = { ...port.calls };
    const { result } = await applyProfile(port, { name: "what-if", modules: { A: 90 } }, "en", env);
    expect(port.calls.read - before.read).toBe(1);
    expect(port.calls.apply - before.apply).toBe(1);
    expect(result.max15).toBe(130);
    expect(result.profileName).toBe("what-if");
    const again = await scoreAudit(await roundTrip(port), "en", {}, env);
    expect(again.result.max15).toBe(130);
    expect(again.result.profileName).toBe("what-if");
  });

  test("an invalid weight names its cell and blocks scoring", async () => {
    const port = await ratedMini();
    const weights = port.workbook.worksheets.find((ws) => ws.name.includes("Weights"))!;
    weights.getCell("C5").value = "lots"; // module A points
    const inputs = await readAudit(port, "en", env);
    expect(inputs.profileErrors[0].cell).toBe(`${weights.name}!C5`);
    expect(inputs.profileErrors[0].message).toMatch(/"lots" is not a valid number/);
    await expect(scoreAudit(port, "en", {}, env)).rejects.toThrow(/C5/);
  });
});
