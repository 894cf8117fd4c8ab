/**
 * Team actions over any WorkbookPort (docs/team.md): merge returned copies into the master, and
 * compare two audits. Each reads every workbook once and writes at most one of them once.
 */
import { compareResults, type Comparison } from "../core/compare";
import { score } from "../core/score";
import type { StandardTerms } from "../core/standard";
import type { Lang, Result } from "../core/types";
import { cataloguesOf, type ActionEnv } from "./actions";
import { auditInputsOf, blockingIssues } from "./inputs";
import { auditIdentity } from "./identity";
import { AuditInputError, errorsOf, workbookIssue } from "./issues";
import { mergePlan, type MergeOptions, type MergeOutcome } from "./merge";
import type { Snapshot, WorkbookPort } from "./plan";
import { compareSheetOps } from "./plan-compare";
import { resolveStandard, standardsReadRequest, type ResolvedStandard } from "./standard";

export interface CopyPort {
  port: WorkbookPort;
  file: string;
}

export type MergeSummary = Omit<MergeOutcome, "ops">;

/** Merge the copies into the master: one read of each, one write of the master (or none). */
export async function mergeAudits(
  master: WorkbookPort,
  copies: readonly CopyPort[],
  lang: Lang,
  options: MergeOptions = {},
  env?: ActionEnv
): Promise<MergeSummary> {
  const candidates = cataloguesOf(env);
  const request = standardsReadRequest(candidates);
  const snapshot = await master.read(request);
  const copySnapshots = await Promise.all(
    copies.map(async (copy) => {
      const read = await copy.port.read(request);
      return { file: copy.file, snapshot: read, names: resolveStandard(read, candidates).names };
    })
  );
  const inputs = auditInputsOf(snapshot, lang, candidates);
  const blocking = errorsOf(inputs.readIssues);
  if (blocking.length) throw new AuditInputError(blocking);
  const { ops, ...summary } = mergePlan(snapshot, copySnapshots, inputs.standard, lang, options);
  if (errorsOf(summary.issues).length) throw new AuditInputError(errorsOf(summary.issues));
  await master.apply({ ops });
  return summary;
}

function scoreSnapshot(
  snapshot: Snapshot,
  lang: Lang,
  env?: ActionEnv
): { result: Result; standard: ResolvedStandard } {
  const inputs = auditInputsOf(snapshot, lang, cataloguesOf(env));
  const blocking = blockingIssues(inputs);
  if (blocking.length) throw new AuditInputError(blocking);
  const result = score(
    {
      catalogue: inputs.catalogue,
      rows: inputs.rows,
      profile: inputs.profile,
      years: inputs.years,
      yearsCell: inputs.yearsCell,
      stage: inputs.stage,
    },
    lang
  );
  return { result, standard: inputs.standard };
}

export interface CompareOutcome {
  comparison: Comparison;
  before: Result;
  after: Result;
  /** The words of the audits' standard ({cf}, {i}, {standard}) for the texts that show them. */
  terms: StandardTerms;
}

/**
 * Score both audits as they stand and compare them; with `writeTo`, write the Compare sheet into
 * that workbook (one write).
 */
export async function compareAudits(
  before: CopyPort,
  after: CopyPort,
  lang: Lang,
  writeTo?: WorkbookPort,
  env?: ActionEnv
): Promise<CompareOutcome> {
  const request = standardsReadRequest(cataloguesOf(env));
  const [a, b] = await Promise.all([before.port.read(request), after.port.read(request)]);
  const beforeScored = scoreSnapshot(a, lang, env);
  const { result: afterResult, standard } = scoreSnapshot(b, lang, env);
  const beforeResult = beforeScored.result;
  const { terms } = standard;
  // The same refusal as merge's (mergeOtherCatalogue): deltas between editions of a standard, or
  // between standards, would compare clauses that do not mean the same thing.
  const editionOf = (snapshot: Snapshot, scored: ResolvedStandard): string => {
    const identity = auditIdentity(snapshot, scored.names);
    const { catalogue } = scored;
    return `${identity.catalogueId ?? catalogue.id} ${identity.catalogueVersion ?? catalogue.version}`;
  };
  const beforeEdition = editionOf(a, beforeScored.standard);
  const afterEdition = editionOf(b, standard);
  if (beforeEdition !== afterEdition)
    throw new AuditInputError([
      workbookIssue(
        "error",
        "compareOtherCatalogue",
        null,
        {
          before: before.file,
          beforeCatalogue: beforeEdition,
          after: after.file,
          afterCatalogue: afterEdition,
        },
        lang
      ),
    ]);
  const comparison = compareResults(beforeResult, afterResult);
  if (writeTo) {
    const target =
      writeTo === before.port ? a : writeTo === after.port ? b : await writeTo.read(request);
    // The compare table takes the names of the workbook it is written into.
    const names =
      target === b
        ? standard.names
        : target === a
          ? beforeScored.standard.names
          : resolveStandard(target, cataloguesOf(env)).names;
    await writeTo.apply({
      ops: compareSheetOps(
        target,
        comparison,
        { before: before.file, after: after.file },
        lang,
        { ...standard, names },
        // Room for every star condition, so that the table does not move between compares.
        afterResult.levels.reduce((n, level) => n + level.conditions.length, 0)
      ),
    });
  }
  return { comparison, before: beforeResult, after: afterResult, terms };
}
