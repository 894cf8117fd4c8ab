/** Star conditions of docs/scoring-rules.md §5 for each level of the catalogue and the gap to the next level (§7). */
import { clauseCount, ownerOf, verdictOf, type ClauseTable } from "./clause-table";
import type { Condition, Gain, Gap, Level, Rules, Shortfall, StarLevel } from "./types";

/** Point comparisons allow 1e-6 points (§4); shares and years allow only float noise. */
export const POINT_TOLERANCE = 1e-6;
const COUNT_TOLERANCE = 1e-9;

export interface Facts {
  years: number | null;
  compliantCount: number;
  clauseCount15: number;
  fPassCount: number;
  score15: number;
  max15: number;
  score6: number;
  cap6: number;
}

/** The conditions of every level; rules hold one threshold per level, in the same order. */
export function evaluateLevels(
  facts: Facts,
  rules: Rules,
  starLevels: readonly StarLevel[]
): Level[] {
  return starLevels.map(({ stars }, k) => {
    const fShareRequired = rules.fShare[k];
    const conditions: Condition[] = [
      {
        key: "years",
        required: rules.years[k],
        actual: facts.years,
        met: facts.years === null ? null : facts.years >= rules.years[k] - COUNT_TOLERANCE,
      },
      {
        key: "compliance",
        required: facts.clauseCount15,
        actual: facts.compliantCount,
        met: facts.compliantCount === facts.clauseCount15,
      },
      {
        key: "fShare",
        required: fShareRequired,
        actual: facts.clauseCount15 === 0 ? 1 : facts.fPassCount / facts.clauseCount15,
        met: facts.fPassCount >= fShareRequired * facts.clauseCount15 - COUNT_TOLERANCE,
      },
      {
        key: "score15",
        required: rules.score15[k] * facts.max15,
        actual: facts.score15,
        met: facts.score15 >= rules.score15[k] * facts.max15 - POINT_TOLERANCE,
      },
      {
        key: "score6",
        required: rules.score6[k] * facts.cap6,
        actual: facts.score6,
        met: facts.score6 >= rules.score6[k] * facts.cap6 - POINT_TOLERANCE,
      },
    ];
    return { stars, met: conditions.every((c) => c.met !== false), conditions };
  });
}

/** The highest level whose conditions all hold (an unknown years condition does not block). */
export function starsOf(levels: Level[]): number {
  let stars = 0;
  for (const level of levels) if (level.met) stars = level.stars;
  return stars;
}

export function gapTo(
  stars: number,
  levels: Level[],
  facts: Facts,
  nonCompliantIds: string[],
  gains: Gain[]
): Gap | null {
  const next = levels.find((level) => level.stars > stars);
  if (!next) return null;
  const conditions: Shortfall[] = [];
  for (const condition of next.conditions) {
    if (condition.met !== false) continue;
    const actual = condition.actual as number;
    switch (condition.key) {
      case "compliance":
        conditions.push({
          key: condition.key,
          required: condition.required,
          actual: condition.actual,
          short: nonCompliantIds.length,
          clauseIds: nonCompliantIds,
        });
        break;
      case "fShare":
        conditions.push(
          shortfall(
            condition,
            Math.ceil(condition.required * facts.clauseCount15 - facts.fPassCount - COUNT_TOLERANCE)
          )
        );
        break;
      default:
        conditions.push(shortfall(condition, condition.required - actual));
    }
  }
  return { stars: next.stars, conditions, topGains: gains };
}

/** How many clauses the gap lists: the Summary sheet and the task pane show the first 10. */
export const TOP_GAINS = 20;

/**
 * The clauses with the largest realisable gain, highest first; equal gains keep catalogue order.
 * Gain = points × (1 − ratio), but never more than the clause's capped module can still add, so a
 * module at its cap lists nothing; zero gains are not listed. A bounded insertion keeps this linear
 * in the number of clauses.
 */
export function topGains(
  table: ClauseTable,
  /** Per module: what a capped module can still add (its cap − its capped score); null: no cap. */
  headroom: ReadonlyArray<number | null>,
  limit = TOP_GAINS
): Gain[] {
  // Insertion into two small parallel arrays; objects are made only for the winners.
  const gains: number[] = [];
  const at: number[] = [];
  const total = clauseCount(table);
  for (let k = 0; k < total; k++) {
    const owner = ownerOf(table, k);
    const room = headroom[owner.moduleIndex];
    const full = owner.points * (1 - verdictOf(table, k).ratio);
    const gain = room === null ? full : Math.min(full, room);
    if (gain <= 0 || (gains.length === limit && gain <= gains[limit - 1])) continue;
    let slot = gains.length < limit ? gains.length : limit - 1;
    while (slot > 0 && gains[slot - 1] < gain) {
      gains[slot] = gains[slot - 1];
      at[slot] = at[slot - 1];
      slot -= 1;
    }
    gains[slot] = gain;
    at[slot] = k;
  }
  return gains.map((gain, n) => ({ id: ownerOf(table, at[n]).id, gain }));
}

function shortfall(condition: Condition, short: number): Shortfall {
  return { key: condition.key, required: condition.required, actual: condition.actual, short };
}
