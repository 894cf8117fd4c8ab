/**
 * Ratings CSV (docs/scoring-rules.md §8): UTF-8 with or without BOM, RFC 4180, a header naming ID and any of
 * C, F, I (other columns ignored). Parsing only: which IDs exist is checked by the overlay.
 */
import Papa from "papaparse";
import { cleanText, normalizeLabel } from "../core/normalize";
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

function headerKey(cell: string): "id" | CsvColumn | null {
  const text = normalizeLabel(cell);
  if (text === "id" || text === "编号") return "id";
  const key = columnOfHeader(cell);
  return key === "id" || key === "c" || key === "f" || key === "i" || key === "evidence"
    ? key
    : null;
}

export function parseRatingsCsv(content: string, lang: Lang): CsvParse {
  const text = content.replace(/^\uFEFF/, "");
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
    // §8: comma separated; never guessed (a one-column file would otherwise be an error).
    delimiter: ",",
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
      issues: [issue("csvHeader", { line: header.line, found: header.data.join(",") })],
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
    for (const key of columns) values[key] = record.data[keys.indexOf(key)] ?? "";
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
