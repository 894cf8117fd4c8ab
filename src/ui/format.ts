/** Number display for the pane: values are unrounded in the core and shown with 2 decimals. */
import type { ConditionKey, Lang } from "../core/types";
import { numberText, percentText } from "../workbook/units";
import type { StringKey } from "./i18n";

// The pane shows numbers as the Summary sheet does.
export { numberText, percentText };

export function conditionValue(key: ConditionKey, value: number | null, lang: Lang): string {
  if (value === null) return "–";
  return key === "fShare" ? percentText(value, lang) : numberText(value, lang);
}

export const CONDITION_LABEL: Record<ConditionKey, StringKey> = {
  years: "condYears",
  compliance: "condCompliance",
  fShare: "condFShare",
  score15: "condScore15",
  score6: "condScore6",
};

export const SHORTFALL_LABEL: Record<ConditionKey, StringKey> = {
  years: "shortYears",
  compliance: "shortCompliance",
  fShare: "shortFShare",
  score15: "shortScore15",
  score6: "shortScore6",
};

export const SHORTFALL_LABEL_ONE: Record<ConditionKey, StringKey> = {
  years: "shortYearsOne",
  compliance: "shortComplianceOne",
  fShare: "shortFShareOne",
  score15: "shortScore15One",
  score6: "shortScore6One",
};

/** The string key for a shortfall: the singular form when exactly one is missing. */
export function shortfallKey(key: ConditionKey, short: number): StringKey {
  return short === 1 ? SHORTFALL_LABEL_ONE[key] : SHORTFALL_LABEL[key];
}
