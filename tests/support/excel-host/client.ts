/**
 * Loads Microsoft's Excel client library (the code behind Excel.run, proxies, load/sync,
 * isNullObject and OfficeExtension.Error) from the pinned devDependency @microsoft/office-js,
 * unmodified, into this test realm, and points its request executor at an emulated host.
 *
 * Indirect eval runs the script in the realm of the test file (jest gives each file its own vm
 * context), so the client's objects and the test's objects share prototypes; top-level `var`s of
 * the script (Excel, OfficeExtension, OfficeCore, Office) become globals as in a browser.
 */
import { readFileSync } from "node:fs";

/** The batch the client sends for one context.sync (a subset of its fields). */
export interface RequestBody {
  Actions: Action[];
  ObjectPaths: Record<string, ObjectPath>;
}
export interface Action {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: (number | null)[] };
  QueryInfo?: { Select?: string[]; Expand?: string[] };
}
export interface ObjectPath {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: (number | null)[] };
}

export interface BatchExecutor {
  /** run: which request context (one per Excel.run) sent the batch. */
  execute(body: RequestBody, requestFlags: number, run: number): Promise<unknown>;
  /** Which requirement sets the emulated host reports (Office.context.requirements). */
  isSetSupported(name: string, version?: string): boolean;
}

let executor: BatchExecutor | null = null;
let runs = 0;

/**
 * The request flag this emulation gives the batches of an Excel.run with mergeUndoGroup (ExcelApi
 * 1.20). The pinned client predates that option and drops it; how a current client tells Excel is
 * not modelled, only that every sync of the run carries it.
 */
export const MERGE_UNDO_GROUP_FLAG = 1 << 20;

/** Routes every later Excel.run of this realm to the given host. */
export function useExcelHost(next: BatchExecutor): void {
  executor = next;
}

export const CLIENT_FILE = require.resolve("@microsoft/office-js/dist/excel-win32-16.01.debug.js");

type Globals = Record<string, unknown> & { OfficeExtension?: any; Office?: any };

export function loadExcelClient(): void {
  const g = globalThis as unknown as Globals;
  if (g.OfficeExtension?.SessionBase && (g as any).Excel?.run) return;
  if (typeof g.window === "undefined") g.window = globalThis;
  if (typeof g.navigator === "undefined") g.navigator = { userAgent: "node", language: "en-US" };
  // eslint-disable-next-line no-eval -- the client is a classic script and must define globals.
  (0, eval)(readFileSync(CLIENT_FILE, "utf8"));
  const ext = g.OfficeExtension;

  class EmulatedSession extends ext.SessionBase {
    _resolveRequestUrlAndHeaderInfo() {
      return Promise.resolve({ url: "http://document.localhost/", headers: {} });
    }
    _createRequestExecutorOrNull() {
      // One executor per request context, so per Excel.run: it names the run to the host.
      const run = ++runs;
      return {
        executeAsync: async (
          _customData: string,
          requestFlags: number,
          message: { Body: RequestBody }
        ) => {
          if (!executor) throw new Error("no emulated Excel host: call useExcelHost(host)");
          const body = await executor.execute(message.Body, requestFlags, run);
          return { HttpStatusCode: 200, Headers: {}, Body: body };
        },
      };
    }
  }
  ext.SessionBase._overrideSession = new EmulatedSession();
  // Excel.run({ mergeUndoGroup: true }, batch) on a host with ExcelApi 1.20: every batch of the
  // run carries MERGE_UNDO_GROUP_FLAG (the client's own hook keeps its other options as they are).
  const excel = (g as any).Excel;
  const run = excel.run;
  excel.run = function (...args: unknown[]) {
    const options = args.length > 1 ? (args[0] as { mergeUndoGroup?: unknown }) : null;
    const plain = options !== null && Object.getPrototypeOf(options) === Object.prototype;
    if (plain && options.mergeUndoGroup && executor?.isSetSupported("ExcelApi", "1.20")) {
      const batch = args[args.length - 1] as (context: any) => unknown;
      args[args.length - 1] = (context: any) => {
        context._requestFlagModifier |= MERGE_UNDO_GROUP_FLAG;
        return batch(context);
      };
    }
    return run.apply(this, args);
  };
  // Event delivery: handlers register without an Office host bridge; the host calls them itself.
  ext.GenericEventRegistration._testReadyImpl = () => Promise.resolve();
  // Real hosts reject members above their requirement sets; the client checks that itself when
  // told to, using Office.context.requirements below.
  ext.CommonUtility._doApiNotSupportedCheck = true;
  // Office.context is a getter over OSF._OfficeAppFactory (filled by a real host's handshake):
  // answer it with what a host reports: its requirement sets (and, set by the host, diagnostics).
  const context: Record<string, unknown> = {
    requirements: {
      isSetSupported: (name: string, version?: string) =>
        executor ? executor.isSetSupported(name, version) : true,
    },
  };
  const osf = g.OSF as { _OfficeAppFactory?: Record<string, unknown> };
  osf._OfficeAppFactory = { ...osf._OfficeAppFactory, getContext: () => context };
}

/** Delivers one event message as Excel would (the rich API message channel). */
export function deliverEvent(eventType: number, targetId: string, args: object): void {
  const ext = (globalThis as unknown as Globals).OfficeExtension;
  ext.GenericEventRegistration.getGenericEventRegistration("")._handleRichApiMessage({
    entries: [
      {
        messageCategory: 65536,
        messageType: eventType,
        targetId,
        message: JSON.stringify(args),
      },
    ],
  });
}
