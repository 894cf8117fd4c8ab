/** Properties of the scoring core that must hold for any ratings. */
import fc from "fast-check";
import { score } from "../../src/core";
import type { RatingRow, Result } from "../../src/core/types";
import { epmShape } from "../fixtures/catalogues";

const catalogue = epmShape();
const cfIds = catalogue.modules
  .filter((m) => m.scale === "CF")
  .flatMap((m) => m.items.flatMap((i) => i.clauses.map((c) => c.id)));
const iIds = catalogue.modules
  .filter((m) => m.scale === "I")
  .flatMap((m) => m.items.flatMap((i) => i.clauses.map((c) => c.id)));

/** Orders from worst to best: "raising" a rating moves it right. */
const C_ORDER = [null, "不合规", "部分合规", "合规"];
const F_ORDER = [null, "不合格", "合格", "一般", "良好", "优秀"];
const I_ORDER = [null, "未涉及", "合格", "一般", "优秀", "卓越"];

const ratingsArb = fc.record({
  c: fc.array(fc.integer({ min: 0, max: C_ORDER.length - 1 }), {
    minLength: cfIds.length,
    maxLength: cfIds.length,
  }),
  f: fc.array(fc.integer({ min: 0, max: F_ORDER.length - 1 }), {
    minLength: cfIds.length,
    maxLength: cfIds.length,
  }),
  i: fc.array(fc.integer({ min: 0, max: I_ORDER.length - 1 }), {
    minLength: iIds.length,
    maxLength: iIds.length,
  }),
  years: fc.integer({ min: 0, max: 7 }),
  stage: fc.constantFrom("baseline" as const, "final" as const),
});
type Ratings = {
  c: number[];
  f: number[];
  i: number[];
  years: number;
  stage: "baseline" | "final";
};

const rowsOf = (r: Ratings): RatingRow[] => [
  ...cfIds.map((id, k) => ({ id, c: C_ORDER[r.c[k]], f: F_ORDER[r.f[k]] })),
  ...iIds.map((id, k) => ({ id, i: I_ORDER[r.i[k]] })),
];
const run = (r: Ratings, rows = rowsOf(r)) =>
  score({ catalogue, rows, years: r.years, stage: r.stage });
const EPS = 1e-9;

function noLower(before: Result, after: Result): void {
  expect(after.stars).toBeGreaterThanOrEqual(before.stars);
  expect(after.score15).toBeGreaterThanOrEqual(before.score15 - EPS);
  expect(after.score6).toBeGreaterThanOrEqual(before.score6 - EPS);
  after.modules.forEach((m, k) =>
    expect(m.score).toBeGreaterThanOrEqual(before.modules[k].score - EPS)
  );
  after.subItems.forEach((s, k) =>
    expect(s.score).toBeGreaterThanOrEqual(before.subItems[k].score - EPS)
  );
  after.clauses.forEach((c, k) =>
    expect(c.score).toBeGreaterThanOrEqual(before.clauses[k].score - EPS)
  );
}

test("raising any single rating never lowers any score or the star level", () => {
  fc.assert(
    fc.property(ratingsArb, fc.constantFrom("c", "f", "i"), fc.nat(), (r, column, pick) => {
      const values = r[column as "c" | "f" | "i"];
      const order = { c: C_ORDER, f: F_ORDER, i: I_ORDER }[column as "c" | "f" | "i"];
      const k = pick % values.length;
      if (values[k] === order.length - 1) return;
      const raised = { ...r, [column]: values.map((v, j) => (j === k ? v + 1 : v)) };
      noLower(run(r), run(raised));
    }),
    { numRuns: 300 }
  );
});

test("scores stay within [0, max] at every level", () => {
  fc.assert(
    fc.property(ratingsArb, (r) => {
      const result = run(r);
      for (const block of [
        ...result.modules,
        ...result.subItems,
        ...result.clauses.map((c) => ({ max: c.points, score: c.score })),
      ]) {
        expect(block.score).toBeGreaterThanOrEqual(0);
        expect(block.score).toBeLessThanOrEqual(block.max + EPS);
      }
      expect(result.score15).toBeLessThanOrEqual(result.max15 + EPS);
      expect(result.score6).toBeLessThanOrEqual(result.cap6);
      expect(result.fPassShare).toBeGreaterThanOrEqual(0);
      expect(result.fPassShare).toBeLessThanOrEqual(1);
    }),
    { numRuns: 200 }
  );
});

test("row order does not change the result", () => {
  fc.assert(
    fc.property(ratingsArb, fc.array(fc.nat(), { minLength: 211, maxLength: 211 }), (r, keys) => {
      const rows = rowsOf(r);
      const extras: RatingRow[] = [
        { id: "X-9", module: "6.0", i: "一般" },
        { id: "X-10", module: "6.0", i: "卓越" },
      ];
      const all = [...rows, ...extras];
      const shuffled = all
        .map((row, k) => ({ row, key: keys[k % keys.length] * 1000 + k }))
        .sort((a, b) => a.key - b.key)
        .map((x) => x.row);
      expect(run(r, shuffled)).toEqual(run(r, all));
    }),
    { numRuns: 100 }
  );
});

test("scaling all module points (and the 6.0 cap) by the same factor changes no star level", () => {
  fc.assert(
    fc.property(ratingsArb, fc.double({ min: 0.01, max: 100, noNaN: true }), (r, factor) => {
      const modules = Object.fromEntries(
        catalogue.modules.filter((m) => m.scale === "CF").map((m) => [m.id, m.points! * factor])
      );
      const scaled = score({
        catalogue,
        rows: rowsOf(r),
        years: r.years,
        stage: r.stage,
        profile: { modules, cap6: 400 * factor },
      });
      const plain = run(r);
      expect(scaled.stars).toBe(plain.stars);
      expect(scaled.levels.map((l) => l.met)).toEqual(plain.levels.map((l) => l.met));
    }),
    { numRuns: 200 }
  );
});

test("bad input never throws: arbitrary cells give issues, never exceptions or NaN", () => {
  const cell = fc.oneof(
    fc.string(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.record({ error: fc.constantFrom("#N/A", "#REF!") }),
    fc.record({ formula: fc.string() }),
    fc.date({ noInvalidDate: true })
  );
  fc.assert(
    fc.property(
      fc.array(
        fc.record({
          id: fc.oneof(cell, fc.constantFrom(...cfIds, ...iIds)),
          module: cell,
          c: cell,
          f: cell,
          i: cell,
        }),
        { maxLength: 40 }
      ),
      cell,
      (rows, years) => {
        const result = score({ catalogue, rows: rows as RatingRow[], years: years as never });
        expect(Number.isFinite(result.score15)).toBe(true);
        expect(Number.isFinite(result.score6)).toBe(true);
        for (const issue of result.issues) expect(issue.message.length).toBeGreaterThan(0);
      }
    ),
    { numRuns: 300 }
  );
});
