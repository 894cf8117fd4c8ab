/**
 * Team merge, one rating cell at a time (docs/team.md): the master's value and each returned copy's
 * value become taken, same, or a conflict. Pure: the workbook layer reads the cells and writes the
 * outcome. Two values are the same rating when they parse to the same level and rate (so `85%` and
 * `0.85` agree, but `85%` and `良好` do not: which one the centre earned is the lead's call).
 */
import { cellText } from "./ids";
import { normalizeLabel } from "./normalize";
import { parseRating, type ScaleId } from "./scales";
import type { RawCell } from "./types";

export type CellMerge =
  /** No copy set a value that the master lacks or contradicts. `same` counts copies agreeing with it. */
  | { kind: "keep"; same: number }
  /** The master is blank and the copies that set the cell agree: take `value` (from copy `from`). */
  | { kind: "take"; value: RawCell; from: number }
  /** Two or more different values (the master's included): the master's cell stays as it is. */
  | { kind: "conflict"; values: Array<{ copy: number; value: RawCell }> };

/** A key under which two cells are the same rating. */
export function ratingKey(scale: ScaleId, cell: RawCell): string | null {
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
  if (keys.size > 1)
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

/**
 * Evidence of a copy appended to the master's, attributed as "[auditor] line": only lines the
 * master does not hold yet (plain or attributed), so merging the same copy again adds nothing.
 */
export function mergeEvidence(master: string, auditor: string, copy: string): string {
  const held = new Set(
    master
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean)
  );
  const added: string[] = [];
  for (const raw of copy.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === "") continue;
    const attributed = /^\[[^\]]+\]/.test(line) ? line : `[${auditor}] ${line}`;
    if (held.has(line) || held.has(attributed)) continue;
    held.add(attributed);
    added.push(attributed);
  }
  if (added.length === 0) return master;
  return master.trim() === ""
    ? added.join("\n")
    : `${master.replace(/\s+$/, "")}\n${added.join("\n")}`;
}
