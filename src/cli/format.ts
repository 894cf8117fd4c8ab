/** Readable text of a result for the terminal, and the rows of the several-files summary. */
import { standardTerms, type StandardTerms } from "../core/standard";
import type { Catalogue, Issue, Lang, Result } from "../core/types";
import { conditionLabel, word } from "../workbook/labels";
import { CONDITION_KEYS } from "../workbook/layout";
import { flagsText, starsText, topGains } from "../workbook/summary-blocks";
import { cliText } from "./messages";

const fixed = (n: number) => n.toFixed(2);
const percent = (n: number) => `${(n * 100).toFixed(1)}%`;

function conditionValue(key: string, value: number | null): string {
  if (value === null) return "?";
  if (key === "fShare") return percent(value);
  if (key === "score15" || key === "score6") return fixed(value);
  return String(+value.toFixed(2));
}

const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

function padEnd(text: string, width: number): string {
  // CJK characters take two columns in a terminal.
  const columns = [...text].reduce((n, ch) => n + (WIDE.test(ch) ? 2 : 1), 0);
  return text + " ".repeat(Math.max(1, width - columns));
}

export function issueLine(issue: Issue): string {
  const where = issue.cell ? `${issue.cell}  ` : issue.clauseId ? `#${issue.clauseId}  ` : "";
  return `${issue.severity === "error" ? "error  " : "warning"}  ${where}${issue.message}`;
}

const UNITS: Record<string, { zh: string; en: string }> = {
  years: { zh: " 年", en: " year(s)" },
  fShare: { zh: " 条执行通过的条目", en: " clause(s) passing F" },
  score15: { zh: " 分", en: " points" },
  score6: { zh: " 分", en: " points" },
};

/** The result as text; `terms` are the words of the workbook's standard (core standardTerms). */
export function resultText(
  file: string,
  result: Result,
  lang: Lang,
  terms: StandardTerms,
  maxIssues = 10
): string {
  const lines: string[] = [];
  const flags = result.provisional || result.incomplete ? `  (${flagsText(result, lang)})` : "";
  lines.push(file);
  lines.push(`  ${cliText("starLevel", lang)}: ${starsText(result.stars, lang)}${flags}`);
  lines.push(
    `  ${cliText("stage", lang)}: ${result.stage}   ${cliText("years", lang)}: ${result.years ?? "?"}` +
      (result.profileName ? `   ${cliText("weights", lang)}: ${result.profileName}` : "")
  );
  lines.push(
    `  ${word("score15", lang, terms)}: ${fixed(result.score15)} / ${fixed(result.max15)} (${percent(result.max15 ? result.score15 / result.max15 : 0)})` +
      `   ${word("score6", lang, terms)}: ${fixed(result.score6)} / ${fixed(result.cap6)}`
  );
  lines.push(
    `  ${cliText("fPassShare", lang)}: ${percent(result.fPassShare)} (${result.fPassCount}/${result.clauseCount15})` +
      `   ${cliText("allCompliant", lang)}: ${result.allCompliant ? cliText("yes", lang) : cliText("no", lang)}` +
      (result.strictCompliance ? cliText("strict", lang) : "")
  );
  lines.push("");
  lines.push(
    `  ${padEnd(cliText("condition", lang), 40)}${result.levels.map((level) => padEnd(`${level.stars}★`, 22)).join("")}`
  );
  for (const key of CONDITION_KEYS) {
    const cells = result.levels.map((level) => {
      const c = level.conditions.find((x) => x.key === key)!;
      const mark = c.met === null ? "?" : c.met ? "✓" : "✗";
      return padEnd(
        `${conditionValue(key, c.actual)} / ${conditionValue(key, c.required)} ${mark}`,
        22
      );
    });
    lines.push(`  ${padEnd(conditionLabel(key, lang, terms), 40)}${cells.join("")}`);
  }
  if (result.gap) {
    const parts = result.gap.conditions.map((c) => {
      const label = conditionLabel(c.key, lang, terms).replace(/\s*[≥]$/, "");
      return c.key === "compliance"
        ? `${label}: ${c.short} ${cliText("notCompliant", lang)} (${(c.clauseIds ?? []).slice(0, 12).join(", ")}${(c.clauseIds ?? []).length > 12 ? ", …" : ""})`
        : `${label}: ${cliText("shortBy", lang)} ${conditionValue(c.key === "fShare" ? "count" : c.key, c.short)}${UNITS[c.key]?.[lang] ?? ""}`;
    });
    lines.push("");
    lines.push(`  ${cliText("gapTo", lang)} ${result.gap.stars}★: ${parts.join("; ") || "—"}`);
  }
  const gains = topGains(result, 5);
  if (gains.length)
    lines.push(
      `  ${cliText("mostAtStake", lang)}: ${gains.map((g) => `${g.id} (+${fixed(g.gain)})`).join(", ")}`
    );
  const errors = result.issues.filter((i) => i.severity === "error");
  const warnings = result.issues.length - errors.length;
  lines.push("");
  lines.push(
    `  ${cliText("issues", lang)}: ${errors.length} ${cliText("errorsCount", lang)}, ${warnings} ${cliText("warningsCount", lang)}`
  );
  const shown = [...errors, ...result.issues.filter((i) => i.severity === "warning")].slice(
    0,
    maxIssues
  );
  for (const issue of shown) lines.push(`    ${issueLine(issue)}`);
  if (result.issues.length > shown.length)
    lines.push(`    … ${result.issues.length - shown.length} ${cliText("moreIssues", lang)}`);
  return lines.map((line) => line.trimEnd()).join("\n");
}

/** The result's figures the several-files summary shows. */
const SUMMARY_FIELDS = [
  "stars",
  "provisional",
  "incomplete",
  "stage",
  "years",
  "score15",
  "max15",
  "score6",
  "cap6",
  "fPassShare",
  "allCompliant",
] as const;

export type SummaryRow = Pick<Result, (typeof SUMMARY_FIELDS)[number]> & {
  file: string;
  errors: number;
  warnings: number;
};

export function summaryRow(file: string, result: Result): SummaryRow {
  const errors = result.issues.filter((i) => i.severity === "error").length;
  const figures = Object.fromEntries(SUMMARY_FIELDS.map((key) => [key, result[key]]));
  return {
    file,
    ...(figures as Pick<Result, (typeof SUMMARY_FIELDS)[number]>),
    errors,
    warnings: result.issues.length - errors,
  };
}

/**
 * The score columns' words for files scored with these catalogues: the standard's own when they
 * agree, else the scale names (CF, I), which fit files of several standards alike.
 */
export function columnTerms(catalogues: readonly Catalogue[]): StandardTerms {
  const [first, ...others] = catalogues.map(standardTerms);
  const same = others.every((t) => t.cf === first.cf && t.i === first.i);
  return first && same ? first : { cf: "CF", i: "I", standard: "" };
}

/** The several-files table; `terms` name the score columns (those of the files' one standard). */
export function summaryTable(rows: SummaryRow[], lang: Lang, terms: StandardTerms): string {
  const header = [
    cliText("columnFile", lang),
    cliText("columnStars", lang),
    cliText("columnFlags", lang),
    terms.cf,
    terms.i,
    "F %",
    cliText("columnErrors", lang),
    cliText("columnWarnings", lang),
  ];
  const body = rows.map((r) => [
    r.file,
    r.stars ? `${r.stars}★` : "0",
    [r.provisional ? "P" : "", r.incomplete ? "I" : ""].join("") || "-",
    fixed(r.score15),
    fixed(r.score6),
    percent(r.fPassShare),
    String(r.errors),
    String(r.warnings),
  ]);
  const widths = header.map((h, k) => Math.max(h.length, ...body.map((row) => row[k].length)) + 2);
  const line = (cells: string[]) =>
    cells
      .map((cell, k) => padEnd(cell, widths[k]))
      .join("")
      .trimEnd();
  const legend = cliText("flagsLegend", lang);
  return [line(header), ...body.map(line), "", legend].join("\n");
}

/** A CSV cell that a spreadsheet will not run as a formula (OWASP: prefix =, +, -, @ with '). */
export function csvSafe(value: string | number | boolean | null): string | number | boolean | null {
  return typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
