/**
 * The text of a number input bound to a number ≥ 0: the user types freely ("1.", ""), only valid
 * numbers are reported, and the text resets when the value changes from outside (a preset, an
 * import). Percent inputs are typed in percent and reported as a fraction.
 */
import { useEffect, useState } from "react";

export interface NumberText {
  text: string;
  valid: boolean;
  setText(text: string): void;
}

function shown(value: number, percent: boolean): string {
  const v = percent ? value * 100 : value;
  return String(Math.round(v * 1e6) / 1e6);
}

/** The number a text stands for (a fraction when percent), or null when it is not one ≥ 0. */
export function numberOfText(text: string, percent: boolean): number | null {
  if (text.trim() === "") return null;
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0) return null;
  return percent ? n / 100 : n;
}

export function useNumberText(
  value: number,
  onValue: (value: number) => void,
  percent = false
): NumberText {
  const [text, setShownText] = useState(() => shown(value, percent));
  useEffect(() => {
    // Keep what the user is typing ("1." is 1) unless the value really changed elsewhere.
    setShownText((typed) =>
      numberOfText(typed, percent) === value ? typed : shown(value, percent)
    );
  }, [value, percent]);
  const setText = (next: string) => {
    setShownText(next);
    const n = numberOfText(next, percent);
    if (n !== null) onValue(n);
  };
  return { text, valid: numberOfText(text, percent) !== null, setText };
}
