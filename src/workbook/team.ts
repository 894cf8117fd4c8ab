/**
 * Team actions over any WorkbookPort (docs/team.md): merge returned copies into the master, and
 * compare two audits. Each reads every workbook once and writes at most one of them once.
 */
import { compareResults, type Comparison } from "../core/compare";
import { score } from "../core/score";
import { standardTerms, type StandardTerms } from "../core/standard";
import type { Catalogue, Lang, Result } from "../core/types";
import { cataloguesOf, type ActionEnv } from "./actions";
import { auditInputsOf, blockingIssues } from "./inputs";
import { auditIdentity } from "./identity";
import { AuditInputError, errorsOf, workbookIssue } from "./issues";
import { mergePlan, type MergeOptions, type MergeOutcome } from "./merge";
import { namedPort } from "./named-port";
import type { Snapshot, WorkbookPort } from "./plan";
import { compareSheetOps } from "./plan-compare";
import { auditReadRequest } from "./read";

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
  const named = (port: WorkbookPort) => namedPort(port, cataloguesOf(env));
  master = named(master);
  const snapshot = await master.read(auditReadRequest());
  const copySnapshots = await Promise.all(
    copies.map(async (copy) => ({
      file: copy.file,
      snapshot: await named(copy.port).read(auditReadRequest()),
    }))
  );
  const inputs = auditInputsOf(snapshot, lang, cataloguesOf(env));
  const blocking = errorsOf(inputs.readIssues);
  if (blocking.length) throw new AuditInputError(blocking);
  const { ops, ...summary } = mergePlan(snapshot, copySnapshots, inputs.catalogue, lang, options);
  if (errorsOf(summary.issues).length) throw new AuditInputError(errorsOf(summary.issues));
  await master.apply({ ops });
  return summary;
}

function scoreSnapshot(
  snapshot: Snapshot,
  lang: Lang,
  env?: ActionEnv
): { result: Result; catalogue: Catalogue } {
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
  return { result, catalogue: inputs.catalogue };
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
  const named = (port: WorkbookPort) => namedPort(port, cataloguesOf(env));
  const [beforePort, afterPort] = [named(before.port), named(after.port)];
  const [a, b] = await Promise.all([
    beforePort.read(auditReadRequest()),
    afterPort.read(auditReadRequest()),
  ]);
  const beforeScored = scoreSnapshot(a, lang, env);
  const { result: afterResult, catalogue } = scoreSnapshot(b, lang, env);
  const beforeResult = beforeScored.result;
  const terms = standardTerms(catalogue);
  // The same refusal as merge's (mergeOtherCatalogue): deltas between editions of a standard, or
  // between standards, would compare clauses that do not mean the same thing.
  const editionOf = (snapshot: Snapshot, scored: Catalogue): string => {
    const identity = auditIdentity(snapshot);
    return `${identity.catalogueId ?? scored.id} ${identity.catalogueVersion ?? scored.version}`;
  };
  const beforeEdition = editionOf(a, beforeScored.catalogue);
  const afterEdition = editionOf(b, catalogue);
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
    const port =
      writeTo === before.port ? beforePort : writeTo === after.port ? afterPort : named(writeTo);
    const target =
      writeTo === before.port
        ? a
        : writeTo === after.port
          ? b
          : await port.read(auditReadRequest());
    await port.apply({
      ops: compareSheetOps(
        target,
        comparison,
        { before: before.file, after: after.file },
        lang,
        terms,
        // Room for every star condition, so that the table does not move between compares.
        afterResult.levels.reduce((n, level) => n + level.conditions.length, 0)
      ),
    });
  }
  return { comparison, before: beforeResult, after: afterResult, terms };
}
