/**
 * Shared pieces of the hostile-input tests: a template made once per test file, variants of it
 * edited with ExcelJS (as another tool would), the workbook's cells for before/after comparisons,
 * and the three invariants every hostile input must keep.
 */
import ExcelJS from "exceljs";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { cli, tempDir, type Run } from "../cli/harness";

export const dir = tempDir();
export const template = path.join(dir, "template.xlsx");
// The corpus writes a few hundred variants: they go when the test file is done.
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let counter = 0;

export async function makeTemplate(lang: "zh" | "en" = "zh"): Promise<void> {
  rmSync(template, { force: true });
  templateModel = null;
  const run = await cli("template", "--out", template, "--lang", lang);
  if (run.code !== 0) throw new Error(run.stderr);
}

export function fresh(name: string): string {
  return path.join(dir, `${++counter}-${name}`);
}

export async function load(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  return workbook;
}

export const CLAUSES = "条目 Clauses";
export const SUMMARY = "汇总 Summary";
export const WEIGHTS = "权重 Weights";

/** The template parsed once; variants start from a deep copy of its model (faster than parsing). */
let templateModel: { file: string; model: ExcelJS.WorkbookModel } | null = null;

async function copyOf(base: string): Promise<ExcelJS.Workbook> {
  if (base !== template) return load(base);
  if (templateModel?.file !== base) templateModel = { file: base, model: (await load(base)).model };
  const workbook = new ExcelJS.Workbook();
  workbook.model = structuredClone(templateModel.model);
  return workbook;
}

/** A copy of the template (or `base`) changed by `mutate`. */
export async function variant(
  mutate: (wb: ExcelJS.Workbook, clauses: ExcelJS.Worksheet) => void | Promise<void>,
  base = template
): Promise<string> {
  const workbook = await copyOf(base);
  await mutate(workbook, workbook.getWorksheet(CLAUSES)!);
  const file = fresh("variant.xlsx");
  // Stored, not deflated: the hundreds of variants the corpus writes and reads cost less time.
  await workbook.xlsx.writeFile(file, { zip: { compression: "STORE" } } as never);
  return file;
}

export function textFile(name: string, content: string | Uint8Array): string {
  const file = fresh(name);
  writeFileSync(file, content);
  return file;
}

/** Delete workbook-scoped defined names (as Excel's Name Manager does). */
export function deleteNames(workbook: ExcelJS.Workbook, names: string[]): void {
  const matrix = (workbook.definedNames as unknown as { matrixMap: Record<string, unknown> })
    .matrixMap;
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  for (const key of Object.keys(matrix)) if (wanted.has(key.toLowerCase())) delete matrix[key];
}

/** Top-left cell ("B4") and sheet of a defined name. */
export function namedCell(
  workbook: ExcelJS.Workbook,
  name: string
): { sheet: string; cell: string } {
  const entry = (workbook.definedNames.model as Array<{ name: string; ranges: string[] }>).find(
    (e) => e.name.toLowerCase() === name.toLowerCase()
  );
  if (!entry) throw new Error(`no name ${name}`);
  const match = /^'?(.+?)'?!\$?([A-Z]+)\$?([0-9]+)/.exec(entry.ranges[0])!;
  return { sheet: match[1].replace(/''/g, "'"), cell: `${match[2]}${match[3]}` };
}

/** Every non-empty cell value, by "sheet!A1". */
export function cellsOf(workbook: ExcelJS.Workbook): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const ws of workbook.worksheets)
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        out.set(`${ws.name}!${cell.address}`, JSON.parse(JSON.stringify(cell.value)));
      })
    );
  return out;
}

/** Numbers in every cell of the workbook that are not finite, by address. */
export function nonFiniteCells(workbook: ExcelJS.Workbook): string[] {
  const bad: string[] = [];
  for (const ws of workbook.worksheets)
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = cell.value;
        const number =
          typeof value === "number"
            ? value
            : value && typeof value === "object" && "result" in value
              ? (value as { result: unknown }).result
              : undefined;
        if (typeof number === "number" && !Number.isFinite(number))
          bad.push(`${ws.name}!${cell.address}`);
      })
    );
  return bad;
}

/** Temporary files left in a folder by an interrupted write. */
export function temporaries(folder = dir): string[] {
  return readdirSync(folder).filter((name) => name.endsWith(".tmp"));
}

/** Score with --out and --summary; returns the run and the output paths. */
export async function scoreWith(
  file: string,
  ...args: string[]
): Promise<{ run: Run; out: string; summary: string }> {
  const out = fresh("out.xlsx");
  const summary = fresh("summary.csv");
  const run = await cli("score", file, "--out", out, "--summary", summary, "--json", ...args);
  return { run, out, summary };
}

export const exists = existsSync;
