/** The pure parts of team audits (docs/team.md): one rating cell merged, evidence merged, two results compared. */
import {
  appendEvidence,
  CELL_TEXT_LIMIT,
  compareResults,
  mergeCell,
  mergeEvidence,
  ratingCodes,
  ratingKey,
  score,
} from "../../src/core";
import type { ClauseResult, Result } from "../../src/core/types";
import { epmShape, uniformRows, withRows } from "../fixtures/catalogues";

describe("mergeCell", () => {
  test("same level and rate are one rating; a label and a rate are two", () => {
    expect(ratingKey("F", "85%")).toBe(ratingKey("F", 0.85));
    expect(ratingKey("F", "85%")).not.toBe(ratingKey("F", "良好"));
    expect(ratingKey("C", " 合规 ")).toBe(ratingKey("C", "compliant"));
    expect(ratingKey("C", null)).toBeNull();
    expect(ratingKey("C", "maybe")).toBe("text|maybe");
    // A formula or an error value is never blank: it is its own text, cached result or not.
    expect(ratingKey("C", { formula: "A1" })).toBe("cell|=A1");
    expect(ratingKey("C", { formula: "A1", cached: "合规" })).toBe("cell|=A1");
    expect(ratingKey("C", { error: "#N/A" })).toBe("cell|#N/A");
    expect(ratingKey("C", { merged: "G5:G6", value: "合规" })).toBe(ratingKey("C", "合规"));
  });

  test("a master formula or error value is never overwritten; a copy's formula is never taken", () => {
    const formula = { formula: "VLOOKUP(A5,Ratings!A:B,2,0)", cached: "合规" };
    expect(mergeCell("C", formula, ["合规", null])).toEqual({
      kind: "conflict",
      values: [{ copy: 0, value: "合规" }],
    });
    expect(mergeCell("C", { error: "#N/A" }, [null, "部分合规"])).toEqual({
      kind: "conflict",
      values: [{ copy: 1, value: "部分合规" }],
    });
    expect(mergeCell("C", formula, [null, null])).toEqual({ kind: "keep", same: 0 });
    expect(mergeCell("C", formula, [{ formula: "=VLOOKUP(A5,Ratings!A:B,2,0)" }])).toEqual({
      kind: "keep",
      same: 1,
    });
    // Over a blank master, copies agreeing on a formula are a conflict for the lead, not a take.
    expect(mergeCell("C", null, [{ formula: "B5" }, { formula: "B5" }])).toEqual({
      kind: "conflict",
      values: [
        { copy: 0, value: { formula: "B5" } },
        { copy: 1, value: { formula: "B5" } },
      ],
    });
    expect(mergeCell("C", null, [{ error: "#REF!" }, "合规"]).kind).toBe("conflict");
  });

  test("taken, kept, same and conflict", () => {
    expect(mergeCell("C", null, [null, "合规", "C"])).toEqual({
      kind: "take",
      value: "合规",
      from: 1,
    });
    expect(mergeCell("C", "合规", [null, "compliant"])).toEqual({ kind: "keep", same: 1 });
    expect(mergeCell("C", null, [null, null])).toEqual({ kind: "keep", same: 0 });
    expect(mergeCell("C", "合规", ["部分合规", "合规"])).toEqual({
      kind: "conflict",
      values: [{ copy: 0, value: "部分合规" }],
    });
    expect(mergeCell("I", null, ["卓越", "优秀"])).toEqual({
      kind: "conflict",
      values: [
        { copy: 0, value: "卓越" },
        { copy: 1, value: "优秀" },
      ],
    });
  });
});

describe("mergeEvidence", () => {
  test("new lines are attributed and appended once; held lines are not repeated", () => {
    const once = mergeEvidence("lead note", "Ana", "lead note\nsaw the log\n\n");
    expect(once).toBe("lead note\n[Ana] saw the log");
    expect(mergeEvidence(once, "Ana", "saw the log")).toBe(once);
    expect(mergeEvidence("", "Bo", "[Ana] saw the log")).toBe("[Ana] saw the log");
    expect(mergeEvidence("  ", "Bo", "")).toBe("  ");
  });

  test("lines that would pass the cell limit are left out, in order, and returned", () => {
    const master = "x".repeat(90);
    const { text, left } = appendEvidence(master, "Ana", "short\n" + "y".repeat(20) + "\nz", 110);
    expect(text).toBe(`${master}\n[Ana] short`);
    expect(left).toEqual([`[Ana] ${"y".repeat(20)}`, "[Ana] z"]); // z would fit, but keeps its place
    expect(text.length).toBeLessThanOrEqual(110);
    expect(appendEvidence(master, "Ana", "", 110)).toEqual({ text: master, left: [] });
    expect(CELL_TEXT_LIMIT).toBe(32_767);
  });
});

describe("compareResults", () => {
  const catalogue = epmShape();
  const rows = uniformRows(catalogue, "合规", "良好", "优秀");

  test("only changed clauses, largest change first; ratings shown as codes and rates", () => {
    const before = score({ catalogue, rows, years: 4 });
    const after = score({
      catalogue,
      rows: withRows(rows, { "1": { f: "95%" }, "201": { i: "卓越" }, "2": { f: "80%" } }),
      years: 4,
    });
    const comparison = compareResults(before, after);
    // 201: 50 × (1 − 0.9) = 5 points; 1: 300/17 × 0.2 ≈ 3.53 points.
    expect(comparison.clauses.map((c) => [c.id, c.before, c.after])).toEqual([
      ["201", "E", "O"],
      ["1", "C/G", "C/95%"],
      ["2", "C/G", "C/80%"], // same ratio, another way of writing it: listed with delta 0
    ]);
    expect(comparison.clauses[2].pointsDelta).toBe(0);
    expect(comparison.conditions.every((c) => c.key !== "years")).toBe(true);
  });

  test("a clause or block the earlier result lacks counts from zero", () => {
    const before = score({ catalogue, rows, years: 4 });
    const after = score({
      catalogue,
      rows: [...rows, { id: "X-9", module: "6.0", i: "一般" }],
      years: 4,
    });
    const trimmed: Result = {
      ...before,
      subItems: before.subItems.slice(1),
      levels: before.levels.map((l) => ({ ...l, conditions: l.conditions.slice(1) })),
    };
    const comparison = compareResults(trimmed, after);
    expect(comparison.clauses.find((c) => c.id === "X-9")).toMatchObject({
      before: "–",
      after: "F",
    });
    expect(comparison.subItems[0].before).toBe(0);
    expect(comparison.conditions.filter((c) => c.key === "years")).toHaveLength(3);
    expect(comparison.conditions[0].before).toEqual({ actual: null, met: null });
  });

  test("rating codes of a clause", () => {
    const base = { c: null, f: null, i: null, rate: null } as unknown as ClauseResult;
    expect(ratingCodes(undefined)).toBe("–");
    expect(ratingCodes(base)).toBe("–");
    expect(ratingCodes({ ...base, c: "P" })).toBe("P/–");
    expect(ratingCodes({ ...base, f: "E" })).toBe("–/E");
    expect(ratingCodes({ ...base, c: "C", f: "G", rate: 0.855 })).toBe("C/85.5%");
  });
});
