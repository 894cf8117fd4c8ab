/**
 * A catalogue of 1, 2, 4 or 9 levels in Excel, through Microsoft's Excel client against the
 * emulated host: the Summary's condition matrix has a column per level with its verdicts, and
 * the module chart (one, bound to the module block) is placed right of the widest matrix.
 */
import { createOfficePort } from "../../../src/adapters/office/port";
import { parseRange } from "../../../src/workbook/a1";
import { createOrUpgrade, scoreAudit } from "../../../src/workbook/actions";
import { ExcelHost } from "../../support/excel-host/host";
import { PROFILES } from "../../support/excel-host/profiles";
import { catalogueWithLevels, SOME_LEVEL_COUNTS, starsOfLevels } from "../../fixtures/levels";

const latest = PROFILES[PROFILES.length - 1];
const now = () => new Date("2025-06-01T08:00:00.000Z");

describe.each(SOME_LEVEL_COUNTS)("a catalogue of %i level(s) in Excel", (count) => {
  // Its own prefix (Lv4…): the chart is found again under that prefix, so re-scoring adds none.
  const catalogue = catalogueWithLevels(count);
  const stars = starsOfLevels(count);

  test("the matrix has a column per level and the chart sits right of it", async () => {
    const env = { catalogues: [catalogue], now };
    const host = new ExcelHost(latest);
    const port = createOfficePort();
    await createOrUpgrade(port, { lang: "en", catalogue, years: count - 1 }, env);
    const { result } = await scoreAudit(port, "en", {}, env);
    expect(result.levels.map((level) => level.stars)).toEqual(stars);

    const summary = host.model.sheets.find((sheet) => sheet.name.includes("Summary"))!;
    const value = (row: number, col: number) => host.model.cell(summary.id, row, col)?.value;
    let at: { row: number; col: number } | undefined;
    for (let row = 0; row < 80 && !at; row++)
      for (let col = 0; col < 30 && !at; col++)
        if (value(row, col) === "Condition" && value(row, col + 1) === "1★") at = { row, col };
    expect(at).toBeDefined();
    const { row, col } = at!;
    const header = stars.map((_, k) => value(row, col + 1 + k));
    expect(header).toEqual(stars.map((n) => `${n}★`));
    expect(value(row, col + 1 + count)).toBeUndefined();
    // No rating yet: every level's years condition is met (years = count - 1), shown with a ✓.
    const years = stars.map((_, k) => value(row + 1, col + 1 + k));
    expect(years).toEqual(stars.map((_, k) => `${count - 1} / ${k} ✓`));

    expect(summary.charts).toHaveLength(1);
    const [from] = summary.charts[0].props.position as [string, string];
    const chartColumn = parseRange(from)!.col;
    expect(chartColumn).toBeGreaterThan(col + count);
  });
});
