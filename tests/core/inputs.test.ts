/** The readings every shell shares: module points, the 6.0 cap, rule keys, typed operating years. */
import {
  RULE_KEYS,
  THRESHOLD_KEYS,
  innovationCap,
  modulePoints,
  parseYearsText,
} from "../../src/core";
import { epmShape } from "../fixtures/catalogues";

const catalogue = epmShape();

describe("module points", () => {
  test("the catalogue's points unless the profile sets its own", () => {
    expect(modulePoints(catalogue, {}, "1.0")).toBe(300);
    expect(modulePoints(catalogue, { modules: { "1.0": 340 } }, "1.0")).toBe(340);
    expect(modulePoints(catalogue, { modules: { "1.0": 340 } }, "2.0")).toBe(
      modulePoints(catalogue, {}, "2.0")
    );
  });

  test("an unknown module has no points, and a profile key never finds Object.prototype's", () => {
    expect(modulePoints(catalogue, {}, "9.0")).toBe(0);
    const inherited = Object.create({ "1.0": 999 }) as Record<string, number>;
    expect(modulePoints(catalogue, { modules: inherited }, "1.0")).toBe(300);
  });
});

describe("6.0 cap", () => {
  test("the catalogue's cap unless the profile sets its own; 0 without an innovation module", () => {
    expect(innovationCap(catalogue, {})).toBe(400);
    expect(innovationCap(catalogue, { cap6: 500 })).toBe(500);
    const noInnovation = {
      ...catalogue,
      modules: catalogue.modules.filter((m) => m.scale !== "I"),
    };
    expect(innovationCap(noInnovation, {})).toBe(0);
  });
});

test("the rule keys are the threshold keys, in the weights sheet's order", () => {
  expect(RULE_KEYS).toEqual(THRESHOLD_KEYS);
  expect(RULE_KEYS[0]).toBe("years");
});

describe("typed operating years", () => {
  test.each(["", "  "])("blank %j means none given", (text) => {
    expect(parseYearsText(text)).toEqual({ kind: "none" });
  });

  test.each([
    [" 2.5 ", 2.5],
    ["0", 0],
    ["+4", 4],
    ["３", 3],
  ])("%j reads as %d years", (text, years) => {
    expect(parseYearsText(text)).toEqual({ kind: "years", years });
  });

  test.each(["-1", "abc", "1e3", "0x10", "Infinity", "2 years"])("%j is invalid", (text) => {
    expect(parseYearsText(text)).toEqual({ kind: "invalid" });
  });
});
