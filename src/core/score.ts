/**
 * score(): ratings as entered → the full result of docs/scoring-rules.md §8. Pure; never throws on bad
 * ratings — every problem becomes an issue naming the clause (and cell, when the caller gave it).
 */
import { assignRows } from "./assign-rows";
import { withLazyClauses } from "./clause-table";
import { shownText } from "./ids";
import { IssueList } from "./issue-list";
import { judgeContext, judgeMissing, judgeRow } from "./judge-row";
import { evaluateLevels, gapTo, starsOf, topGains, type Facts } from "./levels";
import { starLevels } from "./standard";
import { validateProfile, type ProfileError, type ProfileValidation } from "./profile";
import { layoutFor, type PointsLayout } from "./points";
import { Tally } from "./tally";
import { RULES_REVISION } from "./types";
import type { Block, Catalogue, Lang, Result, ScoreInput, Stage, WeightProfile } from "./types";
import { parseYears } from "./years";

const NO_PROFILE: WeightProfile = {};
/**
 * What-if recomputes score with the same profile object again and again: validate it once. Measured
 * with `npm run bench` (CPU time, 211 clauses, a profile): about 60,000 scorings a second with this
 * cache, about 4,900 without.
 */
const checkedProfiles = new WeakMap<WeightProfile, ProfileValidation>();

/** The profile to score with: an invalid one is reported and the standard's defaults are used. */
function checkedProfile(
  catalogue: Catalogue,
  profile: WeightProfile | undefined,
  lang: Lang
): { profile: WeightProfile; errors: ProfileError[] } {
  if (!profile) return { profile: NO_PROFILE, errors: [] };
  let validation = checkedProfiles.get(profile);
  if (!validation) {
    validation = validateProfile(profile, catalogue, lang);
    checkedProfiles.set(profile, validation);
  }
  return validation.ok
    ? { profile, errors: [] }
    : { profile: NO_PROFILE, errors: validation.errors };
}

/** Judges every catalogue clause in catalogue order, then the extra innovation clauses. */
function tallyClauses(input: ScoreInput, layout: PointsLayout, stage: Stage, issues: IssueList) {
  const { rowBySlot, extras } = assignRows(input.rows, layout, issues);
  const { slots } = layout;
  const tally = new Tally(
    slots,
    extras,
    layout.catalogue.modules.length,
    layout.items.length,
    stage,
    issues
  );
  const context = judgeContext(stage, layout.rules.strictCompliance === true, issues);
  const { judged } = context;
  for (const slot of slots) {
    const row = rowBySlot[slot.index];
    if (row) judgeRow(context, slot, row);
    else judgeMissing(context, slot);
    tally.itemSums[slot.itemIndex] += tally.record(slot.index, slot, row, judged);
  }
  const extraMax = new Map<string, number>();
  extras.forEach((extra, n) => {
    judgeRow(context, extra, extra.row);
    const clauseScore = tally.record(slots.length + n, extra, extra.row, judged);
    if (extra.item !== null) {
      tally.itemSums[layout.items.findIndex((it) => it.id === extra.item)] += clauseScore;
      extraMax.set(extra.item, (extraMax.get(extra.item) ?? 0) + extra.points);
    }
  });
  return { tally, extraMax };
}

export function score(input: ScoreInput, lang: Lang = "en"): Result {
  const { catalogue } = input;
  const stage: Stage = input.stage ?? "baseline";
  const issues = new IssueList(lang);
  const checked = checkedProfile(catalogue, input.profile, lang);
  for (const error of checked.errors) issues.profile(error.path, error.message);
  const layout = layoutFor(catalogue, checked.profile);
  const { tally, extraMax } = tallyClauses(input, layout, stage, issues);

  const { years, invalid: yearsInvalid } = parseYears(input.years);
  const yearsCell = input.yearsCell ?? null;
  if (yearsInvalid) issues.years("yearsInvalid", "error", yearsCell, shownText(input.years));
  else if (years === null)
    issues.years("yearsMissing", "warning", yearsCell, shownText(input.years));

  // Roll-ups: a capped (I) module never scores above its cap.
  const modules: Block[] = catalogue.modules.map((module, index) => ({
    id: module.id,
    max: layout.moduleMax[index],
    score:
      module.scale === "CF"
        ? tally.moduleSums[index]
        : Math.min(tally.moduleSums[index], layout.moduleMax[index]),
  }));
  const subItems: Block[] = layout.items.map((item, index) => ({
    id: item.id,
    // Most scorings have no extra clauses: then no item needs the look-up.
    max: extraMax.size === 0 ? item.max : item.max + (extraMax.get(item.id) ?? 0),
    score: tally.itemSums[index],
  }));
  let score15 = 0;
  let score6 = 0;
  catalogue.modules.forEach((module, index) => {
    if (module.scale === "CF") score15 += modules[index].score;
    else score6 += modules[index].score;
  });

  const { compliantCount, clauseCount15, fPassCount } = tally;
  const facts: Facts = {
    years,
    compliantCount,
    clauseCount15,
    fPassCount,
    score15,
    max15: layout.max15,
    score6,
    cap6: layout.cap6,
  };
  const levels = evaluateLevels(facts, layout.rules, starLevels(catalogue));
  const stars = starsOf(levels);
  const headroom = modules.map((block, index) =>
    catalogue.modules[index].scale === "I" ? block.max - block.score : null
  );
  const gains = topGains(tally.table, headroom);

  return withLazyClauses(
    {
      stars,
      provisional: stage === "baseline" && tally.pending,
      incomplete: tally.incomplete || years === null,
      stage,
      years,
      score15,
      max15: layout.max15,
      score6,
      cap6: layout.cap6,
      fPassShare: clauseCount15 === 0 ? 1 : fPassCount / clauseCount15,
      fPassCount,
      clauseCount15,
      allCompliant: compliantCount === clauseCount15,
      strictCompliance: layout.rules.strictCompliance === true,
      rulesRevision: RULES_REVISION,
      profileName: checked.profile.name ?? null,
      catalogue: { id: catalogue.id, version: catalogue.version },
      modules,
      subItems,
      levels,
      topGains: gains,
      gap: gapTo(stars, levels, facts, tally.nonCompliantIds, gains),
      issues: issues.items,
    },
    tally.table
  );
}
