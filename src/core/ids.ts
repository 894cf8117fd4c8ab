/**
 * Clause IDs and module names as read from cells: numbers become their text ("20"), text is
 * NFKC-trimmed without invisible characters, a formula reads as its cached result.
 */
import { cleanText, visibleText } from "./normalize";
import type { CellError, CellFormula, CellScalar, RawCell } from "./types";

const normalized = new Map<string, string>();

export function cellText(cell: RawCell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "object" && !(cell instanceof Date)) {
    if ("merged" in cell) return cellText(cell.value);
    if ("hyperlink" in cell) return cellText(cell.text);
    // A formula's text is what it shows: an ID or a name computed by a formula is that ID or name.
    if ("formula" in cell) return cell.cached === undefined ? "" : cellText(cell.cached);
  }
  if (typeof cell === "string") {
    // IDs and labels repeat across scorings: normalise each distinct text once.
    let text = normalized.get(cell);
    if (text === undefined) {
      text = cleanText(cell);
      if (normalized.size >= 50_000) normalized.clear();
      normalized.set(cell, text);
    }
    return text;
  }
  if (typeof cell === "number" || typeof cell === "boolean") return String(cell);
  if (cell instanceof Date) return cell.toISOString();
  return "";
}

/** "6", "6.0" and "6.00" name the same module. */
export function sameModuleId(text: string, moduleId: string): boolean {
  if (text === moduleId) return true;
  const a = Number(text);
  const b = Number(moduleId);
  return text !== "" && Number.isFinite(a) && a === b;
}

/**
 * A cell as a message shows it: a formula as "=…", an error value as itself (cellText gives ""),
 * text with any invisible character left in it made visible (<U+200E>).
 */
export function shownText(cell: RawCell): string {
  if (cell !== null && typeof cell === "object" && !(cell instanceof Date)) {
    if ("merged" in cell) return shownText(cell.value);
    if ("formula" in cell) return "=" + cell.formula.replace(/^=/, "");
    if ("error" in cell) return cell.error;
  }
  return visibleText(cellText(cell));
}

/** What a cell holds where a value is expected (weights, switches, years, stage, names). */
export type ShownValue = CellScalar | CellError | CellFormula | null;

/**
 * The value a cell shows: a formula's cached result (LibreOffice saves the template's FALSE as
 * =FALSE() with the result FALSE), a link's text, a merged member's own content. A formula
 * without a result, or whose result is blank, stays the formula: it is not blank (its value is
 * unknown here), so a reader reports it instead of taking the default.
 */
export function shownValue(cell: RawCell): ShownValue {
  if (cell === null || cell === undefined) return null;
  if (typeof cell !== "object" || cell instanceof Date) return cell;
  if ("merged" in cell) return shownValue(cell.value);
  if ("hyperlink" in cell) return cell.text;
  if ("formula" in cell) {
    const cached = cell.cached;
    if (cached === null || cached === undefined) return cell;
    if (typeof cached === "string" && cleanText(cached) === "") return cell;
    return cached;
  }
  return cell;
}

/**
 * A catalogue ID or an earlier extra ID that a new extra ID is easily mistaken for: the same number
 * ("0201", "201.0" for 201) or the same text in another case ("x-1" after "X-1").
 */
export function lookalikeOf(
  id: string,
  catalogueIds: ReadonlyMap<string, unknown>,
  extraByLowerCase: Map<string, string>
): string | null {
  const number = Number(id);
  if (/^[0-9.]+$/.test(id) && Number.isFinite(number) && catalogueIds.has(String(number)))
    return String(number);
  const lower = id.toLowerCase();
  const other = extraByLowerCase.get(lower);
  if (other === undefined) extraByLowerCase.set(lower, id);
  return other ?? null;
}
