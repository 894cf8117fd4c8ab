/**
 * The resolved standard: a workbook is read by the names of the candidate it holds, and every
 * message names that standard's tables, never EPM's for another catalogue.
 */
import { epmV1 } from "../../src/catalogues";
import { readAudit } from "../../src/workbook/actions";
import type { Snapshot } from "../../src/workbook/plan";
import { resolveStandard, standardOf, standardsReadRequest } from "../../src/workbook/standard";
import { FIXED_NOW, blankAudit, clausesSheet, columnOf } from "./helpers";
import { exampleCatalogue } from "../support/example-catalogue";

const serviceLite = exampleCatalogue;
/** Both registry catalogues are candidates, EPM first, as in every front end. */
const env = { now: () => FIXED_NOW };

const snapshotWith = (tables: string[], names: string[]): Snapshot => ({
  sheets: [],
  tables: Object.fromEntries(
    tables.map((name) => [name, { name, sheet: "s", row: 0, col: 0, header: [], rows: [] }])
  ),
  names: Object.fromEntries(
    names.map((name) => [name, { name, sheet: "s", row: 0, col: 0, value: null }])
  ),
});

describe("resolveStandard", () => {
  const candidates = [epmV1, serviceLite];

  test("names come from the catalogue's prefix", () => {
    const { names, levels, terms } = standardOf(serviceLite);
    expect(names.tables.clauses).toBe("SvcClauses");
    expect(names.cells.stars).toBe("SvcStars");
    expect(names.chart).toBe("SvcModuleChart");
    expect(names.scoredInputs).toEqual({ name: "SvcScoredInputs", rowsName: "SvcScoredRows" });
    expect(names.allNames.every((name) => name.startsWith("Svc"))).toBe(true);
    expect(levels).toBe(serviceLite.levels);
    expect(terms.standard).toBe("SVC");
  });

  test("one read asks for every candidate's names and charts", () => {
    const request = standardsReadRequest(candidates);
    expect(request.tables).toEqual(expect.arrayContaining(["EpmClauses", "SvcClauses"]));
    expect(request.names).toEqual(expect.arrayContaining(["EpmStars", "SvcStars"]));
    expect(request.charts).toEqual([
      { name: "EpmModuleChart", anchor: "EpmModules" },
      { name: "SvcModuleChart", anchor: "SvcModules" },
    ]);
  });

  test("the candidate whose clause table is there, else whose names are, else the first", () => {
    const resolve = (snapshot: Snapshot) => resolveStandard(snapshot, candidates).catalogue;
    expect(resolve(snapshotWith(["SvcClauses"], ["EpmYears"]))).toBe(serviceLite);
    expect(resolve(snapshotWith([], ["SvcYears"]))).toBe(serviceLite);
    expect(resolve(snapshotWith([], []))).toBe(epmV1);
    // Create's chosen catalogue decides.
    expect(
      resolveStandard(snapshotWith(["EpmClauses"], []), candidates, serviceLite).catalogue
    ).toBe(serviceLite);
  });
});

describe("messages of a SVC-LITE workbook name its own tables", () => {
  test("a missing column names SvcClauses", async () => {
    const port = await blankAudit(serviceLite, "en");
    const sheet = clausesSheet(port);
    sheet.getCell(1, columnOf(sheet, "C 方法合规")).value = "Mine";
    const inputs = await readAudit(port, "en", env);
    const messages = inputs.issues.map((issue) => issue.message);
    expect(messages).toContainEqual(expect.stringContaining('table SvcClauses has no column "C'));
    for (const message of messages) expect(message).not.toMatch(/Epm/);
  });

  test("a missing weights table names SvcModuleWeights", async () => {
    const port = await blankAudit(serviceLite, "en");
    const weights = port.workbook.worksheets.find((ws) => ws.name.includes("Weights"))!;
    weights.removeTable("SvcModuleWeights");
    const inputs = await readAudit(port, "en", env);
    const messages = inputs.issues.map((issue) => issue.message);
    expect(messages).toContain(
      "weights table SvcModuleWeights was not found; the standard default weights are used (Start / upgrade recreates the Weights sheet)"
    );
    for (const message of messages) expect(message).not.toMatch(/Epm/);
    // Read from the workbook, which carries it (the environment names only the bundled ones).
    expect(inputs.standard.catalogue).toEqual(serviceLite);
  });
});
