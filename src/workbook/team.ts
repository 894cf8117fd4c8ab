/**
 * Team actions over any WorkbookPort (docs/team.md): merge returned copies into the master, and
 * compare two audits. Each reads every workbook once and writes at most one of them once.
 */
import { compareResults, type Comparison } from "../core/compare";
import { score } from "../core/score";
import type { StandardTerms } from "../core/standard";
import type { Catalogue, Issue, Lang, Result } from "../core/types";
import { cataloguesOf, type ActionEnv } from "./actions";
import { blockingIssues, workbookStandard } from "./inputs";
import { auditIdentity } from "./identity";
import { AuditInputError, errorsOf, workbookIssue } from "./issues";
import { mergePlan, type MergeOptions, type MergeOutcome } from "./merge";
import { sameCatalogue } from "./embedded-catalogue";
import { openAudit, openedInputs, type OpenedAudit } from "./open-audit";
import type { PlanOp, Snapshot, WorkbookPort } from "./plan";
import { compareSheetOps } from "./plan-compare";
import { moduleChartOp } from "./plan-report";
import { locateSummary } from "./summary-places";
import { resolveStandard, type ResolvedStandard } from "./standard";

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
  // Each workbook is opened with the catalogues it carries (open-audit.ts).
  const open = (port: WorkbookPort) =>
    openAudit(port, cataloguesOf(env), lang, { expectsAudit: true });
  const opened = await open(master);
  const snapshot = opened.snapshot;
  const openedCopies = await Promise.all(
    copies.map(async (copy) => ({ file: copy.file, opened: await open(copy.port) }))
  );
  const copySnapshots = openedCopies.map(({ file, opened: copy }) => ({
    file,
    snapshot: copy.snapshot,
    names: resolveStandard(copy.snapshot, copy.catalogues).names,
  }));
  const inputs = openedInputs(opened, lang);
  const blocking = [
    ...errorsOf(inputs.readIssues),
    ...openedCopies.flatMap((copy) =>
      otherContent(copy.opened, inputs.catalogue, lang, (catalogue) =>
        workbookIssue("error", "mergeOtherContent", null, { file: copy.file, catalogue }, lang)
      )
    ),
  ];
  if (blocking.length) throw new AuditInputError(blocking);
  const { ops, ...summary } = mergePlan(snapshot, copySnapshots, inputs.standard, lang, options);
  if (errorsOf(summary.issues).length) throw new AuditInputError(errorsOf(summary.issues));
  await master.apply({ ops: [...ops, ...moduleChartOps(snapshot, inputs.standard, inputs.lang)] });
  return summary;
}

/**
 * The module chart where the Summary binds it. The file route (ExcelJS) drops a workbook's charts
 * when it loads one, so a write that does not put the chart back loses it; Excel keeps an existing
 * chart of that name as it is (adapters/office/chart.ts).
 */
function moduleChartOps(snapshot: Snapshot, standard: ResolvedStandard, lang: Lang): PlanOp[] {
  const { blocks } = locateSummary(snapshot, standard.names);
  const chart = moduleChartOp(blocks, { ...standard, lang });
  return chart ? [chart] : [];
}

/**
 * The refusal when a workbook follows the same catalogue ID and version as `mine` with other
 * content (two files of one name): its clauses would not mean the same thing.
 */
function otherContent(
  opened: OpenedAudit,
  mine: Catalogue,
  lang: Lang,
  issue: (catalogue: string) => Issue
): Issue[] {
  let theirs: Catalogue;
  try {
    theirs = workbookStandard(opened.snapshot, lang, opened.catalogues).catalogue;
  } catch {
    // An unknown catalogue is refused by the edition check, with its own message.
    return [];
  }
  const same = theirs.id === mine.id && theirs.version === mine.version;
  return same && !sameCatalogue(theirs, mine) ? [issue(`${mine.id} ${mine.version}`)] : [];
}

function scoreSnapshot(
  opened: OpenedAudit,
  lang: Lang
): { result: Result; standard: ResolvedStandard; lang: Lang } {
  const inputs = openedInputs(opened, lang);
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
  return { result, standard: inputs.standard, lang: inputs.lang };
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
  const open = (port: WorkbookPort) =>
    openAudit(port, cataloguesOf(env), lang, { expectsAudit: true });
  const [beforeOpened, afterOpened] = await Promise.all([open(before.port), open(after.port)]);
  const [a, b] = [beforeOpened.snapshot, afterOpened.snapshot];
  const beforeScored = scoreSnapshot(beforeOpened, lang);
  const afterScored = scoreSnapshot(afterOpened, lang);
  const { result: afterResult, standard } = afterScored;
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
  const differing = otherContent(beforeOpened, standard.catalogue, lang, (edition) =>
    workbookIssue(
      "error",
      "compareOtherContent",
      null,
      { before: before.file, after: after.file, catalogue: edition },
      lang
    )
  );
  if (differing.length) throw new AuditInputError(differing);
  const comparison = compareResults(beforeResult, afterResult);
  if (writeTo) {
    const other = writeTo === before.port || writeTo === after.port ? null : await open(writeTo);
    const target = writeTo === before.port ? a : writeTo === after.port ? b : other!.snapshot;
    // The compare table takes the names of the workbook it is written into.
    const targetStandard =
      target === b
        ? standard
        : target === a
          ? beforeScored.standard
          : resolveStandard(target, other!.catalogues);
    const { names } = targetStandard;
    const targetLang = target === b ? afterScored.lang : target === a ? beforeScored.lang : lang;
    await writeTo.apply({
      ops: compareSheetOps(
        target,
        comparison,
        { before: before.file, after: after.file },
        lang,
        { ...standard, names },
        // Room for every star condition, so that the table does not move between compares.
        afterResult.levels.reduce((n, level) => n + level.conditions.length, 0)
      ).concat(moduleChartOps(target, targetStandard, targetLang)),
    });
  }
  return { comparison, before: beforeResult, after: afterResult, terms };
}
