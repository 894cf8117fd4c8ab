/**
 * Workbook names per catalogue: a catalogue's prefix names every table and defined name of its
 * workbooks, and a workbook is read with the catalogue whose names it holds.
 */
import { readAudit, scoreAudit } from "../../src/workbook/actions";
import { COLUMN } from "../../src/workbook/columns";
import { namedPort, prefixedName } from "../../src/workbook/named-port";
import type { Plan, ReadRequest, Snapshot, WorkbookPort } from "../../src/workbook/plan";
import { epmShape, twoLevelStandard } from "../fixtures/catalogues";
import { blankAudit, FIXED_NOW, setRating } from "./helpers";

const two = twoLevelStandard();
const epm = epmShape();
const both = { catalogues: [epm, two], now: () => FIXED_NOW };

function definedNames(port: Awaited<ReturnType<typeof blankAudit>>): string[] {
  return port.workbook.definedNames.model.map((n) => n.name);
}

test("a catalogue's prefix names its tables and defined names; no layout name is left", async () => {
  const port = await blankAudit(two, "en");
  const names = definedNames(port);
  expect(names).toEqual(expect.arrayContaining(["TwoYears", "TwoStars", "TwoCatalogue"]));
  expect(names.filter((name) => name.startsWith("Epm"))).toEqual([]);
  expect(port.hasTable("TwoClauses")).toBe(true);
  expect(port.hasTable("EpmClauses")).toBe(false);
});

test("reading and scoring find the catalogue whose names the workbook holds", async () => {
  const port = await blankAudit(two, "en");
  for (const id of ["a1", "a2", "b1", "b2"]) setRating(port, id, COLUMN.c.header, "C");
  const inputs = await readAudit(port, "en", both);
  expect(inputs.catalogue.id).toBe("TWO");
  expect(inputs.readIssues.filter((i) => i.severity === "error")).toEqual([]);
  const { result } = await scoreAudit(port, "en", { years: 1 }, both);
  expect(result.levels.map((level) => level.stars)).toEqual([1, 2]);
  // The override went into the catalogue's own years cell.
  expect(port.workbook.definedNames.getRanges("TwoYears").ranges).toHaveLength(1);
});

test("with two prefixes known, an EPM-shaped workbook keeps the layout's own names", async () => {
  const port = await blankAudit(epm, "en");
  const { result } = await scoreAudit(port, "en", {}, both);
  expect(result.catalogue.id).toBe(epm.id);
  expect(definedNames(port).filter((name) => name.startsWith("Two"))).toEqual([]);
});

test("with only the layout's prefix in play the port is passed through untouched", () => {
  const port: WorkbookPort = {
    read: async () => ({ sheets: [], tables: {}, names: {} }),
    apply: async () => undefined,
    select: async () => undefined,
  };
  expect(namedPort(port, [epm])).toBe(port);
  expect(namedPort(port, [epm, two])).not.toBe(port);
});

test("the port renames requests, the snapshot and the plan's names, and nothing else", async () => {
  const asked: ReadRequest[] = [];
  const applied: Plan[] = [];
  const snapshot: Snapshot = {
    sheets: ["S"],
    tables: {
      TwoClauses: { name: "TwoClauses", sheet: "S", row: 0, col: 0, header: [], rows: [] },
    },
    names: { TwoYears: { name: "TwoYears", sheet: "S", row: 1, col: 1, value: 3 } },
  };
  const port = namedPort(
    {
      read: async (request) => (asked.push(request), snapshot),
      apply: async (plan) => void applied.push(plan),
      select: async () => undefined,
    },
    [epm, two]
  );
  const read = await port.read({ tables: ["EpmClauses"], names: ["EpmYears"] });
  expect(asked[0]).toEqual({
    tables: ["EpmClauses", "TwoClauses"],
    names: ["EpmYears", "TwoYears"],
  });
  expect(read.tables.EpmClauses?.name).toBe("EpmClauses");
  expect(read.names.EpmYears?.value).toBe(3);
  const area = { sheet: "S", row: 0, col: 0, rows: 1, cols: 1 };
  await port.apply({
    ops: [
      { op: "defineName", name: "EpmStars", area },
      { op: "appendTableRows", table: "EpmClauses", values: [] },
      { op: "addSheet", name: "EpmNotAName" },
    ],
  });
  expect(applied[0].ops).toEqual([
    { op: "defineName", name: "TwoStars", area },
    { op: "appendTableRows", table: "TwoClauses", values: [] },
    { op: "addSheet", name: "EpmNotAName" },
  ]);
  expect(prefixedName("Other", "Two")).toBe("Other");
});
