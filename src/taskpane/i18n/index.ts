/** The pane's strings in both languages; the language itself comes from core resolveLang. */
import { fill } from "../../core/i18n";
import type { StandardTerms } from "../../core/standard";
import type { Lang } from "../../core/types";
import { enUS, type StringKey, type Strings } from "./en-US";
import { zhCN } from "./zh-CN";

export type { StringKey, Strings };
export const STRINGS: Record<Lang, Strings> = { en: enUS, zh: zhCN };

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
