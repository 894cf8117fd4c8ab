/** docs/scoring-rules.md §8 — weight profile JSON, and the presets shipped. */
import { parseProfileText, PRESETS, score, validateProfile } from "../../src/core";
import { epmShape, uniformRows } from "../fixtures/catalogues";

const catalogue = epmShape();
const errorsOf = (json: unknown, lang: "zh" | "en" = "en") => {
  const v = validateProfile(json, catalogue, lang);
  return v.ok ? [] : v.errors;
};

test("the §8 example profile is valid and every key is optional", () => {
  const example = {
    name: "heavier HR",
    modules: { "1.0": 300, "2.0": 1200, "3.0": 1200, "4.0": 800, "5.0": 700 },
    cap6: 400,
    subItems: { "2.1": 2 },
    clauses: { "20": 0, "25": 1.5 },
    rules: {
      years: [1, 3, 5],
      fShare: [0.7, 0.8, 0.9],
      score15: [0.7, 0.8, 0.9],
      score6: [0, 0.25, 0.75],
    },
  };
  expect(validateProfile(example, catalogue)).toEqual({ ok: true, profile: example });
  expect(validateProfile({}, catalogue)).toEqual({ ok: true, profile: {} });
  expect(validateProfile({ rules: { fShare: [0.5, 0.6, 0.7] } }, catalogue).ok).toBe(true);
});

test.each([
  [{ weights: {} }, "$", "weights"],
  [{ rules: { stars: [1, 2, 3] } }, "$.rules", "stars"],
  [{ modules: { "4.0": -5 } }, "$.modules.4.0", "negative"],
  [{ cap6: "400" }, "$.cap6", "number"],
  [{ clauses: { "20": null } }, "$.clauses.20", "number"],
  [{ modules: { "4.0": Infinity } }, "$.modules.4.0", ""],
  [{ rules: { fShare: [0.7, 0.8] } }, "$.rules.fShare", "three numbers"],
  [{ rules: { score15: [0.7, 0.8, 1.5] } }, "$.rules.score15[2]", "fraction"],
  [{ modules: { "7.0": 100 } }, "$.modules.7.0", "unknown ID"],
  [{ modules: { "6.0": 100 } }, "$.modules.6.0", "unknown ID"],
  [{ subItems: { "9.9": 1 } }, "$.subItems.9.9", "unknown ID"],
  [{ clauses: { "212": 1 } }, "$.clauses.212", "unknown ID"],
  [[], "$", "object"],
  [{ name: "x".repeat(201) }, "$.name", "too long"],
])("%j is rejected at %s", (json, path, words) => {
  const errors = errorsOf(json);
  expect(errors.length).toBeGreaterThan(0);
  expect(errors[0].path).toBe(path);
  expect(errors[0].message).toContain(words);
});

test("messages come in Chinese too", () => {
  expect(errorsOf({ cap6: -1 }, "zh")[0].message).toContain("负数");
  expect(errorsOf({ foo: 1 }, "zh")[0].message).toContain("未知的键");
  expect(errorsOf({ modules: { x: 1 } }, "zh")[0].message).toContain("未知的编号");
  expect(errorsOf({ rules: { fShare: [1, 2, 3] } }, "zh")[0].message).toContain("比例");
  expect(errorsOf({ rules: { fShare: 1 } }, "zh")[0].message).toContain("三个数字");
  expect(errorsOf({ name: 5 }, "zh")[0].message).toContain("文本");
  expect(errorsOf({ name: "x".repeat(300) }, "zh")[0].message).toContain("太长");
});

test("all multipliers of a module at 0 points to $.subItems", () => {
  const errors = errorsOf({ subItems: { "1.1": 0, "1.2": 0, "1.3": 0 } });
  expect(errors).toEqual([expect.objectContaining({ path: "$.subItems" })]);
  expect(errorsOf({ subItems: { "1.1": 0, "1.2": 0, "1.3": 0 } }, "zh")[0].message).toContain(
    "1.0"
  );
});

test("every 1.0–5.0 module at 0 points is refused at $.modules (a 0 of 0 verdict means nothing)", () => {
  const zero = { "1.0": 0, "2.0": 0, "3.0": 0, "4.0": 0, "5.0": 0 };
  expect(errorsOf({ modules: zero })).toEqual([
    expect.objectContaining({ path: "$.modules", message: expect.stringContaining("0 points") }),
  ]);
  expect(errorsOf({ modules: zero }, "zh")[0].message).toContain("全部为 0");
  // One module left with points is a real (if odd) profile.
  expect(validateProfile({ modules: { ...zero, "3.0": 1 } }, catalogue).ok).toBe(true);
});

test.each([
  ["years", [1, 5, 3], 2],
  ["fShare", [0.8, 0.7, 0.9], 1],
  ["score15", [0.7, 0.6, 0.9], 1],
  ["score6", [0, 0.75, 0.25], 2],
])("rules.%s %j falls at level index %i and is refused there", (key, values, at) => {
  const errors = errorsOf({ rules: { [key]: values } });
  expect(errors).toEqual([expect.objectContaining({ path: `$.rules.${key}[${at}]` })]);
  expect(errors[0].message).toMatch(/must not fall from the lowest level to the highest/);
  expect(errorsOf({ rules: { [key]: values } }, "zh")[0].message).toContain("不递减");
});

test("equal thresholds on neighbouring levels are accepted", () => {
  const equal = { years: [3, 3, 5], fShare: [0.8, 0.8, 0.8], score15: [0.7, 0.9, 0.9] };
  expect(validateProfile({ rules: { ...equal, score6: [0, 0, 0] } }, catalogue).ok).toBe(true);
});

test("profile text: BOM accepted, syntax errors reported at $", () => {
  expect(parseProfileText('\uFEFF{"cap6": 300}', catalogue)).toEqual({
    ok: true,
    profile: { cap6: 300 },
  });
  const bad = parseProfileText("{cap6: 300", catalogue, "zh");
  expect(bad.ok).toBe(false);
  expect(!bad.ok && bad.errors[0]).toMatchObject({ path: "$" });
  expect(!bad.ok && bad.errors[0].message).toContain("JSON");
  expect(parseProfileText("{", catalogue).ok).toBe(false);
});

test("presets: the standard's defaults, and equal points per clause (every 1.0–5.0 clause 20 points, 4000 in all)", () => {
  const rows = uniformRows(catalogue, "合规", "优秀", "卓越");
  const standard = PRESETS.find((p) => p.id === "standard")!.profile(catalogue);
  expect(validateProfile(standard, catalogue).ok).toBe(true);
  expect(score({ catalogue, rows, years: 5, profile: standard }).clauses[0].points).toBeCloseTo(
    300 / 17,
    12
  );
  const equal = PRESETS.find((p) => p.id === "equalClauses")!.profile(catalogue);
  expect(validateProfile(equal, catalogue).ok).toBe(true);
  const result = score({ catalogue, rows, years: 5, profile: equal });
  for (const clause of result.clauses.filter((c) => c.module !== "6.0"))
    expect(clause.points).toBeCloseTo(20, 9);
  expect(result.max15).toBeCloseTo(4000, 9);
  expect(result.profileName).toBe("equal points per clause");
});
