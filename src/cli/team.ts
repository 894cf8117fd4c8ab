/**
 * `epm-scorer merge MASTER COPY... --out FILE` and `epm-scorer compare BEFORE AFTER [--out FILE]`
 * (docs/team.md). Exit codes as for `score`: 0 done, 2 unusable input (nothing written), 1 internal.
 */
import path from "node:path";
import { loadWorkbook, WorkbookFileError, type XlsxWorkbook } from "../adapters/xlsx";
import type { Lang } from "../core/types";
import { AuditInputError } from "../workbook/issues";
import { conditionLabel, word } from "../workbook/labels";
import {
  compareAudits,
  mergeAudits,
  type CompareOutcome,
  type MergeSummary,
} from "../workbook/team";
import { InputError } from "./errors";
import { readInput } from "./files";
import { cliText } from "./messages";
import { planOutputs } from "./outputs";
import type { Io } from "./score";

async function open(file: string, lang: Lang): Promise<XlsxWorkbook> {
  try {
    return await loadWorkbook(await readInput(file, lang), lang);
  } catch (error) {
    if (error instanceof WorkbookFileError) throw new InputError(`${file}: ${error.message}`);
    throw error;
  }
}

/** AuditInputError → InputError with every cell named; other errors pass. */
async function asInputError<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AuditInputError)
      throw new InputError(
        error.issues
          .map((i) => `${i.cell && !i.message.startsWith(i.cell) ? `${i.cell}: ` : ""}${i.message}`)
          .join("\n")
      );
    throw error;
  }
}

export interface MergeOptions {
  out: string;
  json?: boolean;
  /** Merge copies whose audit ID differs from the master's. */
  otherAudit?: boolean;
  /** Replace an existing workbook at --out. */
  force?: boolean;
  lang: Lang;
}

export async function runMerge(
  master: string,
  copies: string[],
  options: MergeOptions,
  io: Io
): Promise<number> {
  const { lang } = options;
  // An existing workbook at --out may be a merged master the lead went on deciding in: --force.
  const gateway = await planOutputs(
    {
      inputs: [master, ...copies].map((file) => ({ role: "input", file })),
      outputs: [{ role: "--out", file: options.out, existing: "replace", writes: "workbook" }],
      force: Boolean(options.force),
    },
    lang
  );
  const masterPort = await open(master, lang);
  const copyPorts: Array<{ port: XlsxWorkbook; file: string }> = [];
  for (const [n, file] of copies.entries()) {
    if (io.progress && copies.length > 1)
      io.stderr(`\r[${n + 1}/${copies.length}] ${file}\u001b[K`);
    copyPorts.push({ port: await open(file, lang), file: path.basename(file) });
  }
  if (io.progress && copies.length > 1) io.stderr("\r\u001b[K");
  const summary = await asInputError(() =>
    mergeAudits(masterPort, copyPorts, lang, { forceAuditId: options.otherAudit })
  );
  await gateway.write([{ file: options.out, data: await masterPort.saveWorkbook() }]);
  if (options.json) io.stdout(JSON.stringify(mergeJson(summary), null, 2) + "\n");
  else io.stdout(mergeText(master, options.out, copies.length, summary, lang) + "\n");
  return 0;
}

function mergeJson(summary: MergeSummary) {
  return {
    taken: summary.taken,
    same: summary.same,
    resolved: summary.resolved,
    conflicts: summary.conflicts.map((c) => ({
      clauseId: c.clauseId,
      column: c.column,
      master: c.master,
      values: c.values,
      evidence: c.evidence,
    })),
    warnings: summary.issues.map((i) => i.message),
  };
}

function mergeText(
  master: string,
  out: string,
  copies: number,
  s: MergeSummary,
  lang: Lang
): string {
  const lines = [
    cliText(copies === 1 ? "mergedOne" : "mergedMany", lang, { count: copies, master, out }),
    cliText("mergeCounts", lang, {
      taken: s.taken,
      same: s.same,
      resolved: s.resolved,
      conflicts: s.conflicts.length,
    }),
  ];
  if (s.conflicts.length) {
    lines.push(cliText("mergeConflicts", lang));
    for (const c of s.conflicts)
      lines.push(
        `    ${c.clauseId} ${c.column}: ${cliText("master", lang)} "${c.master}" · ${c.values.map((v) => `${v.auditor} (${v.file}): ${v.value}`).join(" · ")}`
      );
  }
  for (const issue of s.issues) lines.push(`  ${issue.message}`);
  return lines.join("\n");
}

export interface CompareOptions {
  out?: string;
  json?: boolean;
  /** Replace an existing workbook at --out. */
  force?: boolean;
  lang: Lang;
}

export async function runCompare(
  before: string,
  after: string,
  options: CompareOptions,
  io: Io
): Promise<number> {
  const { lang } = options;
  const out = options.out;
  // An existing workbook at --out only with --force; an input never.
  const gateway = await planOutputs(
    {
      inputs: [before, after].map((file) => ({ role: "input", file })),
      outputs: out ? [{ role: "--out", file: out, existing: "replace", writes: "workbook" }] : [],
      force: Boolean(options.force),
    },
    lang
  );
  const [a, b] = [await open(before, lang), await open(after, lang)];
  const outcome = await asInputError(() =>
    compareAudits(
      { port: a, file: path.basename(before) },
      { port: b, file: path.basename(after) },
      lang,
      options.out ? b : undefined
    )
  );
  if (out) await gateway.write([{ file: out, data: await b.saveWorkbook() }]);
  if (options.json) io.stdout(JSON.stringify(outcome.comparison, null, 2) + "\n");
  else io.stdout(compareText(before, after, outcome, lang) + "\n");
  return 0;
}

const fixed = (n: number) => n.toFixed(2);
const signed = (n: number) => (n > 0 ? "+" : "") + fixed(n);

function compareText(
  before: string,
  after: string,
  { comparison: c, terms }: CompareOutcome,
  lang: Lang
): string {
  const stars = (n: number) => (n ? `${n}★` : "0");
  const lines = [
    `${cliText("compare", lang)} ${before} → ${after}`,
    `  ${cliText("starLevel", lang)}: ${stars(c.before.stars)} → ${stars(c.after.stars)}`,
    `  ${word("score15", lang, terms)}: ${fixed(c.before.score15)} → ${fixed(c.after.score15)} (${signed(c.after.score15 - c.before.score15)})`,
    `  ${word("score6", lang, terms)}: ${fixed(c.before.score6)} → ${fixed(c.after.score6)} (${signed(c.after.score6 - c.before.score6)})`,
  ];
  const mark = (met: boolean | null) => (met === null ? "?" : met ? "✓" : "✗");
  const changed = c.conditions.filter((x) => x.before.met !== x.after.met);
  if (changed.length)
    lines.push(
      `  ${cliText("conditionsChanged", lang)}: ` +
        changed
          .map(
            (x) =>
              `${x.stars}★ ${conditionLabel(x.key, lang, terms).replace(/\s*≥$/, "")} ${mark(x.before.met)} → ${mark(x.after.met)}`
          )
          .join("; ")
    );
  lines.push(`  ${cliText("clausesChanged", lang, { count: c.clauses.length })}:`);
  for (const x of c.clauses.slice(0, 30))
    lines.push(
      `    ${x.id.padEnd(6)} ${x.before.padEnd(10)} → ${x.after.padEnd(10)} ${signed(x.pointsDelta)}`
    );
  if (c.clauses.length > 30)
    lines.push(`    … ${c.clauses.length - 30} ${cliText("moreClauses", lang)}`);
  return lines.join("\n");
}
