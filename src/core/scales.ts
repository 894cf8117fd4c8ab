/**
 * The three rating scales of docs/scoring-rules.md §2 and the parsing of one cell against one of them.
 * A value is accepted in its zh, en or code form; anything else is reported, never guessed.
 */
import { cleanText, normalizeLabel } from "./normalize";
import type { RawCell, Text } from "./types";

export type ScaleId = "C" | "F" | "I";

export interface Level {
  /** Position in its scale (set below), so that judging needs no search. */
  index?: number;
  code: string;
  label: Text;
  /** Extra Chinese forms accepted (the halves of a slashed label). */
  aliases?: string[];
  ratio: number;
  /** C: counts as method-compliant; F: passes execution. */
  pass: boolean;
  /** F only: lowest execution rate of the band. */
  minRate?: number;
}

export const C_LEVELS: readonly Level[] = [
  { code: "C", label: { zh: "合规", en: "compliant" }, ratio: 1, pass: true },
  { code: "P", label: { zh: "部分合规", en: "partial" }, ratio: 0.5, pass: true },
  { code: "N", label: { zh: "不合规", en: "non-compliant" }, ratio: 0, pass: false },
  { code: "NA", label: { zh: "不适用", en: "not applicable" }, ratio: 1, pass: true },
  {
    code: "PE",
    label: { zh: "未审核/待补充佐证", en: "pending" },
    aliases: ["未审核", "待补充佐证"],
    ratio: 1,
    pass: true,
  },
];

export const F_LEVELS: readonly Level[] = [
  { code: "E", label: { zh: "优秀", en: "excellent" }, ratio: 1, pass: true, minRate: 0.9 },
  { code: "G", label: { zh: "良好", en: "good" }, ratio: 0.8, pass: true, minRate: 0.8 },
  { code: "F", label: { zh: "一般", en: "fair" }, ratio: 0.7, pass: true, minRate: 0.7 },
  { code: "S", label: { zh: "合格", en: "pass" }, ratio: 0.6, pass: true, minRate: 0.6 },
  { code: "U", label: { zh: "不合格", en: "fail" }, ratio: 0, pass: false, minRate: 0 },
];

export const I_LEVELS: readonly Level[] = [
  { code: "O", label: { zh: "卓越", en: "outstanding" }, ratio: 1, pass: true },
  { code: "E", label: { zh: "优秀", en: "excellent" }, ratio: 0.9, pass: true },
  { code: "F", label: { zh: "一般", en: "fair" }, ratio: 0.7, pass: true },
  { code: "S", label: { zh: "合格", en: "pass" }, ratio: 0.6, pass: true },
  {
    code: "NA",
    label: { zh: "未涉及/不适用", en: "not applicable" },
    aliases: ["未涉及", "不适用"],
    ratio: 0,
    pass: false,
  },
];

export const SCALES: Record<ScaleId, readonly Level[]> = { C: C_LEVELS, F: F_LEVELS, I: I_LEVELS };
for (const levels of [C_LEVELS, F_LEVELS, I_LEVELS])
  levels.forEach((level, k) => (level.index = k));

function lookupTable(levels: readonly Level[]): Map<string, Level> {
  const table = new Map<string, Level>();
  for (const level of levels) {
    for (const form of [level.code, level.label.zh, level.label.en, ...(level.aliases ?? [])]) {
      table.set(normalizeLabel(form), level);
    }
  }
  return table;
}
const LOOKUP: Record<ScaleId, Map<string, Level>> = {
  C: lookupTable(C_LEVELS),
  F: lookupTable(F_LEVELS),
  I: lookupTable(I_LEVELS),
};

/** The band of an execution rate: the highest band whose lower edge ≤ rate. */
export function bandOfRate(rate: number): Level {
  for (const level of F_LEVELS) {
    if (rate >= (level.minRate as number)) return level;
  }
  /* istanbul ignore next -- the last band starts at 0 and rates are checked to be ≥ 0 */
  return F_LEVELS[F_LEVELS.length - 1];
}

export type Rejection =
  | { reason: "unknown"; text: string }
  | { reason: "numberNotLevel"; value: number }
  | { reason: "bareNumber"; value: number }
  | { reason: "rateOutOfRange"; text: string }
  | { reason: "badSample"; text: string }
  | { reason: "formula"; text: string; shows?: string }
  | { reason: "merged"; range: string }
  | { reason: "errorValue"; text: string }
  | { reason: "wrongType"; text: string };

export type Parsed =
  | { kind: "blank" }
  | { kind: "level"; level: Level; rate: number | null }
  | { kind: "invalid"; rejection: Rejection };

const BLANK: Parsed = { kind: "blank" };
const PERCENT = /^([0-9]+(?:\.[0-9]+)?)\s*%$/;
const SAMPLE = /^([0-9]+)\s*\/\s*([0-9]+)$/;
const DECIMAL = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:e[+-]?[0-9]+)?$/;

function fromRate(rate: number, text: string): Parsed {
  if (!(rate >= 0 && rate <= 1))
    return { kind: "invalid", rejection: { reason: "rateOutOfRange", text } };
  return { kind: "level", level: bandOfRate(rate), rate };
}

function parseNumber(scale: ScaleId, value: number): Parsed {
  if (scale !== "F") return { kind: "invalid", rejection: { reason: "numberNotLevel", value } };
  if (value > 1) return { kind: "invalid", rejection: { reason: "bareNumber", value } };
  return fromRate(value, String(value));
}

function parseText(scale: ScaleId, raw: string): Parsed {
  const text = normalizeLabel(raw);
  if (text === "") return BLANK;
  const level = LOOKUP[scale].get(text);
  if (level) return { kind: "level", level, rate: null };
  if (DECIMAL.test(text)) return parseNumber(scale, Number(text));
  if (scale === "F") {
    const percent = PERCENT.exec(text);
    if (percent) return fromRate(Number(percent[1]) / 100, cleanText(raw));
    const sample = SAMPLE.exec(text);
    if (sample) {
      const passed = Number(sample[1]);
      const sampled = Number(sample[2]);
      if (sampled <= 0 || passed > sampled)
        return { kind: "invalid", rejection: { reason: "badSample", text: cleanText(raw) } };
      return { kind: "level", level: bandOfRate(passed / sampled), rate: passed / sampled };
    }
  } else if (PERCENT.test(text)) {
    return {
      kind: "invalid",
      rejection: { reason: "numberNotLevel", value: Number(PERCENT.exec(text)![1]) / 100 },
    };
  }
  return { kind: "invalid", rejection: { reason: "unknown", text: cleanText(raw) } };
}

/** Text values repeat a lot (a few labels over hundreds of rows): parse each distinct text once. */
const cacheC = new Map<string, Parsed>();
const cacheF = new Map<string, Parsed>();
const cacheI = new Map<string, Parsed>();
const CACHE_LIMIT = 10_000;

const cacheOf = (scale: ScaleId): Map<string, Parsed> =>
  scale === "C" ? cacheC : scale === "F" ? cacheF : cacheI;

/**
 * Parse one rating cell against a scale (docs/scoring-rules.md §2). The common case, a text seen
 * before, is kept this small so that the scoring loop can inline it; the rest is parseUncached.
 */
export function parseRating(scale: ScaleId, cell: RawCell): Parsed {
  if (cell === null || cell === undefined) return BLANK;
  if (typeof cell === "string") {
    const parsed = cacheOf(scale).get(cell);
    if (parsed !== undefined) return parsed;
  }
  return parseUncached(scale, cell);
}

function parseUncached(scale: ScaleId, cell: NonNullable<RawCell>): Parsed {
  if (typeof cell === "string") {
    const cache = cacheOf(scale);
    const parsed = parseText(scale, cell);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(cell, parsed);
    return parsed;
  }
  if (typeof cell === "number") {
    return Number.isFinite(cell)
      ? parseNumber(scale, cell)
      : { kind: "invalid", rejection: { reason: "wrongType", text: String(cell) } };
  }
  if (typeof cell === "boolean")
    return { kind: "invalid", rejection: { reason: "wrongType", text: String(cell) } };
  if (cell instanceof Date)
    return {
      kind: "invalid",
      rejection: { reason: "wrongType", text: cell.toISOString().slice(0, 10) },
    };
  if ("formula" in cell) {
    // A formula is reported, never evaluated (docs/scoring-rules.md §2); the message says what it shows.
    const text = "=" + cell.formula.replace(/^=/, "");
    const cached = cell.cached;
    const shows =
      cached === null || cached === undefined
        ? undefined
        : typeof cached === "object" && !(cached instanceof Date)
          ? cached.error
          : cached instanceof Date
            ? cached.toISOString().slice(0, 10)
            : cleanText(String(cached));
    return {
      kind: "invalid",
      rejection: shows ? { reason: "formula", text, shows } : { reason: "formula", text },
    };
  }
  if ("hyperlink" in cell) return parseRating(scale, cell.text);
  // One rating cannot stand for the clauses of several rows, nor be written back through the range.
  if ("merged" in cell)
    return { kind: "invalid", rejection: { reason: "merged", range: cell.merged } };
  return { kind: "invalid", rejection: { reason: "errorValue", text: cell.error } };
}

/** Labels offered in dropdowns, in the given language. */
export function scaleLabels(scale: ScaleId, lang: "zh" | "en"): string[] {
  return SCALES[scale].map((level) => level.label[lang]);
}
