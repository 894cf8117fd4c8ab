/** Picks the pane's strings from Office's display language (zh-* → Chinese, anything else → English). */
import type { Lang } from "../../core/types";
import { enUS, type StringKey, type Strings } from "./en-US";
import { zhCN } from "./zh-CN";

export type { StringKey, Strings };
export const STRINGS: Record<Lang, Strings> = { en: enUS, zh: zhCN };

export function langOf(displayLanguage: string | undefined): Lang {
  return displayLanguage?.toLowerCase().startsWith("zh") ? "zh" : "en";
}

/** Fills "{name}" placeholders. */
export function fmt(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (all, key: string) =>
    key in params ? String(params[key]) : all
  );
}
