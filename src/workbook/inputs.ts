/** Snapshot → everything scoring needs (pure), gathered from the clause table, Summary and Weights. */
import type {
  Catalogue,
  Issue,
  Lang,
  RatingRow,
  RawCell,
  Stage,
  WeightProfile,
} from "../core/types";
import { AuditInputError } from "./issues";
import {
  clauseTableIssues,
  findClauseTable,
  ratingRows,
  readSettings,
  resolveCatalogue,
} from "./read";
import type { Snapshot } from "./plan";
import { resolveStandard, standardOf, type ResolvedStandard } from "./standard";
import { readProfile } from "./weights-read";

export interface AuditInputs {
  rows: RatingRow[];
  years: RawCell;
  yearsCell: string | undefined;
  stage: Stage;
  /** The Weights sheet as a validated profile; {} (the catalogue defaults) when invalid or absent. */
  profile: WeightProfile;
  /** Errors of the Weights sheet, each naming its cell. */
  profileErrors: Issue[];
  /** Problems of the workbook's shape and inputs: errors block scoring, warnings do not. */
  readIssues: Issue[];
  catalogue: Catalogue;
  /** The workbook's standard: its catalogue (the one above) and the names the workbook uses. */
  standard: ResolvedStandard;
  /** The content language the workbook was written in (falls back to the caller's). */
  lang: Lang;
  /** readIssues and profileErrors together, for a reader that lists them all. */
  issues: Issue[];
}

/**
 * The standard of a snapshot read with standardsReadRequest(catalogues): its names are found among
 * the candidates (`chosen` decides when given), its catalogue by the workbook's catalogue cell.
 * Throws AuditInputError when that cell names an unknown catalogue.
 */
export function workbookStandard(
  snapshot: Snapshot,
  lang: Lang,
  catalogues: readonly Catalogue[],
  chosen?: Catalogue
): ResolvedStandard {
  const inUse = resolveStandard(snapshot, catalogues, chosen);
  if (chosen) return inUse;
  const resolved = resolveCatalogue(snapshot, inUse, catalogues, lang);
  if (!resolved.catalogue) throw new AuditInputError(resolved.issues);
  return resolved.catalogue === inUse.catalogue
    ? inUse
    : standardOf(resolved.catalogue, inUse.names.prefix);
}

/** The inputs of a snapshot read with standardsReadRequest, its standard resolved (see above). */
export function auditInputsOf(
  snapshot: Snapshot,
  lang: Lang,
  catalogues: readonly Catalogue[],
  chosen?: Catalogue
): AuditInputs {
  return standardInputsOf(snapshot, lang, workbookStandard(snapshot, lang, catalogues, chosen));
}

/** The inputs of a snapshot of a known standard. */
export function standardInputsOf(
  snapshot: Snapshot,
  lang: Lang,
  standard: ResolvedStandard
): AuditInputs {
  const readIssues: Issue[] = [];
  const { catalogue, names } = standard;
  const table = findClauseTable(snapshot, names);
  readIssues.push(...clauseTableIssues(table, names, lang));
  const settings = readSettings(snapshot, names, lang);
  readIssues.push(...settings.issues);
  const weights = readProfile(snapshot, standard, lang);
  readIssues.push(...weights.warnings);
  const usable =
    table && !readIssues.some((i) => i.severity === "error" && i.code === "missingColumn");
  return {
    rows: usable ? ratingRows(table) : [],
    years: settings.years,
    yearsCell: settings.yearsCell,
    stage: settings.stage,
    profile: weights.profile ?? {},
    profileErrors: weights.errors,
    readIssues,
    catalogue,
    standard,
    lang: settings.contentLang ?? lang,
    issues: [...readIssues, ...weights.errors],
  };
}

/** Errors that make scoring impossible: the workbook's shape, its stage cell, its Weights sheet. */
export function blockingIssues(inputs: AuditInputs): Issue[] {
  return [...inputs.readIssues.filter((i) => i.severity === "error"), ...inputs.profileErrors];
}
