/** Readable text of a result for the terminal, and the rows of the several-files summary. */
import { standardTerms, type StandardTerms } from "../core/standard";
import type { Catalogue, Issue, Lang, Result } from "../core/types";
import { conditionLabel, word } from "../workbook/labels";
import { CONDITION_KEYS } from "../workbook/layout";
import { flagsText, starsText, topGains } from "../workbook/summary-blocks";
import { say } from "./lang";

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
  lines.push(`  ${say(lang, "认证等级", "Star level")}: ${starsText(result.stars, lang)}${flags}`);
  lines.push(
    `  ${say(lang, "评审阶段", "Stage")}: ${result.stage}   ${say(lang, "运营年限", "Operating years")}: ${result.years ?? "?"}` +
      (result.profileName ? `   ${say(lang, "权重方案", "Weights")}: ${result.profileName}` : "")
  );
  lines.push(
    `  ${word("score15", lang, terms)}: ${fixed(result.score15)} / ${fixed(result.max15)} (${percent(result.max15 ? result.score15 / result.max15 : 0)})` +
      `   ${word("score6", lang, terms)}: ${fixed(result.score6)} / ${fixed(result.cap6)}`
  );
  lines.push(
    `  ${say(lang, "执行通过率", "F-pass share")}: ${percent(result.fPassShare)} (${result.fPassCount}/${result.clauseCount15})` +
      `   ${say(lang, "方法全部合规", "All method-compliant")}: ${result.allCompliant ? say(lang, "是", "yes") : say(lang, "否", "no")}` +
      (result.strictCompliance
        ? say(lang, "（严格口径：部分合规不计）", " (strict: partial not counted)")
        : "")
  );
  lines.push("");
  lines.push(
    `  ${padEnd(say(lang, "条件", "Condition"), 40)}${result.levels.map((level) => padEnd(`${level.stars}★`, 22)).join("")}`
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
        ? `${label}: ${c.short} ${say(lang, "条未合规", "clauses not compliant")} (${(c.clauseIds ?? []).slice(0, 12).join(", ")}${(c.clauseIds ?? []).length > 12 ? ", …" : ""})`
        : `${label}: ${say(lang, "差", "short by")} ${conditionValue(c.key === "fShare" ? "count" : c.key, c.short)}${UNITS[c.key]?.[lang] ?? ""}`;
    });
    lines.push("");
    lines.push(`  ${say(lang, "距", "Gap to")} ${result.gap.stars}★: ${parts.join("; ") || "—"}`);
  }
  const gains = topGains(result, 5);
  if (gains.length)
    lines.push(
      `  ${say(lang, "提分空间最大", "Most points at stake")}: ${gains.map((g) => `${g.id} (+${fixed(g.gain)})`).join(", ")}`
    );
  const errors = result.issues.filter((i) => i.severity === "error");
  const warnings = result.issues.length - errors.length;
  lines.push("");
  lines.push(
    `  ${say(lang, "问题", "Issues")}: ${errors.length} ${say(lang, "个错误", "errors")}, ${warnings} ${say(lang, "个警告", "warnings")}`
  );
  const shown = [...errors, ...result.issues.filter((i) => i.severity === "warning")].slice(
    0,
    maxIssues
  );
  for (const issue of shown) lines.push(`    ${issueLine(issue)}`);
  if (result.issues.length > shown.length)
    lines.push(
      `    … ${result.issues.length - shown.length} ${say(lang, "个未列出（见工作簿“提示”列或 --json）", "more (see the Message column or --json)")}`
    );
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
    say(lang, "文件", "File"),
    say(lang, "星级", "Stars"),
    say(lang, "标记", "Flags"),
    terms.cf,
    terms.i,
    "F %",
    say(lang, "错误", "Errors"),
    say(lang, "警告", "Warnings"),
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
  const legend = say(
    lang,
    "标记：P = 临时结果，I = 不完整",
    "Flags: P = provisional, I = incomplete"
  );
  return [line(header), ...body.map(line), "", legend].join("\n");
}

/** A CSV cell that a spreadsheet will not run as a formula (OWASP: prefix =, +, -, @ with '). */
export function csvSafe(value: string | number | boolean | null): string | number | boolean | null {
  return typeof value === "string" && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
