/** docs/scoring-rules.md §3 — clause ratio and status for modules 1.0–5.0, and the 6.0 ratio. */
import { score } from "../../src/core";
import type { RatingRow } from "../../src/core/types";
import { epmShape, uniformRows, withRows } from "../fixtures/catalogues";

const catalogue = epmShape();
const base = uniformRows(catalogue, "合规", "优秀", "卓越");
const clause = (
  changes: Partial<RatingRow>,
  id = "5",
  stage: "baseline" | "final" = "baseline"
) => {
  const result = score({ catalogue, rows: withRows(base, { [id]: changes }), years: 5, stage });
  return { clause: result.clauses.find((c) => c.id === id)!, result };
};

describe("§3 the table, row by row", () => {
  test("blank C and blank F: ratio 0, unrated", () => {
    expect(clause({ c: null, f: "" }).clause).toMatchObject({ ratio: 0, status: "unrated" });
  });
  test("不适用 with F blank: ratio 1, n/a, no issue", () => {
    const { clause: c, result } = clause({ c: "不适用", f: null });
    expect(c).toMatchObject({ ratio: 1, status: "n/a" });
    expect(result.issues.filter((i) => i.clauseId === "5")).toEqual([]);
  });
  test("不适用 with F given: ratio 1, n/a, F ignored with a warning", () => {
    const { clause: c, result } = clause({ c: "NA", f: "不合格" });
    expect(c).toMatchObject({ ratio: 1, status: "n/a" });
    expect(result.issues.filter((i) => i.clauseId === "5")).toEqual([
      expect.objectContaining({ severity: "warning", code: "naWithF", field: "f" }),
    ]);
  });
  test("未审核 with F blank: ratio 1, pending", () => {
    expect(clause({ c: "未审核", f: null }).clause).toMatchObject({ ratio: 1, status: "pending" });
  });
  test("未审核 with F rated: ratio min(1, F), pending", () => {
    expect(clause({ c: "pending", f: "良好" }).clause).toMatchObject({
      ratio: 0.8,
      status: "pending",
    });
    expect(clause({ c: "PE", f: "0/4" }).clause).toMatchObject({ ratio: 0, status: "pending" });
  });
  test("other C with F blank: ratio 0, incomplete (F missing)", () => {
    const { clause: c, result } = clause({ c: "合规", f: null });
    expect(c).toMatchObject({ ratio: 0, status: "incomplete" });
    expect(result.issues).toContainEqual(
      expect.objectContaining({ code: "missingF", clauseId: "5", field: "f" })
    );
  });
  test("blank C with F rated: ratio 0, incomplete (C missing)", () => {
    const { clause: c, result } = clause({ c: null, f: "优秀" });
    expect(c).toMatchObject({ ratio: 0, status: "incomplete" });
    expect(result.issues).toContainEqual(
      expect.objectContaining({ code: "missingC", clauseId: "5", field: "c" })
    );
  });
  test("rated C and rated F: ratio min(C, F), rated (rule 3.1.3, the lower of the two)", () => {
    expect(clause({ c: "部分合规", f: "优秀" }).clause).toMatchObject({
      ratio: 0.5,
      status: "rated",
    });
    expect(clause({ c: "合规", f: "一般" }).clause).toMatchObject({ ratio: 0.7, status: "rated" });
    expect(clause({ c: "不合规", f: "优秀" }).clause).toMatchObject({ ratio: 0, status: "rated" });
  });
  test("an invalid value in either column makes the clause invalid first (before n/a or pending)", () => {
    expect(clause({ c: "不适用", f: "bogus" }).clause).toMatchObject({
      ratio: 0,
      status: "invalid",
    });
    expect(clause({ c: "未审核", f: 85 }).clause).toMatchObject({ ratio: 0, status: "invalid" });
    expect(clause({ c: "75%", f: "优秀" }).clause).toMatchObject({ ratio: 0, status: "invalid" });
  });
  test("invalid values are reported with the cell address the caller gave", () => {
    const { result } = clause({ c: "maybe", cells: { c: "Clauses!G9" } });
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        severity: "error",
        clauseId: "5",
        field: "c",
        cell: "Clauses!G9",
        code: "invalidRating",
      })
    );
  });
});

describe("§3 module 6.0: the I ratio", () => {
  test.each([
    ["卓越", 1, "rated"],
    ["优秀", 0.9, "rated"],
    ["一般", 0.7, "rated"],
    ["合格", 0.6, "rated"],
    ["未涉及", 0, "n/a"],
    [null, 0, "unrated"],
    ["良好", 0, "invalid"],
  ])("I = %s gives ratio %s, status %s", (i, ratio, status) => {
    expect(clause({ i }, "203").clause).toMatchObject({ ratio, status });
  });
});

describe("§2 scales belong to their modules", () => {
  test("a C or F value on a 6.0 row is invalid", () => {
    const { clause: c, result } = clause({ c: "合规" }, "201");
    expect(c).toMatchObject({ status: "invalid", ratio: 0 });
    expect(result.issues).toContainEqual(
      expect.objectContaining({ code: "wrongScale", clauseId: "201", field: "c" })
    );
    expect(clause({ f: "85%" }, "201").clause.status).toBe("invalid");
  });
  test("an I value on a 1.0–5.0 row is invalid", () => {
    const { clause: c, result } = clause({ i: "卓越" }, "7");
    expect(c).toMatchObject({ status: "invalid", ratio: 0 });
    expect(result.issues).toContainEqual(
      expect.objectContaining({ code: "wrongScale", clauseId: "7", field: "i" })
    );
    expect(result.issues.find((i) => i.code === "wrongScale")!.message).toContain(
      "innovation grade (I)"
    );
  });
});
