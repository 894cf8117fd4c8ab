/** docs/scoring-rules.md §2: labels match after trimming, NFKC (full-width → half-width) and case-folding. */
export function normalizeLabel(text: string): string {
  return text.normalize("NFKC").trim().toLowerCase();
}
