/**
 * Issue 9's guards in the core, one by one: own-property lookups, finite points, decimal years,
 * cells shown as they are, look-alike extra IDs, and no "write 1e+308%" hint.
 */
import { lookalikeOf, shownText } from "../../src/core/ids";
import { invalidRatingMessage } from "../../src/core/messages";
import { ownValue } from "../../src/core/points";
import { validateProfile } from "../../src/core/profile";
import { parseYears, score } from "../../src/core";
import type { Catalogue } from "../../src/core/types";
import { epmShape, smallStandard } from "../fixtures/catalogues";

test("a profile record never answers with an inherited member", () => {
  expect(ownValue({ "1": 2 }, "1")).toBe(2);
  expect(ownValue({ "1": 2 }, "constructor")).toBeUndefined();
  expect(ownValue(undefined, "toString")).toBeUndefined();
});

test("a cell is shown as it is: a formula with its =, an error value as itself", () => {
  expect(shownText({ formula: "1/0" })).toBe("=1/0");
  expect(shownText({ formula: "=A1" })).toBe("=A1");
  expect(shownText({ error: "#N/A" })).toBe("#N/A");
  expect(shownText(" 4 ")).toBe("4");
});

test("years: decimal notation only", () => {
  expect(parseYears("0x10")).toEqual({ years: null, invalid: true });
  expect(parseYears("1e3")).toEqual({ years: null, invalid: true });
  expect(parseYears("Infinity")).toEqual({ years: null, invalid: true });
  expect(parseYears(" 2.5 ")).toEqual({ years: 2.5, invalid: false });
  expect(parseYears("+3")).toEqual({ years: 3, invalid: false });
});

test("extra IDs that look like a catalogue ID or another extra ID", () => {
  const catalogue = new Map([["201", 0]]);
  const seen = new Map<string, string>();
  expect(lookalikeOf("0201", catalogue, seen)).toBe("201");
  expect(lookalikeOf("201.0", catalogue, seen)).toBe("201");
  expect(lookalikeOf("X-1", catalogue, seen)).toBeNull();
  expect(lookalikeOf("x-1", catalogue, seen)).toBe("X-1");
  expect(lookalikeOf("1.2.3", catalogue, seen)).toBeNull();
});

test("profiles whose points are not finite numbers are refused", () => {
  const epm = epmShape();
  const huge = validateProfile({ modules: { "1.0": 1e308, "2.0": 1e308 } }, epm, "zh");
  expect(huge.ok).toBe(false);
  if (!huge.ok) expect(huge.errors[0].message).toMatch(/不是有限数/);
  const items = Object.fromEntries(epm.modules[0].items.map((it) => [it.id, 1e308]));
  const overflow = validateProfile({ subItems: items, clauses: { "1": 1e308 } }, epm, "en");
  expect(overflow.ok).toBe(false);
  if (!overflow.ok) expect(overflow.errors[0].message).toMatch(/more than a number can hold/);
  const zh = validateProfile({ subItems: items }, epm, "zh");
  expect(zh.ok).toBe(false);
  if (!zh.ok) expect(zh.errors[0].message).toMatch(/超出数字范围/);
  const proto = validateProfile(JSON.parse('{"clauses":{"__proto__":2}}'), epm, "en");
  expect(proto.ok).toBe(false);
  if (!proto.ok) expect(proto.errors[0].path).toBe("$.clauses.__proto__");
});

test("an uncapped innovation module is meant to be Infinity, not refused", () => {
  const small = smallStandard();
  const uncapped: Catalogue = {
    ...small,
    modules: small.modules.map((m) => (m.scale === "I" ? { ...m, cap: undefined } : m)),
  };
  expect(validateProfile({}, uncapped).ok).toBe(true);
});

test("an extra row named like an Object member scores like any other", () => {
  const small = smallStandard();
  const module = small.modules.find((m) => m.scale === "I")!;
  const result = score({
    catalogue: small,
    rows: [{ id: "constructor", module: module.id, item: null, c: null, f: null, i: "卓越" }],
    profile: { clauses: { [small.modules[0].items[0].clauses[0].id]: 2 } },
    years: 4,
  });
  expect(Number.isFinite(result.score6)).toBe(true);
  expect(result.clauses.find((c) => c.id === "constructor")?.points).toBe(module.clausePoints);
});

test("a huge F number is not an execution rate, and gets no N% hint", () => {
  const message = invalidRatingMessage("F", { reason: "bareNumber", value: 1e308 }, "zh");
  expect(message).toMatch(/不是执行率/);
  expect(invalidRatingMessage("F", { reason: "bareNumber", value: 85 }, "en")).toMatch(/85%/);
});
