/**
 * createOrUpgradePlan: a new audit workbook, or the upgrade of an existing one. Idempotent: an
 * existing workbook keeps every rating, evidence, standard text, user column, user row, input and
 * other sheet; missing catalogue rows, columns, blocks and tables are added; product columns are
 * refreshed by clause ID.
 */
import type { Lang, Stage, WeightProfile } from "../core/types";
import { clauseTableIssues, findClauseTable } from "./read";
import { AuditInputError } from "./issues";
import type { Plan, PlanOp, Snapshot } from "./plan";
import { createClauseTableOps, upgradeClauseTableOps } from "./plan-clauses";
import { cellOp, freeSheetName } from "./plan-util";
import { completeSummaryOps, createSummarySheetOps } from "./plan-summary";
import { locateSummary, summarySheetOf } from "./summary-places";
import { createWeightsOps, upgradeWeightsOps, weightsSheetOf } from "./plan-weights";
import { STAGE_LABELS } from "./labels";
import { auditIdentity, identityUpgradeOps, newAuditId } from "./identity";
import { scoredInputsSheetOps } from "./scored-inputs";
import type { ResolvedStandard } from "./standard";

export interface CreatePlanOptions {
  lang: Lang;
  stage?: Stage;
  years?: number;
  /** Weights for the Points column and a new Weights sheet (default: the catalogue's). */
  profile?: WeightProfile;
  /** The ID a new audit gets (kept when the workbook already has one). */
  auditId?: string;
}

export interface CreatePlan {
  plan: Plan;
  created: boolean;
  addedRows: number;
  keptRows: number;
}

export function createOrUpgradePlan(
  snapshot: Snapshot,
  standard: ResolvedStandard,
  options: CreatePlanOptions
): CreatePlan {
  const { lang } = options;
  const { catalogue, names } = standard;
  const profile = options.profile ?? {};
  const ops: PlanOp[] = [];
  const newSheets = new Set<string>();
  const newSheet = (wanted: string): string => {
    const name = freeSheetName(snapshot, wanted, newSheets);
    newSheets.add(name);
    return name;
  };

  // Summary first, so that a new workbook opens on it.
  const places = locateSummary(snapshot, names);
  const summarySheet = summarySheetOf(places);
  const auditId = auditIdentity(snapshot, names).auditId ?? options.auditId ?? newAuditId();
  const ctx = { catalogue, names, lang, scored: null, auditId };
  if (!summarySheet) {
    ops.push(...createSummarySheetOps(newSheet(names.sheets.summary), ctx, options).ops);
  } else {
    // Parts whose names were deleted come back on a fresh sheet, never over the user's cells.
    ops.push(...completeSummaryOps(snapshot, places, ctx, options).ops);
    const record = places.blocks.record;
    if (record) ops.push(...identityUpgradeOps(snapshot, record, standard, auditId, lang));
    const years = places.inputs.years;
    if (years && options.years !== undefined) ops.push(cellOp(years, options.years));
    const stage = places.inputs.stage;
    if (stage && options.stage !== undefined)
      ops.push(cellOp(stage, STAGE_LABELS[lang][options.stage]));
    for (const [name, value] of [
      [names.cells.lang, lang],
      [names.cells.catalogue, catalogue.id],
    ] as const) {
      const cell = snapshot.names[name];
      if (cell) ops.push(cellOp(cell, value));
    }
  }

  // The clause table.
  const table = findClauseTable(snapshot, names);
  let created = false;
  let addedRows: number;
  let keptRows = 0;
  if (!table) {
    const made = createClauseTableOps(newSheet(names.sheets.clauses), standard, lang, profile);
    ops.push(...made.ops);
    created = true;
    addedRows = made.rows;
  } else {
    if (table.cols.id === undefined)
      throw new AuditInputError(clauseTableIssues(table, names, lang));
    const upgrade = upgradeClauseTableOps(table, standard, lang, profile);
    ops.push(...upgrade.ops);
    addedRows = upgrade.addedRows;
    keptRows = upgrade.keptRows;
  }

  // The Weights sheet: kept as the user edited it; missing rows and tables added.
  const weightsSheet = weightsSheetOf(snapshot, names);
  if (!weightsSheet) {
    ops.push(
      ...createWeightsOps(newSheet(names.sheets.weights), standard, profile, lang, null, true)
    );
  } else {
    const upgrade = upgradeWeightsOps(snapshot, standard, lang);
    ops.push(...upgrade.ops);
    if (upgrade.missing.size)
      ops.push(...createWeightsOps(weightsSheet, standard, profile, lang, upgrade.missing, false));
  }

  // Score's hidden copy of what it scored: made now, so that no Score hides a sheet.
  if (!snapshot.names[names.scoredInputs.name])
    ops.push(...scoredInputsSheetOps(newSheet(names.sheets.scoredInputs), names, lang));

  return { plan: { ops }, created, addedRows, keptRows };
}
