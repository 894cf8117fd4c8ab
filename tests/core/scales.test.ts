/** docs/scoring-rules.md §2 — rating scales and every accepted form. */
import { parseRating, type Parsed } from "../../src/core/scales";
import { acceptedForms, invalidRatingMessage } from "../../src/core/messages";

const code = (p: Parsed) => (p.kind === "level" ? p.level.code : p.kind);
const reason = (p: Parsed) => (p.kind === "invalid" ? p.rejection.reason : null);

describe("§2 method compliance (C)", () => {
  test.each([
    ["合规", "C"],
    ["compliant", "C"],
    ["C", "C"],
    ["部分合规", "P"],
    ["partial", "P"],
    ["p", "P"],
    ["不合规", "N"],
    ["non-compliant", "N"],
    ["N", "N"],
    ["不适用", "NA"],
    ["not applicable", "NA"],
    ["na", "NA"],
    ["未审核/待补充佐证", "PE"],
    ["未审核", "PE"],
    ["待补充佐证", "PE"],
    ["pending", "PE"],
    ["PE", "PE"],
  ])("accepts %s as %s", (text, expected) => {
    expect(code(parseRating("C", text))).toBe(expected);
  });

  test("matches after trimming, NFKC (full-width) and case-folding", () => {
    expect(code(parseRating("C", "  ＣＯＭＰＬＩＡＮＴ "))).toBe("C");
    expect(code(parseRating("C", "ＮＡ"))).toBe("NA");
    expect(code(parseRating("C", "Not Applicable"))).toBe("NA");
    expect(code(parseRating("C", "\t合规\n"))).toBe("C");
  });

  test("ratios: 合规 1, 部分合规 0.5, 不合规 0, 不适用 1, 未审核 1", () => {
    const ratio = (t: string) =>
      (parseRating("C", t) as Extract<Parsed, { kind: "level" }>).level.ratio;
    expect([ratio("C"), ratio("P"), ratio("N"), ratio("NA"), ratio("PE")]).toEqual([
      1, 0.5, 0, 1, 1,
    ]);
  });

  test("the standard's example C of 75% is rejected, not rounded (number or text)", () => {
    expect(reason(parseRating("C", 0.75))).toBe("numberNotLevel");
    expect(reason(parseRating("C", "75%"))).toBe("numberNotLevel");
    expect(reason(parseRating("C", 1))).toBe("numberNotLevel");
    const message = invalidRatingMessage("C", { reason: "numberNotLevel", value: 0.75 }, "en");
    expect(message).toContain("75%");
    expect(message).toContain("not rounded");
    expect(message).toContain("compliant/C");
  });

  test("anything else is invalid, never guessed", () => {
    for (const text of ["yes", "ok", "合 规", "compliantt", "C+", "N/A"]) {
      expect(reason(parseRating("C", text))).toBe("unknown");
    }
  });

  test("blank is blank", () => {
    for (const cell of [null, undefined, "", "   ", "　"])
      expect(code(parseRating("C", cell))).toBe("blank");
  });
});

describe("§2 execution (F)", () => {
  test.each([
    ["优秀", "E"],
    ["excellent", "E"],
    ["E", "E"],
    ["良好", "G"],
    ["good", "G"],
    ["g", "G"],
    ["一般", "F"],
    ["fair", "F"],
    ["合格", "S"],
    ["pass", "S"],
    ["S", "S"],
    ["不合格", "U"],
    ["fail", "U"],
    ["U", "U"],
  ])("accepts the label %s as %s", (text, expected) => {
    expect(code(parseRating("F", text))).toBe(expected);
  });

  test("ratios 1, 0.8, 0.7, 0.6, 0", () => {
    const ratio = (t: string) =>
      (parseRating("F", t) as Extract<Parsed, { kind: "level" }>).level.ratio;
    expect(["E", "G", "F", "S", "U"].map(ratio)).toEqual([1, 0.8, 0.7, 0.6, 0]);
  });

  test.each([
    [1, "E"],
    [0.9, "E"],
    [0.895, "G"],
    [0.8, "G"],
    [0.7999, "F"],
    [0.7, "F"],
    [0.6, "S"],
    [0.5999, "U"],
    [0, "U"],
  ])("a fraction %s falls in band %s (highest band whose lower edge ≤ rate)", (rate, expected) => {
    expect(code(parseRating("F", rate))).toBe(expected);
  });

  test.each([
    ["85%", "G"],
    ["90%", "E"],
    ["89.5%", "G"],
    ["100%", "E"],
    ["0%", "U"],
    ["85 %", "G"],
    ["８５％", "G"],
    ["0.85", "G"],
  ])("text %s is a rate in band %s", (text, expected) => {
    expect(code(parseRating("F", text))).toBe(expected);
  });

  test.each([
    ["17/20", "G", 0.85],
    ["18/20", "E", 0.9],
    ["14/20", "F", 0.7],
    ["0/5", "U", 0],
    ["20/20", "E", 1],
    ["7 / 10", "F", 0.7],
  ])("sample count %s is band %s (rate %s)", (text, expected, rate) => {
    const parsed = parseRating("F", text);
    expect(code(parsed)).toBe(expected);
    expect(parsed.kind === "level" && parsed.rate).toBe(rate);
  });

  test("invalid samples: passed > sampled, sampled 0", () => {
    expect(reason(parseRating("F", "21/20"))).toBe("badSample");
    expect(reason(parseRating("F", "0/0"))).toBe("badSample");
    expect(invalidRatingMessage("F", { reason: "badSample", text: "21/20" }, "en")).toContain(
      "21/20"
    );
  });

  test("a bare number above 1 is invalid and the message suggests a percent", () => {
    expect(reason(parseRating("F", 85))).toBe("bareNumber");
    expect(reason(parseRating("F", "85"))).toBe("bareNumber");
    expect(invalidRatingMessage("F", { reason: "bareNumber", value: 85 }, "en")).toContain("85%");
    expect(invalidRatingMessage("F", { reason: "bareNumber", value: 85 }, "zh")).toContain("85%");
  });

  test("rates outside 0–100% are invalid", () => {
    expect(reason(parseRating("F", -0.1))).toBe("rateOutOfRange");
    expect(reason(parseRating("F", "101%"))).toBe("rateOutOfRange");
    expect(reason(parseRating("F", "-5"))).toBe("rateOutOfRange");
  });
});

describe("§2 innovation grade (I)", () => {
  test.each([
    ["卓越", "O", 1],
    ["outstanding", "O", 1],
    ["优秀", "E", 0.9],
    ["excellent", "E", 0.9],
    ["一般", "F", 0.7],
    ["合格", "S", 0.6],
    ["未涉及/不适用", "NA", 0],
    ["未涉及", "NA", 0],
    ["不适用", "NA", 0],
    ["NA", "NA", 0],
  ])("%s is %s with ratio %s", (text, expected, ratio) => {
    const parsed = parseRating("I", text);
    expect(code(parsed)).toBe(expected);
    expect(parsed.kind === "level" && parsed.level.ratio).toBe(ratio);
  });

  test("execution labels that are not grades are invalid (良好, 不合格), and numbers are not grades", () => {
    expect(reason(parseRating("I", "良好"))).toBe("unknown");
    expect(reason(parseRating("I", "fail"))).toBe("unknown");
    expect(reason(parseRating("I", 0.9))).toBe("numberNotLevel");
    expect(reason(parseRating("I", "90%"))).toBe("numberNotLevel");
  });
});

describe("§2 cells that are not values", () => {
  test("formulas, error values, booleans, dates and NaN are invalid with their own message", () => {
    expect(reason(parseRating("C", { formula: "A1" }))).toBe("formula");
    expect(reason(parseRating("F", { error: "#N/A" }))).toBe("errorValue");
    expect(reason(parseRating("C", true))).toBe("wrongType");
    expect(reason(parseRating("F", NaN))).toBe("wrongType");
    expect(reason(parseRating("F", new Date(2024, 0, 1)))).toBe("wrongType");
    expect(invalidRatingMessage("F", { reason: "formula", text: "=A1" }, "zh")).toContain("公式");
    expect(invalidRatingMessage("F", { reason: "errorValue", text: "#N/A" }, "en")).toContain(
      "#N/A"
    );
  });

  test("messages list what is accepted, in both languages", () => {
    expect(acceptedForms("C", "zh")).toContain("合规/C");
    expect(acceptedForms("F", "en")).toContain("17/20");
    for (const r of ["unknown", "rateOutOfRange", "wrongType"] as const) {
      expect(invalidRatingMessage("I", { reason: r, text: "x" }, "zh")).toMatch(/卓越/);
    }
    expect(invalidRatingMessage("F", { reason: "numberNotLevel", value: 0.75 }, "zh")).toContain(
      "75%"
    );
  });

  test("repeated texts parse the same (cache) and the cache survives many distinct values", () => {
    for (let k = 0; k < 10_050; k++) parseRating("I", `v${k}`);
    expect(code(parseRating("I", "卓越"))).toBe("O");
    expect(parseRating("C", "合规")).toBe(parseRating("C", "合规"));
  });
});

test("dropdown labels come in scale order in each language", () => {
  const { scaleLabels } = jest.requireActual("../../src/core/scales");
  expect(scaleLabels("C", "zh")).toEqual([
    "合规",
    "部分合规",
    "不合规",
    "不适用",
    "未审核/待补充佐证",
  ]);
  expect(scaleLabels("F", "en")).toEqual(["excellent", "good", "fair", "pass", "fail"]);
  expect(scaleLabels("I", "zh")).toEqual(["卓越", "优秀", "一般", "合格", "未涉及/不适用"]);
});
