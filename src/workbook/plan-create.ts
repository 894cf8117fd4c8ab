/**
 * createOrUpgradePlan: a new audit workbook, or the upgrade of an existing one. Idempotent: an
 * existing workbook keeps every rating, evidence, standard text, user column, user row, input and
 * other sheet; missing catalogue rows, columns, blocks and tables are added; product columns are
 * refreshed by clause ID.
 */
import type { Catalogue, Lang, Stage, WeightProfile } from "../core/types";
import { clauseTableIssues, findClauseTable } from "./read";
import { AuditInputError } from "./issues";
import { CELL_NAMES, DEFAULT_SHEETS, SCORED_INPUTS } from "./layout";
import type { Plan, PlanOp, Snapshot } from "./plan";
import { createClauseTableOps, upgradeClauseTableOps } from "./plan-clauses";
import { cellOp, freeSheetName } from "./plan-util";
import { completeSummaryOps, createSummarySheetOps } from "./plan-summary";
import { locateSummary, summarySheetOf } from "./summary-places";
import { createWeightsOps, upgradeWeightsOps, weightsSheetOf } from "./plan-weights";
import { STAGE_LABELS } from "./labels";
import { auditIdentity, identityUpgradeOps, newAuditId } from "./identity";
import { scoredInputsSheetOps } from "./scored-inputs";

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
  catalogue: Catalogue,
  options: CreatePlanOptions
): CreatePlan {
  const { lang } = options;
  const profile = options.profile ?? {};
  const ops: PlanOp[] = [];
  const newSheets = new Set<string>();
  const newSheet = (wanted: string): string => {
    const name = freeSheetName(snapshot, wanted, newSheets);
    newSheets.add(name);
    return name;
  };

  // Summary first, so that a new workbook opens on it.
  const places = locateSummary(snapshot);
  const summarySheet = summarySheetOf(places);
  const auditId = auditIdentity(snapshot).auditId ?? options.auditId ?? newAuditId();
  const ctx = { catalogue, lang, scored: null, auditId };
  if (!summarySheet) {
    ops.push(...createSummarySheetOps(newSheet(DEFAULT_SHEETS.summary), ctx, options).ops);
  } else {
    // Parts whose names were deleted come back on a fresh sheet, never over the user's cells.
    ops.push(...completeSummaryOps(snapshot, places, ctx, options).ops);
    const record = places.blocks.record;
    if (record) ops.push(...identityUpgradeOps(snapshot, record, catalogue, auditId, lang));
    const years = places.inputs.years;
    if (years && options.years !== undefined) ops.push(cellOp(years, options.years));
    const stage = places.inputs.stage;
    if (stage && options.stage !== undefined)
      ops.push(cellOp(stage, STAGE_LABELS[lang][options.stage]));
    for (const [name, value] of [
      [CELL_NAMES.lang, lang],
      [CELL_NAMES.catalogue, catalogue.id],
    ] as const) {
      const cell = snapshot.names[name];
      if (cell) ops.push(cellOp(cell, value));
    }
  }

  // The clause table.
  const table = findClauseTable(snapshot);
  let created = false;
  let addedRows: number;
  let keptRows = 0;
  if (!table) {
    const made = createClauseTableOps(newSheet(DEFAULT_SHEETS.clauses), catalogue, lang, profile);
    ops.push(...made.ops);
    created = true;
    addedRows = made.rows;
  } else {
    if (table.cols.id === undefined) throw new AuditInputError(clauseTableIssues(table, lang));
    const upgrade = upgradeClauseTableOps(table, catalogue, lang, profile);
    ops.push(...upgrade.ops);
    addedRows = upgrade.addedRows;
    keptRows = upgrade.keptRows;
  }

  // The Weights sheet: kept as the user edited it; missing rows and tables added.
  const weightsSheet = weightsSheetOf(snapshot);
  if (!weightsSheet) {
    ops.push(
      ...createWeightsOps(newSheet(DEFAULT_SHEETS.weights), catalogue, profile, lang, null, true)
    );
  } else {
    const upgrade = upgradeWeightsOps(snapshot, catalogue, lang);
    ops.push(...upgrade.ops);
    if (upgrade.missing.size)
      ops.push(...createWeightsOps(weightsSheet, catalogue, profile, lang, upgrade.missing, false));
  }

  // Score's hidden copy of what it scored: made now, so that no Score hides a sheet.
  if (!snapshot.names[SCORED_INPUTS.name])
    ops.push(...scoredInputsSheetOps(newSheet(SCORED_INPUTS.sheet), lang));

  return { plan: { ops }, created, addedRows, keptRows };
}
