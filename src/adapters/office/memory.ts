/**
 * What an Office port learned, kept beyond the port (localStorage: shared by the task pane's and
 * the ribbon command's pages of the same origin, and by the next session):
 *
 * - for the last document only (named by a hash of its URL, so storage neither grows with every
 *   workbook opened nor keeps paths): which sheets, tables and defined names it held at the end of
 *   the last action, so that the next port's first read reads them in its one batch (read.ts);
 * - per Excel (platform and version): what that Excel does with members of a null object's
 *   children, which Office does not document (see read.ts; docs/excel-check.md row 1).
 *
 * Everything kept is a guess that the read checks in the same batch: a wrong one costs a round
 * trip, never a wrong snapshot. Without storage (tests in Node, storage disabled) nothing is kept.
 */
import type { Known } from "./read";

export type NullChildren = "propagate" | "throw";

export interface PortMemory {
  /** What this workbook held at the end of the last action, or null when nothing is known. */
  known(): Known | null;
  rememberKnown(known: Known | null): void;
  /** What this Excel does with a null object's children, or null until a read has shown it. */
  nullChildren(): NullChildren | null;
  rememberNullChildren(mode: NullChildren): void;
}

type Store = Pick<Storage, "getItem" | "setItem" | "removeItem">;

const PREFIX = "epm-star-scorer.port.";

function officeContext(): Office.Context | undefined {
  return typeof Office !== "undefined" ? Office.context : undefined;
}

const KNOWN_KEY = `${PREFIX}known`;

/** The open document: a hash (FNV-1a) of its URL; unsaved workbooks have none and share one. */
function documentId(): string {
  const url = String(officeContext()?.document?.url ?? "");
  let hash = 0x811c9dc5;
  for (let i = 0; i < url.length; i++) hash = Math.imul(hash ^ url.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16);
}

/** This Excel: what Office.context.diagnostics reports (the same build behaves the same). */
function hostKey(): string {
  const info = officeContext()?.diagnostics;
  return `${PREFIX}nullChildren:${String(info?.platform ?? "?")} ${String(info?.version ?? "?")}`;
}

function defaultStore(): Store | null {
  try {
    return typeof localStorage !== "undefined" ? localStorage : null;
  } catch {
    // Some webviews throw on any access to storage when it is disabled.
    return null;
  }
}

/** Known as JSON (sets as arrays): how storage and the workbook's settings keep it. */
export interface KnownJson {
  sheets: string[];
  tables: string[];
  names: string[];
  chartSheet: string | null;
  carried?: string[];
}

export function knownToJson(known: Known): KnownJson {
  return {
    sheets: known.sheets,
    tables: [...known.tables],
    names: [...known.names],
    chartSheet: known.chartSheet,
    ...(known.carried?.length ? { carried: known.carried } : {}),
  };
}

function isStringList(list: unknown): list is string[] {
  return Array.isArray(list) && list.every((item) => typeof item === "string");
}

/** Known from what knownToJson gave; null for anything else (garbled, another shape). */
export function knownFromJson(value: unknown): Known | null {
  const json = value as Partial<KnownJson> | null;
  if (!json || typeof json !== "object") return null;
  if (![json.sheets, json.tables, json.names].every(isStringList)) return null;
  return {
    sheets: json.sheets as string[],
    tables: new Set(json.tables),
    names: new Set(json.names),
    chartSheet: typeof json.chartSheet === "string" ? json.chartSheet : null,
    ...(isStringList(json.carried) && json.carried.length ? { carried: json.carried } : {}),
  };
}

function parseKnown(text: string | null): Known | null {
  if (!text) return null;
  try {
    const json = JSON.parse(text) as KnownJson & { document?: string };
    return json.document === documentId() ? knownFromJson(json) : null;
  } catch {
    return null;
  }
}

/**
 * A memory over a storage (default: localStorage where there is one). Storage failures (quota,
 * disabled storage) only mean nothing is kept.
 */
export function storageMemory(store: Store | null = defaultStore()): PortMemory {
  const safely = (write: (store: Store) => void) => {
    try {
      if (store) write(store);
    } catch {
      // Nothing kept: the next port reads as a first one.
    }
  };
  return {
    known() {
      try {
        return store ? parseKnown(store.getItem(KNOWN_KEY)) : null;
      } catch {
        return null;
      }
    },
    rememberKnown(known) {
      safely((s) => {
        if (!known) s.removeItem(KNOWN_KEY);
        else
          s.setItem(KNOWN_KEY, JSON.stringify({ document: documentId(), ...knownToJson(known) }));
      });
    },
    nullChildren() {
      try {
        const mode = store?.getItem(hostKey());
        return mode === "propagate" || mode === "throw" ? mode : null;
      } catch {
        return null;
      }
    },
    rememberNullChildren(mode) {
      safely((s) => s.setItem(hostKey(), mode));
    },
  };
}

/** A memory kept in this object only (a test's "same page"; see storageMemory for the real one). */
export function objectMemory(): PortMemory {
  const map = new Map<string, string>();
  return storageMemory({
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  });
}
