/**
 * What the input panels, the command line and the workbook layout read from a weight profile,
 * decided once here so that every shell reads the same thing. (Typed years: years.ts.)
 */
import { moduleMax } from "./points";
import { THRESHOLD_KEYS, type Catalogue, type ThresholdKey, type WeightProfile } from "./types";

/** A rule row of the weights: one threshold per star level. */
export type RuleKey = ThresholdKey;
export const RULE_KEYS: readonly RuleKey[] = THRESHOLD_KEYS;

/** The points of a catalogue module under a profile: the profile's own value, else the catalogue's. */
export function modulePoints(
  catalogue: Catalogue,
  profile: WeightProfile,
  moduleId: string
): number {
  const module = catalogue.modules.find((m) => m.id === moduleId);
  return module ? moduleMax(module, profile) : 0;
}

/** The innovation (6.0) cap under a profile: the profile's own cap, else the catalogue's; 0 without an I module. */
export function innovationCap(catalogue: Catalogue, profile: WeightProfile): number {
  const innovation = catalogue.modules.find((m) => m.scale === "I");
  return innovation ? moduleMax(innovation, profile) : 0;
}
