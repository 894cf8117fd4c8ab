/** The language of messages: --lang, else the environment's locale (zh… → zh), else en. */
import { resolveLang } from "../core/i18n";
import type { Lang } from "../core/types";

export function langOf(option: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang {
  if (option === "zh" || option === "en") return option;
  return resolveLang(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}
