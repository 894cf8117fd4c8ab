/**
 * Queues everything a ReadRequest needs on one request context, so that the caller syncs once.
 * Tables and names are looked up with the *OrNullObject methods; the ranges derived from a null
 * object are null objects too, so a missing table or name costs no extra round trip and no error.
 */
import type { NamedCell, ReadRequest, Snapshot, TableGrid } from "../../workbook/plan";
import { toRawCell } from "./cells";

type Grid = unknown[][];

function rawRows(values: Grid, formulas: Grid, types: string[][]) {
  return values.map((row, r) => row.map((v, c) => toRawCell(v, formulas[r]?.[c], types[r]?.[c])));
}

/** Queue the loads; call the returned function after context.sync() to get the snapshot. */
export function queueRead(context: Excel.RequestContext, request: ReadRequest): () => Snapshot {
  const wb = context.workbook;
  const sheets = wb.worksheets.load("items/name");

  const tables = request.tables.map((name) => {
    const table = wb.tables.getItemOrNullObject(name).load("name");
    return {
      name,
      table,
      sheet: table.worksheet.load("name"),
      header: table.getHeaderRowRange().load("values,rowIndex,columnIndex"),
      // A table always has at least one body row in Excel, so the body range exists with the table.
      body: table.getDataBodyRange().load("values,formulas,valueTypes,rowCount"),
    };
  });

  const names = request.names.map((name) => {
    const range = wb.names
      .getItemOrNullObject(name)
      .getRangeOrNullObject()
      .load("values,formulas,valueTypes,rowIndex,columnIndex");
    return { name, range, sheet: range.worksheet.load("name") };
  });

  return () => {
    const snapshot: Snapshot = {
      sheets: sheets.items.map((s) => s.name),
      tables: {},
      names: {},
    };
    for (const t of tables) {
      if (t.table.isNullObject) {
        snapshot.tables[t.name] = undefined;
        continue;
      }
      const grid: TableGrid = {
        name: t.name,
        sheet: t.sheet.name,
        row: t.header.rowIndex,
        col: t.header.columnIndex,
        header: (t.header.values[0] ?? []).map((h) => String(h ?? "")),
        rows: rawRows(t.body.values, t.body.formulas, t.body.valueTypes as string[][]),
      };
      snapshot.tables[t.name] = grid;
    }
    for (const n of names) {
      if (n.range.isNullObject) {
        snapshot.names[n.name] = undefined;
        continue;
      }
      const cell: NamedCell = {
        name: n.name,
        sheet: n.sheet.name,
        row: n.range.rowIndex,
        col: n.range.columnIndex,
        value: toRawCell(
          n.range.values[0]?.[0],
          n.range.formulas[0]?.[0],
          (n.range.valueTypes as string[][])[0]?.[0]
        ),
      };
      snapshot.names[n.name] = cell;
    }
    return snapshot;
  };
}
