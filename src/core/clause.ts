/**
 * One clause's ratio, status and the two per-column conditions of SCORING.md §3 and §5,
 * from its already parsed ratings. Issues are returned as codes; the caller adds location.
 */
import type { Parsed } from "./scales";
import type { Stage, Status } from "./types";

export interface ClauseVerdict {
  ratio: number;
  status: Status;
  compliant: boolean;
  executionPass: boolean;
  /** Issue codes raised by the combination (not by an invalid value itself). */
  notes: Array<"naWithF" | "pendingFinal" | "missingF" | "missingC">;
}

/** Modules 1.0–5.0: method compliance C and execution F (§3 table, read top to bottom; invalid first). */
export function judgeCF(c: Parsed, f: Parsed, stage: Stage): ClauseVerdict {
  const cCode = c.kind === "level" ? c.level.code : null;
  const compliant = cCode === "C" || cCode === "NA" || (cCode === "PE" && stage === "baseline");
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

/** Module 6.0: the innovation grade alone. */
export function judgeI(i: Parsed): ClauseVerdict {
  if (i.kind === "invalid")
    return { ratio: 0, status: "invalid", compliant: false, executionPass: false, notes: [] };
  if (i.kind === "blank")
    return { ratio: 0, status: "unrated", compliant: false, executionPass: false, notes: [] };
  const status: Status = i.level.code === "NA" ? "n/a" : "rated";
  return { ratio: i.level.ratio, status, compliant: false, executionPass: false, notes: [] };
}
