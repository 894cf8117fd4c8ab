/**
 * "Check this Excel": the behaviours the add-in's tests had to assume about Excel
 * (docs/excel-check.md), checked in the user's own Excel on scratch sheets and names under the
 * prefix SCRATCH ("EpmCheck…"), plus a real Create → rate → Score of a tiny audit
 * (excel-check-audit.ts). Each check removes what it made in a `finally`; the run then removes
 * anything of its own still there and reports what it could not remove. Nothing of the user's
 * workbook is changed, and no cell content of it is read (only sheet and name lists, to pick free
 * scratch names).
 *
 * "differs" is no failure of Excel: it says the add-in's fallback for the other behaviour is in use.
 * "failed" means the check could not run (Excel's error code and message in the detail).
 */
import type { Runner } from "./port";
import { runOptions } from "./undo";
import { detectCapabilities } from "./capabilities";
import type { CheckId, CheckOutcome, CheckReport, CheckResult } from "./excel-check-report";

export { CHECK_IDS, reportText } from "./excel-check-report";
export type { CheckId, CheckOutcome, CheckReport, CheckResult };

/** Every scratch sheet, table and name begins with this. */
export const SCRATCH = "EpmCheck";

export interface CheckEnv {
  run: Runner;
  /** Excel.run as one undo group (mergeUndoGroup, ExcelApi 1.20), as the add-in's writes run. */
  runGrouped: Runner;
  /** Office.context.requirements, or null outside Office. */
  requirements: Office.RequirementSetSupport | null;
  /** A free scratch sheet name (EpmCheck1, EpmCheck2 …), never one the workbook holds. */
  sheetName(): string;
  /** How long to wait for table events, and for late extra ones after the expected arrived. */
  eventTimeoutMs: number;
  eventSettleMs: number;
}

export type Check = ((env: CheckEnv) => Promise<CheckResult>) & { id: CheckId };

/** A check with its id, so that one that throws past its own handling is still reported by id. */
export function defineCheck(id: CheckId, fn: (env: CheckEnv) => Promise<CheckResult>): Check {
  return Object.assign(fn, { id });
}

interface ExcelErrorLike {
  code?: unknown;
  message?: unknown;
  debugInfo?: { errorLocation?: unknown; statement?: unknown; code?: unknown };
}

/** Excel's own error details, in one line: code, message, where (debugInfo). */
export function errorDetail(error: unknown): string {
  const e = (error ?? {}) as ExcelErrorLike;
  const parts = [`${String(e.code ?? "Error")}: ${String(e.message ?? error)}`];
  const info = e.debugInfo;
  if (info?.errorLocation) parts.push(`at ${String(info.errorLocation)}`);
  if (info?.statement) parts.push(`statement: ${String(info.statement)}`);
  return parts.join(" · ");
}

export function errorCode(error: unknown): string {
  return String((error as ExcelErrorLike)?.code ?? "Error");
}

function failed(id: CheckId, expected: string, error: unknown): CheckResult {
  return {
    id,
    expected,
    observed: `the check could not run (${errorCode(error)})`,
    outcome: "failed",
    detail: errorDetail(error),
  };
}

/** Deletes scratch sheets and names if they exist; never throws (the final sweep reports). */
export async function removeScratch(
  run: Runner,
  sheets: readonly string[],
  names: readonly string[] = []
): Promise<void> {
  try {
    await run(async (context) => {
      const n = names.map((name) => context.workbook.names.getItemOrNullObject(name));
      const s = sheets.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
      await context.sync();
      for (const name of n) if (!name.isNullObject) name.delete();
      for (const sheet of s) if (!sheet.isNullObject) sheet.delete();
      await context.sync();
    });
  } catch (error) {
    console.warn("EPM Star Scorer: Check this Excel could not remove its scratch items", error);
  }
}

const json = (value: unknown) => JSON.stringify(value);

/** 1. Members of a null object's children: null objects (assumed) or a failed batch. */
export const checkNullChildren = defineCheck("nullChildren", async ({ run }) => {
  const expected = "a null object's children load as null objects; the batch succeeds";
  try {
    const seen = await run(async (context) => {
      const table = context.workbook.tables.getItemOrNullObject(`${SCRATCH}NoSuchTable`);
      const sheet = table.worksheet.load("name");
      const body = table.getDataBodyRange().load("values");
      const name = context.workbook.names.getItemOrNullObject(`${SCRATCH}NoSuchName`);
      const range = name.getRangeOrNullObject().load("address");
      const rangeSheet = range.worksheet.load("name");
      await context.sync();
      return [table, sheet, body, name, range, rangeSheet].map((o) => o.isNullObject);
    });
    const all = seen.every(Boolean);
    return {
      id: "nullChildren",
      expected,
      observed: all
        ? "the batch succeeded; all null objects"
        : `the batch succeeded; isNullObject ${json(seen)}`,
      outcome: all ? "as assumed" : "differs",
    };
  } catch (error) {
    // The other plausible behaviour: the add-in reads in two syncs on this Excel.
    return {
      id: "nullChildren",
      expected,
      observed: `the batch failed (${errorCode(error)}); the add-in reads in two steps here`,
      outcome: "differs",
      detail: errorDetail(error),
    };
  }
});

/** 2. A name whose sheet was deleted: kept as #REF!, type Error; getRange and names.add fail. */
export const checkRefNames = defineCheck("refNames", async ({ run, sheetName }) => {
  const expected =
    "the name stays (type Error, no range); getRange() fails; names.add of it fails (InvalidArgument)";
  const sheet = sheetName();
  const sheet2 = sheetName();
  const name = `${SCRATCH}RefName`;
  try {
    await run(async (context) => {
      const ws = context.workbook.worksheets.add(sheet);
      context.workbook.worksheets.add(sheet2);
      context.workbook.names.add(name, ws.getRange("B3"));
      await context.sync();
      ws.delete();
      await context.sync();
    });
    const state = await run(async (context) => {
      const item = context.workbook.names.getItemOrNullObject(name).load("name,type,value");
      await context.sync();
      if (item.isNullObject) return { exists: false, type: "", value: "", rangeIsNull: true };
      const range = context.workbook.names.getItem(name).getRangeOrNullObject().load("address");
      await context.sync();
      return {
        exists: true,
        type: String(item.type),
        value: String(item.value),
        rangeIsNull: range.isNullObject,
      };
    });
    const attempt = async (act: (context: Excel.RequestContext) => void) => {
      try {
        await run(async (context) => {
          act(context);
          await context.sync();
        });
        return "succeeded";
      } catch (error) {
        return `failed (${errorCode(error)})`;
      }
    };
    const getRange = await attempt((c) =>
      c.workbook.names.getItem(name).getRange().load("address")
    );
    const addAgain = await attempt((c) =>
      c.workbook.names.add(name, c.workbook.worksheets.getItem(sheet2).getRange("A1"))
    );
    const observed = `exists ${state.exists}, type ${state.type || "-"}, value ${state.value || "-"}, range ${state.rangeIsNull ? "null" : "found"}; getRange() ${getRange}; names.add ${addAgain}`;
    const assumed =
      state.exists &&
      state.type === "Error" &&
      state.rangeIsNull &&
      getRange.startsWith("failed") &&
      addAgain === "failed (InvalidArgument)";
    return { id: "refNames", expected, observed, outcome: assumed ? "as assumed" : "differs" };
  } catch (error) {
    return failed("refNames", expected, error);
  } finally {
    await removeScratch(run, [sheet, sheet2], [name]);
  }
});

/** 3. Text with Excel's quote prefix: value and type; formulas with or without the "'". */
export const checkQuotePrefix = defineCheck("quotePrefix", async ({ run, sheetName }) => {
  const expected =
    "'=1+1 reads back as text =1+1 (String), formulas without the '; an unprefixed 85% becomes 0.85";
  const sheet = sheetName();
  try {
    const read = await run(async (context) => {
      const ws = context.workbook.worksheets.add(sheet);
      const range = ws.getRange("A1:A4");
      range.values = [["'=1+1"], ["'85%"], ["'17/20"], ["85%"]];
      range.load("values,formulas,valueTypes");
      await context.sync();
      return { values: range.values, formulas: range.formulas, types: range.valueTypes };
    });
    const col = (grid: unknown[][]) => grid.map((row) => row[0]);
    const values = col(read.values);
    const formulas = col(read.formulas);
    const types = col(read.types as unknown[][]);
    const observed = `values ${json(values)}, formulas ${json(formulas)}, types ${json(types)}`;
    const textKept =
      json(values.slice(0, 3)) === json(["=1+1", "85%", "17/20"]) &&
      types.slice(0, 3).every((t) => t === "String") &&
      values[3] === 0.85;
    const plain = json(formulas.slice(0, 3)) === json(["=1+1", "85%", "17/20"]);
    const prefixed = json(formulas.slice(0, 3)) === json(["'=1+1", "'85%", "'17/20"]);
    return {
      id: "quotePrefix",
      expected,
      observed: prefixed && textKept ? `${observed} (formulas keep the ')` : observed,
      // With the "'" in formulas the add-in still reads text as text: the other assumed behaviour.
      outcome: textKept && plain ? "as assumed" : "differs",
    };
  } catch (error) {
    return failed("quotePrefix", expected, error);
  } finally {
    await removeScratch(run, [sheet]);
  }
});

interface SeenEvent {
  address: string;
  changeType: string;
  source: string;
}

function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** 4. Table onChanged for the add-in's own writes: one per write, address inside the table. */
export const checkTableEvents = defineCheck(
  "tableEvents",
  async ({ run, sheetName, eventTimeoutMs, eventSettleMs }) => {
    const expected =
      'one event per write, source Local: RangeEdited "C2:C3" (the part inside the table), RowInserted "A4:C4"';
    const sheet = sheetName();
    const events: SeenEvent[] = [];
    try {
      await run(async (context) => {
        const ws = context.workbook.worksheets.add(sheet);
        ws.getRange("A1:C3").values = [
          ["ID", "C", "score"],
          ["'1", "", ""],
          ["'2", "", ""],
        ];
        const table = ws.tables.add(ws.getRange("A1:C3"), true);
        table.name = `${SCRATCH}Table`;
        await context.sync();
        const handler = table.onChanged.add(async (event) => {
          events.push({
            address: String(event.address),
            changeType: String(event.changeType),
            source: String(event.source),
          });
        });
        await context.sync();
        ws.getRange("C2:D3").values = [
          [1, "x"],
          [2, "y"],
        ]; // partly outside the table
        table.rows.add(undefined, [["'3", "", ""]]);
        await context.sync();
        const start = Date.now();
        while (events.length < 2 && Date.now() - start < eventTimeoutMs) await wait(20);
        await wait(eventSettleMs);
        handler.remove();
        await context.sync();
      });
      const observed = events.length
        ? events.map((e) => `${e.changeType} ${e.address} (${e.source})`).join("; ")
        : `no event within ${eventTimeoutMs} ms`;
      const assumed =
        json(events) ===
        json([
          { address: "C2:C3", changeType: "RangeEdited", source: "Local" },
          { address: "A4:C4", changeType: "RowInserted", source: "Local" },
        ]);
      return { id: "tableEvents", expected, observed, outcome: assumed ? "as assumed" : "differs" };
    } catch (error) {
      return failed("tableEvents", expected, error);
    } finally {
      await removeScratch(run, [sheet]);
    }
  }
);

/** 5. A batch failing at its third action: the first two stay applied; ItemNotFound. */
export const checkPartialBatch = defineCheck("partialBatch", async ({ run, sheetName }) => {
  const expected = "the batch fails with ItemNotFound; the sheet added and A1 written before stay";
  const sheet = sheetName();
  const missing = sheetName();
  try {
    let failure: unknown = null;
    try {
      await run(async (context) => {
        const ws = context.workbook.worksheets.add(sheet);
        ws.getRange("A1").values = [["first"]];
        context.workbook.worksheets.getItem(missing).getRange("A1").values = [["third"]];
        await context.sync();
      });
    } catch (error) {
      failure = error;
    }
    const kept = await run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
      await context.sync();
      if (ws.isNullObject) return null;
      const a1 = context.workbook.worksheets.getItem(sheet).getRange("A1").load("values");
      await context.sync();
      return a1.values[0]?.[0];
    });
    const observed = `${failure ? `failed (${errorCode(failure)})` : "succeeded"}; sheet ${kept === null ? "gone" : `kept, A1 ${json(kept)}`}`;
    const assumed = errorCode(failure) === "ItemNotFound" && kept === "first";
    return {
      id: "partialBatch",
      expected,
      observed,
      outcome: assumed ? "as assumed" : "differs",
      detail: failure ? errorDetail(failure) : undefined,
    };
  } catch (error) {
    return failed("partialBatch", expected, error);
  } finally {
    await removeScratch(run, [sheet]);
  }
});

/**
 * 6. delayForCellEdit: hosts with the DelayForCellEdit set make a batch wait while the user edits
 * a cell. The check cannot type into a cell for the user: it checks the set and that a batch with
 * the option runs.
 */
export const checkCellEdit = defineCheck("cellEdit", async ({ run, requirements, sheetName }) => {
  const expected =
    "DelayForCellEdit is supported: a batch waits while a cell is being edited instead of failing";
  if (!requirements?.isSetSupported("DelayForCellEdit"))
    return {
      id: "cellEdit",
      expected,
      observed:
        "not available on this Excel: a change made while a cell is being edited fails (InvalidOperationInCellEditMode); finish the edit and try again",
      outcome: "not available",
    };
  const sheet = sheetName();
  try {
    await run(async (context) => {
      context.workbook.worksheets.add(sheet).getRange("A1").values = [["edit check"]];
      await context.sync();
    });
    return {
      id: "cellEdit",
      expected,
      observed: "DelayForCellEdit supported; a batch with delayForCellEdit ran",
      outcome: "as assumed",
    };
  } catch (error) {
    return failed("cellEdit", expected, error);
  } finally {
    await removeScratch(run, [sheet]);
  }
});

/**
 * 7. Undo: add-ins cannot read Excel's undo history, but where Excel groups a run into one undo
 * step (ExcelApi 1.20) the add-in writes that way, so the check runs a grouped write of two
 * requests. Excel refusing it (UndoNotSupported) means every request is its own Ctrl+Z step.
 */
export const checkUndo = defineCheck("undo", async ({ runGrouped, requirements, sheetName }) => {
  const expected =
    "a run of several requests is accepted as one undo group (mergeUndoGroup): each action is one Ctrl+Z";
  if (!requirements?.isSetSupported("ExcelApi", "1.20"))
    return {
      id: "undo",
      expected,
      observed:
        "not available on this Excel (ExcelApi 1.20): each write request of an action is its own Ctrl+Z step, one for most actions",
      outcome: "not available",
    };
  const sheet = sheetName();
  try {
    await runGrouped(async (context) => {
      const ws = context.workbook.worksheets.add(sheet);
      ws.getRange("A1").values = [["undo check 1"]];
      await context.sync();
      ws.getRange("A2").values = [["undo check 2"]];
      await context.sync();
    });
    return {
      id: "undo",
      expected,
      observed: "a grouped run of two requests was accepted",
      outcome: "as assumed",
    };
  } catch (error) {
    if ((error as { code?: unknown })?.code === "UndoNotSupported")
      return { id: "undo", expected, observed: errorDetail(error), outcome: "differs" };
    return failed("undo", expected, error);
  } finally {
    await removeScratch(runGrouped, [sheet]);
  }
});

export interface RunCheckOptions {
  /** Excel.run with delayForCellEdit (default), or a test's runner. */
  run?: Runner;
  /** The same as one undo group (default: mergeUndoGroup), or a test's runner. */
  runGrouped?: Runner;
  requirements?: Office.RequirementSetSupport | null;
  /** The checks to run, in order (default: all of CHECKS plus the audit). */
  checks?: readonly Check[];
  eventTimeoutMs?: number;
  eventSettleMs?: number;
  /** Called after each check, for a progress display. */
  onResult?: (result: CheckResult, done: number, total: number) => void;
}

export const BEHAVIOUR_CHECKS: readonly Check[] = [
  checkNullChildren,
  checkRefNames,
  checkQuotePrefix,
  checkTableEvents,
  checkPartialBatch,
  checkCellEdit,
  checkUndo,
];

const defaultRun: Runner = (batch) => Excel.run({ delayForCellEdit: true }, batch);
// The add-in's own options for a grouped write (undo.ts): mergeUndoGroup where Excel has it.
const defaultGroupedRun: Runner = (batch) =>
  Excel.run(runOptions(detectCapabilities(), true), batch);

function officeRequirements(): Office.RequirementSetSupport | null {
  return (typeof Office !== "undefined" && Office.context?.requirements) || null;
}

const isScratch = (name: string) => name.toLowerCase().startsWith(SCRATCH.toLowerCase());

async function inventory(run: Runner): Promise<{ sheets: string[]; names: string[] }> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    const names = context.workbook.names.load("items/name");
    await context.sync();
    return {
      sheets: sheets.items.map((s) => s.name),
      names: names.items.map((n) => n.name),
    };
  });
}

/**
 * Runs the checks one after another (never two at once, so that each finds its scratch names
 * free), then removes whatever scratch sheet or name of this run is left and lists what it could
 * not remove. Scratch items that existed before the run (an earlier run's leftovers) are left
 * alone; the check names its own around them.
 */
export async function runExcelCheck(
  checks: readonly Check[],
  options: RunCheckOptions = {}
): Promise<CheckReport> {
  const run = options.run ?? defaultRun;
  const before = await inventory(run);
  const taken = new Set(before.sheets.map((s) => s.toLowerCase()));
  let next = 1;
  const env: CheckEnv = {
    run,
    runGrouped: options.runGrouped ?? (options.run ? run : defaultGroupedRun),
    requirements: options.requirements === undefined ? officeRequirements() : options.requirements,
    sheetName() {
      while (taken.has(`${SCRATCH}${next}`.toLowerCase())) next++;
      const name = `${SCRATCH}${next++}`;
      taken.add(name.toLowerCase());
      return name;
    },
    eventTimeoutMs: options.eventTimeoutMs ?? 3000,
    eventSettleMs: options.eventSettleMs ?? 500,
  };
  const results: CheckResult[] = [];
  for (const check of checks) {
    let result: CheckResult;
    try {
      // One check at a time: each one's scratch items are gone before the next starts.
      result = await check(env);
    } catch (error) {
      result = failed(check.id, "", error);
    }
    results.push(result);
    options.onResult?.(result, results.length, checks.length);
  }
  const leftovers = await sweep(run, before);
  return { results, leftovers };
}

/** Removes the scratch sheets and names this run made that are still there; lists the rest. */
async function sweep(
  run: Runner,
  before: { sheets: string[]; names: string[] }
): Promise<string[]> {
  const ours = (now: string[], old: string[]) =>
    now.filter((n) => isScratch(n) && !old.some((o) => o.toLowerCase() === n.toLowerCase()));
  try {
    const found = await inventory(run);
    const sheets = ours(found.sheets, before.sheets);
    const names = ours(found.names, before.names);
    if (sheets.length + names.length === 0) return [];
    await removeScratch(run, sheets, names);
    const after = await inventory(run);
    return [
      ...ours(after.sheets, before.sheets).map((s) => `sheet ${s}`),
      ...ours(after.names, before.names).map((n) => `name ${n}`),
    ];
  } catch (error) {
    return [`(could not list the workbook's sheets and names: ${errorCode(error)})`];
  }
}
