/**
 * Team merge, one rating cell at a time (docs/team.md): the master's value and each returned copy's
 * value become taken, same, or a conflict. Pure: the workbook layer reads the cells and writes the
 * outcome. Two values are the same rating when they parse to the same level and rate (so `85%` and
 * `0.85` agree, but `85%` and `良好` do not: which one the centre earned is the lead's call).
 */
import { cellText, shownText } from "./ids";
import { normalizeLabel } from "./normalize";
import { parseRating, type ScaleId } from "./scales";
import type { RawCell } from "./types";

export type CellMerge =
  /** No copy set a value that the master lacks or contradicts. `same` counts copies agreeing with it. */
  | { kind: "keep"; same: number }
  /**
   * The master is blank and the copies that set the cell agree on a typed value: take `value` (from
   * copy `from`). A copy's formula or error value is never taken: it is listed as a conflict.
   */
  | { kind: "take"; value: RawCell; from: number }
  /** Two or more different values (the master's included): the master's cell stays as it is. */
  | { kind: "conflict"; values: Array<{ copy: number; value: RawCell }> };

/**
 * A formula (with or without a cached result) or an error value: never blank, never taken from a
 * copy, never overwritten in the master. A merged-range member counts by its own content.
 */
export function isLockedCell(cell: RawCell): boolean {
  if (cell === null || typeof cell !== "object" || cell instanceof Date) return false;
  if ("merged" in cell) return isLockedCell(cell.value);
  return "formula" in cell || "error" in cell;
}

/** A key under which two cells are the same rating; null for a blank cell. */
export function ratingKey(scale: ScaleId, cell: RawCell): string | null {
  // A merged cell holds what it holds; that merge never writes into it is decided by the caller.
  if (cell !== null && typeof cell === "object" && "merged" in cell)
    return ratingKey(scale, cell.value);
  // A formula or error value is its own text ("=…", "#N/A"): two equal formulas agree, and a
  // formula never agrees with a typed rating, even when its cached result is that rating.
  if (isLockedCell(cell)) return `cell|${shownText(cell)}`;
  const parsed = parseRating(scale, cell);
  if (parsed.kind === "blank") return null;
  if (parsed.kind === "level") return `${parsed.level.code}|${parsed.rate ?? ""}`;
  const text = normalizeLabel(cellText(cell));
  return text === "" ? null : `text|${text}`;
}

export function mergeCell(scale: ScaleId, master: RawCell, copies: readonly RawCell[]): CellMerge {
  const masterKey = ratingKey(scale, master);
  const set: Array<{ copy: number; value: RawCell; key: string }> = [];
  copies.forEach((value, copy) => {
    const key = ratingKey(scale, value);
    if (key !== null) set.push({ copy, value, key });
  });
  const keys = new Set(set.map((entry) => entry.key));
  if (masterKey !== null) keys.add(masterKey);
  // Copies agreeing on a formula or error value over a blank master: the lead decides.
  const lockedOnly = masterKey === null && set.length > 0 && isLockedCell(set[0].value);
  if (keys.size > 1 || lockedOnly)
    return {
      kind: "conflict",
      values: set
        .filter((entry) => entry.key !== masterKey)
        .map(({ copy, value }) => ({ copy, value })),
    };
  if (masterKey === null && set.length > 0)
    return { kind: "take", value: set[0].value, from: set[0].copy };
  return { kind: "keep", same: set.length };
}

/** Excel holds at most this many characters in a cell. */
export const CELL_TEXT_LIMIT = 32_767;

/**
 * Evidence of a copy appended to the master's, attributed as "[auditor] line": only lines the
 * master does not hold yet (plain or attributed), so merging the same copy again adds nothing.
 * Lines that would take the cell past `limit` characters are not added but returned in `left`.
 */
export function appendEvidence(
  master: string,
  auditor: string,
  copy: string,
  limit = CELL_TEXT_LIMIT
): { text: string; left: string[] } {
  const held = new Set(
    master
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean)
  );
  const base = master.trim() === "" ? "" : master.replace(/\s+$/, "");
  let text = base;
  const left: string[] = [];
  for (const raw of copy.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "") continue;
    const attributed = /^\[[^\]]+\]/.test(line) ? line : `[${auditor}] ${line}`;
    if (held.has(line) || held.has(attributed)) continue;
    held.add(attributed);
    const next = text === "" ? attributed : `${text}\n${attributed}`;
    // Once one line does not fit, later ones do not go in either: the notes keep their order.
    if (left.length > 0 || next.length > limit) left.push(attributed);
    else text = next;
  }
  return { text: text === base ? master : text, left };
}

export function mergeEvidence(master: string, auditor: string, copy: string): string {
  return appendEvidence(master, auditor, copy).text;
}
