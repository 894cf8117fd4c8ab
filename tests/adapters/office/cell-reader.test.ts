/**
 * The one cell reader of Office hosts, through Microsoft's Excel client against the emulated
 * host: formulas with the value Excel shows, merged ranges of the clause table (ExcelApi 1.13, in
 * the same sync as the values), and the pure conversions behind them.
 */
import { createOfficePort } from "../../../src/adapters/office/port";
import { mergedAreasOf, toRawCell, withMergedAreas } from "../../../src/adapters/office/cells";
import { epmV1 } from "../../../src/catalogues";
import { createOrUpgrade, readAudit, scoreAudit } from "../../../src/workbook/actions";
import { locateColumns } from "../../../src/workbook/columns";
import { EPM_NAMES } from "../../fixtures/catalogues";
import { ExcelHost } from "../../support/excel-host/host";
import { PROFILES } from "../../support/excel-host/profiles";

const env = { catalogues: [epmV1], now: () => new Date("2025-06-01T08:00:00.000Z") };

describe("toRawCell: each class of cell", () => {
  test("a formula carries the value Excel shows beside it", () => {
    expect(toRawCell(false, "=FALSE()", "Boolean")).toEqual({ formula: "FALSE()", cached: false });
    expect(toRawCell("合规", '="合"&"规"', "String")).toEqual({
      formula: '"合"&"规"',
      cached: "合规",
    });
    expect(toRawCell("#N/A", "=NA()", "Error")).toEqual({
      formula: "NA()",
      cached: { error: "#N/A" },
    });
    expect(toRawCell("", '=""', "Empty")).toEqual({ formula: '""', cached: null });
  });
  test("constants, blanks and error values stay as they were", () => {
    expect(toRawCell("=1+1", "=1+1", "String")).toBe("=1+1");
    expect(toRawCell("", "", "Empty")).toBeNull();
    expect(toRawCell("#DIV/0!", "#DIV/0!", "Error")).toEqual({ error: "#DIV/0!" });
    expect(toRawCell(true, true, "Boolean")).toBe(true);
  });
  test("merged areas as Excel lists them mark every cell of the grid they cover", () => {
    const areas = mergedAreasOf("'条目, Clauses'!G5:G6,'条目, Clauses'!$J$4:$J$5");
    expect(areas).toEqual([
      { row: 4, col: 6, rows: 2, cols: 1 },
      { row: 3, col: 9, rows: 2, cols: 1 },
    ]);
    // A grid of rows 4–6 (0-based 3–5), columns G–H (6–7).
    const grid = withMergedAreas(
      [
        ["a", "b"],
        ["c", "d"],
        [null, "f"],
      ],
      3,
      6,
      areas
    );
    expect(grid).toEqual([
      ["a", "b"],
      [{ merged: "G5:G6", value: "c" }, "d"],
      [{ merged: "G5:G6", value: null }, "f"],
    ]);
  });
});

async function auditWithMergedRating(profile: (typeof PROFILES)[number]) {
  const host = new ExcelHost(profile);
  const port = createOfficePort();
  await createOrUpgrade(port, { lang: "en", catalogue: epmV1, years: 4 }, env);
  const table = host.model.tableByName(EPM_NAMES.tables.clauses)!;
  const { sheetId, row: top, col: left, cols: width } = table.area;
  const sheet = host.model.sheetById(sheetId);
  const header = Array.from({ length: width }, (_, c) =>
    String(host.model.cell(sheetId, top, left + c)?.value)
  );
  const cols = locateColumns(header);
  const set = (
    r: number,
    col: number,
    cell: { value: string | number | boolean; formula?: string }
  ) => host.model.updateCell(sheetId, top + r, left + col, cell);
  // Clause 1 (body row 1) and 2 share one C cell, merged as a user would merge them.
  set(1, cols.c!, { value: "合规" });
  set(1, cols.f!, { value: "良好" });
  set(2, cols.f!, { value: "良好" });
  sheet.merges = [{ sheetId, row: top + 1, col: left + cols.c!, rows: 2, cols: 1 }];
  // Clause 3: a rating formula, reported with what it shows.
  set(3, cols.c!, { value: "合规", formula: '="合"&"规"' });
  set(3, cols.f!, { value: "良好" });
  return {
    host,
    port,
    sheetName: sheet.name,
    cAddress: (r: number) => `${sheet.name}!G${top + r + 1}`,
  };
}

test.each(PROFILES.map((p) => [p.name, p] as const))(
  "%s: merged rating cells and rating formulas are read in the one read sync",
  async (_name, profile) => {
    const { host, port, sheetName, cAddress } = await auditWithMergedRating(profile);
    const before = host.roundTrips;
    const inputs = await readAudit(port, "en", env);
    // One read: the merged areas come with the values, never in a sync of their own.
    expect(host.roundTrips - before).toBe(1);
    const row = (id: string) => inputs.rows.find((r) => r.id === id)!;
    expect(row("3").c).toEqual({ formula: '"合"&"规"', cached: "合规" });
    const { result } = await scoreAudit(port, "en", {}, env);
    const status = new Map(result.clauses.map((c) => [c.id, c.status]));
    const formula = result.issues.find((i) => i.cell === cAddress(3))!;
    expect(formula.message).toContain('holds a formula (="合"&"规", showing "合规")');
    expect(status.get("3")).toBe("invalid");
    if (profile.apiMinor >= 13) {
      // Rating rows name the range with its sheet, as issues name cells.
      expect(row("1").c).toEqual({ merged: `${sheetName}!G2:G3`, value: "合规" });
      expect(row("2").c).toEqual({ merged: `${sheetName}!G2:G3`, value: null });
      expect([status.get("1"), status.get("2")]).toEqual(["invalid", "invalid"]);
      const merged = result.issues.filter((i) => i.params.range !== undefined);
      expect(merged.map((i) => [i.cell, i.params.range])).toEqual([
        [cAddress(1), `${cAddress(1)}:G3`],
        [cAddress(2), `${cAddress(1)}:G3`],
      ]);
    } else {
      // Without ExcelApi 1.13 merged areas are not read: the cells read as they hold.
      expect(row("1").c).toBe("合规");
      expect(row("2").c).toBeNull();
    }
  }
);
