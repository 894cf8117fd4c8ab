/**
 * What "Check this Excel" reports (excel-check.ts), without any Office call: the task pane shows
 * and copies it, so its initial script need not carry the checks themselves (they load when run).
 */
export type CheckOutcome = "as assumed" | "differs" | "failed" | "not available";

export const CHECK_IDS = [
  "nullChildren",
  "refNames",
  "quotePrefix",
  "tableEvents",
  "partialBatch",
  "cellEdit",
  "undo",
  "audit",
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

export interface CheckResult {
  id: CheckId;
  /** What the tests assumed (technical, Excel's own terms). */
  expected: string;
  /** What this Excel did. */
  observed: string;
  outcome: CheckOutcome;
  /** Excel's error code, message and debugInfo where an error was involved. */
  detail?: string;
}

export interface CheckReport {
  results: CheckResult[];
  /** Scratch sheets and names the run could not remove (empty when all are gone). */
  leftovers: string[];
}

/** The report as plain text: one line per check, no content of the user's workbook. */
export function reportText(
  report: CheckReport,
  titles: Record<CheckId, string>,
  header: readonly string[] = []
): string {
  const lines = [...header];
  for (const r of report.results) {
    const detail = r.detail ? ` | ${r.detail}` : "";
    lines.push(
      `${r.outcome.toUpperCase()} | ${titles[r.id]} | expected: ${r.expected} | observed: ${r.observed}${detail}`
    );
  }
  lines.push(
    report.leftovers.length ? `Leftovers: ${report.leftovers.join(", ")}` : "Leftovers: none"
  );
  return lines.join("\n");
}
