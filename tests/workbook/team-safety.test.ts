/**
 * Team merge over the lead's own cells (issue 17): formulas, error values, cell links and merged
 * ranges in the master or a copy are never written over nor dropped without a word, and evidence
 * never grows past Excel's cell limit. Cells the xlsx reader does not classify yet (links, merged
 * ranges) are handed to the merge through a port that classifies them in the snapshot, so the
 * plan and the ExcelJS adapter are tested whatever the reader does.
 */
import type ExcelJS from "exceljs";
import type { XlsxWorkbook } from "../../src/adapters/xlsx";
import { epmV1 } from "../../src/catalogues";
import type { RawCell } from "../../src/core/types";
import { AuditInputError } from "../../src/workbook/issues";
import { rewriteTable } from "../../src/workbook/owned-table";
import type { Plan, ReadRequest, Snapshot, TableGrid, WorkbookPort } from "../../src/workbook/plan";
import { mergeAudits } from "../../src/workbook/team";
import type { Comparison } from "../../src/core/compare";

import { standardOf } from "../../src/workbook/standard";
import { EPM_NAMES } from "../fixtures/catalogues";
import { compareSheetOps } from "../../src/workbook/plan-compare";
import {
  C,
  EVIDENCE,
  F,
  allValues,
  auditorCopy,
  clausesSheet,
  columnOf,
  envFor,
  epmMaster,
  rowOfId,
  setRating,
} from "./helpers";

const env = { ...envFor(epmV1), newAuditId: () => "safety" };
const CLAUSES = "条目 Clauses";

const master = () => epmMaster("en", "safety");

function cellOf(port: XlsxWorkbook, id: string, header: string): ExcelJS.Cell {
  const sheet = clausesSheet(port);
  return sheet.getCell(rowOfId(sheet, id), columnOf(sheet, header));
}

const addressOf = (port: XlsxWorkbook, id: string, header: string): string =>
  `${CLAUSES}!${cellOf(port, id, header).address}`;

/**
 * The port as the cell reader will classify it: the given cells ("条目 Clauses!H5") read as the
 * given RawCells; everything else as the port reads it. Writes go to the port.
 */
function classified(port: XlsxWorkbook, cells: Record<string, RawCell>): WorkbookPort {
  return {
    read: async (request: ReadRequest): Promise<Snapshot> => {
      const snapshot = await port.read(request);
      for (const grid of Object.values(snapshot.tables)) {
        if (!grid) continue;
        grid.rows.forEach((row, k) =>
          row.forEach((_, c) => {
            const sheet = port.workbook.getWorksheet(grid.sheet)!;
            const address = `${grid.sheet}!${sheet.getCell(grid.row + 2 + k, grid.col + 1 + c).address}`;
            if (address in cells) row[c] = cells[address];
          })
        );
      }
      return snapshot;
    },
    apply: (plan: Plan) => port.apply(plan),
    select: (address: string) => port.select(address),
  };
}

describe("a master cell holding a formula or an error value is never written over", () => {
  test("formula, formula with a cached rating, #N/A: the copies' values become conflicts", async () => {
    const lead = await master();
    cellOf(lead, "1", C).value = {
      formula: 'IF(TRUE,"合规","")',
      result: "合规",
    } as ExcelJS.CellValue;
    cellOf(lead, "2", C).value = { error: "#N/A" } as ExcelJS.CellErrorValue;
    cellOf(lead, "3", F).value = { formula: "Ratings!B3" } as ExcelJS.CellValue;
    const ana = await auditorCopy(lead, "Ana");
    setRating(ana, "1", C, "部分合规");
    setRating(ana, "2", C, "合规");
    setRating(ana, "3", F, "优秀");
    const before = allValues(lead.workbook);

    const outcome = await mergeAudits(lead, [{ port: ana, file: "ana.xlsx" }], "en", {}, env);
    expect(outcome.taken).toBe(0);
    const byCell = Object.fromEntries(outcome.conflicts.map((c) => [c.cell, c]));
    expect(byCell[addressOf(lead, "1", C)]).toMatchObject({
      master: '=IF(TRUE,"合规","")',
      values: [{ auditor: "Ana", file: "ana.xlsx", value: "部分合规" }],
    });
    expect(byCell[addressOf(lead, "2", C)]).toMatchObject({ master: "#N/A" });
    expect(byCell[addressOf(lead, "3", F)]).toMatchObject({ master: "=Ratings!B3" });
    const after = allValues(lead.workbook);
    for (const [id, header] of [
      ["1", C],
      ["2", C],
      ["3", F],
    ])
      expect(after.get(addressOf(lead, id, header))).toEqual(
        before.get(addressOf(lead, id, header))
      );
  });

  test("a copy's formula or error value is listed as a conflict as it reads, never taken", async () => {
    const lead = await master();
    const ana = await auditorCopy(lead, "Ana");
    cellOf(ana, "4", C).value = { formula: "Sheet2!A1", result: "合规" } as ExcelJS.CellValue;
    cellOf(ana, "5", C).value = { error: "#REF!" } as ExcelJS.CellErrorValue;
    const outcome = await mergeAudits(lead, [{ port: ana, file: "ana.xlsx" }], "en", {}, env);
    expect(outcome.conflicts.map((c) => [c.clauseId, c.master, c.values[0].value])).toEqual([
      ["4", "", "=Sheet2!A1"],
      ["5", "", "#REF!"],
    ]);
    expect(cellOf(lead, "4", C).value).toBeNull();
    expect(cellOf(lead, "5", C).value).toBeNull();
  });
});

describe("evidence", () => {
  test("a HYPERLINK() formula in the master's notes is kept; the copies' notes go to a warning naming the cell", async () => {
    const lead = await master();
    const link = { formula: 'HYPERLINK("https://docs.example/1","audit file")' };
    cellOf(lead, "1", EVIDENCE).value = link as ExcelJS.CellValue;
    const ana = await auditorCopy(lead, "Ana");
    setRating(ana, "1", EVIDENCE, "saw the signed minutes");
    cellOf(ana, "2", EVIDENCE).value = { formula: "A1&B1" } as ExcelJS.CellValue;
    const outcome = await mergeAudits(lead, [{ port: ana, file: "ana.xlsx" }], "en", {}, env);
    expect(cellOf(lead, "1", EVIDENCE).value).toMatchObject(link);
    expect(cellOf(lead, "2", EVIDENCE).value).toBeNull();
    const messages = outcome.issues.map((i) => i.message);
    expect(messages).toContain(
      `${addressOf(lead, "1", EVIDENCE)}: the master's notes are a formula (=HYPERLINK("https://docs.example/1","audit file")), which merge never overwrites; these notes from the copies were not added: [Ana] saw the signed minutes`
    );
    expect(messages).toContain(
      `ana.xlsx: the notes in ${addressOf(ana, "2", EVIDENCE)} are a formula or an error value (=A1&B1) and were not merged; write the notes as text`
    );
  });

  test("notes appended to a cell link keep the link (written by the ExcelJS adapter)", async () => {
    const lead = await master();
    const ana = await auditorCopy(lead, "Ana");
    setRating(ana, "1", EVIDENCE, "checked the log");
    setRating(ana, "2", EVIDENCE, "see the drive");
    const address = addressOf(lead, "1", EVIDENCE);
    const copyAddress = addressOf(ana, "2", EVIDENCE);
    const port = classified(lead, {
      [address]: { text: "minutes", hyperlink: "https://docs.example/minutes" },
    });
    const copy = classified(ana, {
      [copyAddress]: { text: "see the drive", hyperlink: "https://drive.example/x" },
    });
    await mergeAudits(port, [{ port: copy, file: "ana.xlsx" }], "en", {}, env);
    expect(cellOf(lead, "1", EVIDENCE).value).toEqual({
      text: "minutes\n[Ana] checked the log",
      hyperlink: "https://docs.example/minutes",
    });
    // A copy's link is not lost either: its address goes beside its text.
    expect(cellOf(lead, "2", EVIDENCE).value).toBe("[Ana] see the drive (https://drive.example/x)");
  });

  test("many copies never build a cell over 32,767 characters; the cell is named", async () => {
    const lead = await master();
    const copies = [];
    for (let n = 0; n < 8; n++) {
      const port = await auditorCopy(lead, `Auditor ${n}`);
      setRating(port, "1", EVIDENCE, `${n}: ${"x".repeat(4995)}`);
      setRating(port, "1", C, n % 2 ? "合规" : "部分合规"); // a conflict listing every copy's notes
      copies.push({ port, file: `copy-${n}.xlsx` });
    }
    const outcome = await mergeAudits(lead, copies, "en", {}, env);
    const notes = String(cellOf(lead, "1", EVIDENCE).value);
    expect(notes.length).toBeLessThanOrEqual(32_767);
    expect(notes.length).toBeGreaterThan(32_767 - 5_010);
    const full = outcome.issues.find((i) => i.code === "mergeEvidenceFull")!;
    expect(full.cell).toBe(addressOf(lead, "1", EVIDENCE));
    expect(full.message).toMatch(
      new RegExp(`^${addressOf(lead, "1", EVIDENCE)}: the notes reached Excel's limit of 32767`)
    );
    const kept = notes.split("\n").length;
    expect(full.params.count).toBe(8 - kept);
    // The Conflicts sheet's evidence cell is cut to the limit as well.
    const listed = lead.workbook.worksheets.find((ws) => ws.name.includes("Conflicts"))!;
    const evidence = String(listed.getCell("F4").value);
    expect(evidence.length).toBe(32_767);
    expect(evidence.endsWith("…")).toBe(true);
    // Merging again adds nothing and still says so.
    const again = await mergeAudits(lead, copies, "en", {}, env);
    expect(String(cellOf(lead, "1", EVIDENCE).value)).toBe(notes);
    expect(again.issues.some((i) => i.code === "mergeEvidenceFull")).toBe(true);
  });
});

describe("merged ranges", () => {
  test("the master's merged rating and evidence cells are named and never written through", async () => {
    const lead = await master();
    const ana = await auditorCopy(lead, "Ana");
    setRating(ana, "1", C, "合规");
    setRating(ana, "2", C, "合规");
    setRating(ana, "2", EVIDENCE, "saw it");
    const g1 = addressOf(lead, "1", C);
    const g2 = addressOf(lead, "2", C);
    const range = `${g1.split("!")[1]}:${g2.split("!")[1]}`;
    const notes = addressOf(lead, "2", EVIDENCE);
    const port = classified(lead, {
      [g1]: { merged: range, value: null },
      [g2]: { merged: range, value: null },
      [notes]: { merged: `${notes.split("!")[1]}:${notes.split("!")[1]}`, value: null },
    });
    const before = allValues(lead.workbook);
    const outcome = await mergeAudits(port, [{ port: ana, file: "ana.xlsx" }], "en", {}, env);
    expect(cellOf(lead, "1", C).value).toBeNull();
    expect(cellOf(lead, "2", C).value).toBeNull();
    expect(cellOf(lead, "2", EVIDENCE).value).toBeNull();
    const warnings = outcome.issues.filter((i) => i.code === "mergeMasterMerged");
    expect(warnings.map((w) => w.cell)).toEqual([g1, notes]); // one per range
    expect(warnings[0].message).toBe(
      `${g1}: part of the merged cells ${range}; merge never writes into merged cells, so this cell was left as it is (unmerge ${range} and merge again)`
    );
    const after = allValues(lead.workbook);
    for (const cell of [g1, g2, notes]) expect(after.get(cell)).toEqual(before.get(cell));
  });

  test("a copy's merged rating cells are named with the copy's file", async () => {
    const lead = await master();
    const ana = await auditorCopy(lead, "Ana");
    setRating(ana, "1", C, "合规");
    const g1 = addressOf(ana, "1", C);
    const g2 = addressOf(ana, "2", C);
    const range = `${g1.split("!")[1]}:${g2.split("!")[1]}`;
    const copy = classified(ana, {
      [g1]: { merged: range, value: "合规" },
      [g2]: { merged: range, value: null },
    });
    const outcome = await mergeAudits(lead, [{ port: copy, file: "ana.xlsx" }], "en", {}, env);
    const warning = outcome.issues.find((i) => i.code === "mergeCopyMerged")!;
    expect(warning.message).toMatch(
      new RegExp(`^ana\\.xlsx: ${g1.replace(/[()]/g, "\\$&")} is part of the merged cells ${range}`)
    );
    expect(cellOf(lead, "1", C).value).toBe("合规"); // its own row's value
    expect(cellOf(lead, "2", C).value).toBeNull(); // not spread to the other row
  });
});

describe("Decisions on the Conflicts sheet", () => {
  test.each([
    ["a formula", { formula: 'IF(1,"合规")', result: "合规" }, '=IF(1,"合规")'],
    ["an error value", { error: "#N/A" }, "#N/A"],
  ])("a Decision entered as %s stops the merge and names its cell", async (_, value, shown) => {
    const lead = await master();
    const ana = await auditorCopy(lead, "Ana");
    const bo = await auditorCopy(lead, "Bo");
    setRating(ana, "1", C, "合规");
    setRating(bo, "1", C, "部分合规");
    const copies = [
      { port: ana, file: "ana.xlsx" },
      { port: bo, file: "bo.xlsx" },
    ];
    await mergeAudits(lead, copies, "en", {}, env);
    const conflicts = lead.workbook.worksheets.find((ws) => ws.name.includes("Conflicts"))!;
    conflicts.getCell("G4").value = value as ExcelJS.CellValue;
    const before = allValues(lead.workbook);
    const error = await mergeAudits(lead, copies, "en", {}, env).catch((e) => e);
    expect(error).toBeInstanceOf(AuditInputError);
    expect(error.message).toContain(
      `冲突 Conflicts!G4: the Decision "${shown}" is a formula or an error value, which is not accepted; write the C rating as text (accepted: compliant/C`
    );
    expect(allValues(lead.workbook)).toEqual(before);
  });
});

describe("the Compare sheet of an earlier version", () => {
  const comparison: Comparison = {
    before: { stars: 0, score15: 0, score6: 0 },
    after: { stars: 3, score15: 80, score6: 5 },
    conditions: (["years", "fShare", "score15"] as const).map((key) => ({
      stars: 3,
      key,
      before: { actual: 0, met: false },
      after: { actual: 1, met: true },
    })),
    modules: [],
    subItems: [],
    clauses: [],
  };
  const sheetWithTableAt = (row: number): Snapshot => ({
    sheets: ["对比 Compare"],
    names: {},
    tables: {
      [EPM_NAMES.tables.compare]: {
        name: EPM_NAMES.tables.compare,
        sheet: "对比 Compare",
        row,
        col: 0,
        header: ["ID"],
        rows: [[null]],
      },
    },
  });
  const standard = standardOf(epmV1);
  const files = { before: "a.xlsx", after: "b.xlsx" };

  test("conditions that do not fit above the table share the section's last row; the table stays", () => {
    // An earlier version left room for one condition: title, gap, 4 totals rows, gap, header, 1
    // condition, gap, blocks header, gap → the table at row 12.
    const ops = compareSheetOps(sheetWithTableAt(12), comparison, files, "en", standard, 15);
    const writes = ops.filter((op) => op.op === "setValues");
    const conditions = writes.find((op) => op.op === "setValues" && op.row === 8)!;
    expect(conditions).toMatchObject({
      values: [[expect.stringMatching(/^3★ .*; 3★ .*; 3★ /), null, null, null]],
    });
    expect((conditions as { values: unknown[][] }).values).toHaveLength(1);
    expect(ops.some((op) => op.op === "addTable" || op.op === "addSheet")).toBe(false);
    // Nothing is written at or below the table's header row but the table's own rows.
    for (const op of writes) if (op.op === "setValues" && op.row >= 12) expect(op.row).toBe(13);
  });

  test("a table moved up into the summary rows stops the compare with a message naming it", () => {
    expect(() =>
      compareSheetOps(sheetWithTableAt(8), comparison, files, "en", standard, 15)
    ).toThrow(
      'table EpmCompare on sheet "对比 Compare" was moved up into the rows of the comparison summary'
    );
  });
});

describe("a product table rewritten in place", () => {
  const grid = (header: string[], rows: RawCell[][]): TableGrid => ({
    name: "EpmThing",
    sheet: "S",
    row: 2,
    col: 1,
    header,
    rows,
  });

  test("a column the lead added to the table is never written; appended rows leave it blank", () => {
    const table = grid(["ID", "Lead's note", "Value"], [["1", "keep me", "a"]]);
    const { inPlace, grow, rows } = rewriteTable(
      table,
      ["ID", "Value"],
      [
        ["1", "b"],
        ["2", "c"],
      ]
    );
    expect(inPlace).toEqual([
      { op: "setValues", sheet: "S", row: 3, col: 1, values: [["1"]] },
      { op: "setValues", sheet: "S", row: 3, col: 3, values: [["b"]] },
    ]);
    expect(grow).toEqual([
      { op: "appendTableRows", table: "EpmThing", values: [["2", null, "c"]] },
    ]);
    expect(rows).toBe(2);
  });

  test("fewer rows than before: the rest are blanked, the table keeps its size, nothing grows", () => {
    const table = grid(
      ["ID", "Value"],
      [
        ["1", "a"],
        ["2", "b"],
        ["3", "c"],
      ]
    );
    const { inPlace, grow, rows } = rewriteTable(table, ["ID", "Value"], [["9", "z"]]);
    expect(inPlace).toEqual([
      {
        op: "setValues",
        sheet: "S",
        row: 3,
        col: 1,
        values: [
          ["9", "z"],
          [null, null],
          [null, null],
        ],
      },
    ]);
    expect(grow).toEqual([]);
    expect(rows).toBe(3);
  });
});
