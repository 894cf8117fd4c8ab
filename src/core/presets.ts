/** Weight profiles shipped with the product: the standard's defaults and an equal-points what-if. */
import { fill } from "./i18n";
import { cfTotal } from "./standard";
import type { Catalogue, Lang, Text, WeightProfile } from "./types";

export interface Preset {
  id: "standard" | "equalClauses";
  /** The name shown; {total} stands for the catalogue's CF total (see presetName). */
  name: Text;
  profile: (catalogue: Catalogue) => WeightProfile;
}

/**
 * Every CF clause worth the same and the CF total kept: each module gets total ÷ clauses × its
 * clause count (EPM: 4000 ÷ 200 = 20 points a clause).
 */
function equalClauses(catalogue: Catalogue): WeightProfile {
  const cf = catalogue.modules.filter((m) => m.scale === "CF");
  const total = cfTotal(catalogue);
  const count = (m: (typeof cf)[number]): number =>
    m.items.reduce((n, item) => n + item.clauses.length, 0);
  const clauses = cf.reduce((n, m) => n + count(m), 0);
  return {
    name: "equal points per clause",
    modules: Object.fromEntries(cf.map((m) => [m.id, (total / clauses) * count(m)])),
  };
}

export const PRESETS: readonly Preset[] = [
  {
    id: "standard",
    name: { zh: "标准默认权重", en: "Standard defaults" },
    profile: () => ({ name: "standard" }),
  },
  {
    id: "equalClauses",
    name: { zh: "每条等分（共 {total} 分）", en: "Equal points per clause ({total} in all)" },
    profile: equalClauses,
  },
];

/** A preset's name for a catalogue, e.g. "Equal points per clause (4000 in all)" for EPM. */
export function presetName(preset: Preset, catalogue: Catalogue, lang: Lang): string {
  return fill(preset.name[lang], { total: cfTotal(catalogue) });
}
