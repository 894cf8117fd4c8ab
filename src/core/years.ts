/** Operating years (docs/scoring-rules.md §9): the one parser every surface uses. */
import { cellText, shownValue } from "./ids";
import type { RawCell } from "./types";

const YEARS_TEXT = /^\+?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$/;

/** A number ≥ 0; blank is missing (no error); anything else is missing with an error. */
export function parseYears(raw: RawCell): { years: number | null; invalid: boolean } {
  // A formula counts by its cached result; one without a result is invalid, never blank.
  const cell = shownValue(raw);
  if (cell === null || (typeof cell === "string" && cellText(cell) === "")) {
    return { years: null, invalid: false };
  }
  // Decimal notation only: "0x10", "Infinity" or "1e3" in a years cell are typing slips, not years.
  const value =
    typeof cell === "number"
      ? cell
      : typeof cell === "string" && YEARS_TEXT.test(cellText(cell))
        ? Number(cellText(cell))
        : NaN;
  return Number.isFinite(value) && value >= 0
    ? { years: value, invalid: false }
    : { years: null, invalid: true };
}

export type YearsText = { kind: "none" } | { kind: "years"; years: number } | { kind: "invalid" };

/**
 * Operating years typed by a user (Start panel, `--years`): blank means none given; otherwise the
 * text must read as a years cell would (a decimal number ≥ 0), or it is invalid.
 */
export function parseYearsText(text: string): YearsText {
  if (text.trim() === "") return { kind: "none" };
  const parsed = parseYears(text);
  return parsed.years === null ? { kind: "invalid" } : { kind: "years", years: parsed.years };
}
