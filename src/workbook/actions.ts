/**
 * What the task pane, the browser page and the command line do with a workbook, over any
 * WorkbookPort. Each action reads once and applies once (the Office adapter's sync count relies on
 * it); every decision in between is made by the pure functions of this folder.
 */
import { CATALOGUES } from "../catalogues";
import { validateProfile } from "../core/profile";
import { parseYears, score } from "../core";
import type { Catalogue, Issue, Lang, Result, Stage, WeightProfile } from "../core/types";
import packageJson from "../../package.json";
import { blockingIssues, standardInputsOf, type AuditInputs } from "./inputs";
import { bundledTwin, embedCatalogueOps, needsEmbedding } from "./embedded-catalogue";
import { noteCarried, openAudit, openedInputs } from "./open-audit";
import { AuditInputError, workbookIssue } from "./issues";
import { STAGE_LABELS } from "./labels";
import { overlayRatings } from "./overlay";
import type { PlanOp, Snapshot, WorkbookPort } from "./plan";
import { createOrUpgradePlan } from "./plan-create";
import { locateSummary, missingSummaryParts } from "./summary-places";
import { scorePlan } from "./plan-score";
import { createWeightsOps, weightsSheetOf, writeProfileOps } from "./plan-weights";
import type { CsvColumn, CsvRating } from "./ratings-csv";
import { holdsAudit, type ResolvedStandard } from "./standard";
import { cellOp, freeSheetName } from "./plan-util";

export type { AuditInputs } from "./inputs";

export const PRODUCT_VERSION: string = packageJson.version;

/** Catalogues a workbook may name, and the clock; tests and other standards pass their own. */
export interface ActionEnv {
  catalogues?: readonly Catalogue[];
  now?: () => Date;
  /** A new audit ID for Create (default: a random UUID). */
  newAuditId?: () => string;
  /**
   * false: only `catalogues` count; a catalogue the workbook carries is neither looked for nor
   * written (the Excel check's scratch audit, which must not touch the user's). Default true.
   */
  workbookCatalogues?: boolean;
}

/** The catalogues of the environment, else the registry's (src/catalogues). */
export function cataloguesOf(env: ActionEnv | undefined): readonly Catalogue[] {
  return env?.catalogues?.length ? env.catalogues : CATALOGUES;
}

export interface CreateRequest {
  lang: Lang;
  catalogue?: Catalogue;
  stage?: Stage;
  years?: number;
}

/**
 * Create the audit workbook, or upgrade it keeping every rating, note and user column by ID. A
 * catalogue the product does not bundle as it is goes into the workbook (embedded-catalogue.ts);
 * one of a bundled ID and version is made with the bundled rules, as every later read scores it.
 */
export async function createOrUpgrade(
  port: WorkbookPort,
  request: CreateRequest,
  env?: ActionEnv
): Promise<{ created: boolean; addedRows: number; keptRows: number }> {
  const given = request.catalogue;
  const chosen = given && (bundledTwin(given, CATALOGUES) ?? given);
  const embedded = env?.workbookCatalogues !== false;
  const opened = await openAudit(port, cataloguesOf(env), request.lang, { chosen, embedded });
  const { snapshot } = opened;
  const inputs = openedInputs(opened, request.lang, chosen);
  const carried = given ?? inputs.catalogue;
  const embedOps =
    embedded && needsEmbedding(carried, CATALOGUES)
      ? embedCatalogueOps(snapshot, carried, request.lang)
      : [];
  const made = createOrUpgradePlan(snapshot, inputs.standard, {
    lang: request.lang,
    stage: request.stage,
    years: request.years,
    profile: inputs.profile,
    auditId: env?.newAuditId?.(),
  });
  // Noted before the write, which keeps it with the port's knowledge of the workbook.
  if (embedOps.length && carried === inputs.catalogue) noteCarried(port, carried);
  await port.apply({ ops: [...made.plan.ops, ...embedOps] });
  return { created: made.created, addedRows: made.addedRows, keptRows: made.keptRows };
}

/** What the workbook holds, as the Start tab tells it before Create or upgrade. */
export interface WorkbookState {
  /** The audit's catalogue and its clause rows; null: the workbook holds no audit yet. */
  audit: { catalogue: Catalogue; clauseRows: number } | null;
}

/**
 * Reads the workbook as Create or upgrade will (nothing is guessed, nothing written), so the pane
 * can say what the button will do, and the port then knows the workbook: the click's own read is
 * one batch on every Excel, also on an audit the add-in never wrote (made by the command line).
 */
export async function describeWorkbook(
  port: WorkbookPort,
  lang: Lang,
  env?: ActionEnv
): Promise<WorkbookState> {
  const opened = await openAudit(port, cataloguesOf(env), lang, {
    embedded: env?.workbookCatalogues !== false,
  });
  if (!holdsAudit(opened.snapshot, opened.catalogues)) return { audit: null };
  const inputs = openedInputs(opened, lang);
  return { audit: { catalogue: inputs.catalogue, clauseRows: inputs.rows.length } };
}

/** Everything scoring would use, with the problems found; nothing is written. */
export async function readAudit(
  port: WorkbookPort,
  lang: Lang,
  env?: ActionEnv
): Promise<AuditInputs> {
  const opened = await openAudit(port, cataloguesOf(env), lang, {
    embedded: env?.workbookCatalogues !== false,
    expectsAudit: true,
  });
  return openedInputs(opened, lang);
}

export interface ScoreOverrides {
  /** A weight profile to use instead of the Weights sheet; it is written there too. */
  profile?: WeightProfile;
  /** Operating years / review stage instead of the Summary inputs; written there too. */
  years?: number;
  stage?: Stage;
  /** Parsed ratings CSV to overlay onto the rating columns before scoring (written too). */
  ratings?: { columns: readonly CsvColumn[]; rows: readonly CsvRating[] };
}

function setNamed(
  snapshot: Snapshot,
  name: string,
  value: number | string,
  ops: PlanOp[]
): Snapshot {
  const cell = snapshot.names[name];
  if (!cell) return snapshot;
  ops.push(cellOp(cell, value));
  return { ...snapshot, names: { ...snapshot.names, [name]: { ...cell, value } } };
}

/** A warning for each Summary name that was deleted and is made again on a fresh sheet. */
function recreatedNameWarnings(
  snapshot: Snapshot,
  standard: ResolvedStandard,
  lang: Lang
): Issue[] {
  const { names } = standard;
  const missing = missingSummaryParts(snapshot, locateSummary(snapshot, names), names);
  if (!missing) return [];
  const recreated = [
    ...missing.inputs.map((key) => names.inputs[key]),
    ...missing.blocks.map((key) => names.blocks[key]),
  ];
  return recreated.map((name) =>
    workbookIssue("warning", "nameRecreated", null, { name, cell: missing.sheet }, lang)
  );
}

/** Read warnings join the result's issues so that every reader sees them. */
function withReadWarnings(result: Result, inputs: AuditInputs): Result {
  const warnings = inputs.readIssues.filter((i) => i.severity === "warning");
  return warnings.length ? { ...result, issues: [...result.issues, ...warnings] } : result;
}

/**
 * Score the workbook and write the results (product cells only, plus the overrides asked for).
 * Exactly one port.read and one port.apply. Throws AuditInputError when nothing can be scored.
 */
export async function scoreAudit(
  port: WorkbookPort,
  lang: Lang,
  overrides: ScoreOverrides = {},
  env?: ActionEnv
): Promise<{ result: Result; inputs: AuditInputs }> {
  const opened = await openAudit(port, cataloguesOf(env), lang, {
    embedded: env?.workbookCatalogues !== false,
    expectsAudit: true,
  });
  let snapshot = opened.snapshot;
  let inputs = openedInputs(opened, lang);
  const { standard } = inputs;
  const { catalogue, names } = standard;
  const blocking = blockingIssues(inputs).filter(
    // An explicit profile replaces the Weights sheet, so the sheet's own errors do not block.
    (issue) => !(overrides.profile && inputs.profileErrors.includes(issue))
  );
  if (blocking.length) throw new AuditInputError(blocking);
  const contentLang = inputs.lang;
  const ops: PlanOp[] = [];
  let skippedRatings: Issue[] = [];

  if (overrides.ratings) {
    const overlay = overlayRatings(
      snapshot,
      standard,
      overrides.ratings.columns,
      overrides.ratings.rows,
      lang
    );
    if (overlay.issues.length) throw new AuditInputError(overlay.issues);
    snapshot = overlay.snapshot;
    ops.push(...overlay.ops);
    skippedRatings = overlay.skipped;
  }
  if (overrides.years !== undefined) {
    const parsed = parseYears(overrides.years);
    if (parsed.invalid || parsed.years === null)
      throw new AuditInputError([
        workbookIssue("error", "yearsOverride", null, { value: String(overrides.years) }, lang),
      ]);
    snapshot = setNamed(snapshot, names.inputs.years, overrides.years, ops);
  }
  if (overrides.stage !== undefined)
    snapshot = setNamed(
      snapshot,
      names.inputs.stage,
      STAGE_LABELS[contentLang][overrides.stage],
      ops
    );
  let profile: WeightProfile = inputs.profile;
  if (overrides.profile) {
    const validation = validateProfile(overrides.profile, catalogue, lang);
    if (!validation.ok)
      throw new AuditInputError(
        validation.errors.map((e) =>
          workbookIssue("error", "profileError", null, { path: e.path, message: e.message }, lang)
        )
      );
    profile = validation.profile;
    const written = writeProfileOps(snapshot, standard, profile, contentLang);
    ops.push(...written.ops);
    if (written.missing.size) {
      const existing = weightsSheetOf(snapshot, names);
      const sheet = existing ?? freeSheetName(snapshot, names.sheets.weights);
      ops.push(
        ...createWeightsOps(sheet, standard, profile, contentLang, written.missing, !existing)
      );
    }
  }

  const reread = standardInputsOf(snapshot, lang, standard);
  const recreated = recreatedNameWarnings(snapshot, standard, lang);
  inputs = {
    ...reread,
    profile,
    profileErrors: [],
    readIssues: [...opened.issues, ...reread.readIssues, ...recreated, ...skippedRatings],
    issues: [...opened.issues, ...reread.readIssues, ...recreated, ...skippedRatings],
  };
  // An override counts even when its Summary cell has to be made again (its name was deleted).
  const scoreInput = {
    catalogue,
    rows: inputs.rows,
    profile,
    years: overrides.years ?? inputs.years,
    yearsCell: inputs.yearsCell,
    stage: overrides.stage ?? inputs.stage,
  };
  const forWorkbook = withReadWarnings(score(scoreInput, contentLang), inputs);
  const forCaller =
    contentLang === lang ? forWorkbook : withReadWarnings(score(scoreInput, lang), inputs);
  const plan = scorePlan(snapshot, forWorkbook, {
    standard,
    lang: contentLang,
    now: env?.now?.() ?? new Date(),
    productVersion: PRODUCT_VERSION,
    initial: { years: overrides.years, stage: overrides.stage },
  });
  await port.apply({ ops: [...ops, ...plan.ops] });
  return { result: forCaller, inputs };
}

/** Write a weight profile into the Weights sheet and re-score (one read, one apply). */
export async function applyProfile(
  port: WorkbookPort,
  profile: WeightProfile,
  lang: Lang,
  env?: ActionEnv
): Promise<{ result: Result }> {
  const { result } = await scoreAudit(port, lang, { profile }, env);
  return { result };
}

/**
 * True when a clause table of one of the catalogues exists (the workbook is an audit workbook);
 * the snapshot was read with standardsReadRequest of them.
 */
export function isAuditSnapshot(snapshot: Snapshot, env?: ActionEnv): boolean {
  return holdsAudit(snapshot, cataloguesOf(env));
}
