/**
 * Scoring rules revision 1.1 (docs/scoring-rules.md, "Changes in revision 1.1"). Each test here
 * fails under revision 1.0.
 */
import { score, validateProfile } from "../../src/core";
import { RULES_REVISION, type RatingRow } from "../../src/core/types";
import { clauseIds, epmShape, uniformRows, withRows } from "../fixtures/catalogues";

const catalogue = epmShape();
const cf = clauseIds(catalogue, "CF");
const perfect = uniformRows(catalogue, "合规", "优秀", "卓越");

/** 13 clauses 部分合规 (spread over the modules), everything else 合规/优秀, 6.0 at its cap. */
function thirteenPartial(): RatingRow[] {
  const ids = Array.from({ length: 13 }, (_, k) => cf[k * 15]);
  return withRows(perfect, Object.fromEntries(ids.map((id) => [id, { c: "部分合规" }])));
}

describe("§5 部分合规 passes the method requirement (rule strictCompliance, default false)", () => {
  test("13 clauses 部分合规, years 6, 6.0 at its cap: 5★ and allCompliant", () => {
    const result = score({ catalogue, rows: thirteenPartial(), years: 6 });
    expect(result.score6).toBe(400);
    // 13 clauses at half credit still leave 1.0–5.0 above 90 % of 4000.
    expect(result.score15).toBeGreaterThanOrEqual(3600);
    expect(result.allCompliant).toBe(true);
    expect(result.strictCompliance).toBe(false);
    expect(result.stars).toBe(5);
    expect(result.clauses.filter((c) => c.c === "P").every((c) => c.compliant)).toBe(true);
  });

  test("the same ratings with strictCompliance: true get 0★", () => {
    const profile = { rules: { strictCompliance: true } };
    expect(validateProfile(profile, catalogue).ok).toBe(true);
    const result = score({ catalogue, rows: thirteenPartial(), years: 6, profile });
    expect(result.strictCompliance).toBe(true);
    expect(result.allCompliant).toBe(false);
    expect(result.stars).toBe(0);
    const compliance = result.levels[0].conditions.find((c) => c.key === "compliance")!;
    expect(compliance).toMatchObject({ required: 200, actual: 187, met: false });
    expect(result.gap!.conditions.find((c) => c.key === "compliance")!.short).toBe(13);
  });

  test("strictCompliance: false is the default reading, and the strict reading keeps 合规/不适用/未审核", () => {
    const rows = withRows(perfect, {
      [cf[0]]: { c: "不适用", f: null },
      [cf[1]]: { c: "未审核", f: null },
    });
    const strict = score({
      catalogue,
      rows,
      years: 6,
      profile: { rules: { strictCompliance: true } },
    });
    expect(strict.allCompliant).toBe(true);
    const lenient = score({
      catalogue,
      rows: thirteenPartial(),
      years: 6,
      profile: { rules: { strictCompliance: false } },
    });
    expect(lenient.stars).toBe(5);
  });

  test("a weight profile rejects a non-boolean strictCompliance and names its JSON path", () => {
    for (const value of ["true", 1, null, [true]]) {
      const checked = validateProfile({ rules: { strictCompliance: value } }, catalogue, "en");
      expect(checked.ok).toBe(false);
      if (!checked.ok) {
        expect(checked.errors[0].path).toBe("$.rules.strictCompliance");
        expect(checked.errors[0].message).toMatch(/true or false|boolean/);
      }
    }
    const zh = validateProfile({ rules: { strictCompliance: "是" } }, catalogue, "zh");
    expect(!zh.ok && zh.errors[0].message).toMatch(/true 或 false/);
  });
});

describe("§5 a clause in error makes the result incomplete", () => {
  test("final stage with a 未审核 clause: incomplete, not provisional, no star", () => {
    const rows = withRows(perfect, { [cf[5]]: { c: "未审核" } });
    const final = score({ catalogue, rows, years: 6, stage: "final" });
    expect(final.incomplete).toBe(true);
    expect(final.provisional).toBe(false);
    expect(final.stars).toBe(0);
    expect(final.issues.some((i) => i.code === "pendingFinal" && i.clauseId === cf[5])).toBe(true);
    // In the baseline stage the same clause is pending: provisional, not incomplete.
    const baseline = score({ catalogue, rows, years: 6 });
    expect(baseline).toMatchObject({ incomplete: false, provisional: true, stars: 5 });
  });
});

describe("§3 a 6.0 clause graded 未涉及/不适用", () => {
  test("has status n/a and ratio 0, and the result stays complete", () => {
    const rows = withRows(perfect, { "205": { i: "未涉及/不适用" } });
    const result = score({ catalogue, rows, years: 6 });
    expect(result.clauses.find((c) => c.id === "205")).toMatchObject({
      status: "n/a",
      ratio: 0,
      score: 0,
    });
    expect(result.incomplete).toBe(false);
  });
});

describe("§7 realisable gains", () => {
  test("a 4★ result with 6.0 at its cap lists no 6.x clause among the top gains", () => {
    // Years 4 keep it at 4★; a few 6.x clauses graded 合格 (gain 20 each without the cap).
    const rows = withRows(perfect, {
      "201": { i: "合格" },
      "202": { i: "一般" },
      [cf[0]]: { f: "良好" },
      [cf[20]]: { f: "一般" },
    });
    const result = score({ catalogue, rows, years: 4 });
    expect(result.stars).toBe(4);
    expect(result.score6).toBe(400);
    const listed = result.gap!.topGains.map((g) => g.id);
    expect(listed).toEqual([cf[20], cf[0]]);
    expect(listed.some((id) => Number(id) >= 201)).toBe(false);
  });

  test("zero gains are not listed: a perfect 1.0–5.0 below the years lists nothing", () => {
    const result = score({ catalogue, rows: perfect, years: 4 });
    expect(result.stars).toBe(4);
    expect(result.gap!.topGains).toEqual([]);
  });

  test("result.topGains holds the same ranking, also at 5★", () => {
    const rows = withRows(perfect, { [cf[3]]: { f: "良好" } });
    const result = score({ catalogue, rows, years: 6 });
    expect(result.stars).toBe(5);
    expect(result.gap).toBeNull();
    expect(result.topGains.map((g) => g.id)).toEqual([cf[3]]);
  });
});

test("the result names the rules revision 1.1", () => {
  expect(RULES_REVISION).toBe("1.1");
  expect(score({ catalogue, rows: perfect, years: 6 }).rulesRevision).toBe("1.1");
});
