/**
 * How the emulated host turns what a client writes into cells, and cells into what a client
 * reads. Excel parses an unprefixed string the way a user's typing is parsed: "85%" becomes 0.85,
 * "17/20" a date, "=…" a formula; a "'" prefix keeps the text as typed.
 */
import type { Cell, CellValue } from "./model";

export interface CellOptions {
  /**
   * Undocumented: whether Range.formulas returns a quote-prefixed text constant with its "'".
   * Both behaviours are plausible; the host offers both and the adapter is tested under each.
   */
  quotePrefixInFormulas: boolean;
}

/** Excel's date serial of a d/m (or m/d) entry in the current year, as typing would give. */
function dateSerial(a: number, b: number): number {
  const year = new Date().getUTCFullYear();
  return Math.round((Date.UTC(year, a - 1, b) - Date.UTC(1899, 11, 30)) / 86400000);
}

/** Parses one written value as Excel parses typing; the cell keeps its number format. */
export function parseWritten(input: unknown, previous: Cell | undefined): Cell | undefined {
  const keep = previous
    ? {
        numberFormat: previous.numberFormat,
        format: previous.format,
        validation: previous.validation,
        ...(previous.hyperlink ? { hyperlink: previous.hyperlink } : {}),
      }
    : {};
  if (input === null || input === undefined) return previous; // null: leave unchanged
  if (typeof input === "number" || typeof input === "boolean") return { ...keep, value: input };
  const text = String(input);
  if (text === "") return { ...keep, value: "" };
  if (text.startsWith("'")) return { ...keep, value: text.slice(1), quoted: true };
  if (text.startsWith("=") && text.length > 1) return { ...keep, value: 0, formula: text };
  const trimmed = text.trim();
  if (/^[-+]?\d+(\.\d+)?(e[-+]?\d+)?$/i.test(trimmed)) return { ...keep, value: Number(trimmed) };
  const percent = /^([-+]?\d+(\.\d+)?)%$/.exec(trimmed);
  if (percent) return { ...keep, value: Number(percent[1]) / 100, numberFormat: "0%" };
  if (/^(true|false)$/i.test(trimmed)) return { ...keep, value: /^true$/i.test(trimmed) };
  const date = /^(\d{1,2})\/(\d{1,2})$/.exec(trimmed);
  if (date && Number(date[1]) <= 12 && Number(date[2]) <= 31)
    return { ...keep, value: dateSerial(Number(date[1]), Number(date[2])), numberFormat: "d-mmm" };
  return { ...keep, value: text };
}

export function readValue(cell: Cell | undefined): CellValue {
  if (!cell) return "";
  return cell.value;
}

export function readFormula(cell: Cell | undefined, options: CellOptions): CellValue {
  if (!cell) return "";
  if (cell.formula) return cell.formula;
  if (cell.quoted && options.quotePrefixInFormulas) return `'${cell.value}`;
  return cell.value;
}

export function readType(cell: Cell | undefined): string {
  if (!cell || (cell.value === "" && !cell.formula)) return "Empty";
  if (typeof cell.value === "number") return "Double";
  if (typeof cell.value === "boolean") return "Boolean";
  if (!cell.quoted && /^#(REF!|VALUE!|N\/A|DIV\/0!|NAME\?|NUM!|NULL!)$/.test(String(cell.value)))
    return "Error";
  return "String";
}
