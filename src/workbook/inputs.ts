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
  /** The content language the workbook was written in (falls back to the caller's). */
  lang: Lang;
  /** readIssues and profileErrors together, for a reader that lists them all. */
  issues: Issue[];
}

export function auditInputsOf(
  snapshot: Snapshot,
  lang: Lang,
  catalogues: readonly Catalogue[],
  chosen?: Catalogue
): AuditInputs {
  const readIssues: Issue[] = [];
  const resolved = chosen
    ? { catalogue: chosen, issues: [] }
    : resolveCatalogue(snapshot, catalogues, lang);
  if (!resolved.catalogue) throw new AuditInputError(resolved.issues);
  const catalogue = resolved.catalogue;
  const table = findClauseTable(snapshot);
  readIssues.push(...clauseTableIssues(table, lang));
  const settings = readSettings(snapshot, lang);
  readIssues.push(...settings.issues);
  const weights = readProfile(snapshot, catalogue, lang);
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
    lang: settings.contentLang ?? lang,
    issues: [...readIssues, ...weights.errors],
  };
}

/** Errors that make scoring impossible: the workbook's shape, its stage cell, its Weights sheet. */
export function blockingIssues(inputs: AuditInputs): Issue[] {
  return [...inputs.readIssues.filter((i) => i.severity === "error"), ...inputs.profileErrors];
}
