/**
 * Run one hostile case through the command line (in-process, with --out and --summary) and, when
 * it brings its own workbook, through the ExcelJS adapter alone (as the browser page uses it),
 * asserting the three invariants on both.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { loadWorkbook, WorkbookFileError } from "../../src/adapters/xlsx";
import type { Result } from "../../src/core/types";
import { scoreAudit } from "../../src/workbook/actions";
import { AuditInputError } from "../../src/workbook/issues";
import type { HostileCase } from "./corpus";
import {
  changedUserCells,
  factsOf,
  foreignFormulas,
  nonFiniteNumbers,
  type Before,
} from "./invariants";
import { exists, fresh, load, scoreWith, temporaries, template, variant } from "./support";

async function inputOf(c: HostileCase): Promise<string> {
  if (c.bytes) {
    const file = fresh("hostile.xlsx");
    writeFileSync(file, await c.bytes());
    return file;
  }
  return c.mutate ? variant(c.mutate) : template;
}

/** The template's facts, taken once: most CSV, profile and usage cases score the template. */
let templateFacts: Before | null = null;

async function throughCli(
  c: HostileCase,
  input: string,
  was: () => Promise<Before>
): Promise<"scored" | "refused"> {
  const bytes = readFileSync(input);
  const { run, out, summary } = await scoreWith(input, ...(c.args?.() ?? []), "--lang", "en");
  // Invariant 1: a clear refusal (nothing written), or a score with numbers only.
  expect([0, 2]).toContain(run.code);
  expect(run.stderr).not.toMatch(/internal error|\n\s+at .*:[0-9]+:[0-9]+/);
  // Buffer.equals, not toEqual: jest compares a typed array element by element, slowly.
  expect(readFileSync(input).equals(bytes)).toBe(true);
  expect(temporaries()).toEqual([]);
  if (run.code === 2) {
    expect(run.stderr.trim()).not.toBe("");
    expect(run.stdout).toBe("");
    expect(exists(out) || exists(summary)).toBe(false);
    if (c.message) expect(run.stderr).toMatch(c.message);
    return "refused";
  }
  const result = JSON.parse(run.stdout) as Result;
  c.check?.(result);
  for (const key of ["score15", "max15", "score6", "cap6", "fPassShare"] as const)
    expect(typeof result[key]).toBe("number");
  for (const clause of result.clauses) expect(typeof clause.score).toBe("number");
  expect(readFileSync(summary, "utf8")).not.toMatch(/NaN|Infinity/);
  // Invariants 2 and 3 on the written workbook.
  const now = await load(out);
  const facts = await was();
  expect(changedUserCells(facts, now, c.touched ?? {})).toEqual([]);
  expect(foreignFormulas(facts, now)).toEqual([]);
  return "scored";
}

/**
 * The browser page's path: bytes → loadWorkbook → scoreAudit; only a clean refusal may throw.
 * Returns the facts of the workbook as loaded (taken before scoring changes it).
 */
async function throughAdapter(input: string): Promise<Before | null> {
  let port;
  try {
    port = await loadWorkbook(readFileSync(input), "en");
  } catch (error) {
    expect(error).toBeInstanceOf(WorkbookFileError);
    return null;
  }
  const facts = factsOf(port.workbook);
  let result: Result;
  try {
    ({ result } = await scoreAudit(port, "en"));
  } catch (error) {
    expect(error).toBeInstanceOf(AuditInputError);
    return facts;
  }
  expect(nonFiniteNumbers(result)).toEqual([]);
  expect(changedUserCells(facts, port.workbook, {})).toEqual([]);
  expect(foreignFormulas(facts, port.workbook)).toEqual([]);
  return facts;
}

export async function runCase(c: HostileCase): Promise<void> {
  const input = await inputOf(c);
  let facts: Before | null = null;
  if (c.mutate || c.bytes) facts = await throughAdapter(input);
  const was = async (): Promise<Before> => {
    if (facts) return facts;
    if (input === template) return (templateFacts ??= factsOf(await load(template)));
    return factsOf(await load(input));
  };
  const outcome = await throughCli(c, input, was);
  if (c.outcome) expect(outcome).toBe(c.outcome);
}
