/** The pane's strings in both languages; the language itself comes from core resolveLang. */
import type { Lang } from "../../core/types";
import { enUS, type StringKey, type Strings } from "./en-US";
import { zhCN } from "./zh-CN";

export type { StringKey, Strings };
export const STRINGS: Record<Lang, Strings> = { en: enUS, zh: zhCN };

// The pane's short name for the one filler every layer uses (a missing value stays "{name}").
export { fill } from "../../core/i18n";
