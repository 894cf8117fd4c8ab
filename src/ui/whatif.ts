/**
 * Pure helpers of the what-if panel: editing a weight profile immutably, scoring the draft over the
 * inputs read from the workbook, and comparing it with the official result.
 */
import { mergeRules, score, validateProfile } from "../core";
import type { Catalogue, Lang, ProfileError, Result, Rules, RuleKey, WeightProfile } from "../core";
import type { AuditInputs } from "../services/auditService";

export function cfModules(catalogue: Catalogue) {
  return catalogue.modules.filter((m) => m.scale === "CF");
}

export function multiplier(profile: WeightProfile, itemId: string): number {
  return profile.subItems?.[itemId] ?? 1;
}

export function rules(catalogue: Catalogue, profile: WeightProfile): Rules {
  return mergeRules(catalogue.rules, profile.rules);
}

/** A custom edit drops the preset's name: the profile no longer is that preset. */
function edited(profile: WeightProfile): WeightProfile {
  const rest = { ...profile };
  delete rest.name;
  return rest;
}

export function withModulePoints(p: WeightProfile, id: string, value: number): WeightProfile {
  return { ...edited(p), modules: { ...p.modules, [id]: value } };
}

export function withCap6(p: WeightProfile, value: number): WeightProfile {
  return { ...edited(p), cap6: value };
}

export function withMultiplier(p: WeightProfile, itemId: string, value: number): WeightProfile {
  return { ...edited(p), subItems: { ...p.subItems, [itemId]: value } };
}

export function withRule(
  catalogue: Catalogue,
  p: WeightProfile,
  key: RuleKey,
  level: number,
  value: number
): WeightProfile {
  const current = rules(catalogue, p)[key];
  const next = [...current];
  next[level] = value;
  return { ...edited(p), rules: { ...p.rules, [key]: next } };
}

export function withStrictCompliance(p: WeightProfile, strict: boolean): WeightProfile {
  return { ...edited(p), rules: { ...p.rules, strictCompliance: strict } };
}

export type WhatIf = { ok: true; result: Result } | { ok: false; errors: ProfileError[] };

/** Scores the inputs with a draft profile, after the same validation an import gets. */
export function scoreWith(inputs: AuditInputs, profile: WeightProfile, lang: Lang): WhatIf {
  const checked = validateProfile(profile, inputs.catalogue, lang);
  if (!checked.ok) return { ok: false, errors: checked.errors };
  return {
    ok: true,
    result: score(
      {
        catalogue: inputs.catalogue,
        rows: inputs.rows,
        profile: checked.profile,
        years: inputs.years,
        stage: inputs.stage,
        yearsCell: inputs.yearsCell,
      },
      lang
    ),
  };
}

export interface DeltaRow {
  id: string;
  official: number;
  whatIf: number;
  delta: number;
}

export function moduleDeltas(official: Result, whatIf: Result): DeltaRow[] {
  return official.modules.map((m) => {
    const other = whatIf.modules.find((x) => x.id === m.id)?.score ?? 0;
    return { id: m.id, official: m.score, whatIf: other, delta: other - m.score };
  });
}

export type ImportOutcome =
  | { ok: true; profile: WeightProfile }
  | { ok: false; jsonError: string }
  | { ok: false; errors: ProfileError[] };

/** Parses and validates a weight profile JSON text (docs/scoring-rules.md §8); errors name their JSON path. */
export function importProfile(text: string, catalogue: Catalogue, lang: Lang): ImportOutcome {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    return { ok: false, jsonError: (error as Error).message };
  }
  const checked = validateProfile(json, catalogue, lang);
  return checked.ok
    ? { ok: true, profile: checked.profile }
    : { ok: false, errors: checked.errors };
}

export function exportProfile(profile: WeightProfile): string {
  return JSON.stringify(profile, null, 2) + "\n";
}
