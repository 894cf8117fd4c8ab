/**
 * One clause's ratio, status and the two per-column conditions of docs/scoring-rules.md §3 and §5,
 * from its already parsed ratings. Issues are returned as codes; the caller adds location.
 */
import { C_LEVELS, type Parsed } from "./scales";
import type { Stage, Status } from "./types";

export interface ClauseVerdict {
  ratio: number;
  status: Status;
  compliant: boolean;
  executionPass: boolean;
  /** Issue codes raised by the combination (not by an invalid value itself). */
  notes: Array<"naWithF" | "pendingFinal" | "missingF" | "missingC">;
}

function stateIndex(parsed: Parsed): number {
  if (parsed.kind === "blank") return 0;
  if (parsed.kind === "invalid") return 1;
  return 2 + (parsed.level.index as number);
}

/**
 * The verdict depends only on the C state, the F state, the stage and the compliance reading
 * (7 × 7 × 2 × 2 cases), so each is computed once and shared (frozen): scoring then allocates
 * nothing per clause for it.
 */
const verdicts: ClauseVerdict[] = [];
const STATES = 2 + C_LEVELS.length;

/**
 * Modules 1.0–5.0: method compliance C and execution F (§3 table, read top to bottom; invalid
 * first). `strictCompliance` is the rule of that name (docs/scoring-rules.md §5):
 * 部分合规 then no longer counts as method-compliant.
 */
export function judgeCF(
  c: Parsed,
  f: Parsed,
  stage: Stage,
  strictCompliance = false
): ClauseVerdict {
  const index =
    ((strictCompliance ? 2 : 0) + (stage === "final" ? 1 : 0)) * STATES * STATES +
    stateIndex(c) * STATES +
    stateIndex(f);
  return (verdicts[index] ??= Object.freeze(computeCF(c, f, stage, strictCompliance)));
}

/** §5: the C values that pass the method requirement (the standard's 是 column). */
function isMethodCompliant(cCode: string | null, stage: Stage, strict: boolean): boolean {
  if (cCode === "C" || cCode === "NA") return true;
  if (cCode === "P") return !strict;
  return cCode === "PE" && stage === "baseline";
}

function computeCF(c: Parsed, f: Parsed, stage: Stage, strict: boolean): ClauseVerdict {
  const cCode = c.kind === "level" ? c.level.code : null;
  const compliant = isMethodCompliant(cCode, stage, strict);
  const executionPass =
    cCode === "NA" ||
    (f.kind === "level" && f.level.pass) ||
    (stage === "baseline" && cCode === "PE" && f.kind === "blank");
  const verdict = (
    ratio: number,
    status: Status,
    notes: ClauseVerdict["notes"] = []
  ): ClauseVerdict => ({
    ratio,
    status,
    compliant,
    executionPass,
    notes,
  });

  if (c.kind === "invalid" || f.kind === "invalid") {
    return verdict(0, "invalid", cCode === "PE" && stage === "final" ? ["pendingFinal"] : []);
  }
  if (c.kind === "blank" && f.kind === "blank") return verdict(0, "unrated");
  if (cCode === "NA") return verdict(1, "n/a", f.kind === "level" ? ["naWithF"] : []);
  if (cCode === "PE") {
    const notes: ClauseVerdict["notes"] = stage === "final" ? ["pendingFinal"] : [];
    return verdict(f.kind === "level" ? Math.min(1, f.level.ratio) : 1, "pending", notes);
  }
  if (c.kind === "blank") return verdict(0, "incomplete", ["missingC"]);
  if (f.kind === "blank") return verdict(0, "incomplete", ["missingF"]);
  return verdict(Math.min(c.level.ratio, f.level.ratio), "rated");
}

const NO_NOTES: ClauseVerdict["notes"] = [];
const I_UNRATED: ClauseVerdict = Object.freeze({
  ratio: 0,
  status: "unrated",
  compliant: false,
  executionPass: false,
  notes: NO_NOTES,
});
const I_INVALID: ClauseVerdict = Object.freeze({
  ratio: 0,
  status: "invalid",
  compliant: false,
  executionPass: false,
  notes: NO_NOTES,
});
const iVerdicts = new Map<unknown, ClauseVerdict>();

/** Module 6.0: the innovation grade alone. */
export function judgeI(i: Parsed): ClauseVerdict {
  if (i.kind === "invalid") return I_INVALID;
  if (i.kind === "blank") return I_UNRATED;
  let verdict = iVerdicts.get(i.level);
  if (!verdict) {
    const status: Status = i.level.code === "NA" ? "n/a" : "rated";
    verdict = Object.freeze({
      ratio: i.level.ratio,
      status,
      compliant: false,
      executionPass: false,
      notes: NO_NOTES,
    });
    iVerdicts.set(i.level, verdict);
  }
  return verdict;
}
