/**
 * A minimal hand-rolled fake of the Excel request context: an in-memory workbook (sheets of cells,
 * tables, defined names, charts) behind proxy objects that behave like Office.js proxies in the
 * ways the adapter depends on:
 *   - writes are recorded as they are queued and take effect in the model at once;
 *   - loaded properties can be read only after a context.sync() that followed the load();
 *   - *OrNullObject lookups return null objects, and whatever is derived from a null object is a
 *     null object too (isNullObject readable after sync);
 *   - sync() is counted, and every queued call is logged for assertions.
 *
 * Why not office-addin-mock: its OfficeMockObject serves static property trees. It cannot make
 * getItemOrNullObject(name) depend on the name, return ranges whose values reflect earlier writes
 * (so a read after an apply sees the plan), or model null-object chaining, all of which the
 * one-sync read relies on. tests/office/mock-select.test.ts still uses office-addin-mock where its
 * static model suffices.
 */

type Value = string | number | boolean;
interface Cell {
  value: Value;
  formula?: string;
  numberFormat?: string;
}

export interface FakeTable {
  name: string;
  sheet: string;
  row: number;
  col: number;
  rows: number; // including the header
  cols: number;
  style?: string;
}

export class FakeBook {
  sheets = new Map<string, Map<string, Cell>>();
  sheetOrder: string[] = [];
  tables = new Map<string, FakeTable>();
  names = new Map<string, { sheet: string; row: number; col: number }>();
  charts = new Map<string, { sheet: string; name: string; type: string; source: string }>();
  calls: string[] = [];
  syncs = 0;
  selected: string | null = null;

  addSheet(name: string): void {
    if (this.sheets.has(name)) throw fakeError("ItemAlreadyExists", `sheet ${name}`);
    this.sheets.set(name, new Map());
    this.sheetOrder.push(name);
  }
  sheet(name: string): Map<string, Cell> {
    const s = this.sheets.get(name);
    if (!s) throw fakeError("ItemNotFound", `sheet ${name}`);
    return s;
  }
  cell(sheet: string, r: number, c: number): Cell | undefined {
    return this.sheet(sheet).get(`${r},${c}`);
  }
  /** Cell text as a user would see it (for assertions). */
  text(sheet: string, r: number, c: number): Value | undefined {
    const cell = this.cell(sheet, r, c);
    return cell?.formula ?? cell?.value;
  }
}

function fakeError(code: string, message: string): Error {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

/** Base of every proxy: load() marks properties; they become readable at the next sync. */
class Proxy {
  protected loaded = new Set<string>();
  protected pending = new Set<string>();
  constructor(
    protected ctx: FakeContext,
    readonly nullObject = false
  ) {}
  load(props?: string | string[]): this {
    const list = Array.isArray(props) ? props : (props ?? "").split(",");
    for (const p of list) this.pending.add(p.trim());
    this.ctx.pendingLoads.add(this);
    this.ctx.book.calls.push(`${this.constructor.name}.load(${list.join(",")})`);
    return this;
  }
  /** Called by sync: the properties loaded before it become readable. */
  settle(): void {
    for (const p of this.pending) this.loaded.add(p);
    this.pending.clear();
    this.settled = true;
  }
  protected settled = false;
  get isNullObject(): boolean {
    if (!this.settled) throw fakeError("PropertyNotLoaded", "isNullObject before sync");
    return this.nullObject;
  }
  protected need(prop: string): void {
    if (!this.loaded.has(prop) && !this.loaded.has("items/" + prop))
      throw fakeError("PropertyNotLoaded", `${this.constructor.name}.${prop}`);
  }
}

export class FakeRange extends Proxy {
  constructor(
    ctx: FakeContext,
    readonly sheetName: string,
    readonly row: number,
    readonly col: number,
    readonly rowCountValue: number,
    readonly colCount: number,
    nullObject = false
  ) {
    super(ctx, nullObject);
  }
  private grid<T>(fn: (cell: Cell | undefined) => T): T[][] {
    return Array.from({ length: this.rowCountValue }, (_, r) =>
      Array.from({ length: this.colCount }, (_, c) =>
        fn(this.ctx.book.cell(this.sheetName, this.row + r, this.col + c))
      )
    );
  }
  get values(): unknown[][] {
    this.need("values");
    return this.grid((cell) => (cell ? (cell.formula ? 0 : cell.value) : ""));
  }
  set values(values: unknown[][]) {
    this.ctx.book.calls.push(`Range.values=${this.sheetName}!${this.row},${this.col}`);
    const sheet = this.ctx.book.sheet(this.sheetName);
    values.forEach((rowValues, r) =>
      rowValues.forEach((v, c) => {
        const key = `${this.row + r},${this.col + c}`;
        const old = sheet.get(key);
        if (v === "" || v === null) {
          if (old?.numberFormat) sheet.set(key, { value: "", numberFormat: old.numberFormat });
          else sheet.delete(key);
        } else if (typeof v === "string" && v.startsWith("'"))
          sheet.set(key, { ...old, value: v.slice(1), formula: undefined });
        else if (typeof v === "string" && v.startsWith("="))
          sheet.set(key, { ...old, value: 0, formula: v });
        else if (typeof v === "string" && /^[0-9.]+%$|^[0-9]+\/[0-9]+$/.test(v))
          // What Excel would do with unprefixed text: parse it (the adapter must prevent this).
          sheet.set(key, { ...old, value: parseFloat(v) / 100, formula: undefined });
        else sheet.set(key, { ...old, value: v as Value, formula: undefined });
      })
    );
  }
  get formulas(): unknown[][] {
    this.need("formulas");
    return this.grid((cell) => cell?.formula ?? cell?.value ?? "");
  }
  get valueTypes(): string[][] {
    this.need("valueTypes");
    return this.grid((cell) => {
      if (!cell || cell.value === "") return "Empty";
      if (typeof cell.value === "number") return "Double";
      if (typeof cell.value === "boolean") return "Boolean";
      return /^#[A-Z/0!?]+[!?A]?$/.test(cell.value) ? "Error" : "String";
    });
  }
  get rowIndex(): number {
    this.need("rowIndex");
    return this.row;
  }
  get columnIndex(): number {
    this.need("columnIndex");
    return this.col;
  }
  get rowCount(): number {
    this.need("rowCount");
    return this.rowCountValue;
  }
  set numberFormat(formats: string[][]) {
    this.ctx.book.calls.push(`Range.numberFormat=${this.sheetName}!${this.row},${this.col}`);
    const sheet = this.ctx.book.sheet(this.sheetName);
    formats.forEach((row, r) =>
      row.forEach((f, c) => {
        const key = `${this.row + r},${this.col + c}`;
        sheet.set(key, { value: "", ...sheet.get(key), numberFormat: f });
      })
    );
  }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, this.sheetName, this.nullObject);
  }
  get format(): Record<string, unknown> {
    const record = (what: string) => this.ctx.book.calls.push(`Range.format.${what}`);
    const sink = (what: string) =>
      new globalThis.Proxy({} as Record<string, unknown>, {
        set: (_t, prop) => (record(`${what}${String(prop)}`), true),
      });
    return new globalThis.Proxy({} as Record<string, unknown>, {
      get: (_t, prop) =>
        prop === "font" || prop === "fill" ? sink(`${String(prop)}.`) : undefined,
      set: (_t, prop) => (record(String(prop)), true),
    });
  }
  get conditionalFormats() {
    return {
      add: (type: string) => {
        this.ctx.book.calls.push(`conditionalFormats.add(${type})`);
        const part = { format: { fill: {}, font: {} }, rule: {}, criteria: {} };
        return { cellValue: part, colorScale: part, dataBar: { positiveFormat: {} } };
      },
      clearAll: () => this.ctx.book.calls.push("conditionalFormats.clearAll"),
    };
  }
  get dataValidation() {
    const calls = this.ctx.book.calls;
    return {
      clear: () => calls.push("dataValidation.clear"),
      set rule(rule: unknown) {
        calls.push(`dataValidation.rule=${JSON.stringify(rule)}`);
      },
      set errorAlert(_alert: unknown) {
        calls.push("dataValidation.errorAlert");
      },
    };
  }
  getEntireColumn(): FakeRange {
    return this;
  }
  getEntireRow(): FakeRange {
    return this;
  }
  select(): void {
    this.ctx.book.calls.push(`Range.select(${this.sheetName}!${this.row},${this.col})`);
    this.ctx.book.selected = `${this.sheetName}!${this.row},${this.col}`;
  }
}

function a1ToIndexes(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?([0-9]+)/.exec(a1.toUpperCase());
  if (!m) throw fakeError("InvalidArgument", a1);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]) - 1, col };
}

export class FakeWorksheet extends Proxy {
  constructor(
    ctx: FakeContext,
    readonly sheetName: string,
    nullObject = false
  ) {
    super(ctx, nullObject);
  }
  get name(): string {
    this.need("name");
    return this.sheetName;
  }
  set tabColor(_c: string) {
    this.ctx.book.calls.push(`Worksheet.tabColor`);
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    this.ctx.book.sheet(this.sheetName);
    return new FakeRange(this.ctx, this.sheetName, row, col, rows, cols);
  }
  getRange(a1: string): FakeRange {
    const { row, col } = a1ToIndexes(a1);
    return this.getRangeByIndexes(row, col, 1, 1);
  }
  activate(): void {
    this.ctx.book.calls.push(`Worksheet.activate(${this.sheetName})`);
  }
  get pageLayout() {
    const calls = this.ctx.book.calls;
    const sheet = this.sheetName;
    const footers = {} as Record<string, string>;
    return {
      set orientation(value: string) {
        calls.push(`pageLayout.orientation(${sheet}, ${value})`);
      },
      set paperSize(value: string) {
        calls.push(`pageLayout.paperSize(${sheet}, ${value})`);
      },
      setPrintArea: (range: FakeRange) =>
        calls.push(`pageLayout.setPrintArea(${sheet}, ${range.rowCountValue}x${range.colCount})`),
      setPrintTitleRows: (range: FakeRange) =>
        calls.push(`pageLayout.setPrintTitleRows(${sheet}, ${range.row})`),
      headersFooters: { defaultForAllPages: footers },
    };
  }
  get freezePanes() {
    const calls = this.ctx.book.calls;
    return {
      freezeAt: () => calls.push("freezeAt"),
      freezeRows: (n: number) => calls.push(`freezeRows(${n})`),
      freezeColumns: (n: number) => calls.push(`freezeColumns(${n})`),
      unfreeze: () => calls.push("unfreeze"),
    };
  }
  get tables() {
    return {
      add: (range: FakeRange) => {
        const proxy = { name: "", style: "" };
        const area = {
          sheet: range.sheetName,
          row: range.row,
          col: range.col,
          rows: range.rowCountValue,
          cols: range.colCount,
        };
        const book = this.ctx.book;
        book.calls.push(`tables.add(${range.sheetName})`);
        return new globalThis.Proxy(proxy, {
          set: (t, prop, value) => {
            if (prop === "name") {
              if (book.tables.has(value))
                throw fakeError("InvalidArgument", `table ${value} exists`);
              book.tables.set(value, { name: value, ...area });
            }
            (t as Record<string, unknown>)[prop as string] = value;
            return true;
          },
        });
      },
    };
  }
  get charts() {
    const ctx = this.ctx;
    const sheetName = this.sheetName;
    return {
      getItemOrNullObject: (name: string) =>
        new FakeChart(
          ctx,
          sheetName,
          name,
          this.nullObject || ctx.book.charts.get(name)?.sheet !== sheetName
        ),
      add: (type: string, source: FakeRange) => {
        ctx.book.calls.push(`charts.add(${type})`);
        const chart = new FakeChart(ctx, sheetName, "", false);
        chart.pendingSource = `${source.sheetName}!${source.row},${source.col}`;
        chart.pendingType = type;
        return chart;
      },
    };
  }
}

export class FakeChart extends Proxy {
  pendingSource = "";
  pendingType = "";
  constructor(
    ctx: FakeContext,
    readonly sheetName: string,
    private chartName: string,
    nullObject: boolean
  ) {
    super(ctx, nullObject);
  }
  get name(): string {
    return this.chartName;
  }
  set name(value: string) {
    this.chartName = value;
    this.ctx.book.charts.set(value, {
      sheet: this.sheetName,
      name: value,
      type: this.pendingType,
      source: this.pendingSource,
    });
  }
  title = { text: "" };
  legend = { visible: true, position: "" };
  axes = { valueAxis: { minimum: 0, maximum: 0 } };
  get series() {
    return {
      getItemAt: () => ({
        setXAxisValues: (range: FakeRange) =>
          this.ctx.book.calls.push(`Series.setXAxisValues(${range.sheetName}!${range.col})`),
      }),
    };
  }
  setPosition(): void {
    this.ctx.book.calls.push("Chart.setPosition");
  }
  delete(): void {
    this.ctx.book.charts.delete(this.chartName);
  }
}

class FakeTableProxy extends Proxy {
  constructor(
    ctx: FakeContext,
    readonly tableName: string,
    nullObject: boolean
  ) {
    super(ctx, nullObject);
  }
  private get model(): FakeTable {
    const t = this.ctx.book.tables.get(this.tableName);
    if (!t) throw fakeError("ItemNotFound", `table ${this.tableName}`);
    return t;
  }
  get name(): string {
    this.need("name");
    return this.tableName;
  }
  get worksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, this.nullObject ? "" : this.model.sheet, this.nullObject);
  }
  getHeaderRowRange(): FakeRange {
    if (this.nullObject) return new FakeRange(this.ctx, "", 0, 0, 0, 0, true);
    const t = this.model;
    return new FakeRange(this.ctx, t.sheet, t.row, t.col, 1, t.cols);
  }
  getDataBodyRange(): FakeRange {
    if (this.nullObject) return new FakeRange(this.ctx, "", 0, 0, 0, 0, true);
    const t = this.model;
    return new FakeRange(this.ctx, t.sheet, t.row + 1, t.col, t.rows - 1, t.cols);
  }
  get rows() {
    return {
      add: (...args: [number | undefined, unknown[][]]) => {
        const values = args[1];
        const t = this.model;
        this.ctx.book.calls.push(`TableRows.add(${values.length})`);
        new FakeRange(this.ctx, t.sheet, t.row + t.rows, t.col, values.length, t.cols).values =
          values;
        t.rows += values.length;
      },
    };
  }
  get columns() {
    return {
      add: (...args: [number | undefined, unknown[][] | undefined, string | undefined]) => {
        const [, values, name] = args;
        const t = this.model;
        this.ctx.book.calls.push(`TableColumns.add(${name})`);
        const column = values ?? [[name ?? ""]];
        new FakeRange(this.ctx, t.sheet, t.row, t.col + t.cols, column.length, 1).values = column;
        t.cols += 1;
      },
    };
  }
  get onChanged() {
    return {
      add: (handler: () => Promise<void>) => {
        this.ctx.handlers.push(handler);
        return { context: this.ctx, remove: () => this.ctx.handlers.splice(0) };
      },
    };
  }
}

export class FakeContext {
  pendingLoads = new Set<Proxy>();
  handlers: Array<() => Promise<void>> = [];
  constructor(readonly book: FakeBook) {}

  async sync(): Promise<void> {
    this.book.syncs += 1;
    for (const proxy of this.pendingLoads) proxy.settle();
    this.pendingLoads.clear();
  }

  get workbook() {
    const ctx = this;
    const book = this.book;
    const sheetCollection = new (class extends Proxy {
      get items(): FakeWorksheet[] {
        this.need("items/name");
        return book.sheetOrder.map((n) => {
          const ws = new FakeWorksheet(ctx, n);
          ws.load("name");
          ws.settle();
          return ws;
        });
      }
      getItem(name: string): FakeWorksheet {
        book.sheet(name);
        return new FakeWorksheet(ctx, name);
      }
      add(name: string): FakeWorksheet {
        book.calls.push(`worksheets.add(${name})`);
        book.addSheet(name);
        return new FakeWorksheet(ctx, name);
      }
      getActiveWorksheet(): FakeWorksheet {
        return new FakeWorksheet(ctx, book.sheetOrder[0]);
      }
    })(ctx);
    return {
      worksheets: sheetCollection,
      tables: {
        getItemOrNullObject: (name: string) =>
          new FakeTableProxy(ctx, name, !book.tables.has(name)),
        getItem: (name: string) => {
          if (!book.tables.has(name)) throw fakeError("ItemNotFound", `table ${name}`);
          return new FakeTableProxy(ctx, name, false);
        },
      },
      names: {
        getItemOrNullObject: (name: string) => {
          const target = book.names.get(name);
          return {
            getRangeOrNullObject: () =>
              target
                ? new FakeRange(ctx, target.sheet, target.row, target.col, 1, 1)
                : new FakeRange(ctx, "", 0, 0, 0, 0, true),
          };
        },
        getItem: (name: string) => ({
          getRange: () => {
            const target = book.names.get(name);
            if (!target) throw fakeError("ItemNotFound", `name ${name}`);
            return new FakeRange(ctx, target.sheet, target.row, target.col, 1, 1);
          },
          delete: () => {
            if (!book.names.delete(name)) throw fakeError("ItemNotFound", `name ${name}`);
            book.calls.push(`names.delete(${name})`);
          },
        }),
        add: (name: string, range: FakeRange) => {
          if (book.names.has(name)) throw fakeError("InvalidArgument", `name ${name} exists`);
          book.calls.push(`names.add(${name})`);
          book.names.set(name, { sheet: range.sheetName, row: range.row, col: range.col });
        },
      },
    };
  }
}

/** A Runner (Excel.run stand-in) over one fake book; each run gets a fresh context, as in Office. */
export function fakeRunner(book: FakeBook, onContext?: (context: FakeContext) => void) {
  const contexts: FakeContext[] = [];
  const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeContext(book);
    contexts.push(context);
    onContext?.(context);
    return batch(context as unknown as Excel.RequestContext);
  };
  return { run, contexts };
}
