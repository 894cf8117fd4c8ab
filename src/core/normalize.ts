/**
 * Characters that chat apps and web pages paste into cells without showing them: zero-width
 * space, non-joiner and joiner, word joiner, byte order mark and soft hyphen. They are never part
 * of a rating, an ID or a header, so every reader drops them like surrounding spaces.
 */
const INVISIBLE = /\u200B|\u200C|\u200D|\u2060|\uFEFF|\u00AD/g;

/** Text without those invisible characters, and otherwise as written (e.g. a rating to store). */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE, "");
}

/** A cell's or header's text as matched: NFKC (full-width → half-width, NBSP → space), invisibles dropped, trimmed. */
export function cleanText(text: string): string {
  return withoutInvisible(text.normalize("NFKC")).trim();
}

/** docs/scoring-rules.md §2: labels match after trimming, NFKC (full-width → half-width) and case-folding. */
export function normalizeLabel(text: string): string {
  return cleanText(text).toLowerCase();
}

/**
 * Text as a message shows it: a format or control character that is still there (a left-to-right
 * mark, a tab) is written as <U+200E>, so that a user can see why "合规" was not read as 合规.
 */
export function visibleText(text: string): string {
  return text.replace(
    /[\p{Cf}\p{Cc}]/gu,
    (ch) => `<U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}>`
  );
}
