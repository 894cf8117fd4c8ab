/**
 * Per-clause facts of one scoring, and `result.clauses` built from them only when first read.
 * `npm run bench` (CPU time, interleaved runs) measures both choices:
 * - Lazy clauses: building every ClauseResult eagerly takes full EPM scorings from about 51,000 to
 *   about 32,000 a second and a 100,000-clause catalogue from about 60 ms to about 155 ms, and
 *   what-if recomputes (totals and stars) never read the clauses.
 * - One flat array of what was judged, owners taken from the points layout: about 53,000 scorings a
 *   second and 30 ms at 100,000 clauses, against 52,000 and 60 ms with one record object a clause
 *   (100,000 small objects that survive the scoring cost the garbage collector) and 42,000 and
 *   39 ms with four parallel arrays.
 */
import type { ClauseVerdict } from "./clause";
import type { ClauseSlot } from "./points";
import type { Parsed } from "./scales";
import type { CatalogueModule, ClauseResult, Result } from "./types";

/** What a clause belongs to: a catalogue slot, or an extra innovation row. */
export interface ClauseOwner {
  id: string;
  module: CatalogueModule;
  moduleIndex: number;
  item: string | null;
}

/** A clause with the points it is worth: a catalogue slot, or an extra innovation clause. */
export type PointedOwner = ClauseOwner & { points: number };

export interface ClauseTable {
  /** The catalogue clauses, in catalogue order: clauses 0 … slots.length − 1. */
  slots: readonly ClauseSlot[];
  /** The extra innovation clauses, after them. */
  extras: readonly PointedOwner[];
  /** What was judged of clause k: its verdict at 4k, its parsed C, F and I at 4k + 1 … 4k + 3. */
  judged: Array<ClauseVerdict | Parsed>;
}

export function newClauseTable(
  slots: readonly ClauseSlot[],
  extras: readonly PointedOwner[]
): ClauseTable {
  return { slots, extras, judged: new Array(4 * (slots.length + extras.length)) };
}

export const clauseCount = (table: ClauseTable): number => table.slots.length + table.extras.length;

export function ownerOf(table: ClauseTable, k: number): PointedOwner {
  return k < table.slots.length ? table.slots[k] : table.extras[k - table.slots.length];
}

export function verdictOf(table: ClauseTable, k: number): ClauseVerdict {
  return table.judged[4 * k] as ClauseVerdict;
}

const parsedOf = (table: ClauseTable, k: number, field: 1 | 2 | 3): Parsed =>
  table.judged[4 * k + field] as Parsed;

const codeOf = (parsed: Parsed): string | null =>
  parsed.kind === "level" ? parsed.level.code : null;

function clauseResults(table: ClauseTable): ClauseResult[] {
  const clauses = new Array<ClauseResult>(clauseCount(table));
  for (let k = 0; k < clauses.length; k++) {
    const owner = ownerOf(table, k);
    const verdict = verdictOf(table, k);
    const f = parsedOf(table, k, 2);
    clauses[k] = {
      id: owner.id,
      module: owner.module.id,
      item: owner.item,
      extra: k >= table.slots.length,
      points: owner.points,
      ratio: verdict.ratio,
      score: owner.points * verdict.ratio,
      status: verdict.status,
      c: codeOf(parsedOf(table, k, 1)),
      f: codeOf(f),
      i: codeOf(parsedOf(table, k, 3)),
      rate: f.kind === "level" ? f.rate : null,
      compliant: verdict.compliant,
      executionPass: verdict.executionPass,
    };
  }
  return clauses;
}

/**
 * `clauses` is a getter that builds the array on first read and then replaces itself with a plain
 * data property, so JSON, structured clones and spreads see an ordinary array. It is one shared
 * getter reading a non-enumerable field: a getter made per call would give every result its own
 * hidden class.
 */
const TABLE_KEY = "__clauseTable";
const LAZY_CLAUSES: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: Result & { [TABLE_KEY]: ClauseTable }): ClauseResult[] {
    const clauses = clauseResults(this[TABLE_KEY]);
    Object.defineProperty(this, "clauses", {
      value: clauses,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    return clauses;
  },
};

export function withLazyClauses(result: Omit<Result, "clauses">, table: ClauseTable): Result {
  Object.defineProperty(result, TABLE_KEY, { value: table, enumerable: false, writable: true });
  return Object.defineProperty(result, "clauses", LAZY_CLAUSES) as Result;
}
