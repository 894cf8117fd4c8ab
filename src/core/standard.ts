/**
 * What the product derives from a catalogue beyond its clauses: its star levels, the prefix of its
 * workbook names and its CF total. Everything standard-specific is read through here, so that a
 * second standard needs no code.
 */
import type { Catalogue, Lang, StarLevel } from "./types";

/** Levels of a catalogue that lists none (one written before levels were part of the format). */
const THREE_LEVELS: readonly StarLevel[] = [
  { stars: 3, name: { zh: "三星", en: "3★" } },
  { stars: 4, name: { zh: "四星", en: "4★" } },
  { stars: 5, name: { zh: "五星", en: "5★" } },
];

/** The prefix of the workbook layout's own names (src/workbook/layout.ts), which EPM keeps. */
export const LAYOUT_PREFIX = "Epm";

/** The catalogue's star levels, lowest first. */
export function starLevels(catalogue: Catalogue): readonly StarLevel[] {
  return catalogue.levels?.length ? catalogue.levels : THREE_LEVELS;
}

/** The prefix of every table and defined name in the catalogue's workbooks. */
export function namePrefix(catalogue: Catalogue): string {
  return catalogue.prefix ?? LAYOUT_PREFIX;
}

/** A level's short header, e.g. "3★": the same in both languages. */
export function levelHeader(level: StarLevel): string {
  return `${level.stars}★`;
}

/** The points of all CF modules at the catalogue's own weights (EPM: 4000). */
export function cfTotal(catalogue: Catalogue): number {
  return catalogue.modules.reduce((sum, m) => sum + (m.scale === "CF" ? (m.points ?? 0) : 0), 0);
}

/** "[3★, 4★, 5★]" in English, "[3星, 4星, 5星]" in Chinese: how a rule array is read. */
export function levelList(levels: readonly StarLevel[], lang: Lang): string {
  const star = lang === "zh" ? "星" : "★";
  return `[${levels.map((level) => `${level.stars}${star}`).join(", ")}]`;
}
