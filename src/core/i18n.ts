/**
 * The message machinery every layer shares: one message shape, one placeholder filler and one
 * language resolver. The message tables stay with their layer (core issues, workbook labels,
 * services, pane and page strings, command line), each a MessageTable.
 */
import type { Lang } from "./types";

export type Params = Record<string, string | number>;

/** One message in both languages, with "{name}" placeholders that both texts share. */
export interface Message {
  zh: string;
  en: string;
}

/** Messages keyed by id: the one shape of every message table in src. */
export type MessageTable<Key extends string = string> = Record<Key, Message>;

/**
 * Fills "{name}" placeholders from `params`. A placeholder without a value stays visible as
 * "{name}": a forgotten value then shows in review instead of silently vanishing or reading
 * "undefined".
 */
export function fill(template: string, params: Readonly<Params>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = Object.prototype.hasOwnProperty.call(params, name) ? params[name] : undefined;
    return value === undefined ? placeholder : String(value);
  });
}

/** A message in `lang`, its placeholders filled (the one way a message table is read). */
export function messageText(message: Message, lang: Lang, params: Readonly<Params> = {}): string {
  return fill(message[lang], params);
}

/** A whole table in one language: { id: text }, placeholders left for the caller to fill. */
export function inLanguage<Key extends string>(
  table: MessageTable<Key>,
  lang: Lang
): Record<Key, string> {
  const texts = {} as Record<Key, string>;
  for (const key of Object.keys(table) as Key[]) texts[key] = table[key][lang];
  return texts;
}

/**
 * The product's language for a locale tag from anywhere: "zh", "zh-CN", "zh-TW", "zh_CN.UTF-8"
 * (Office display language, navigator.language, LANG) → "zh"; anything else, or none → "en".
 */
export function resolveLang(locale: string | null | undefined): Lang {
  return locale?.trim().toLowerCase().startsWith("zh") ? "zh" : "en";
}
