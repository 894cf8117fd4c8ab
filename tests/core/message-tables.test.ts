/**
 * Every message of src is a { zh, en } record (core/i18n MessageTable): found here in the source
 * itself, so a table added anywhere is checked without being listed. Each must say something in
 * both languages and use the same {placeholders} in both, or one language would show a raw
 * "{name}" or lose a value.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { CLI_MESSAGES } from "../../src/cli/messages";
import { inLanguage, messageText, type Message } from "../../src/core/i18n";
import { APP_STRINGS } from "../../src/app/strings";
import { ERROR_HINTS, FLOW_MESSAGES } from "../../src/services/messages";
import { PANE_MESSAGES } from "../../src/ui/i18n";
import words from "../../src/workbook/words.json";

const SRC = path.resolve(__dirname, "../../src");

interface Found {
  where: string;
  zh: string;
  en: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const literalText = (node: ts.Expression): string | null =>
  ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : null;

/** Object literals of exactly { zh: "…", en: "…" } written as plain strings. */
function recordsIn(file: string, text: string): Found[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Found[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node) && node.properties.length === 2) {
      const texts: Record<string, string | null> = {};
      for (const property of node.properties)
        if (ts.isPropertyAssignment(property) && ts.isIdentifier(property.name))
          texts[property.name.text] = literalText(property.initializer);
      if (typeof texts.zh === "string" && typeof texts.en === "string") {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        found.push({
          where: `${path.relative(SRC, file)}:${line + 1}`,
          zh: texts.zh,
          en: texts.en,
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const placeholders = (text: string) => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();

function problems(records: readonly Found[]): string[] {
  return records.flatMap(({ where, zh, en }) => {
    const wrong: string[] = [];
    if (zh.trim() === "") wrong.push(`${where}: zh is empty`);
    if (en.trim() === "") wrong.push(`${where}: en is empty`);
    const [inZh, inEn] = [placeholders(zh), placeholders(en)];
    if (inZh.join() !== inEn.join())
      wrong.push(`${where}: placeholders differ: zh ${inZh.join(" ")} / en ${inEn.join(" ")}`);
    return wrong;
  });
}

const everyRecord = sourceFiles(SRC).flatMap((file) => recordsIn(file, readFileSync(file, "utf8")));
const wordRecords: Found[] = Object.entries(words as Record<string, Message>).map(
  ([key, message]) => ({ where: `workbook/words.json ${key}`, ...message })
);

describe("message tables", () => {
  test("the scan finds the tables of every layer", () => {
    const layers = new Set(everyRecord.map((r) => r.where.split("/")[0]));
    for (const layer of ["core", "workbook", "adapters", "services", "ui", "app", "cli"])
      expect(layers).toContain(layer);
    // The exported tables are all found by the scan (none is built some other way).
    const scanned = new Set(everyRecord.map((r) => `${r.zh}\u0000${r.en}`));
    const tables = [CLI_MESSAGES, APP_STRINGS, ERROR_HINTS, FLOW_MESSAGES, PANE_MESSAGES];
    for (const table of tables)
      for (const message of Object.values(table) as Message[])
        expect(scanned).toContain(`${message.zh}\u0000${message.en}`);
  });

  test("every entry has zh and en, with the same placeholders", () => {
    expect(everyRecord.length + wordRecords.length).toBeGreaterThan(400);
    expect(problems([...everyRecord, ...wordRecords])).toEqual([]);
  });

  test("the check finds an empty text and a placeholder missing from one language", () => {
    const bad = recordsIn(
      path.join(SRC, "bad.ts"),
      'const T = { a: { zh: "", en: "x" }, b: { zh: "{n} 个", en: "{count} items" }, c: { zh: "好", en: "fine" } };'
    );
    expect(problems(bad)).toEqual([
      "bad.ts:1: zh is empty",
      "bad.ts:1: placeholders differ: zh {n} / en {count}",
    ]);
  });

  test("one table read in one language, filled by the one filler", () => {
    expect(inLanguage(FLOW_MESSAGES, "zh").opened).toBe("已打开 {name}。");
    expect(messageText(FLOW_MESSAGES.opened, "en", { name: "a.xlsx" })).toBe("Opened a.xlsx.");
  });
});
