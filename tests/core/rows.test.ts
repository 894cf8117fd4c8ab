/** docs/scoring-rules.md §9 — rows of the workbook, and operating years. */
import { parseYears, score } from "../../src/core";
import { epmShape, uniformRows, withRows } from "../fixtures/catalogues";

const catalogue = epmShape();
const perfect = uniformRows(catalogue, "合规", "优秀", "卓越");

test("a catalogue clause whose row is missing is scored as unrated, with an error naming it", () => {
  const result = score({
    catalogue,
    rows: perfect.filter((r) => r.id !== "42"),
    years: 5,
    lang: undefined,
  } as never);
  expect(result.clauses.find((c) => c.id === "42")).toMatchObject({
    status: "unrated",
    ratio: 0,
    score: 0,
  });
  expect(result.issues).toContainEqual(
    expect.objectContaining({ severity: "error", code: "missingRow", clauseId: "42" })
  );
  expect(result.incomplete).toBe(true);
});

test("a second row with the same ID is an error and ignored; the first row counts", () => {
  const rows = [...perfect, { id: "5", c: "不合规", f: "不合格", cells: { id: "S!A300" } }];
  const result = score({ catalogue, rows, years: 5 });
  expect(result.clauses.find((c) => c.id === "5")!.status).toBe("rated");
  expect(result.clauses.find((c) => c.id === "5")!.ratio).toBe(1);
  expect(result.issues).toContainEqual(
    expect.objectContaining({
      severity: "error",
      code: "duplicateRow",
      clauseId: "5",
      cell: "S!A300",
    })
  );
  expect(result.clauses).toHaveLength(211);
});

test("IDs given as numbers or with full-width digits match the catalogue", () => {
  const rows = withRows(perfect, { "7": { id: 7 } }).map((r) =>
    r.id === "8" ? { ...r, id: "８" } : r
  );
  const result = score({ catalogue, rows, years: 5 });
  expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
});

test("an unknown ID in module 6.0 is an extra innovation clause worth 50 × weight points", () => {
  const rows = [
    ...perfect,
    { id: "AI-bot", module: "6.0", item: "6.3", i: "优秀" },
    { id: "X2", module: "6", i: "合格" },
  ];
  const result = score({ catalogue, rows, years: 5, profile: { clauses: {} } });
  const extra = result.clauses.find((c) => c.id === "AI-bot")!;
  expect(extra).toMatchObject({
    module: "6.0",
    item: "6.3",
    extra: true,
    points: 50,
    ratio: 0.9,
    score: 45,
  });
  expect(result.clauses.find((c) => c.id === "X2")).toMatchObject({
    item: null,
    points: 50,
    score: 30,
  });
  expect(result.subItems.find((s) => s.id === "6.3")).toEqual({ id: "6.3", max: 250, score: 245 });
  expect(result.modules[5]).toEqual({ id: "6.0", max: 400, score: 400 });
});

test("an unknown ID in any other module is an error and ignored", () => {
  const rows = [
    ...perfect,
    { id: "999", module: "2.0", c: "合规", f: "优秀", cells: { id: "S!A212" } },
  ];
  const result = score({ catalogue, rows, years: 5 }, "zh");
  expect(result.clauses.find((c) => c.id === "999")).toBeUndefined();
  const issue = result.issues.find((i) => i.code === "unknownId")!;
  expect(issue).toMatchObject({ severity: "error", clauseId: "999", cell: "S!A212" });
  expect(issue.message).toContain("999");
  expect(issue.message).toContain("6.0");
});

test("blank rows are skipped; a row with ratings but no ID is an error", () => {
  const rows = [...perfect, { id: null }, { id: "", c: "合规", cells: { id: "S!A250" } }];
  const result = score({ catalogue, rows, years: 5 });
  expect(result.issues).toEqual([
    expect.objectContaining({ code: "ratingWithoutId", cell: "S!A250" }),
  ]);
});

describe("operating years", () => {
  test.each([
    [4, 4],
    [0, 0],
    [2.5, 2.5],
    ["3", 3],
    ["３", 3],
  ])("%p is accepted as %p", (cell, years) => {
    expect(parseYears(cell)).toEqual({ years, invalid: false });
  });
  test.each([[-1], ["three"], ["3 years"], [true], [{ error: "#REF!" }], [NaN]])(
    "%p is an error and counts as missing",
    (cell) => {
      expect(parseYears(cell as never)).toEqual({ years: null, invalid: true });
      const result = score(
        { catalogue, rows: perfect, years: cell as never, yearsCell: "汇总!C4" },
        "zh"
      );
      expect(result.years).toBeNull();
      expect(result.issues).toContainEqual(
        expect.objectContaining({ code: "yearsInvalid", severity: "error", cell: "汇总!C4" })
      );
      expect(result.issues.find((i) => i.code === "yearsInvalid")!.message).toContain("≥ 0");
    }
  );
  test("blank is missing, not an error", () => {
    expect(parseYears("  ")).toEqual({ years: null, invalid: false });
    expect(parseYears(undefined)).toEqual({ years: null, invalid: false });
  });
});
