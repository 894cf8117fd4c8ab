/**
 * The Office.js WorkbookPort: read in one context.sync, apply in one context.sync (more only when
 * the payload would pass Excel on the web's 5 MB request limit), select in one. Every batch runs
 * with delayForCellEdit, so a user typing in a cell delays it instead of failing it (hosts without
 * the DelayForCellEdit set ignore the option).
 */
import type { Plan, ReadRequest, Snapshot, WorkbookPort } from "../../workbook/plan";
import { splitAddress } from "../../workbook/a1";
import { CHART_NAME } from "./chart";
import { queueOp, type ApplyState } from "./apply";
import { detectCapabilities, type Capabilities } from "./capabilities";
import { echoesOf, inputColumnsOf, isInputChange, OwnWrites, type TableChange } from "./changes";
import { batchOps } from "./payload";
import { queuePresence, queueRead, queueReadOf, type ReadOutcome } from "./read";
import { removeAddedSheets } from "./rollback";
import { groupable, undoGroupRunner } from "./undo";

/** Excel.run, injectable so tests can pass a fake request context. */
export type Runner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Excel.run(existingContext, batch): event handlers are removed through the context they used. */
export type ContextRunner = <T>(
  context: OfficeExtension.ClientRequestContext,
  batch: (context: Excel.RequestContext) => Promise<T>
) => Promise<T>;

export interface OfficePortOptions {
  run?: Runner;
  runWith?: ContextRunner;
  capabilities?: Capabilities;
}

export interface OfficeWorkbookPort extends WorkbookPort {
  /** Select (and show) the range of a defined name, e.g. the star level cell. */
  selectName(name: string): Promise<void>;
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
  state: ApplyState
): Promise<void> {
  for (const batch of batches) {
    for (const op of batch) queueOp(context, op, state);
    // One sync per payload batch, never per op: each batch is cut to stay under the host's request
    // size limit (batchOps), so it has to be sent on its own, in order; most plans are one batch.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per size-limited batch (reason above)
    await context.sync();
  }
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
  /** Sheet names seen by the last read; null until a read has happened. */
  let knownSheets: Set<string> | null = null;
  /** Requested names that exist (#REF! ones included), from the last read. */
  let definedNames = new Set<string>();
  /** Set once the host failed the one-sync read on a null object's children. */
  let twoPhaseRead = false;
  /** The last snapshot (names known to exist) and the charts known to exist. */
  let lastSnapshot: Snapshot | null = null;
  const charts = new Set<string>();
  /** Watched tables, and the echoes of the product's own writes into their rating columns. */
  const watched = new Map<string, OwnWrites>();

  return {
    async read(request: ReadRequest): Promise<Snapshot> {
      const twoPhase = () =>
        run(async (context): Promise<ReadOutcome> => {
          const presence = queuePresence(context, request);
          await context.sync();
          const collect = queueReadOf(context, request, presence(), capabilities);
          await context.sync();
          return collect();
        });
      let outcome: ReadOutcome;
      if (twoPhaseRead) outcome = await twoPhase();
      else {
        try {
          outcome = await run(async (context) => {
            const collect = queueRead(context, request, capabilities);
            await context.sync();
            return collect();
          });
        } catch (error) {
          if (!mayBeNullChain(error)) throw error;
          // A host that rejects members of a null object's children: read in two phases from now
          // on. A real failure fails the second attempt too and reaches the user from there.
          console.warn("EPM Star Scorer: one-sync read failed; reading in two phases", error);
          outcome = await twoPhase();
          twoPhaseRead = true;
        }
      }
      const { snapshot } = outcome;
      knownSheets = new Set(snapshot.sheets);
      definedNames = outcome.definedNames;
      if (outcome.chartExists) charts.add(CHART_NAME);
      else charts.delete(CHART_NAME);
      lastSnapshot = snapshot;
      return snapshot;
    },

    async apply(plan: Plan): Promise<void> {
      if (plan.ops.length === 0) return;
      let added: string[] = [];
      try {
        await (groupable(plan.ops) ? applyRun : run)(async (context) => {
          if (knownSheets === null) {
            // Only a caller that applies without reading first pays this extra round trip.
            const sheets = context.workbook.worksheets.load("items/name");
            await context.sync();
            knownSheets = new Set(sheets.items.map((s) => s.name));
          }
          const before = knownSheets;
          added = plan.ops.flatMap((op) =>
            op.op === "addSheet" && !before.has(op.name) ? [op.name] : []
          );
          // Names that exist, #REF! ones included: defineName replaces them instead of adding twice.
          const state: ApplyState = {
            sheets: new Set(before),
            names: new Set(definedNames),
            capabilities,
            charts,
          };
          for (const [table, echoes] of watched) {
            const grid = lastSnapshot?.tables[table];
            if (grid) echoes.record(echoesOf(plan.ops, grid, table));
          }
          // Charts (addChart ops) come after the cells they are bound to, in plan order.
          await applyBatches(context, batchOps(plan.ops), state);
          knownSheets = state.sheets;
          definedNames = state.names;
        });
      } catch (error) {
        // What the workbook holds now is unknown: the next action reads before it writes.
        knownSheets = null;
        lastSnapshot = null;
        try {
          await removeAddedSheets(run, added);
        } catch (cleanup) {
          console.error("EPM Star Scorer: could not remove half-built sheets", cleanup);
        }
        throw error;
      }
    },

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
        const range = context.workbook.names.getItem(name).getRange().untrack();
        range.worksheet.activate();
        range.select();
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
