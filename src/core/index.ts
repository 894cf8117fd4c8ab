export * from "./types";
export { score } from "./score";
export { parseYears, parseYearsText, type YearsText } from "./years";
export {
  parseRating,
  scaleLabels,
  bandOfRate,
  SCALES,
  C_LEVELS,
  F_LEVELS,
  I_LEVELS,
  type ScaleId,
  type Parsed,
} from "./scales";
export { normalizeLabel } from "./normalize";
export {
  validateProfile,
  parseProfileText,
  weightProfileSchema,
  jsonPath,
  type ProfileError,
  type ProfileValidation,
} from "./profile";
export { PRESETS, presetName, type Preset } from "./presets";
export { starLevels, levelHeader, cfTotal } from "./standard";
export { layoutFor, moduleMax, mergeRules } from "./points";
export { RULE_KEYS, modulePoints, innovationCap, type RuleKey } from "./inputs";
export { acceptedForms } from "./messages";
export { POINT_TOLERANCE } from "./levels";
export {
  appendEvidence,
  CELL_TEXT_LIMIT,
  isLockedCell,
  mergeCell,
  mergeEvidence,
  ratingKey,
  type CellMerge,
} from "./merge";
export {
  compareResults,
  ratingCodes,
  type Comparison,
  type ClauseChange,
  type BlockDelta,
  type ConditionChange,
} from "./compare";
