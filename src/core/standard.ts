/**
 * What the product derives from a catalogue beyond its clauses: its star levels, its CF total and
 * the words its texts name it by. Everything standard-specific is read through here (and the
 * workbook's names through src/workbook/standard.ts), so that a second standard needs no code.
 */
import type { Catalogue, Lang, ScaleKind, StarLevel } from "./types";

/** The catalogue's star levels, lowest first (catalogue loading fills in those of a file without). */
export function starLevels(catalogue: Catalogue): readonly StarLevel[] {
  return catalogue.levels;
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

/**
 * The words the product's texts fill in for a standard (placeholders {cf}, {i} and {standard}):
 * EPM gives cf "1.0–5.0", i "6.0", standard "EPM".
 */
export type StandardTerms = { cf: string; i: string; standard: string };

/** "1.0–5.0" for the ids 1.0 … 5.0: first and last joined with an en dash, or the single id. */
function idRange(ids: readonly string[]): string {
  return ids.length > 1 ? `${ids[0]}–${ids[ids.length - 1]}` : (ids[0] ?? "");
}

/** The standard's short name for titles: its own, else the part of its ID after the last hyphen. */
export function shortName(catalogue: Catalogue): string {
  return (
    catalogue.shortName ?? (catalogue.id.slice(catalogue.id.lastIndexOf("-") + 1) || catalogue.id)
  );
}

/** The terms of a catalogue: its CF and I module ranges and its short name. */
export function standardTerms(catalogue: Catalogue): StandardTerms {
  const ids = (scale: ScaleKind) =>
    catalogue.modules.filter((m) => m.scale === scale).map((m) => m.id);
  return { cf: idRange(ids("CF")), i: idRange(ids("I")), standard: shortName(catalogue) };
}
