/** A catalogue of any level count from 1 to 9 is scored on all its levels, and messages name the count. */
import { score, validateProfile } from "../../src/core";
import {
  ALL_LEVEL_COUNTS,
  catalogueWithLevels,
  perfectRows,
  starsOfLevels,
} from "../fixtures/levels";

const EN_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const ZH_WORDS = ["一", "两", "三", "四", "五", "六", "七", "八", "九"];

describe.each(ALL_LEVEL_COUNTS)("%i level(s)", (count) => {
  const catalogue = catalogueWithLevels(count);
  const stars = starsOfLevels(count);

  test("every level is evaluated, and the years pick the level reached", () => {
    for (let reached = 0; reached < count; reached++) {
      const result = score({ catalogue, rows: perfectRows(catalogue), years: reached });
      expect(result.levels.map((level) => level.stars)).toEqual(stars);
      expect(result.levels.map((level) => level.met)).toEqual(stars.map((_, k) => k <= reached));
      expect(result.stars).toBe(stars[reached]);
      expect(result.gap?.stars ?? null).toBe(reached + 1 < count ? stars[reached + 1] : null);
    }
  });

  test("a rule array of the wrong length names the count in English and Chinese", () => {
    const wrong = { rules: { years: new Array<number>(count + 1).fill(0) } };
    const en = validateProfile(wrong, catalogue, "en");
    const list = stars.map((n) => `${n}★`).join(", ");
    const noun = count === 1 ? "number" : "numbers";
    expect(!en.ok && en.errors).toEqual([
      {
        path: "$.rules.years",
        message: `must be an array of ${EN_WORDS[count - 1]} ${noun} [${list}]`,
      },
    ]);
    const zh = validateProfile(wrong, catalogue, "zh");
    const zhList = stars.map((n) => `${n}星`).join(", ");
    expect(!zh.ok && zh.errors[0].message).toBe(
      `须为${ZH_WORDS[count - 1]}个数字的数组 [${zhList}]`
    );
  });

  test("a rule array of the right length is accepted and used", () => {
    const years = stars.map(() => 0);
    const checked = validateProfile({ rules: { years } }, catalogue);
    expect(checked.ok).toBe(true);
    const result = score({
      catalogue,
      rows: perfectRows(catalogue),
      years: 0,
      profile: { rules: { years } },
    });
    expect(result.stars).toBe(stars[count - 1]);
    expect(result.gap).toBeNull();
  });
});

test("stars numbered up to nine (7★, 8★, 9★) are reached as they are numbered", () => {
  const catalogue = catalogueWithLevels(3, "toNine");
  const result = score({ catalogue, rows: perfectRows(catalogue), years: 2 });
  expect(result.levels.map((level) => level.stars)).toEqual([7, 8, 9]);
  expect(result.stars).toBe(9);
  const lower = score({ catalogue, rows: perfectRows(catalogue), years: 0 });
  expect(lower.stars).toBe(7);
  expect(lower.gap?.stars).toBe(8);
});
