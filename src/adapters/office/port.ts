/**
 * The Office.js WorkbookPort: read in one context.sync, apply in one context.sync (more only when
 * the payload would pass Excel on the web's 5 MB request limit), select in one.
 */
import type { Plan, ReadRequest, Snapshot, WorkbookPort } from "../../workbook/plan";
import { splitAddress } from "./address";
import { CHART_NAME, queueChartProbe } from "./chart";
import { queueOp, type ApplyState } from "./apply";
import { detectCapabilities, type Capabilities } from "./capabilities";
import { batchOps } from "./payload";
import { queueRead } from "./read";

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
  /** Calls onChange after every edit of the named table; resolves to a function that stops it. */
  watchTable(table: string, onChange: () => void): Promise<() => Promise<void>>;
}

const excelRun: Runner = (batch) => Excel.run(batch);
const excelRunWith: ContextRunner = (context, batch) => Excel.run(context, batch);

/** Syncs batch after batch: each must finish before the next (Excel keeps request order). */
async function applyBatches(
  context: Excel.RequestContext,
  batches: Plan["ops"][],
  state: ApplyState,
  index = 0
): Promise<void> {
  if (index >= batches.length) return;
  for (const op of batches[index]) queueOp(context, op, state);
  await context.sync();
  await applyBatches(context, batches, state, index + 1);
}

export function createOfficePort(options: OfficePortOptions = {}): OfficeWorkbookPort {
  const run = options.run ?? excelRun;
  const runWith = options.runWith ?? excelRunWith;
  const capabilities = options.capabilities ?? detectCapabilities();
  /** Sheet names seen by the last read; null until a read has happened. */
  let knownSheets: Set<string> | null = null;
  /** The last snapshot (names known to exist) and the charts known to exist. */
  let lastSnapshot: Snapshot | null = null;
  const charts = new Set<string>();

  return {
    async read(request: ReadRequest): Promise<Snapshot> {
      const snapshot = await run(async (context) => {
        const collect = queueRead(context, request);
        const chart = queueChartProbe(context);
        await context.sync();
        if (chart.isNullObject) charts.delete(CHART_NAME);
        else charts.add(CHART_NAME);
        return collect();
      });
      knownSheets = new Set(snapshot.sheets);
      lastSnapshot = snapshot;
      return snapshot;
    },

    async apply(plan: Plan): Promise<void> {
      if (plan.ops.length === 0) return;
      await run(async (context) => {
        if (knownSheets === null) {
          // Only a caller that applies without reading first pays this extra round trip.
          const sheets = context.workbook.worksheets.load("items/name");
          await context.sync();
          knownSheets = new Set(sheets.items.map((s) => s.name));
        }
        const names = new Set(
          Object.entries(lastSnapshot?.names ?? {})
            .filter(([, cell]) => cell !== undefined)
            .map(([name]) => name)
        );
        const state: ApplyState = { sheets: knownSheets, names, capabilities, charts };
        // Charts (addChart ops) come after the cells they are bound to, in plan order.
        await applyBatches(context, batchOps(plan.ops), state);
      });
    },

    async select(address: string): Promise<void> {
      const { sheet, cell } = splitAddress(address);
      await run(async (context) => {
        const ws = sheet
          ? context.workbook.worksheets.getItem(sheet)
          : context.workbook.worksheets.getActiveWorksheet();
        ws.activate();
        ws.getRange(cell).select();
        await context.sync();
      });
    },

    async selectName(name: string): Promise<void> {
      await run(async (context) => {
        const range = context.workbook.names.getItem(name).getRange();
        range.worksheet.activate();
        range.select();
        await context.sync();
      });
    },

    async watchTable(table: string, onChange: () => void): Promise<() => Promise<void>> {
      const registration = await run(async (context) => {
        const handler = context.workbook.tables.getItem(table).onChanged.add(async () => {
          onChange();
        });
        await context.sync();
        return handler;
      });
      return async () => {
        await runWith(registration.context, async (context) => {
          registration.remove();
          await context.sync();
        });
      };
    },
  };
}
