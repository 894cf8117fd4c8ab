/** Star levels come from the catalogue: any number of them, with one threshold each (docs/writing-a-catalogue.md). */
import { loadCatalogue } from "../../src/catalogues/schema";
import { PRESETS, presetName, score, validateProfile } from "../../src/core";
import {
  SMALL_STANDARD_ROWS,
  epmShape,
  smallStandard,
  twoLevelStandard as twoLevels,
} from "../fixtures/catalogues";

const rows = SMALL_STANDARD_ROWS;

test("a two-level catalogue is scored on its own levels: 1★ met, the gap is to 2★", () => {
  const result = score({ catalogue: twoLevels(), rows, years: 3 });
  expect(result.levels.map((level) => level.stars)).toEqual([1, 2]);
  expect(result.stars).toBe(1);
  expect(result.gap?.stars).toBe(2);
  const short = Object.fromEntries(result.gap!.conditions.map((c) => [c.key, c.short]));
  expect(short.years).toBe(1);
});

test("at its top level there is no gap", () => {
  const result = score({
    catalogue: twoLevels(),
    rows,
    years: 3,
    profile: { rules: { years: [0, 3], score15: [0.5, 0.8] } },
  });
  expect(result.stars).toBe(2);
  expect(result.gap).toBeNull();
});

test("a catalogue without levels keeps 3★, 4★, 5★", () => {
  const result = score({ catalogue: smallStandard(), rows, years: 3 });
  expect(result.levels.map((level) => level.stars)).toEqual([3, 4, 5]);
});

test("profile rule arrays are as long as the catalogue has levels, in both languages", () => {
  expect(validateProfile({ rules: { years: [1, 2] } }, twoLevels()).ok).toBe(true);
  const en = validateProfile({ rules: { years: [1, 3, 5] } }, twoLevels(), "en");
  expect(!en.ok && en.errors).toEqual([
    { path: "$.rules.years", message: "must be an array of two numbers [1★, 2★]" },
  ]);
  const zh = validateProfile({ rules: { fShare: [0.5] } }, twoLevels(), "zh");
  expect(!zh.ok && zh.errors[0].message).toBe("须为两个数字的数组 [1星, 2星]");
  // EPM's message is unchanged.
  const epm = validateProfile({ rules: { years: [1, 3] } }, epmShape(), "en");
  expect(!epm.ok && epm.errors[0].message).toBe("must be an array of three numbers [3★, 4★, 5★]");
});

test("the catalogue schema checks levels and rule lengths, naming the JSON path", () => {
  const json = JSON.parse(JSON.stringify(twoLevels()));
  expect(loadCatalogue(json).ok).toBe(true);
  json.rules.score6 = [0, 0.5, 0.9];
  json.levels[1].stars = 1;
  json.prefix = "1x";
  const loaded = loadCatalogue(json);
  expect(!loaded.ok && loaded.errors.map((e) => e.path)).toEqual(["$.prefix"]);
  delete json.prefix;
  const again = loadCatalogue(json);
  expect(!again.ok && again.errors).toEqual([
    { path: "$.levels[1].stars", message: "levels must rise, lowest first" },
    { path: "$.rules.score6", message: "must hold one number per level (2)" },
  ]);
});

test("the equal-points preset names the catalogue's own CF total", () => {
  const equal = PRESETS.find((p) => p.id === "equalClauses")!;
  expect(presetName(equal, epmShape(), "en")).toBe("Equal points per clause (4000 in all)");
  expect(presetName(equal, twoLevels(), "zh")).toBe("每条等分（共 100 分）");
});
