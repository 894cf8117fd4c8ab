/**
 * Office.context.document.settings as Office documents them: the page works on its own copy
 * (get/set/remove, no request to the host); saveAsync writes that copy into the document, where it
 * travels with the saved file (Excel keeps it in the add-in's web extension part); refreshAsync
 * loads the document's copy again. Values go through JSON as Office stores them. `saves` counts
 * saveAsync calls: they are no workbook batch (host.roundTrips does not count them).
 */
type Callback = (result: { status: "succeeded" | "failed"; error?: unknown }) => void;

export class DocumentSettings {
  /** What the document holds (what a saved file would carry). */
  saved: Record<string, string> = {};
  saves = 0;
  private page: Record<string, string> = {};

  get(name: string): unknown {
    const text = this.page[name];
    return text === undefined ? null : JSON.parse(text);
  }

  set(name: string, value: unknown): void {
    this.page[name] = JSON.stringify(value);
  }

  remove(name: string): void {
    delete this.page[name];
  }

  saveAsync(options?: unknown, callback?: Callback): void {
    const done = typeof options === "function" ? (options as Callback) : callback;
    this.saves++;
    this.saved = { ...this.page };
    setTimeout(() => done?.({ status: "succeeded" }), 0);
  }

  refreshAsync(callback?: Callback): void {
    this.page = { ...this.saved };
    setTimeout(() => callback?.({ status: "succeeded" }), 0);
  }

  /** The file opened again (on another machine, say): the page starts from what was saved. */
  reopen(): void {
    this.page = { ...this.saved };
  }

  /** A file whose web extension part holds nothing of the add-in (made by the CLI, say). */
  clearDocument(): void {
    this.saved = {};
    this.page = {};
  }
}
