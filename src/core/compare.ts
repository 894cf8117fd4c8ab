/**
 * Compare two results of the same catalogue (docs/team.md): stars and totals before and after, the
 * star conditions whose outcome changed, module and sub-item deltas, and every clause whose rating
 * or ratio changed, largest point change first. Pure.
 */
import type { Block, ClauseResult, ConditionKey, Result } from "./types";

export interface Totals {
  stars: number;
  score15: number;
  score6: number;
}
export interface ConditionChange {
  stars: number;
  key: ConditionKey;
  before: { actual: number | null; met: boolean | null };
  after: { actual: number | null; met: boolean | null };
}
export interface BlockDelta {
  id: string;
  max: number;
  before: number;
  after: number;
  delta: number;
}
export interface ClauseChange {
  id: string;
  module: string;
  /** The ratings as codes, e.g. "C/G" (C and F) or "O" (I); "–" for blank. */
  before: string;
  after: string;
  ratioBefore: number;
  ratioAfter: number;
  pointsDelta: number;
}
export interface Comparison {
  before: Totals;
  after: Totals;
  conditions: ConditionChange[];
  modules: BlockDelta[];
  subItems: BlockDelta[];
  clauses: ClauseChange[];
}

const totals = (r: Result): Totals => ({ stars: r.stars, score15: r.score15, score6: r.score6 });

/** The ratings of a clause as short codes: "C/G" or "C/85%" (C and F), "O" (I), "–" for blank. */
export function ratingCodes(clause: ClauseResult | undefined): string {
  if (!clause) return "–";
  if (clause.c === null && clause.f === null) return clause.i ?? "–";
  const f = clause.rate !== null ? `${Math.round(clause.rate * 1000) / 10}%` : clause.f;
  return `${clause.c ?? "–"}/${f ?? "–"}`;
}

function blockDeltas(before: Block[], after: Block[]): BlockDelta[] {
  return after.map((block) => {
    const old = before.find((b) => b.id === block.id);
    const was = old?.score ?? 0;
    return {
      id: block.id,
      max: block.max,
      before: was,
      after: block.score,
      delta: block.score - was,
    };
  });
}

export function compareResults(before: Result, after: Result): Comparison {
  const conditions: ConditionChange[] = [];
  for (const level of after.levels) {
    const old = before.levels.find((l) => l.stars === level.stars);
    for (const condition of level.conditions) {
      const was = old?.conditions.find((c) => c.key === condition.key);
      if (!was || was.met !== condition.met || was.actual !== condition.actual)
        conditions.push({
          stars: level.stars,
          key: condition.key,
          before: { actual: was?.actual ?? null, met: was?.met ?? null },
          after: { actual: condition.actual, met: condition.met },
        });
    }
  }
  const beforeById = new Map(before.clauses.map((c) => [c.id, c]));
  const order = new Map(after.clauses.map((c, k) => [c.id, k]));
  const clauses: ClauseChange[] = [];
  for (const clause of after.clauses) {
    const old = beforeById.get(clause.id);
    const was = ratingCodes(old);
    const now = ratingCodes(clause);
    const ratioBefore = old?.ratio ?? 0;
    if (was === now && ratioBefore === clause.ratio) continue;
    clauses.push({
      id: clause.id,
      module: clause.module,
      before: was,
      after: now,
      ratioBefore,
      ratioAfter: clause.ratio,
      pointsDelta: clause.score - (old?.score ?? 0),
    });
  }
  clauses.sort(
    (a, b) =>
      Math.abs(b.pointsDelta) - Math.abs(a.pointsDelta) ||
      (order.get(a.id) as number) - (order.get(b.id) as number)
  );
  return {
    before: totals(before),
    after: totals(after),
    conditions,
    modules: blockDeltas(before.modules, after.modules),
    subItems: blockDeltas(before.subItems, after.subItems),
    clauses,
  };
}
