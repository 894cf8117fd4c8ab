/** The core is not EPM-specific: another standard of the same shape loads from JSON and scores. */
import { loadCatalogue } from "../../src/catalogues/schema";
import { score } from "../../src/core";
import { SMALL_STANDARD_ROWS, smallStandard } from "../fixtures/catalogues";

const json = JSON.parse(JSON.stringify(smallStandard()));

test("a second catalogue loads from JSON and is scored by the same core", () => {
  const loaded = loadCatalogue(json);
  expect(loaded.ok).toBe(true);
  const catalogue = loaded.ok ? loaded.catalogue : smallStandard();
  const rows = SMALL_STANDARD_ROWS;
  const result = score({ catalogue, rows, years: 3 });
  expect(result.max15).toBe(100);
  // A: 60/3 = 20 a clause; B: 40/2 = 20 a clause; X: 20 a clause, capped at 30.
  expect(result.score15).toBeCloseTo(20 + 16 + 20 + 20 + 12, 9);
  expect(result.score6).toBe(30);
  expect(result.cap6).toBe(30);
  // Its own level table: 4★ needs 2 years and 75 %; 5★ needs 4 years and 95 %.
  expect(result.stars).toBe(4);
  const short = Object.fromEntries(result.gap!.conditions.map((c) => [c.key, c.short]));
  expect(short.years).toBe(1);
  expect(short.score15).toBeCloseTo(7, 9);
});

test("catalogue validation names the JSON path", () => {
  const broken = JSON.parse(JSON.stringify(json));
  broken.modules[0].points = -1;
  delete broken.modules[2].cap;
  const loaded = loadCatalogue(broken);
  expect(loaded.ok).toBe(false);
  expect(!loaded.ok && loaded.errors.map((e) => e.path)).toEqual(
    expect.arrayContaining(["$.modules[0].points", "$.modules[2].cap"])
  );
});

test("duplicate module, item or clause IDs are rejected", () => {
  const dup = JSON.parse(JSON.stringify(json));
  dup.modules[1].items[0].clauses[0].id = "a1";
  const loaded = loadCatalogue(dup);
  expect(!loaded.ok && loaded.errors).toEqual([
    {
      path: "$.modules[1].items[0].clauses[0].id",
      message: 'duplicate clause ID "a1"; each ID may appear only once',
    },
  ]);
  const zh = loadCatalogue(dup, "zh");
  expect(!zh.ok && zh.errors[0].message).toBe("条目编号“a1”重复；每个编号只能出现一次");
});
