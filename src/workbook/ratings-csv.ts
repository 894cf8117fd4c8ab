/**
 * Ratings CSV (docs/scoring-rules.md §8): UTF-8 with or without BOM, RFC 4180, a header naming ID and any of
 * C, F, I (other columns ignored). Parsing only: which IDs exist is checked by the overlay.
 *
 * Separator: a comma, or a tab (Excel's "Unicode text" export is UTF-16 with BOM and tab separated).
 * The separator is decided from the header line alone, never guessed from the data: the header is
 * tab separated when it holds a tab and no comma, otherwise comma separated. Papaparse's own
 * detection is not used: it picks whichever separator gives the most consistent field counts over
 * the first rows, so a comma inside an evidence note or a one-column file can make it choose wrongly
 * (or report "unable to auto-detect"); the header always names at least ID and a rating column, so
 * it always shows its separator. Semicolons stay refused (§8), with a message naming what is accepted.
 */
import Papa from "papaparse";
import { cleanText, normalizeLabel, withoutInvisible } from "../core/normalize";
import type { Issue, Lang } from "../core/types";
import { columnOfHeader } from "./columns";
import { workbookIssue } from "./issues";

/** Excel's limit on the text of one cell; longer text would be cut or break the file. */
export const MAX_CELL_CHARS = 32_767;

export type RatingKey = "c" | "f" | "i";
/** Rating columns, plus the documented Evidence column (overlaid into Evidence/Notes when not blank). */
export type CsvColumn = RatingKey | "evidence";

export interface CsvRating {
  id: string;
  /** 1-based line of the file where the record starts. */
  line: number;
  values: Partial<Record<CsvColumn, string>>;
}

export type CsvParse =
  { ok: true; columns: CsvColumn[]; ratings: CsvRating[] } | { ok: false; issues: Issue[] };

/** Invisible characters pasted from chat apps leave headers, IDs and ratings; notes stay as written. */
const visible = withoutInvisible;

function headerKey(cell: string): "id" | CsvColumn | null {
  const text = normalizeLabel(visible(cell));
  if (text === "id" || text === "编号") return "id";
  const key = columnOfHeader(visible(cell));
  return key === "id" || key === "c" || key === "f" || key === "i" || key === "evidence"
    ? key
    : null;
}

/** The header line's separator: a tab when it has tabs and no comma, otherwise a comma. */
export function csvDelimiter(text: string): "," | "\t" {
  const header = /^[\r\n]*([^\r\n]*)/.exec(text)?.[1] ?? "";
  return header.includes("\t") && !header.includes(",") ? "\t" : ",";
}

export function parseRatingsCsv(content: string, lang: Lang): CsvParse {
  const text = content.replace(/^\uFEFF/, "");
  const delimiter = csvDelimiter(text);
  const records: Array<{ data: string[]; line: number; error?: string }> = [];
  let start = 0;
  // Lines are counted on from the previous record, so parsing stays linear in the file's length.
  let counted = { offset: 0, line: 1 };
  const lineAt = (offset: number): number => {
    let line = counted.line;
    const end = Math.min(offset, text.length);
    for (
      let k = text.indexOf("\n", counted.offset);
      k >= 0 && k < end;
      k = text.indexOf("\n", k + 1)
    )
      line++;
    counted = { offset: end, line };
    return line;
  };
  Papa.parse<string[]>(text, {
    // §8: comma separated, or tab separated when the header line says so (see csvDelimiter).
    delimiter,
    step: (row) => {
      records.push({ data: row.data, line: lineAt(start), error: row.errors[0]?.message });
      start = row.meta.cursor;
    },
  });
  const issue = (code: string, params: Record<string, string | number>): Issue =>
    workbookIssue("error", code, null, params, lang);
  const nonEmpty = records.filter((r) => r.data.some((cell) => cell.trim() !== ""));
  if (nonEmpty.length === 0) return { ok: false, issues: [issue("csvEmpty", {})] };

  const syntax = nonEmpty.filter((r) => r.error);
  if (syntax.length)
    return {
      ok: false,
      issues: syntax.map((r) => issue("csvSyntax", { line: r.line, detail: r.error as string })),
    };

  const [header, ...body] = nonEmpty;
  const keys = header.data.map(headerKey);
  const idCol = keys.indexOf("id");
  const columns = (["c", "f", "i", "evidence"] as const).filter((k) => keys.includes(k));
  if (idCol < 0 || !columns.some((k) => k !== "evidence"))
    return {
      ok: false,
      issues: [issue("csvHeader", { line: header.line, found: header.data.join(delimiter) })],
    };
  // A rating column named twice: which one counts would be a guess, so the file is refused.
  const twice = keys.findIndex((key, k) => key !== null && keys.indexOf(key) !== k);
  if (twice >= 0)
    return {
      ok: false,
      issues: [
        issue("csvDuplicateColumn", {
          line: header.line,
          column: visible(header.data[twice]).trim(),
          first: keys.indexOf(keys[twice]) + 1,
          second: twice + 1,
        }),
      ],
    };

  const issues: Issue[] = [];
  for (const record of body) {
    const long = record.data.findIndex((cell) => cell.length > MAX_CELL_CHARS);
    if (long >= 0)
      issues.push(
        issue("csvTooLong", {
          line: record.line,
          column: header.data[long] ?? String(long + 1),
          length: record.data[long].length,
          max: MAX_CELL_CHARS,
        })
      );
  }
  if (issues.length) return { ok: false, issues };
  const ratings: CsvRating[] = [];
  const firstLine = new Map<string, number>();
  for (const record of body) {
    const id = cleanText(record.data[idCol] ?? "");
    const values: CsvRating["values"] = {};
    for (const key of columns) {
      const value = record.data[keys.indexOf(key)] ?? "";
      values[key] = key === "evidence" ? value : visible(value);
    }
    if (id === "") {
      if ((["c", "f", "i"] as const).some((k) => cleanText(values[k] ?? "") !== ""))
        issues.push(issue("csvNoId", { line: record.line }));
      continue;
    }
    const first = firstLine.get(id);
    if (first !== undefined) {
      issues.push(issue("csvDuplicate", { line: record.line, id, first }));
      continue;
    }
    firstLine.set(id, record.line);
    ratings.push({ id, line: record.line, values });
  }
  return issues.length ? { ok: false, issues } : { ok: true, columns, ratings };
}
