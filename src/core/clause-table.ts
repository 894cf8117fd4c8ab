/**
 * Per-clause facts of one scoring, one small record a clause, and `result.clauses` built from them
 * only when first read. `npm run bench` (CPU time) measures why: building every ClauseResult eagerly
 * takes full EPM scorings from about 51,000 to about 32,000 a second and a 100,000-clause catalogue
 * from about 60 ms to about 155 ms, and what-if recomputes (totals and stars) never read the clauses.
 * Records rather than parallel arrays: about 52,000 against 40,000 scorings a second at 211 clauses;
 * parallel arrays are faster only at 100,000 clauses (about 39 ms against 60 ms).
 */
import type { ClauseVerdict } from "./clause";
import type { Parsed } from "./scales";
import type { CatalogueModule, ClauseResult, Result } from "./types";

/** What a clause belongs to: a catalogue slot, or an extra innovation row. */
export interface ClauseOwner {
  id: string;
  module: CatalogueModule;
  moduleIndex: number;
  item: string | null;
}

/** One judged clause: what it belongs to, its points, verdict and parsed ratings. */
export interface ClauseRecord {
  owner: ClauseOwner;
  points: number;
  verdict: ClauseVerdict;
  c: Parsed;
  f: Parsed;
  i: Parsed;
}

export interface ClauseTable {
  /** Catalogue clauses in catalogue order, then the extra innovation clauses. */
  records: ClauseRecord[];
  /** Clauses from this index on are extra innovation rows. */
  catalogueCount: number;
}

export function newClauseTable(total: number, catalogueCount: number): ClauseTable {
  return {
    records: new Array<ClauseRecord>(total),
    catalogueCount,
  };
}

const codeOf = (parsed: Parsed): string | null =>
  parsed.kind === "level" ? parsed.level.code : null;

function clauseResults(table: ClauseTable): ClauseResult[] {
  return table.records.map(({ owner, points, verdict, c, f, i }, k) => ({
    id: owner.id,
    module: owner.module.id,
    item: owner.item,
    extra: k >= table.catalogueCount,
    points,
    ratio: verdict.ratio,
    score: points * verdict.ratio,
    status: verdict.status,
    c: codeOf(c),
    f: codeOf(f),
    i: codeOf(i),
    rate: f.kind === "level" ? f.rate : null,
    compliant: verdict.compliant,
    executionPass: verdict.executionPass,
  }));
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
