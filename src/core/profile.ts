/**
 * Weight profile JSON (docs/scoring-rules.md §8): schema validation with zod, then the checks that need the
 * catalogue (known module, sub-item and clause IDs; no CF module whose weights sum to 0).
 * Every error names its JSON path.
 */
import { z } from "zod";
import { layoutFor } from "./points";
import { messageText, type MessageTable, type Params } from "./i18n";
import { levelList, starLevels } from "./standard";
import type { Catalogue, Lang, StarLevel, WeightProfile } from "./types";

const weight = z.number().finite().min(0);
const fraction = z.number().finite().min(0).max(1);
/** One number per star level: rule arrays are as long as the catalogue has levels. */
const perLevel = (item: z.ZodNumber, count: number) =>
  z.tuple(Array.from({ length: count }, () => item) as [z.ZodNumber, ...z.ZodNumber[]]);

const buildSchema = (levelCount: number) =>
  z
    .object({
      name: z.string().max(200).optional(),
      modules: z.record(z.string(), weight).optional(),
      cap6: weight.optional(),
      subItems: z.record(z.string(), weight).optional(),
      clauses: z.record(z.string(), weight).optional(),
      rules: z
        .object({
          years: perLevel(weight, levelCount).optional(),
          fShare: perLevel(fraction, levelCount).optional(),
          score15: perLevel(fraction, levelCount).optional(),
          score6: perLevel(fraction, levelCount).optional(),
          strictCompliance: z.boolean().optional(),
        })
        .strict()
        .optional(),
    })
    .strict();

/** Built once per level count: scoring validates a profile at every what-if recompute. */
const schemas = new Map<number, ReturnType<typeof buildSchema>>();

/** The profile schema for a catalogue with `levelCount` star levels. */
export function profileSchemaFor(levelCount: number): ReturnType<typeof buildSchema> {
  let schema = schemas.get(levelCount);
  if (!schema) schemas.set(levelCount, (schema = buildSchema(levelCount)));
  return schema;
}

/** The schema of a profile for a catalogue of three levels (EPM). */
export const weightProfileSchema = profileSchemaFor(3);

/** A catalogue lists 1 to 9 star levels (src/catalogues/schema.ts): a word for every count. */
const COUNT_WORDS: Record<number, [string, string]> = {
  1: ["一", "one"],
  2: ["两", "two"],
  3: ["三", "three"],
  4: ["四", "four"],
  5: ["五", "five"],
  6: ["六", "six"],
  7: ["七", "seven"],
  8: ["八", "eight"],
  9: ["九", "nine"],
};

/** What is wrong with a weight profile, each message said at its JSON path. */
export const PROFILE_MESSAGES = {
  unknownKeys: {
    zh: "未知的键：{keys}（可用：name、modules、cap6、subItems、clauses、rules；rules 内可用 years、fShare、score15、score6、strictCompliance）",
    en: "unknown key(s): {keys} (accepted: name, modules, cap6, subItems, clauses, rules; in rules: years, fShare, score15, score6, strictCompliance)",
  },
  keySeparator: { zh: "、", en: ", " },
  levelArray: {
    zh: "须为{count}个数字的数组 {levels}",
    en: "must be an array of {count} numbers {levels}",
  },
  levelArrayOne: {
    zh: "须为{count}个数字的数组 {levels}",
    en: "must be an array of {count} number {levels}",
  },
  negative: { zh: "不能为负数（须 ≥ 0）", en: "must not be negative (≥ 0)" },
  tooLong: { zh: "太长（最多 200 字）", en: "too long (200 characters at most)" },
  notFraction: { zh: "须为 0 到 1 之间的比例", en: "must be a fraction between 0 and 1" },
  mustBe: { zh: "须为{expected}", en: "must be {expected}" },
  aNumber: { zh: "数字", en: "a number" },
  anObject: { zh: "对象", en: "an object" },
  aString: { zh: "文本", en: "a string" },
  aBoolean: { zh: "true 或 false", en: "true or false" },
  unknownId: { zh: "未知的编号（可用：{accepted}）", en: "unknown ID (accepted: {accepted})" },
  weightsOverflow: {
    zh: "{module} 模块的权重（子项倍数 × 条目权重）之和超出数字范围，无法分配分值",
    en: "the weights of module {module} (sub-item multiplier × clause weight) sum to more than a number can hold, so its points cannot be split",
  },
  weightsZero: {
    zh: "{module} 模块的权重（子项倍数 × 条目权重）之和为 0，无法分配分值",
    en: "the weights of module {module} (sub-item multiplier × clause weight) sum to 0, so its points cannot be split",
  },
  fallingRule: {
    zh: "{star} 的门槛 {value} 低于 {lowerStar} 的 {lowerValue}；各级门槛须从低级到高级不递减（可相等）",
    en: "the {star} threshold {value} is below the {lowerStar} threshold {lowerValue}; thresholds must not fall from the lowest level to the highest (equal is fine)",
  },
  allZero: {
    zh: "{modules} 模块的分值全部为 0，满分为 0，星级无从判断；至少一个模块的分值须大于 0",
    en: "modules {modules} are all worth 0 points, so the maximum is 0 and the star level means nothing; give at least one module more than 0 points",
  },
  notFinite: {
    zh: "权重过大或过小，算出的分值不是有限数（如两个模块各 1e308 分）；请用常规大小的数字",
    en: "the weights are so large or small that the points are not finite numbers (e.g. two modules of 1e308 points); use ordinary numbers",
  },
  notAnObject: { zh: "须为对象", en: "must be an object" },
  notJson: { zh: "不是有效的 JSON：{reason}", en: "not valid JSON: {reason}" },
} satisfies MessageTable;

type ProfileMessageId = keyof typeof PROFILE_MESSAGES;
const profileText = (id: ProfileMessageId, lang: Lang, params?: Params): string =>
  messageText(PROFILE_MESSAGES[id], lang, params);

export interface ProfileError {
  /** JSON path such as "$.modules.4.0" or "$.rules.fShare[1]". */
  path: string;
  message: string;
}
export type ProfileValidation =
  { ok: true; profile: WeightProfile } | { ok: false; errors: ProfileError[] };

export function jsonPath(path: ReadonlyArray<PropertyKey>): string {
  return (
    "$" + path.map((key) => (typeof key === "number" ? `[${key}]` : `.${String(key)}`)).join("")
  );
}

function describeIssue(issue: z.core.$ZodIssue, lang: Lang, levels: readonly StarLevel[]): string {
  if (issue.code === "unrecognized_keys")
    return profileText("unknownKeys", lang, {
      keys: issue.keys.join(profileText("keySeparator", lang)),
    });
  const tooSmallOrBig = issue.code === "too_small" || issue.code === "too_big";
  const isArray =
    (tooSmallOrBig && issue.origin === "array") ||
    (issue.code === "invalid_type" && issue.expected === "tuple");
  if (isArray) {
    const count = COUNT_WORDS[levels.length] ?? [String(levels.length), String(levels.length)];
    return profileText(levels.length === 1 ? "levelArrayOne" : "levelArray", lang, {
      count: count[lang === "zh" ? 0 : 1],
      levels: levelList(levels, lang),
    });
  }
  if (issue.code === "too_small") return profileText("negative", lang);
  if (issue.code === "too_big")
    return profileText(issue.origin === "string" ? "tooLong" : "notFraction", lang);
  if (issue.code === "invalid_type") {
    const kind = (
      { number: "aNumber", object: "anObject", string: "aString", boolean: "aBoolean" } as const
    )[issue.expected as "number" | "object" | "string" | "boolean"];
    return profileText("mustBe", lang, {
      expected: kind ? profileText(kind, lang) : issue.expected,
    });
  }
  /* istanbul ignore next -- the schema raises no other kinds of issue */
  return issue.message;
}

export function validateProfile(
  json: unknown,
  catalogue: Catalogue,
  lang: Lang = "en"
): ProfileValidation {
  const levels = starLevels(catalogue);
  const parsed = profileSchemaFor(levels.length).safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({
        path: jsonPath(issue.path),
        message: describeIssue(issue, lang, levels),
      })),
    };
  }
  const profile = parsed.data as WeightProfile;
  const zh = lang === "zh";
  const errors: ProfileError[] = [];
  const cfModules = catalogue.modules.filter((m) => m.scale === "CF");
  const allItems = catalogue.modules.flatMap((m) => m.items);
  const clauseIds = new Set(allItems.flatMap((item) => item.clauses.map((c) => c.id)));
  const unknown = (path: string, accepted: string): void => {
    errors.push({
      path,
      message: profileText("unknownId", lang, { accepted }),
    });
  };
  // IDs are taken from the JSON as written: zod drops a "__proto__" key, which must be reported.
  const keysOf = (field: "modules" | "subItems" | "clauses"): string[] => {
    const value = (json as Record<string, unknown>)[field];
    return value && typeof value === "object" ? Object.keys(value) : [];
  };
  for (const id of keysOf("modules")) {
    if (!cfModules.some((m) => m.id === id))
      unknown(`$.modules.${id}`, cfModules.map((m) => m.id).join(", "));
  }
  for (const id of keysOf("subItems")) {
    if (!allItems.some((item) => item.id === id))
      unknown(`$.subItems.${id}`, `${allItems[0].id} … ${allItems[allItems.length - 1].id}`);
  }
  const allClauses = [...clauseIds];
  for (const id of keysOf("clauses")) {
    if (!clauseIds.has(id))
      unknown(`$.clauses.${id}`, `${allClauses[0]} … ${allClauses[allClauses.length - 1]}`);
  }
  for (const module of cfModules) {
    let total = 0;
    for (const item of module.items) {
      for (const clause of item.clauses)
        total += (profile.subItems?.[item.id] ?? 1) * (profile.clauses?.[clause.id] ?? 1);
    }
    if (!Number.isFinite(total)) {
      errors.push({
        path: "$.subItems",
        message: profileText("weightsOverflow", lang, { module: module.id }),
      });
    } else if (total === 0) {
      const multipliersZero = module.items.every((item) => profile.subItems?.[item.id] === 0);
      errors.push({
        path: multipliersZero ? "$.subItems" : "$.clauses",
        message: profileText("weightsZero", lang, { module: module.id }),
      });
    }
  }
  errors.push(...fallingRules(profile, levels, zh));
  if (!errors.length && cfModules.length > 0 && layoutFor(catalogue, profile).max15 === 0)
    // Every level's score15 threshold would be 0 of 0 points: a verdict that means nothing.
    errors.push({
      path: "$.modules",
      message: profileText("allZero", lang, {
        modules: cfModules.map((m) => m.id).join(profileText("keySeparator", lang)),
      }),
    });
  if (!errors.length && !pointsAreFinite(catalogue, profile))
    errors.push({
      path: "$",
      message: profileText("notFinite", lang),
    });
  return errors.length ? { ok: false, errors } : { ok: true, profile };
}

const RULE_KEYS = ["years", "fShare", "score15", "score6"] as const;

/**
 * Thresholds that fall from one level to the next (e.g. score15 for 4★ below 3★'s): the higher
 * level would be easier to reach than the lower one, so the verdict means nothing. Equal
 * thresholds are allowed (SCORING.md §5's default score6 starts at 0 for 3★; two levels may share
 * a minimum). Levels are in the catalogue's order, lowest first.
 */
function fallingRules(
  profile: WeightProfile,
  levels: readonly StarLevel[],
  zh: boolean
): ProfileError[] {
  const errors: ProfileError[] = [];
  const star = (k: number) => `${levels[k]?.stars ?? k + 1}${zh ? "星" : "★"}`;
  for (const key of RULE_KEYS) {
    const values = profile.rules?.[key];
    if (!values) continue;
    for (let k = 1; k < values.length; k++) {
      if (values[k] >= values[k - 1]) continue;
      errors.push({
        path: `$.rules.${key}[${k}]`,
        message: profileText("fallingRule", zh ? "zh" : "en", {
          star: star(k),
          value: values[k],
          lowerStar: star(k - 1),
          lowerValue: values[k - 1],
        }),
      });
    }
  }
  return errors;
}

/** Whether every clause's points, every module's maximum and both totals are finite numbers. */
function pointsAreFinite(catalogue: Catalogue, profile: WeightProfile): boolean {
  const layout = layoutFor(catalogue, profile);
  // An innovation module the catalogue leaves uncapped (and the profile too) is meant to be Infinity.
  const uncapped = catalogue.modules.some(
    (m) => m.scale === "I" && m.cap === undefined && profile.cap6 === undefined
  );
  return (
    Number.isFinite(layout.max15) &&
    (uncapped || Number.isFinite(layout.cap6)) &&
    layout.slots.every((slot) => Number.isFinite(slot.points))
  );
}

/**
 * Profile text (a .json file's content) as a JSON object; a syntax error or another kind of value
 * is reported like a schema error.
 */
export function parseProfileJson(
  text: string,
  lang: Lang = "en"
): { ok: true; json: unknown } | { ok: false; errors: ProfileError[] } {
  try {
    const json: unknown = JSON.parse(text.replace(/^\uFEFF/, ""));
    // null, an array or a number is no profile, whatever the catalogue: said here, as zod says it.
    if (json === null || typeof json !== "object" || Array.isArray(json))
      return {
        ok: false,
        errors: [{ path: "$", message: profileText("notAnObject", lang) }],
      };
    return { ok: true, json };
  } catch (error) {
    return {
      ok: false,
      errors: [
        {
          path: "$",
          message: profileText("notJson", lang, { reason: (error as Error).message }),
        },
      ],
    };
  }
}

/** Parse profile text and validate it against the catalogue. */
export function parseProfileText(
  text: string,
  catalogue: Catalogue,
  lang: Lang = "en"
): ProfileValidation {
  const parsed = parseProfileJson(text, lang);
  return parsed.ok ? validateProfile(parsed.json, catalogue, lang) : parsed;
}
