/** The input fingerprint and the freshness formula any spreadsheet can compute. */
import {
  cellHash,
  fingerprintExpression,
  fingerprintOf,
  freshnessFormula,
  spreadsheetText,
} from "../../src/workbook/fingerprint";

const rows = [
  { id: "1", c: "合规", f: "优秀", i: null },
  { id: "2", c: "不合规", f: "良好", i: null },
  { id: "201", c: null, f: null, i: "卓越" },
];

test("sorting rows does not change the fingerprint", () => {
  expect(fingerprintOf([...rows].reverse(), 4, "基线评审")).toBe(
    fingerprintOf(rows, 4, "基线评审")
  );
});

test.each([
  ["C of equal length (不合规 → 不适用)", { ...rows[1], c: "不适用" }],
  ["F of equal length (良好 → 一般)", { ...rows[1], f: "一般" }],
  ["F rate 85% → 75%", { ...rows[1], f: "75%" }],
  ["a rating moved to another clause", { ...rows[1], id: "3" }],
])("a change is seen: %s", (_, changed) => {
  expect(fingerprintOf([rows[0], changed, rows[2]], 4, null)).not.toBe(
    fingerprintOf(rows, 4, null)
  );
});

test("years and stage are part of it; an error value gives -1 like the formula's IFERROR", () => {
  expect(fingerprintOf(rows, 4, null)).not.toBe(fingerprintOf(rows, 5, null));
  expect(fingerprintOf(rows, 4, "基线评审")).not.toBe(fingerprintOf(rows, 4, "最终评审"));
  expect(fingerprintOf([{ id: "1", c: { error: "#N/A" }, f: null, i: null }], 4, null)).toBe(-1);
});

test("cell text follows a spreadsheet's general format", () => {
  expect(spreadsheetText(0.85)).toBe("0.85");
  expect(spreadsheetText(1 / 3)).toBe("0.333333333333333");
  expect(spreadsheetText(true)).toBe("TRUE");
  expect(cellHash("")).toBe(0);
  expect(cellHash("a")).toBeGreaterThan(0);
});

test("the formula uses plain A1 ranges and portable functions only", () => {
  const source = {
    sheet: "条目 Clauses",
    firstRow: 1,
    rowCount: 211,
    cols: { id: 0, c: 6, f: 7, i: 8 },
    years: { sheet: "汇总 Summary", row: 3, col: 1 },
    stage: { sheet: "汇总 Summary", row: 4, col: 1 },
  };
  const formula = freshnessFormula(
    source,
    { sheet: "汇总 Summary", row: 63, col: 1 },
    { upToDate: "ok", changed: "stale" }
  );
  expect(formula).toContain("'条目 Clauses'!$G$2:$G$212");
  expect(formula).toContain("'汇总 Summary'!$B$64");
  expect(formula).not.toMatch(/\[|EpmClauses/); // no structured references
  const functions = new Set(formula.match(/[A-Z]+(?=\()/g));
  expect([...functions].sort()).toEqual([
    "FIND",
    "IF",
    "IFERROR",
    "LEFT",
    "LEN",
    "RIGHT",
    "SUMPRODUCT",
  ]);
  expect(formula.length).toBeLessThan(8192);
  expect(fingerprintExpression({ ...source, rowCount: 0, years: null, stage: null })).toBe("0");
});
