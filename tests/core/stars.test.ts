/** docs/scoring-rules.md §5 (star level and flags) and §6 (review stage). */
import { score } from "../../src/core";
import type { RatingRow, Result } from "../../src/core/types";
import { clauseIds, epmShape, uniformRows, withRows } from "../fixtures/catalogues";

const catalogue = epmShape();
const cf = clauseIds(catalogue, "CF");
const perfect = uniformRows(catalogue, "合规", "优秀", "卓越");
const cond = (result: Result, stars: number, key: string) =>
  result.levels.find((l) => l.stars === stars)!.conditions.find((c) => c.key === key)!;
/** Set the given number of CF clauses (from the end) to the given ratings. */
const lastCf = (rows: RatingRow[], count: number, change: Partial<RatingRow>) =>
  withRows(rows, Object.fromEntries(cf.slice(cf.length - count).map((id) => [id, change])));

describe("§5 star level", () => {
  test("a perfect centre with 5 years is 5★ with every condition met", () => {
    const result = score({ catalogue, rows: perfect, years: 5 });
    expect(result.stars).toBe(5);
    expect(result.gap).toBeNull();
    expect(result.levels.map((l) => l.met)).toEqual([true, true, true]);
    expect(
      result.levels.every(
        (l) => l.conditions.map((c) => c.key).join() === "years,compliance,fShare,score15,score6"
      )
    ).toBe(true);
  });

  test("years ≥ 1 / 3 / 5", () => {
    expect(score({ catalogue, rows: perfect, years: 4.99 }).stars).toBe(4);
    expect(score({ catalogue, rows: perfect, years: 3 }).stars).toBe(4);
    expect(score({ catalogue, rows: perfect, years: 2 }).stars).toBe(3);
    expect(score({ catalogue, rows: perfect, years: 0.5 }).stars).toBe(0);
    expect(cond(score({ catalogue, rows: perfect, years: 2 }), 4, "years")).toEqual({
      key: "years",
      required: 3,
      actual: 2,
      met: false,
    });
  });

  test("every 1.0–5.0 clause must be method-compliant (合规, 部分合规 or 不适用; not 不合规)", () => {
    const one = withRows(perfect, { "50": { c: "不合规" } });
    const result = score({ catalogue, rows: one, years: 5 });
    expect(result.stars).toBe(0);
    expect(result.allCompliant).toBe(false);
    expect(cond(result, 3, "compliance")).toEqual({
      key: "compliance",
      required: 200,
      actual: 199,
      met: false,
    });
    for (const c of ["部分合规", "不适用"]) {
      expect(
        score({ catalogue, rows: withRows(perfect, { "50": { c, f: null } }), years: 5 })
          .allCompliant
      ).toBe(true);
    }
  });

  test("compliance looks at C only: blank, invalid, 不合规 and 未审核 in the final stage are not compliant", () => {
    for (const c of [null, "bogus", "不合规"]) {
      expect(
        score({ catalogue, rows: withRows(perfect, { "9": { c } }), years: 5 }).allCompliant
      ).toBe(false);
    }
    const pending = withRows(perfect, { "9": { c: "未审核" } });
    expect(score({ catalogue, rows: pending, years: 5 }).allCompliant).toBe(true);
    expect(score({ catalogue, rows: pending, years: 5, stage: "final" }).allCompliant).toBe(false);
    // A valid 合规 stays compliant even when F is invalid (the clause itself is invalid).
    expect(
      score({ catalogue, rows: withRows(perfect, { "9": { f: "bogus" } }), years: 5 }).allCompliant
    ).toBe(true);
  });

  test("F-pass share ≥ 70 / 80 / 90 % of the catalogue's 1.0–5.0 clauses", () => {
    // 20 clauses fail execution (10%): 180/200 = 0.9 → still 5★ on this condition.
    const at90 = lastCf(perfect, 20, { f: "不合格" });
    const r90 = score({ catalogue, rows: at90, years: 5 });
    expect(r90.fPassShare).toBe(0.9);
    expect(cond(r90, 5, "fShare").met).toBe(true);
    const below = lastCf(perfect, 21, { f: "不合格" });
    const rBelow = score({ catalogue, rows: below, years: 5 });
    expect(cond(rBelow, 5, "fShare")).toEqual({
      key: "fShare",
      required: 0.9,
      actual: 179 / 200,
      met: false,
    });
    expect(cond(rBelow, 4, "fShare").met).toBe(true);
  });

  test("execution pass looks at its own columns: 不适用 passes; a valid F of 合格 or better passes whatever C is", () => {
    const rows = withRows(perfect, {
      "1": { c: "不适用", f: null },
      "2": { c: "bogus", f: "合格" },
      "3": { c: null, f: "60%" },
      "4": { c: "合规", f: "不合格" },
      "5": { c: "合规", f: "bogus" },
      "6": { c: "合规", f: null },
    });
    const clauses = score({ catalogue, rows, years: 5 }).clauses;
    expect(clauses.slice(0, 6).map((c) => c.executionPass)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  test("in the baseline stage 未审核 with F blank passes execution; in the final stage it does not", () => {
    const rows = withRows(perfect, { "1": { c: "未审核", f: null } });
    expect(score({ catalogue, rows, years: 5 }).clauses[0].executionPass).toBe(true);
    expect(score({ catalogue, rows, years: 5, stage: "final" }).clauses[0].executionPass).toBe(
      false
    );
  });

  test("the F-pass denominator is the catalogue's clause count (missing rows count as not passing)", () => {
    const rows = perfect.filter((r) => r.id !== "3");
    const result = score({ catalogue, rows, years: 5 });
    expect(result.clauseCount15).toBe(200);
    expect(result.fPassShare).toBe(199 / 200);
  });

  test("score of 1.0–5.0 ≥ 70 / 80 / 90 % of max15, with a tolerance of 1e-6 points", () => {
    // Ratio 0.7 everywhere (一般): score15 = 2800 up to float error → 3★ but not 4★.
    const fair = uniformRows(catalogue, "合规", "一般", "卓越");
    const result = score({ catalogue, rows: fair, years: 5 });
    expect(result.score15).toBeCloseTo(2800, 9);
    expect(cond(result, 3, "score15")).toMatchObject({ required: 2800, met: true });
    expect(cond(result, 4, "score15")).toMatchObject({ required: 3200, met: false });
    expect(result.stars).toBe(3);
  });

  test("the point tolerance is 1e-6: 0.5e-6 short passes, 2e-6 short fails", () => {
    const mini = {
      ...catalogue,
      modules: catalogue.modules.map((m) => (m.id === "1.0" ? { ...m, points: 300 } : m)),
    };
    const rows = withRows(perfect, { "1": { c: "合规", f: "合格" } }); // loses 0.4 × 300/17 points
    const lost = (0.4 * 300) / 17;
    const at = (shortBy: number) =>
      score({
        catalogue: mini,
        rows,
        years: 5,
        profile: { rules: { score15: [0.7, 0.8, (4000 - lost + shortBy) / 4000] } },
      });
    expect(cond(at(0.5e-6), 5, "score15").met).toBe(true);
    expect(cond(at(2e-6), 5, "score15").met).toBe(false);
  });

  test("score of 6.0 ≥ – / 25 % / 75 % of cap6", () => {
    const ratings = (count: number) =>
      withRows(
        perfect,
        Object.fromEntries(
          clauseIds(catalogue, "I").map((id, k) => [id, { i: k < count ? "卓越" : "未涉及" }])
        )
      );
    const two = score({ catalogue, rows: ratings(2), years: 5 }); // 100 points
    expect(two.score6).toBe(100);
    expect(two.stars).toBe(4);
    expect(cond(two, 3, "score6")).toEqual({ key: "score6", required: 0, actual: 100, met: true });
    expect(cond(two, 5, "score6")).toEqual({
      key: "score6",
      required: 300,
      actual: 100,
      met: false,
    });
    expect(score({ catalogue, rows: ratings(1), years: 5 }).stars).toBe(3);
    expect(score({ catalogue, rows: ratings(6), years: 5 }).stars).toBe(5);
    expect(score({ catalogue, rows: ratings(0), years: 5 }).stars).toBe(3);
  });

  test("the result is the highest level whose conditions all hold (not the first failing one)", () => {
    // A weight profile may not make a level easier than the one below it (§8), so the catalogue's
    // own rules are the only way to a lower level failing under a higher one that holds.
    const falling = { ...catalogue, rules: { ...catalogue.rules, years: [9, 3, 5] } };
    const result = score({ catalogue: falling, rows: perfect, years: 5 });
    expect(result.levels.map((l) => l.met)).toEqual([false, true, true]);
    expect(result.stars).toBe(5);
  });

  test("thresholds are editable and point thresholds follow the fractions when max15 or cap6 change", () => {
    const result = score({
      catalogue,
      rows: perfect,
      years: 5,
      profile: { modules: { "2.0": 2000 }, cap6: 200 },
    });
    expect(cond(result, 4, "score15").required).toBeCloseTo(0.8 * 4800, 9);
    expect(cond(result, 5, "score6").required).toBe(150);
    const strict = score({
      catalogue,
      rows: uniformRows(catalogue, "合规", "良好", "卓越"),
      years: 5,
      profile: { rules: { fShare: [0.7, 0.8, 0.9], score15: [0.7, 0.85, 0.9] } },
    });
    expect(strict.stars).toBe(3);
  });

  test("not certified is 0 stars", () => {
    expect(
      score({ catalogue, rows: uniformRows(catalogue, "不合规", "不合格", null), years: 5 }).stars
    ).toBe(0);
  });
});

describe("§5 flags", () => {
  test("provisional: baseline stage and at least one clause pending", () => {
    const rows = withRows(perfect, { "9": { c: "未审核", f: null } });
    expect(score({ catalogue, rows, years: 5 })).toMatchObject({
      provisional: true,
      incomplete: false,
      stars: 5,
    });
    expect(score({ catalogue, rows: perfect, years: 5 }).provisional).toBe(false);
    expect(score({ catalogue, rows, years: 5, stage: "final" }).provisional).toBe(false);
  });

  test.each([
    ["unrated", { c: null, f: null }],
    ["incomplete", { c: "合规", f: null }],
    ["invalid", { c: "合规", f: "great" }],
  ])("incomplete when any clause is %s; stars are still what the ratings give", (_, change) => {
    const result = score({ catalogue, rows: withRows(perfect, { "150": change }), years: 5 });
    expect(result.incomplete).toBe(true);
  });

  test("missing operating years: incomplete, years condition unknown (actual null) and not blocking", () => {
    const result = score({ catalogue, rows: perfect, years: null });
    expect(result.incomplete).toBe(true);
    expect(result.years).toBeNull();
    expect(cond(result, 5, "years")).toEqual({
      key: "years",
      required: 5,
      actual: null,
      met: null,
    });
    expect(result.stars).toBe(5);
    expect(result.issues).toContainEqual(
      expect.objectContaining({ code: "yearsMissing", severity: "warning", field: "years" })
    );
  });
});

describe("§6 review stage", () => {
  test("the stage is reported, baseline by default", () => {
    expect(score({ catalogue, rows: perfect, years: 5 }).stage).toBe("baseline");
    expect(score({ catalogue, rows: perfect, years: 5, stage: "final" }).stage).toBe("final");
  });

  test("in the final stage 未审核 is an error on its row and no star can be reached", () => {
    const rows = withRows(perfect, { "9": { c: "未审核", f: "优秀", cells: { c: "S!C9" } } });
    const result = score({ catalogue, rows, years: 5, stage: "final" });
    expect(result.stars).toBe(0);
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        severity: "error",
        code: "pendingFinal",
        clauseId: "9",
        cell: "S!C9",
      })
    );
    // The ratio itself does not change with the stage.
    expect(result.clauses.find((c) => c.id === "9")).toMatchObject({ ratio: 1, status: "pending" });
    expect(score({ catalogue, rows, years: 5 }).stars).toBe(5);
  });

  test("final stage with an invalid F on a pending clause still reports the pending error", () => {
    const rows = withRows(perfect, { "9": { c: "未审核", f: "zzz" } });
    const codes = score({ catalogue, rows, years: 5, stage: "final" }).issues.map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(["invalidRating", "pendingFinal"]));
  });
});
