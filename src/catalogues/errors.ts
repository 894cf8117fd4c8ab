/**
 * A catalogue file's schema errors in the user's language: each says what is wrong at its JSON path
 * and what is accepted there (docs/writing-a-catalogue.md lists the same keys).
 */
import type { z } from "zod";
import type { Lang } from "../core/types";

type Words = { zh: string; en: string };

/** The keys of each kind of object in a catalogue file, by where it sits. */
const KEYS = {
  top: "id, version, name, prefix, shortName, levels, rules, modules",
  text: "zh, en",
  level: "stars, name",
  rules: "years, fShare, score15, score6, strictCompliance",
  cfModule: "id, name, scale, points, items",
  iModule: "id, name, scale, cap, clausePoints, items",
  item: "id, name, clauses",
  clause: "id, subPoints, summary",
};

/** The object a path points into, from its last keys: which keys it accepts. */
function objectKind(path: ReadonlyArray<PropertyKey>, json: unknown): string {
  const keys = path.filter((k) => typeof k === "string") as string[];
  const last = keys[keys.length - 1];
  if (last === "name" || last === "summary") return KEYS.text;
  if (last === "clauses") return KEYS.clause;
  if (last === "items") return KEYS.item;
  if (last === "levels") return KEYS.level;
  if (last === "rules") return KEYS.rules;
  if (last === "modules") {
    const index = path[path.indexOf("modules") + 1];
    const modules = (json as { modules?: unknown[] } | null)?.modules;
    const module = typeof index === "number" ? modules?.[index] : undefined;
    return (module as { scale?: unknown } | undefined)?.scale === "I"
      ? KEYS.iModule
      : KEYS.cfModule;
  }
  return KEYS.top;
}

/** The value at a path of the parsed JSON (undefined: the key is missing). */
function valueAt(json: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let value = json;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const TYPES: Record<string, Words> = {
  string: { zh: "文本", en: "a string" },
  number: { zh: "数字", en: "a number" },
  int: { zh: "整数", en: "a whole number" },
  boolean: { zh: "true 或 false", en: "true or false" },
  object: { zh: "对象 {…}", en: "an object {…}" },
  array: { zh: "数组 […]", en: "an array […]" },
};

function say(lang: Lang, words: Words): string {
  return words[lang];
}

/** One schema issue as the user reads it. */
export function describeCatalogueIssue(issue: z.core.$ZodIssue, json: unknown, lang: Lang): string {
  switch (issue.code) {
    case "unrecognized_keys": {
      const accepted = objectKind(issue.path, json);
      return say(lang, {
        zh: `未知的键：${issue.keys.join("、")}（此处可用：${accepted}）`,
        en: `unknown key(s): ${issue.keys.join(", ")} (accepted here: ${accepted})`,
      });
    }
    case "invalid_type": {
      const expected = TYPES[issue.expected] ?? { zh: issue.expected, en: issue.expected };
      const key = String(issue.path[issue.path.length - 1] ?? "");
      if (valueAt(json, issue.path) === undefined)
        return say(lang, {
          zh: `缺少必填的键“${key}”（须为${expected.zh}）`,
          en: `the required key "${key}" is missing (it must be ${expected.en})`,
        });
      return say(lang, { zh: `须为${expected.zh}`, en: `must be ${expected.en}` });
    }
    case "invalid_union":
    case "invalid_value": {
      const options =
        "options" in issue && Array.isArray(issue.options)
          ? issue.options
          : "values" in issue
            ? issue.values
            : [];
      const list = (options as unknown[]).map((o) => JSON.stringify(o)).join(" | ");
      return say(lang, { zh: `无效的值；可用：${list}`, en: `invalid value; accepted: ${list}` });
    }
    case "too_small":
      if (issue.origin === "array")
        return say(lang, {
          zh: `至少须有 ${String(issue.minimum)} 项`,
          en: `must hold at least ${String(issue.minimum)} entr${issue.minimum === 1 ? "y" : "ies"}`,
        });
      if (issue.origin === "string") return say(lang, { zh: "不能为空", en: "must not be empty" });
      return say(lang, {
        zh: `须 ≥ ${String(issue.minimum)}`,
        en: `must be ≥ ${String(issue.minimum)}`,
      });
    case "too_big":
      if (issue.origin === "array")
        return say(lang, {
          zh: `最多 ${String(issue.maximum)} 项`,
          en: `must hold at most ${String(issue.maximum)} entries`,
        });
      if (issue.origin === "string")
        return say(lang, {
          zh: `太长（最多 ${String(issue.maximum)} 个字符）`,
          en: `too long (${String(issue.maximum)} characters at most)`,
        });
      return say(lang, {
        zh: `须 ≤ ${String(issue.maximum)}`,
        en: `must be ≤ ${String(issue.maximum)}`,
      });
    case "invalid_format":
      return say(lang, {
        zh: "须为字母和数字，以字母开头，最多 12 个",
        en: "letters and digits, starting with a letter, at most 12",
      });
    default:
      /* istanbul ignore next -- the schema raises no other kinds of issue */
      return issue.message;
  }
}

/** The checks after the schema: rising levels, one number per level, unique IDs. */
export const CATALOGUE_CHECKS = {
  levelsRise: { zh: "星级须由低到高排列", en: "levels must rise, lowest first" },
  perLevel: (count: number): Words => ({
    zh: `须为每个星级各一个数字（共 ${count} 个）`,
    en: `must hold one number per level (${count})`,
  }),
  duplicate: (kind: "module" | "item" | "clause", value: string): Words => {
    const zh = { module: "模块", item: "子项", clause: "条目" }[kind];
    return {
      zh: `${zh}编号“${value}”重复；每个编号只能出现一次`,
      en: `duplicate ${kind} ID "${value}"; each ID may appear only once`,
    };
  },
};
