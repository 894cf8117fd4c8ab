/** docs/scoring-rules.md §7 — gap to the next level. */
import { score } from "../../src/core";
import { epmShape, uniformRows, withRows } from "../fixtures/catalogues";

const catalogue = epmShape();
const perfect = uniformRows(catalogue, "合规", "优秀", "卓越");

test("gap is null at 5★", () => {
  expect(score({ catalogue, rows: perfect, years: 6 }).gap).toBeNull();
});

test("the gap names the lowest level above the result and each failed condition with its shortfall", () => {
  const rows = withRows(
    uniformRows(catalogue, "合规", "良好", "卓越"), // 3200 points, all F pass
    { "10": { c: "不合规" }, "11": { c: "不合规", f: "不合格" } }
  );
  const result = score({ catalogue, rows, years: 2 });
  expect(result.stars).toBe(0);
  expect(result.gap!.stars).toBe(3);
  const byKey = Object.fromEntries(result.gap!.conditions.map((c) => [c.key, c]));
  expect(Object.keys(byKey).sort()).toEqual(["compliance"]);
  expect(byKey.compliance).toMatchObject({
    short: 2,
    clauseIds: ["10", "11"],
    required: 200,
    actual: 198,
  });

  const fixed = withRows(rows, { "10": { c: "合规" }, "11": { c: "合规", f: "良好" } });
  const three = score({ catalogue, rows: fixed, years: 2 });
  expect(three.stars).toBe(3);
  const next = Object.fromEntries(three.gap!.conditions.map((c) => [c.key, c]));
  expect(three.gap!.stars).toBe(4);
  expect(next.years).toMatchObject({ required: 3, actual: 2, short: 1 });
  expect(next.score15).toBeUndefined(); // 3200 meets 4★ within the tolerance
});

test("shortfalls in points and in number of clauses whose F must pass", () => {
  const rows = withRows(
    perfect,
    Object.fromEntries(Array.from({ length: 25 }, (_, k) => [String(k + 1), { f: "不合格" }]))
  );
  const result = score({ catalogue, rows, years: 5 });
  // 175/200 pass = 0.875 → 4★; 5★ needs 180 → 5 more; points: lost 17×300/17 + 8×1200/56.
  expect(result.stars).toBe(4);
  const byKey = Object.fromEntries(result.gap!.conditions.map((c) => [c.key, c]));
  expect(byKey.fShare.short).toBe(5);
  const lost = 300 + (8 * 1200) / 56;
  expect(byKey.score15.short).toBeCloseTo(3600 - (4000 - lost), 9);
});

test("clauses are ranked by gain = points × (1 − ratio), highest first, ties in catalogue order", () => {
  // 6.0 below its cap (7 × 50 + 30 = 380 of 400): each 6.x clause can realise at most 20 points.
  const rows = withRows(perfect, {
    "202": { i: null },
    "203": { i: null },
    "204": { i: null },
    "1": { f: "良好" }, // 300/17 × 0.2 = 3.53
    "18": { f: "一般" }, // 1200/56 × 0.3 = 6.43
    "2": { f: "良好" }, // 3.53 (tie with 1)
    "201": { i: "合格" }, // 50 × 0.4 = 20
  });
  const result = score({ catalogue, rows, years: 4 });
  expect(result.score6).toBe(380);
  // 202–204 would add 50 each, 201 would add 20; the cap leaves room for 20.
  expect(result.gap!.topGains.slice(0, 4).map((g) => g.gain)).toEqual([20, 20, 20, 20]);
  expect(result.gap!.topGains.map((g) => g.id)).toEqual([
    "201",
    "202",
    "203",
    "204",
    "18",
    "1",
    "2",
  ]);
  expect(result.gap!.topGains[4].gain).toBeCloseTo((1200 / 56) * 0.3, 12);
});
