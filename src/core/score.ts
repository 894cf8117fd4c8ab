/**
 * score(): ratings as entered → the full result of docs/scoring-rules.md §8. Pure; never throws on bad
 * ratings — every problem becomes an issue naming the clause (and cell, when the caller gave it).
 */
import { judgeCF, judgeI, type ClauseVerdict } from "./clause";
import { cellText, lookalikeOf, sameModuleId, shownText } from "./ids";
import { evaluateLevels, gapTo, starsOf, topGains, type Facts } from "./levels";
import { starLevels } from "./standard";
import { invalidRatingMessage, render, scaleName } from "./messages";
import { validateProfile, type ProfileError, type ProfileValidation } from "./profile";
import { layoutFor, type ClauseSlot } from "./points";
import { parseRating, type Parsed, type ScaleId } from "./scales";
import { RULES_REVISION } from "./types";
import type {
  Block,
  Catalogue,
  CatalogueModule,
  ClauseResult,
  Field,
  Issue,
  Lang,
  RatingRow,
  RawCell,
  Result,
  ScoreInput,
  Severity,
  Stage,
  WeightProfile,
} from "./types";

const BLANK: Parsed = { kind: "blank" };

class IssueList {
  readonly items: Issue[] = [];
  constructor(readonly lang: Lang) {}

  add(
    severity: Severity,
    code: string,
    clauseId: string | null,
    field: Field | null,
    row: RatingRow | undefined,
    params: Record<string, string | number> = {}
  ): void {
    this.items.push({
      severity,
      clauseId,
      field,
      cell: (field && row?.cells?.[field]) ?? null,
      code,
      params,
      message: render(code, params, this.lang),
    });
  }

  invalid(scale: ScaleId, parsed: Parsed, clauseId: string, row: RatingRow): void {
    if (parsed.kind !== "invalid") return;
    const field = scale.toLowerCase() as Field;
    this.items.push({
      severity: "error",
      clauseId,
      field,
      cell: row.cells?.[field] ?? null,
      code: "invalidRating",
      params: { scale, reason: parsed.rejection.reason },
      message: invalidRatingMessage(scale, parsed.rejection, this.lang),
    });
  }
}

const YEARS_TEXT = /^\+?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$/;

/** §9: operating years are a number ≥ 0; anything else counts as missing, with an error. */
export function parseYears(cell: RawCell): { years: number | null; invalid: boolean } {
  if (cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "")) {
    return { years: null, invalid: false };
  }
  // Decimal notation only: "0x10", "Infinity" or "1e3" in a years cell are typing slips, not years.
  const value =
    typeof cell === "number"
      ? cell
      : typeof cell === "string" && YEARS_TEXT.test(cellText(cell))
        ? Number(cellText(cell))
        : NaN;
  return Number.isFinite(value) && value >= 0
    ? { years: value, invalid: false }
    : { years: null, invalid: true };
}

function isBlankCell(cell: RawCell): boolean {
  return cell === null || cell === undefined || cell === "";
}

/** What a clause belongs to: a catalogue slot, or an extra innovation row. */
interface ClauseOwner {
  id: string;
  module: CatalogueModule;
  moduleIndex: number;
  item: string | null;
}

/** Per-clause facts of one scoring, in parallel arrays (no object per clause). */
interface ClauseTable {
  owners: ClauseOwner[];
  verdicts: ClauseVerdict[];
  /** C, F and I of clause k at 3k, 3k + 1, 3k + 2. */
  parsed: Parsed[];
  points: number[];
  /** Clauses from this index on are extra innovation rows. */
  catalogueCount: number;
}

const codeOf = (parsed: Parsed): string | null =>
  parsed.kind === "level" ? parsed.level.code : null;

function clauseResults(table: ClauseTable): ClauseResult[] {
  const total = table.owners.length;
  const clauses = new Array<ClauseResult>(total);
  for (let k = 0; k < total; k++) {
    const verdict = table.verdicts[k];
    const f = table.parsed[3 * k + 1];
    clauses[k] = {
      id: table.owners[k].id,
      module: table.owners[k].module.id,
      item: table.owners[k].item,
      extra: k >= table.catalogueCount,
      points: table.points[k],
      ratio: verdict.ratio,
      score: table.points[k] * verdict.ratio,
      status: verdict.status,
      c: codeOf(table.parsed[3 * k]),
      f: codeOf(f),
      i: codeOf(table.parsed[3 * k + 2]),
      rate: f.kind === "level" ? f.rate : null,
      compliant: verdict.compliant,
      executionPass: verdict.executionPass,
    };
  }
  return clauses;
}

/**
 * `result.clauses` is a getter that builds the array on first read and then replaces itself with a
 * plain data property (so JSON, structured clones and spreads see an ordinary array). The getter is
 * one shared function reading a non-enumerable field: a getter made per call would give every
 * result its own hidden class, and a WeakMap from result to table costs the garbage collector more
 * than the clause objects it saves.
 */
const TABLE_KEY = "__clauseTable";
const LAZY_CLAUSES: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: Result & { [TABLE_KEY]: ClauseTable }): ClauseResult[] {
    const clauses = clauseResults(this[TABLE_KEY]);
    Object.defineProperty(this, "clauses", {
      value: clauses,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    return clauses;
  },
};

function defineLazyClauses(result: Omit<Result, "clauses">, table: ClauseTable): Result {
  Object.defineProperty(result, TABLE_KEY, { value: table, enumerable: false, writable: true });
  return Object.defineProperty(result, "clauses", LAZY_CLAUSES) as Result;
}

interface Judged {
  verdict: ClauseVerdict;
  c: Parsed;
  f: Parsed;
  i: Parsed;
}

/** A value in a column the module does not use (§2): reported, and it makes the clause invalid. */
function wrongScale(
  cell: RawCell,
  field: "c" | "f" | "i",
  module: CatalogueModule,
  row: RatingRow,
  id: string,
  issues: IssueList
): boolean {
  if (isBlankCell(cell)) return false;
  const scale = field.toUpperCase() as ScaleId;
  if (parseRating(scale, cell).kind === "blank") return false;
  issues.add("error", "wrongScale", id, field, row, {
    module: module.id,
    scale,
    column: scaleName(scale, issues.lang),
  });
  return true;
}

/** Judge one row into `out` (reused across rows: scoring a catalogue allocates no wrapper per row). */
function judgeRow(
  module: CatalogueModule,
  row: RatingRow,
  id: string,
  stage: Stage,
  strictCompliance: boolean,
  issues: IssueList,
  out: Judged
): void {
  if (module.scale === "CF") {
    const c = parseRating("C", row.c);
    const f = parseRating("F", row.f);
    issues.invalid("C", c, id, row);
    issues.invalid("F", f, id, row);
    const verdict = judgeCF(c, f, stage, strictCompliance);
    // An I value on a CF row makes the clause invalid; C and F still decide their own conditions (§5).
    const iWrong = wrongScale(row.i, "i", module, row, id, issues);
    out.verdict = iWrong ? { ...verdict, ratio: 0, status: "invalid" } : verdict;
    out.c = c;
    out.f = f;
    out.i = BLANK;
    return;
  }
  const i = parseRating("I", row.i);
  issues.invalid("I", i, id, row);
  const cWrong = wrongScale(row.c, "c", module, row, id, issues);
  const fWrong = wrongScale(row.f, "f", module, row, id, issues);
  const verdict = judgeI(i);
  out.verdict = cWrong || fWrong ? { ...verdict, ratio: 0, status: "invalid" } : verdict;
  out.c = BLANK;
  out.f = BLANK;
  out.i = i;
}

/** Judge a catalogue clause that has no row: unrated. */
function judgeMissing(module: CatalogueModule, out: Judged): void {
  out.verdict = module.scale === "CF" ? judgeCF(BLANK, BLANK, "baseline") : judgeI(BLANK);
  out.c = BLANK;
  out.f = BLANK;
  out.i = BLANK;
}

const NO_PROFILE: WeightProfile = {};
const checkedProfiles = new WeakMap<WeightProfile, ProfileValidation>();

/** Validate a profile once per profile object (what-if recomputes reuse the same object). */
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

export function score(input: ScoreInput, lang: Lang = "en"): Result {
  const { catalogue } = input;
  const stage: Stage = input.stage ?? "baseline";
  const issues = new IssueList(lang);
  // A profile that was not validated by the caller is checked here: an invalid one is reported
  // and the standard's defaults are used, never a negative or non-numeric weight.
  const checked = checkedProfile(catalogue, input.profile, lang);
  for (const error of checked.errors) {
    issues.items.push({
      severity: "error",
      clauseId: null,
      field: null,
      cell: null,
      code: "invalidProfile",
      params: { path: error.path },
      message: `${error.path}: ${error.message}`,
    });
  }
  const layout = layoutFor(catalogue, checked.profile);
  const strictCompliance = layout.rules.strictCompliance === true;
  const innovationModules = catalogue.modules.filter((m) => m.scale === "I");

  // Pass 1: rows by ID (first row wins), extra innovation rows, rows that cannot be used.
  // Catalogue rows go by slot index (the layout's ID map is built once); extra rows by ID.
  const rowBySlot = new Array<RatingRow | undefined>(layout.slots.length);
  const extraIds = new Set<string>();
  const extraByLowerCase = new Map<string, string>();
  const extras: Array<ClauseOwner & { row: RatingRow }> = [];
  const { slots } = layout;
  for (let k = 0; k < input.rows.length; k++) {
    const row = input.rows[k];
    // Rows usually come in catalogue order: try the slot at the same position before the ID map.
    const guess = slots[k] as ClauseSlot | undefined;
    if (guess !== undefined && row.id === guess.id) {
      if (rowBySlot[k] === undefined) {
        rowBySlot[k] = row;
        continue;
      }
    }
    const id = typeof row.id === "string" || typeof row.id === "number" ? cellText(row.id) : "";
    if (id === "") {
      if (cellText(row.c) || cellText(row.f) || cellText(row.i))
        issues.add("error", "ratingWithoutId", null, "id", row);
      continue;
    }
    const slot = layout.byId.get(id);
    if (slot ? rowBySlot[slot.index] !== undefined : extraIds.has(id)) {
      issues.add("error", "duplicateRow", id, "id", row, { id });
      continue;
    }
    if (slot) {
      rowBySlot[slot.index] = row;
    } else {
      const moduleText = cellText(row.module);
      const module = innovationModules.find((m) => sameModuleId(moduleText, m.id));
      if (!module) {
        issues.add("error", "unknownId", id, "id", row, {
          id,
          modules: innovationModules.map((m) => m.id).join("/"),
        });
        continue;
      }
      const itemText = cellText(row.item);
      const item = module.items.find((it) => it.id === itemText)?.id ?? null;
      const like = lookalikeOf(id, layout.byId, extraByLowerCase);
      if (like !== null) issues.add("warning", "extraIdLookalike", id, "id", row, { id, like });
      extras.push({ id, row, module, moduleIndex: catalogue.modules.indexOf(module), item });
      extraIds.add(id);
    }
  }

  // Extra clauses in ID order, so that the result does not depend on row order.
  extras.sort((a, b) => a.id.localeCompare(b.id, "en", { numeric: true }));

  // Pass 2: every catalogue clause in catalogue order, then the extra innovation clauses.
  // Per-clause facts go into parallel arrays; the ClauseResult objects are built only when
  // `result.clauses` is first read, so a what-if recompute (totals and stars) never pays for them.
  const total = slots.length + extras.length;
  const table: ClauseTable = {
    owners: new Array<ClauseOwner>(total),
    verdicts: new Array<ClauseVerdict>(total),
    parsed: new Array<Parsed>(total * 3),
    points: new Array<number>(total),
    catalogueCount: slots.length,
  };
  const moduleSums = new Array<number>(catalogue.modules.length).fill(0);
  const itemSums = new Array<number>(layout.items.length).fill(0);
  const nonCompliantIds: string[] = [];
  let compliantCount = 0;
  let clauseCount15 = 0;
  let fPassCount = 0;
  let pending = false;
  let incomplete = false;

  const judged: Judged = { verdict: judgeI(BLANK), c: BLANK, f: BLANK, i: BLANK };
  /** Record clause k (judged just now) and add it to the module sums; returns its score. */
  const record = (
    k: number,
    owner: ClauseOwner,
    clausePoints: number,
    row: RatingRow | undefined
  ): number => {
    const verdict = judged.verdict;
    const id = owner.id;
    for (const note of verdict.notes) {
      const field: Field = note === "missingC" || note === "pendingFinal" ? "c" : "f";
      const severity: Severity = note === "naWithF" ? "warning" : "error";
      issues.add(severity, note, id, field, row, { value: cellText(row?.f) });
    }
    // §5 flags: a pending clause makes a baseline result provisional; in the final stage it is
    // an error (pendingFinal) and, like any other unfinished clause, makes the result incomplete.
    if (verdict.status === "pending") {
      pending = true;
      if (stage === "final") incomplete = true;
    } else if (verdict.status !== "rated" && verdict.status !== "n/a") incomplete = true;
    const clauseScore = clausePoints * verdict.ratio;
    moduleSums[owner.moduleIndex] += clauseScore;
    if (owner.module.scale === "CF") {
      clauseCount15 += 1;
      if (verdict.compliant) compliantCount += 1;
      else nonCompliantIds.push(id);
      if (verdict.executionPass) fPassCount += 1;
    }
    table.owners[k] = owner;
    table.verdicts[k] = verdict;
    table.parsed[3 * k] = judged.c;
    table.parsed[3 * k + 1] = judged.f;
    table.parsed[3 * k + 2] = judged.i;
    table.points[k] = clausePoints;
    return clauseScore;
  };

  for (const slot of slots) {
    const row = rowBySlot[slot.index];
    if (row) {
      judgeRow(slot.module, row, slot.id, stage, strictCompliance, issues, judged);
    } else {
      issues.add("error", "missingRow", slot.id, null, undefined, { id: slot.id });
      judgeMissing(slot.module, judged);
    }
    itemSums[slot.itemIndex] += record(slot.index, slot, slot.points, row);
  }
  for (let n = 0; n < extras.length; n++) {
    const extra = extras[n];
    const extraPoints = (extra.module.clausePoints ?? 0) * layout.weightOf(extra.id);
    judgeRow(extra.module, extra.row, extra.id, stage, strictCompliance, issues, judged);
    const clauseScore = record(slots.length + n, extra, extraPoints, extra.row);
    if (extra.item !== null) {
      itemSums[layout.items.findIndex((it) => it.id === extra.item)] += clauseScore;
    }
  }

  // Operating years (§9) and the stage's own issues.
  const { years, invalid: yearsInvalid } = parseYears(input.years);
  const yearsIssue = (code: string, severity: Severity): void => {
    issues.items.push({
      severity,
      clauseId: null,
      field: "years",
      cell: input.yearsCell ?? null,
      code,
      params: { value: shownText(input.years) },
      message: render(code, { value: shownText(input.years) }, lang),
    });
  };
  if (yearsInvalid) yearsIssue("yearsInvalid", "error");
  else if (years === null) yearsIssue("yearsMissing", "warning");

  // Roll-ups.
  const modules: Block[] = catalogue.modules.map((module, index) => ({
    id: module.id,
    max: layout.moduleMax[index],
    score:
      module.scale === "CF"
        ? moduleSums[index]
        : Math.min(moduleSums[index], layout.moduleMax[index]),
  }));
  const extraMax = new Map<string, number>();
  for (const extra of extras) {
    if (extra.item !== null) {
      extraMax.set(
        extra.item,
        (extraMax.get(extra.item) ?? 0) +
          (extra.module.clausePoints ?? 0) * layout.weightOf(extra.id)
      );
    }
  }
  const subItems: Block[] = layout.items.map((item, index) => ({
    id: item.id,
    max: item.max + (extraMax.get(item.id) ?? 0),
    score: itemSums[index],
  }));
  let score15 = 0;
  let score6 = 0;
  catalogue.modules.forEach((module, index) => {
    if (module.scale === "CF") score15 += modules[index].score;
    else score6 += modules[index].score;
  });

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
  const gains = topGains({
    ...table,
    headroom: modules.map((block, index) =>
      catalogue.modules[index].scale === "I" ? block.max - block.score : null
    ),
  });

  return defineLazyClauses(
    {
      stars,
      provisional: stage === "baseline" && pending,
      incomplete: incomplete || years === null,
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
      strictCompliance,
      rulesRevision: RULES_REVISION,
      profileName: checked.profile.name ?? null,
      catalogue: { id: catalogue.id, version: catalogue.version },
      modules,
      subItems,
      levels,
      topGains: gains,
      gap: gapTo(stars, levels, facts, nonCompliantIds, gains),
      issues: issues.items,
    },
    table
  );
}
