/**
 * The Office.js WorkbookPort: read in one context.sync, apply in one context.sync (more only when
 * the payload would pass Excel on the web's 5 MB request limit), so that every action is two round
 * trips. The read touches only objects the port knows to exist, and checks what it knows in the
 * same batch (read.ts); what it learns is kept for the next port, in the browser's storage
 * (memory.ts) and, after each write, in the workbook itself (workbook-memory.ts), so that an audit
 * this Excel has never seen is read in one batch too. An audit the add-in never wrote (made by the
 * command line) costs its first read one more batch (two where this Excel's answer to a null
 * object's children is not known yet), unless the action needs an audit (ReadRequest.expectsAudit)
 * and the caller gave the layout it expects (expectedLayout: services/officePort.ts). applyAndSelect selects a cell in the apply's last batch (Score now). Every
 * batch runs with delayForCellEdit, so a user typing in a cell delays it instead of failing it
 * (hosts without the DelayForCellEdit set ignore it).
 */
import type { ChartProbe, Plan, ReadRequest, Snapshot, WorkbookPort } from "../../workbook/plan";
import { splitAddress } from "../../workbook/a1";
import { queueOp, type ApplyState } from "./apply";
import { detectCapabilities, type Capabilities } from "./capabilities";
import { echoesOf, inputColumnsOf, isInputChange, OwnWrites, type TableChange } from "./changes";
import { batchOps } from "./payload";
import { storageMemory, type PortMemory } from "./memory";
import { NOTHING_KNOWN, queueKnownRead, queueRead, type Known, type ReadOutcome } from "./read";
import { removeAddedSheets } from "./rollback";
import type { Runner } from "./runner";
import { groupable, undoGroupRunner } from "./undo";
import { settingsMemory, type WorkbookMemory } from "./workbook-memory";

export type { Runner };

/** Excel.run(existingContext, batch): event handlers are removed through the context they used. */
export type ContextRunner = <T>(
  context: OfficeExtension.ClientRequestContext,
  batch: (context: Excel.RequestContext) => Promise<T>
) => Promise<T>;

export interface OfficePortOptions {
  run?: Runner;
  runWith?: ContextRunner;
  capabilities?: Capabilities;
  /** What ports of this page and earlier sessions learned (default: localStorage; memory.ts). */
  memory?: PortMemory;
  /** What the workbook carries (default: its document settings; workbook-memory.ts). */
  workbookMemory?: WorkbookMemory;
  /**
   * The last guess, when nothing else is known of the workbook and the read expects an audit
   * (ReadRequest.expectsAudit): the layout the caller expects (services/officePort.ts). None by
   * default.
   */
  expectedLayout?: () => Promise<Known | null>;
}

export interface OfficeWorkbookPort extends WorkbookPort {
  /** Select (and show) the range of a defined name, e.g. the star level cell. */
  selectName(name: string): Promise<void>;
  /**
   * apply, then select (and show) the first of `names` that has a range, in the apply's last batch
   * (no round trip of its own); resolves to the name selected, null when none had a range.
   */
  applyAndSelect(plan: Plan, names: readonly string[]): Promise<string | null>;
  /**
   * Calls onChange after every edit of the named table's rating columns that the product did not
   * make itself (see changes.ts); resolves to a function that stops it.
   */
  watchTable(table: string, onChange: (change: TableChange) => void): Promise<() => Promise<void>>;
}

const excelRun: Runner = (batch) => Excel.run({ delayForCellEdit: true }, batch);
const excelRunWith: ContextRunner = (context, batch) => Excel.run(context, batch);

/** Syncs batch after batch: each must finish before the next (Excel keeps request order). */
async function applyBatches(
  context: Excel.RequestContext,
  batches: Plan["ops"][],
  state: ApplyState,
  beforeLastSync: () => void = () => undefined
): Promise<void> {
  if (batches.length === 0) batches = [[]];
  for (const [index, batch] of batches.entries()) {
    for (const op of batch) queueOp(context, op, state);
    if (index === batches.length - 1) beforeLastSync();
    // One sync per payload batch, never per op: each batch is cut to stay under the host's request
    // size limit (batchOps), so it has to be sent on its own, in order; most plans are one batch.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per size-limited batch (reason above)
    await context.sync();
  }
}

/** Shows the range of a defined name: its sheet activated, the range selected. */
function queueSelectName(context: Excel.RequestContext, name: string): void {
  const range = context.workbook.names.getItem(name).getRange().untrack();
  range.worksheet.activate();
  range.select();
}

/**
 * What the workbook holds, for an apply that no read preceded (one round trip); no chart anchor
 * is known (the next read looks for the chart).
 */
async function knownByLoading(context: Excel.RequestContext): Promise<Known> {
  const wb = context.workbook;
  const sheets = wb.worksheets.load("items/name");
  const tables = wb.tables.load("items/name");
  const names = wb.names.load("items/name");
  await context.sync();
  const lower = (items: { name: string }[]) => new Set(items.map((i) => i.name.toLowerCase()));
  return {
    sheets: sheets.items.map((s) => s.name),
    tables: lower(tables.items),
    names: lower(names.items),
    chartSheet: null,
  };
}

/** Failures a second, differently shaped read cannot avoid: no reason to try one. */
const NOT_A_NULL_CHAIN = new Set([
  "InvalidOperationInCellEditMode",
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "AccessDenied",
]);

function mayBeNullChain(error: unknown): boolean {
  return !NOT_A_NULL_CHAIN.has(String((error as { code?: unknown })?.code));
}

export function createOfficePort(options: OfficePortOptions = {}): OfficeWorkbookPort {
  const run = options.run ?? excelRun;
  const runWith = options.runWith ?? excelRunWith;
  const capabilities = options.capabilities ?? detectCapabilities();
  // Applies are one undo step where the host groups them (ExcelApi 1.20; see undo.ts).
  const applyRun = options.run ?? undoGroupRunner(capabilities);
  /** The last snapshot (names known to exist) and the charts known to exist. */
  let lastSnapshot: Snapshot | null = null;
  const charts = new Set<string>();
  /** The charts the last read looked for, with their anchor names (ReadRequest.charts). */
  let chartProbes: readonly ChartProbe[] = [];
  /** Watched tables, and the echoes of the product's own writes into their rating columns. */
  const watched = new Map<string, OwnWrites>();
  const memory = options.memory ?? storageMemory();
  const workbookMemory = options.workbookMemory ?? settingsMemory();
  let expected: Promise<Known | null> | null = null;
  const expectedLayout = () =>
    (expected ??= (options.expectedLayout?.() ?? Promise.resolve(null)).catch(() => null));
  /**
   * What the workbook holds, as far as this port knows (read.ts); null when nothing is known, and
   * then what another port of this browser kept (memory.ts) is the guess, else what the workbook
   * carries (workbook-memory.ts). The browser's comes first: the other page (task pane or ribbon
   * command) keeps it up to date, while a page's copy of the settings is the one Office loaded
   * with it.
   */
  let known: Known | null = null;
  /** The guess of the next read: what this port knows, else what was kept (see `known`). */
  const guessed = () => known ?? memory.known() ?? workbookMemory.known();

  const readWith = (request: ReadRequest, guess: Known) =>
    run(async (context) => {
      const collect = queueKnownRead(context, request, guess, capabilities);
      await context.sync();
      return collect();
    });

  /** The one-batch read that needs null objects' children to be null objects (see read.ts). */
  const readThroughNulls = async (request: ReadRequest): Promise<ReadOutcome | null> => {
    try {
      const outcome = await run(async (context) => {
        const collect = queueRead(context, request, capabilities);
        await context.sync();
        return collect();
      });
      if (outcome.hadMissing) memory.rememberNullChildren("propagate");
      return outcome;
    } catch (error) {
      if (!mayBeNullChain(error)) throw error;
      // This Excel fails members of a null object's children: it is read knowing what exists.
      console.warn("EPM Star Scorer: this Excel fails null objects' children", error);
      memory.rememberNullChildren("throw");
      return null;
    }
  };

  /**
   * One batch when the guess holds (what is known exists, nothing unknown was asked for); a second
   * one knowing what the first found, else. With nothing known, an Excel that has shown it makes
   * null objects' children null reads everything in its one batch (readThroughNulls).
   */
  const readOnce = async (request: ReadRequest): Promise<ReadOutcome> => {
    let guess = guessed();
    if (!guess && memory.nullChildren() === "propagate") {
      const outcome = await readThroughNulls(request);
      if (outcome?.complete) return outcome;
      // A name asked for by suffix (an embedded catalogue) is read knowing what the batch found.
      if (outcome) guess = outcome.found;
    }
    // The caller's expectation of an audit comes last: unlike the read through null objects, it
    // may be wrong; Create expects none.
    if (request.expectsAudit) guess ??= await expectedLayout();
    let probed = memory.nullChildren() !== null;
    for (let attempt = 0; ; attempt++) {
      let outcome: ReadOutcome;
      try {
        outcome = await readWith(request, guess ?? NOTHING_KNOWN);
      } catch (error) {
        // An object known to exist is gone (ItemNotFound): read again knowing nothing.
        if (!guess || !mayBeNullChain(error)) throw error;
        guess = null;
        continue;
      }
      if (outcome.complete || attempt >= 2) return outcome;
      // What this Excel does with null objects' children is unknown: the second batch is the one
      // that shows it (it reads everything where they are null objects).
      if (!probed) {
        probed = true;
        const through = await readThroughNulls(request);
        if (through?.complete) return through;
        if (through) {
          guess = through.found;
          continue;
        }
      }
      guess = outcome.found;
    }
  };

  /** Applies the plan; selects the first of `select` that has a range, in its last batch. */
  const applyPlan = async (plan: Plan, select: readonly string[]): Promise<string | null> => {
    if (plan.ops.length === 0 && select.length === 0) return null;
    let selected: string | null = null;
    let added: string[] = [];
    try {
      // One undo step where Excel groups a run (undo.ts); a plan that hides a new sheet is not.
      await (groupable(plan.ops) ? applyRun : run)(async (context) => {
        // Only a caller that applies without reading first pays this extra round trip.
        const base = known ?? { ...(await knownByLoading(context)), carried: guessed()?.carried };
        const before = new Set(base.sheets);
        added = plan.ops.flatMap((op) =>
          op.op === "addSheet" && !before.has(op.name) ? [op.name] : []
        );
        // Names that exist, #REF! ones included: defineName replaces them instead of adding twice.
        const state: ApplyState = {
          sheets: new Set(before),
          names: new Set(base.names),
          capabilities,
          charts,
        };
        for (const [table, echoes] of watched) {
          const grid = lastSnapshot?.tables[table];
          if (grid) echoes.record(echoesOf(plan.ops, grid, table));
        }
        // Names with a range: read with one, or defined by this plan.
        const ranged = new Set(plan.ops.flatMap((op) => (op.op === "defineName" ? [op.name] : [])));
        selected = select.find((n) => lastSnapshot?.names[n] || ranged.has(n)) ?? null;
        const selectName = selected;
        // Charts (addChart ops) come after the cells they are bound to, in plan order; the
        // selection rides in the last batch (no round trip of its own).
        await applyBatches(context, batchOps(plan.ops), state, () => {
          if (selectName) queueSelectName(context, selectName);
        });
        known = {
          ...base,
          sheets: [...state.sheets],
          tables: new Set([
            ...base.tables,
            ...plan.ops.flatMap((op) => (op.op === "addTable" ? [op.name.toLowerCase()] : [])),
          ]),
          names: state.names,
          chartSheet:
            plan.ops.reduce<string | null>(
              (sheet, op) =>
                op.op === "defineName" &&
                chartProbes.some((p) => p.anchor.toLowerCase() === op.name.toLowerCase())
                  ? op.area.sheet
                  : sheet,
              null
            ) ?? base.chartSheet,
        };
        memory.rememberKnown(known);
        workbookMemory.rememberKnown(known);
      });
    } catch (error) {
      // What the workbook holds now is unknown: the next action reads before it writes.
      lastSnapshot = null;
      known = null;
      memory.rememberKnown(null);
      workbookMemory.rememberKnown(null);
      try {
        await removeAddedSheets(run, added);
      } catch (cleanup) {
        console.error("EPM Star Scorer: could not remove half-built sheets", cleanup);
      }
      throw error;
    }
    return selected;
  };

  return {
    async read(request: ReadRequest): Promise<Snapshot> {
      // A read does not find which catalogues the workbook carries: the actions say (carried).
      const carried = guessed()?.carried;
      const outcome = await readOnce(request);
      const { snapshot } = outcome;
      known = { ...outcome.found, ...(carried && { carried }) };
      memory.rememberKnown(known);
      chartProbes = request.charts ?? [];
      for (const probe of chartProbes) charts.delete(probe.name);
      if (outcome.chartName && outcome.chartExists) charts.add(outcome.chartName);
      lastSnapshot = snapshot;
      return snapshot;
    },

    carried: {
      get: () => guessed()?.carried ?? [],
      // Kept in the workbook by the next write (only a write may mark the workbook changed).
      remember(prefixes) {
        if (!known) return;
        known = { ...known, carried: [...prefixes] };
        memory.rememberKnown(known);
      },
    },

    apply: async (plan: Plan): Promise<void> => {
      await applyPlan(plan, []);
    },

    applyAndSelect: (plan: Plan, names: readonly string[]) => applyPlan(plan, names),

    async select(address: string): Promise<void> {
      const { sheet, cell } = splitAddress(address);
      await run(async (context) => {
        const ws = sheet
          ? context.workbook.worksheets.getItem(sheet)
          : context.workbook.worksheets.getActiveWorksheet();
        ws.activate();
        ws.getRange(cell).untrack().select();
        await context.sync();
      });
    },

    async selectName(name: string): Promise<void> {
      await run(async (context) => {
        queueSelectName(context, name);
        await context.sync();
      });
    },

    async watchTable(
      table: string,
      onChange: (change: TableChange) => void
    ): Promise<() => Promise<void>> {
      const echoes = new OwnWrites();
      const registration = await run(async (context) => {
        const handler = context.workbook.tables.getItem(table).onChanged.add(async (event) => {
          const change = { address: event.address, changeType: event.changeType };
          const grid = lastSnapshot?.tables[table];
          if (!isInputChange(change, grid ? inputColumnsOf(grid) : null)) return;
          if (echoes.consume(change.address)) return;
          onChange(change);
        });
        await context.sync();
        return handler;
      });
      watched.set(table, echoes);
      return async () => {
        watched.delete(table);
        await runWith(registration.context, async (context) => {
          registration.remove();
          await context.sync();
        });
      };
    },
  };
}
