/**
 * An emulated Excel host for Microsoft's real Excel client library: it receives each
 * context.sync() as the JSON batch a real host would, applies it to an in-memory workbook, and
 * answers as Excel does (results, null objects, errors with Excel's codes and the index of the
 * failing action; actions before a failing one stay applied). See README.md in this folder for
 * the behaviours it models and the ones it had to assume.
 */
import {
  deliverEvent,
  loadExcelClient,
  MERGE_UNDO_GROUP_FLAG,
  useExcelHost,
  type Action,
  type RequestBody,
} from "./client";
import { parseWritten, type CellOptions } from "./cells";
import { invoke, query, queryItems, setProperty } from "./members";
import {
  ExcelError,
  intersects,
  localAddress,
  parseLocal,
  WorkbookModel,
  type Area,
} from "./model";
import { navigate, type Effects, type Env, type Node } from "./objects";
import type { HostProfile } from "./profiles";
import { DocumentSettings } from "./settings";
import { clearsUndo, type UndoRecord } from "./undo";

export interface HostOptions extends Partial<CellOptions> {
  /**
   * Undocumented: what a host does with members of a null object's children. "propagate": they
   * are null objects too; "throw": the batch fails at the first such action.
   */
  nullChildren?: "propagate" | "throw";
  /** "prompt": events follow each batch (next macrotask); "manual": held until deliverEvents(). */
  events?: "prompt" | "manual";
}

export interface BatchRecord {
  actions: number;
  bytes: number;
  flags: number;
  writes: number;
  /** Only releases references at the end of Excel.run (no work of the add-in). */
  cleanup: boolean;
  /** The batch carried mergeUndoGroup on a host with ExcelApi 1.20. */
  grouped?: boolean;
  error?: string;
}

const TABLE_CHANGED = 101;

export class ExcelHost {
  readonly model = new WorkbookModel();
  readonly batches: BatchRecord[] = [];
  /** The user's undo stack, oldest first (see undo.ts). */
  readonly undoStack: UndoRecord[] = [];
  /** Office.context.document.settings of the add-in in this workbook (settings.ts). */
  readonly settings = new DocumentSettings();
  selected: string | null = null;
  private activeSheetId: string | undefined;
  private refs = new Map<string, Node>();
  private nextRef = 1;
  private subscriptions = new Set<string>();
  private pendingEvents: { tableId: string; args: object }[] = [];
  private editing: Promise<void> | null = null;
  private endEdit: (() => void) | null = null;
  private fault: { ordinal: number; code: string } | null = null;
  readonly cells: CellOptions;
  readonly nullChildren: "propagate" | "throw";
  readonly eventMode: "prompt" | "manual";

  constructor(
    readonly profile: HostProfile,
    options: HostOptions = {}
  ) {
    this.cells = { quotePrefixInFormulas: options.quotePrefixInFormulas ?? false };
    this.nullChildren = options.nullChildren ?? "propagate";
    this.eventMode = options.events ?? "prompt";
    this.model.addSheet("Sheet1");
    loadExcelClient();
    useExcelHost(this);
    const office = (globalThis as unknown as { Office: { context: Record<string, unknown> } })
      .Office;
    office.context.diagnostics = profile.diagnostics;
    office.context.platform = profile.diagnostics.platform;
    office.context.document = { settings: this.settings };
  }

  isSetSupported(name: string, version?: string): boolean {
    if (name === "ExcelApi") {
      const minor = Number(String(version ?? "1.1").split(".")[1] ?? 0);
      return minor <= this.profile.apiMinor;
    }
    if (name === "DelayForCellEdit") return this.profile.delayForCellEdit;
    // Sets of the client's own plumbing (RichApiRuntime …): present on every supported host.
    return !/Api$/.test(name);
  }

  /** Batches the add-in's code asked for (context.sync), without Excel.run's reference cleanup. */
  get roundTrips(): number {
    return this.batches.filter((b) => !b.cleanup).length;
  }

  /** Makes the n-th write action (1-based) of the next batch that writes fail with `code`. */
  failNextWrite(ordinal: number, code = "GeneralException"): void {
    this.fault = { ordinal, code };
  }

  /** The user starts typing in a cell: batches wait (delayForCellEdit) or fail until it ends. */
  startCellEdit(): void {
    this.editing = new Promise((resolve) => (this.endEdit = resolve));
  }

  endCellEdit(): void {
    this.endEdit?.();
    this.editing = null;
  }

  /** A user's edit of one cell (Excel parses it as typed) and the onChanged event it fires. */
  userEdit(sheet: string, address: string, value: unknown): void {
    const sheetId = this.sheetId(sheet);
    const at = parseLocal(address);
    const area = { sheetId, ...at };
    this.undoStack.push({ source: "user", syncs: 0, before: this.model.snapshot() });
    this.model.setCell(
      sheetId,
      at.row,
      at.col,
      parseWritten(value, this.model.cell(sheetId, at.row, at.col))
    );
    this.queueEvents([{ area, changeType: "RangeEdited" }]);
    if (this.eventMode === "prompt") setTimeout(() => this.deliverEvents(), 0);
  }

  /** The user deletes a sheet (tables go, names become #REF!); Excel cannot undo that. */
  deleteSheet(name: string): void {
    this.model.deleteSheet(this.sheetId(name));
    this.undoStack.length = 0;
  }

  /** The user presses Ctrl+Z: the last record's workbook comes back; false when none is left. */
  undo(): boolean {
    const record = this.undoStack.pop();
    if (!record) return false;
    this.model.restore(record.before);
    return true;
  }

  sheetId(name: string): string {
    const sheet = this.model.sheetByName(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet.id;
  }

  deliverEvents(): number {
    const events = this.pendingEvents;
    this.pendingEvents = [];
    for (const e of events)
      if (this.subscriptions.has(e.tableId)) deliverEvent(TABLE_CHANGED, e.tableId, e.args);
    return events.length;
  }

  async execute(body: RequestBody, flags: number, run = 0): Promise<unknown> {
    const text = JSON.stringify(body);
    const bytes = Buffer.byteLength(text, "utf8");
    const record: BatchRecord = {
      actions: body.Actions.length,
      bytes,
      flags,
      writes: 0,
      cleanup:
        body.Actions.some((a) => a.Name === "_RemoveReference") &&
        body.Actions.every((a) => a.ActionType === 1 || a.Name === "_RemoveReference"),
    };
    this.batches.push(record);
    const limit = this.profile.payloadLimit;
    if (limit !== null && bytes > limit)
      return this.errorBody(
        record,
        "RequestPayloadSizeLimitExceeded",
        `request of ${bytes} bytes`,
        413
      );
    if (this.editing) {
      if (!(flags & 64))
        return this.errorBody(
          record,
          "InvalidOperationInCellEditMode",
          "Excel is in cell-editing mode",
          400
        );
      await this.editing;
    }
    const effects: Effects = { changed: [], activeSheetId: this.activeSheetId };
    const env: Env = {
      model: this.model,
      cells: this.cells,
      apiMinor: this.profile.apiMinor,
      effects,
    };
    const results: { ActionId: number; Value: unknown }[] = [];
    const grouped = (flags & MERGE_UNDO_GROUP_FLAG) !== 0 && this.profile.apiMinor >= 20;
    if (grouped) record.grouped = true;
    const changes = body.Actions.some((a) => changesWorkbook(a, body));
    const before = changes ? this.model.snapshot() : null;
    const batch = new BatchRun(this, env, body, grouped);
    const fault = this.fault;
    let writes = 0;
    try {
      for (let index = 0; index < body.Actions.length; index++) {
        const action = body.Actions[index];
        if (isWrite(action, body)) {
          writes++;
          if (fault && writes === fault.ordinal) {
            this.fault = null;
            throw Object.assign(new ExcelError(fault.code, "injected failure"), { index });
          }
        }
        try {
          const value = batch.perform(action);
          if (changesWorkbook(action, body)) batch.changes++;
          if (value !== undefined) results.push({ ActionId: action.Id, Value: value });
        } catch (error) {
          throw Object.assign(error as Error, { index });
        }
      }
    } catch (error) {
      const e = error as ExcelError & { index: number };
      if (!(e instanceof ExcelError)) throw e;
      record.writes = writes;
      if (e.code === "UndoNotSupported" && before) {
        // Assumed: Excel refuses the grouped request as a whole (docs/excel-check.md).
        this.model.restore(before);
        return this.errorBody(record, e.code, e.message, 400, e.index);
      }
      this.afterUndo(batch, before, run, grouped);
      this.afterBatch(effects);
      return this.errorBody(record, e.code, e.message, 400, e.index);
    }
    record.writes = writes;
    this.afterUndo(batch, before, run, grouped);
    this.afterBatch(effects);
    const answer = { Results: results };
    if (limit !== null && Buffer.byteLength(JSON.stringify(answer), "utf8") > limit)
      return this.errorBody(record, "ResponsePayloadSizeLimitExceeded", "response over 5 MB", 413);
    return answer;
  }

  /** One record per sync that changed the workbook, one per grouped run; or a cleared stack. */
  private afterUndo(
    batch: BatchRun,
    before: ReturnType<WorkbookModel["snapshot"]> | null,
    run: number,
    grouped: boolean
  ): void {
    if (batch.clearedUndo) {
      this.undoStack.length = 0;
      return;
    }
    if (!before || batch.changes === 0) return;
    const top = this.undoStack[this.undoStack.length - 1];
    if (grouped && top?.source === "add-in" && top.grouped && top.run === run) {
      top.syncs++;
      return;
    }
    this.undoStack.push({ source: "add-in", run, grouped, syncs: 1, before });
  }

  private afterBatch(effects: Effects): void {
    if (effects.selected) this.selected = effects.selected;
    this.activeSheetId = effects.activeSheetId;
    this.queueEvents(effects.changed);
    if (this.eventMode === "prompt" && this.pendingEvents.length > 0)
      setTimeout(() => this.deliverEvents(), 0);
  }

  /** Excel fires TableChanged for every write that touches a table, the add-in's own included. */
  private queueEvents(changed: { area: Area; changeType: string }[]): void {
    for (const change of changed)
      for (const table of this.model.tables) {
        if (!this.subscriptions.has(table.id) || !intersects(table.area, change.area)) continue;
        const row = Math.max(table.area.row, change.area.row);
        const col = Math.max(table.area.col, change.area.col);
        const rows =
          Math.min(table.area.row + table.area.rows, change.area.row + change.area.rows) - row;
        const cols =
          Math.min(table.area.col + table.area.cols, change.area.col + change.area.cols) - col;
        this.pendingEvents.push({
          tableId: table.id,
          args: {
            changeType: change.changeType,
            source: "Local",
            worksheetId: table.area.sheetId,
            tableId: table.id,
            address: localAddress({ row, col, rows, cols }),
          },
        });
      }
  }

  private errorBody(
    record: BatchRecord,
    code: string,
    message: string,
    status: number,
    index?: number
  ) {
    record.error = code;
    return { Error: { Code: code, Message: message, HttpStatusCode: status, ActionIndex: index } };
  }

  keepReference(node: Node): string {
    const id = `ref${this.nextRef++}`;
    this.refs.set(id, node);
    return id;
  }

  reference(id: string): Node {
    const node = this.refs.get(id);
    if (!node) throw new ExcelError("InvalidObjectPath", `reference ${id} was released`);
    return node;
  }

  releaseReference(id: string): void {
    this.refs.delete(id);
  }

  subscribe(tableId: string, on: boolean): void {
    if (on) this.subscriptions.add(tableId);
    else this.subscriptions.delete(tableId);
  }
}

/** What goes on the undo stack: writes, but not activating a sheet (selection is not undone). */
function changesWorkbook(action: Action, body: RequestBody): boolean {
  return isWrite(action, body) && !(action.ActionType === 3 && action.Name === "Activate");
}

/** Writes are what fault injection counts: property sets, methods and objects added. */
function isWrite(action: Action, body: RequestBody): boolean {
  if (action.ActionType === 4) return true;
  if (action.ActionType === 3) return !action.Name.startsWith("_") && action.Name !== "Select";
  if (action.ActionType === 1) {
    const path = body.ObjectPaths[action.ObjectPathId];
    return path?.ObjectPathType === 3 && path.Name === "Add";
  }
  return false;
}

const NULL = Symbol("null object");

/** One batch: object paths resolved once each, in the order actions first use them. */
class BatchRun {
  private resolved = new Map<number, Node | typeof NULL>();
  private kept = new Set<number>();
  /** Actions performed that change the workbook (for the undo stack). */
  changes = 0;
  /** A member Excel cannot undo ran: the user's undo stack is cleared. */
  clearedUndo = false;

  constructor(
    private host: ExcelHost,
    private env: Env,
    private body: RequestBody,
    private grouped = false
  ) {
    for (const a of body.Actions) if (a.Name === "_KeepReference") this.kept.add(a.ObjectPathId);
  }

  perform(action: Action): unknown {
    // A trace marker: no object; its answer runs the client's callback (event registration).
    if (action.ActionType === 5) return null;
    const node = this.resolve(action.ObjectPathId);
    const args = this.args(action.ArgumentInfo);
    if (node !== NULL && (action.ActionType === 3 || action.ActionType === 4)) {
      if (clearsUndo(`${node.kind}.${action.Name}`, this.host.profile)) {
        if (this.grouped)
          throw new ExcelError("UndoNotSupported", `${node.kind}.${action.Name} cannot be undone`);
        this.clearedUndo = true;
      }
    }

    switch (action.ActionType) {
      case 1: {
        if (node === NULL) return null;
        const value: Record<string, unknown> = {};
        if (node.kind === "Table" || node.kind === "Worksheet")
          value.Id = node.kind === "Table" ? node.id : node.id;
        if (this.kept.has(action.ObjectPathId)) value._ReferenceId = this.host.keepReference(node);
        return value;
      }
      case 2:
        if (node === NULL) return null;
        return (
          queryItems(this.env, node, action.QueryInfo?.Select) ??
          query(this.env, node, action.QueryInfo?.Select)
        );
      case 3:
        if (action.Name === "_KeepReference") return null;
        if (action.Name === "_RemoveReference") {
          this.host.releaseReference(String(args[0]));
          return null;
        }
        if (node === NULL) throw new ExcelError("InvalidArgument", "method on a null object");
        if (node.kind === "Table" && /^_(Un)?RegisterDataChangedEvent$/.test(action.Name))
          this.host.subscribe(node.id, action.Name.startsWith("_Register"));
        return invoke(this.env, node, action.Name, args) ?? null;
      case 4:
        if (node === NULL) throw new ExcelError("InvalidArgument", "property of a null object");
        setProperty(this.env, node, action.Name, args[0]);
        return undefined;
      default:
        return undefined; // trace markers and the like need no answer
    }
  }

  private args(info: Action["ArgumentInfo"]): unknown[] {
    const values = [...(info?.Arguments ?? [])];
    info?.ReferencedObjectPathIds?.forEach((id, i) => {
      if (id) {
        const node = this.resolve(id);
        values[i] = node === NULL ? null : node;
      }
    });
    return values;
  }

  private resolve(id: number): Node | typeof NULL {
    const cached = this.resolved.get(id);
    if (cached) return cached;
    const path = this.body.ObjectPaths[id];
    if (!path) throw new ExcelError("InvalidObjectPath", `object path ${id} is not in the request`);
    let node: Node | typeof NULL;
    if (path.ObjectPathType === 1) node = { kind: "Workbook" };
    else if (path.ObjectPathType === 6) node = this.host.reference(path.Name);
    else if (path.ObjectPathType === 7)
      throw new ExcelError("InvalidObjectPath", "a released object");
    else {
      const parent = this.resolve(path.ParentObjectPathId as number);
      if (parent === NULL) {
        if (this.host.nullChildren === "throw")
          throw new ExcelError("InvalidArgument", `${path.Name} of a null object`);
        node = NULL;
      } else {
        const args = path.ObjectPathType === 4 ? undefined : this.args(path.ArgumentInfo);
        node = navigate(this.env, parent, path.Name, args) ?? NULL;
      }
    }
    this.resolved.set(id, node);
    return node;
  }
}
