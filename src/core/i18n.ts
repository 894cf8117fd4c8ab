/**
 * The message machinery every layer shares: one placeholder filler and one language resolver.
 * The message tables stay with their layer (core issues, workbook labels, pane and page strings).
 */
import type { Lang } from "./types";

export type Params = Record<string, string | number>;

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

/**
 * The product's language for a locale tag from anywhere: "zh", "zh-CN", "zh-TW", "zh_CN.UTF-8"
 * (Office display language, navigator.language, LANG) → "zh"; anything else, or none → "en".
 */
export function resolveLang(locale: string | null | undefined): Lang {
  return locale?.trim().toLowerCase().startsWith("zh") ? "zh" : "en";
}
