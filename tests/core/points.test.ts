/** docs/scoring-rules.md §4 — points and weights. */
import { score, validateProfile } from "../../src/core";
import { epmShape, uniformRows, withRows } from "../fixtures/catalogues";

const catalogue = epmShape();
const perfect = uniformRows(catalogue, "合规", "优秀", "卓越");
const pointsOf = (result: ReturnType<typeof score>, id: string) =>
  result.clauses.find((c) => c.id === id)!.points;

describe("§4 default points", () => {
  const result = score({ catalogue, rows: perfect, years: 5 });
  test("module points split equally over the module's clauses (1.0: 300/17 each)", () => {
    expect(pointsOf(result, "1")).toBeCloseTo(300 / 17, 12);
    expect(pointsOf(result, "17")).toBeCloseTo(300 / 17, 12);
    expect(pointsOf(result, "18")).toBeCloseTo(1200 / 56, 12);
    expect(pointsOf(result, "200")).toBeCloseTo(700 / 24, 12);
  });
  test("6.0: each clause worth 50 points, module capped at 400", () => {
    expect(pointsOf(result, "201")).toBe(50);
    expect(result.modules.find((m) => m.id === "6.0")).toEqual({ id: "6.0", max: 400, score: 400 });
    expect(result.subItems.find((s) => s.id === "6.3")).toEqual({
      id: "6.3",
      max: 200,
      score: 200,
    });
    expect(result.score6).toBe(400);
    expect(result.cap6).toBe(400);
  });
  test("max15 = 4000 and all module maxima as in §1", () => {
    expect(result.max15).toBe(4000);
    expect(result.modules.map((m) => m.max)).toEqual([300, 1200, 1200, 600, 700, 400]);
    expect(result.score15).toBeCloseTo(4000, 9);
  });
});

describe("§4 weights", () => {
  test("clause points = module points × (multiplier × weight) ÷ Σ(multiplier × weight)", () => {
    const profile = { subItems: { "2.1": 2 }, clauses: { "20": 0, "25": 1.5 } };
    const result = score({ catalogue, rows: perfect, years: 5, profile });
    // 2.1 has 11 clauses: 9 at 2×1, clause 20 at 0, clause 25 at 2×1.5; the other 45 clauses of 2.0 at 1.
    const total = 9 * 2 + 0 + 3 + 45;
    expect(pointsOf(result, "18")).toBeCloseTo((1200 * 2) / total, 12);
    expect(pointsOf(result, "20")).toBe(0);
    expect(pointsOf(result, "25")).toBeCloseTo((1200 * 3) / total, 12);
    expect(pointsOf(result, "29")).toBeCloseTo(1200 / total, 12);
    expect(result.modules[1].score).toBeCloseTo(1200, 9);
  });
  test("module points and cap6 from the profile", () => {
    const result = score({
      catalogue,
      rows: perfect,
      years: 5,
      profile: { modules: { "4.0": 800 }, cap6: 100 },
    });
    expect(result.max15).toBe(4200);
    expect(pointsOf(result, "133")).toBeCloseTo(800 / 44, 12);
    expect(result.score6).toBe(100);
    expect(result.cap6).toBe(100);
  });
  test("6.0 clause weight scales its 50 points", () => {
    const result = score({
      catalogue,
      rows: perfect,
      years: 5,
      profile: { clauses: { "201": 2, "202": 0 } },
    });
    expect(pointsOf(result, "201")).toBe(100);
    expect(pointsOf(result, "202")).toBe(0);
  });
  test("clause score = points × ratio; sub-item, module and total scores are unrounded sums", () => {
    const rows = withRows(perfect, { "1": { c: "部分合规" }, "2": { f: "良好" } });
    const result = score({ catalogue, rows, years: 5 });
    const p = 300 / 17;
    expect(result.clauses[0].score).toBeCloseTo(p * 0.5, 12);
    expect(result.subItems[0].score).toBeCloseTo(p * (0.5 + 0.8 + 4), 12);
    expect(result.modules[0].score).toBeCloseTo(p * 16.3, 9);
    expect(result.score15).toBeCloseTo(4000 - p * 0.7, 9);
    expect(result.score15).not.toBe(Math.round(result.score15 * 100) / 100);
  });
  test("a module whose weights sum to 0 is an error (profile validation names the path; score reports it)", () => {
    const zeroed = {
      clauses: Object.fromEntries(Array.from({ length: 17 }, (_, k) => [String(k + 1), 0])),
    };
    const validation = validateProfile(zeroed, catalogue);
    expect(validation.ok).toBe(false);
    expect(!validation.ok && validation.errors[0]).toMatchObject({ path: "$.clauses" });
    expect(!validation.ok && validation.errors[0].message).toContain("1.0");
    // Given to score() unvalidated, the profile is reported and the standard's weights are used.
    const result = score({ catalogue, rows: perfect, years: 5, profile: zeroed });
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        severity: "error",
        code: "invalidProfile",
        message: expect.stringContaining("$.clauses"),
      })
    );
    expect(result.modules[0].score).toBeCloseTo(300, 9);
  });

  test.each([
    [{ modules: { "1.0": -300 } }, "$.modules.1.0"],
    [{ clauses: { "5": "2" } }, "$.clauses.5"],
    [{ weights: {} }, "$"],
  ])("an unvalidated bad profile %j is reported at %s, never used", (profile, path) => {
    const result = score({ catalogue, rows: perfect, years: 5, profile: profile as never }, "zh");
    const issue = result.issues.find((i) => i.code === "invalidProfile")!;
    expect(issue.message.startsWith(path)).toBe(true);
    expect(result.score15).toBeCloseTo(4000, 9);
    expect(result.profileName).toBeNull();
  });
});
