/**
 * Beyond issue 9's list, the same class as defect 3: Create/upgrade re-adds missing catalogue rows
 * at the bottom of the clause table; the user's cells below the table move down, never get lost.
 */
import { readFileSync } from "node:fs";
import { loadWorkbook } from "../../src/adapters/xlsx";
import { TotalsRowError } from "../../src/adapters/xlsx/tables";
import { createOrUpgrade } from "../../src/workbook/actions";
import { factsOf, changedUserCells } from "./invariants";
import { CLAUSES, makeTemplate, variant } from "./support";

beforeAll(() => makeTemplate("zh"));

const shrunk = (withTotals: boolean) =>
  variant((_, ws) => {
    const tables = (
      ws as unknown as {
        tables: Record<string, { table?: { tableRef: string; totalsRow?: boolean } }>;
      }
    ).tables;
    const model = Object.values(tables)[0].table!;
    // The last three clauses deleted (rows cleared, table shortened), then notes typed below it.
    for (let row = 210; row <= 212; row++)
      for (let col = 1; col <= 14; col++) ws.getCell(row, col).value = null;
    model.tableRef = withTotals ? "A1:N210" : "A1:N209";
    if (withTotals) model.totalsRow = true;
    for (let row = 211; row <= 216; row++) {
      ws.getCell(row, 1).value = `note ${row}`;
      ws.getCell(row, 4).value = `more ${row}`;
    }
  });

test("missing catalogue rows come back without overwriting the notes below the table", async () => {
  const port = await loadWorkbook(readFileSync(await shrunk(false)));
  const facts = factsOf(port.workbook);
  const made = await createOrUpgrade(port, { lang: "zh" });
  expect(made.addedRows).toBe(3);
  const ws = port.workbook.getWorksheet(CLAUSES)!;
  const notes: string[] = [];
  ws.eachRow((row) => {
    const text = row.getCell(1).value;
    if (typeof text === "string" && text.startsWith("note "))
      notes.push(`${text}|${String(row.getCell(4).value)}`);
  });
  expect(notes).toEqual([211, 212, 213, 214, 215, 216].map((r) => `note ${r}|more ${r}`));
  // Cells moved down by three rows, so compare by value, not by row: nothing of the user's is lost.
  const lost = changedUserCells(facts, port.workbook, {}).filter((l) => !/note|more/.test(l));
  expect(lost).toEqual([]);
});

test("a table with a Total row is not grown downwards: a clear error, the notes below untouched", async () => {
  const port = await loadWorkbook(readFileSync(await shrunk(true)));
  const before = JSON.stringify(port.workbook.getWorksheet(CLAUSES)!.getRow(211).values);
  await expect(createOrUpgrade(port, { lang: "zh" })).rejects.toBeInstanceOf(TotalsRowError);
  expect(JSON.stringify(port.workbook.getWorksheet(CLAUSES)!.getRow(211).values)).toBe(before);
});
