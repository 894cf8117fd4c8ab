/** The notice the pane shows when it opens after the ribbon's Score now ran without it. */
import type { Lang } from "../core/types";
import type { CommandOutcome } from "../services/commandOutcome";
import { STRINGS, starsLabel } from "./i18n";

export function commandNotice(
  outcome: CommandOutcome | null,
  lang: Lang
): { intent: "success" | "error"; text: string } | null {
  if (!outcome) return null;
  const t = STRINGS[lang];
  return outcome.ok
    ? { intent: "success", text: `${t.scoreButton}: ${starsLabel(t, outcome.stars ?? 0)}` }
    : { intent: "error", text: `${t.scoreButton}: ${outcome.message ?? ""} ${outcome.hint ?? ""}` };
}
