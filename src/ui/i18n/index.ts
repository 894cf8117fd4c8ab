/** The pane's strings in both languages; the language itself comes from core resolveLang. */
import { fill, inLanguage } from "../../core/i18n";
import type { StandardTerms } from "../../core/standard";
import type { Lang } from "../../core/types";
import { PANE_MESSAGES, type StringKey, type Strings } from "./messages";

export type { StringKey, Strings };
export { PANE_MESSAGES };
export const STRINGS: Record<Lang, Strings> = {
  en: inLanguage(PANE_MESSAGES, "en"),
  zh: inLanguage(PANE_MESSAGES, "zh"),
};

// The one filler every layer uses (a missing value stays "{name}").
export { fill } from "../../core/i18n";

/**
 * The strings with the standard's words ({cf}, {i}, {standard}) filled in; the placeholders the
 * panels fill later, such as {short}, stay for them.
 */
export function stringsFor(lang: Lang, terms: StandardTerms): Strings {
  const strings = STRINGS[lang];
  const keys = Object.keys(strings) as StringKey[];
  return Object.fromEntries(keys.map((key) => [key, fill(strings[key], terms)])) as Strings;
}

/** "Not certified", "1 star" or "{n} stars": how the pane names a star level. */
export function starsLabel(t: Strings, stars: number): string {
  if (stars === 0) return t.notCertified;
  return stars === 1 ? t.starsOne : fill(t.starsOf, { n: stars });
}
