/**
 * The three invariants of issue 9, checked on any workbook before and after an operation:
 *  1. a clear exit 2 (reason on stderr, nothing written) or a correct score (finite numbers);
 *  2. no user cell changed: every cell outside the product's areas keeps its value, in its row;
 *  3. no non-finite number, no formula from user text, no temp file left.
 */
import type ExcelJS from "exceljs";
import { rawCellOf } from "../../src/adapters/xlsx/cells";
import { decodeRange, tableModel } from "../../src/adapters/xlsx/tables";
import { LEGACY_BLOCK_SIZES, blockSize, type BlockKey } from "../../src/workbook/layout";
import { EPM_NAMES } from "../fixtures/catalogues";
import { columnOfHeader, RESULT_KEYS } from "../../src/workbook/columns";
import { epmV1 } from "../../src/catalogues";

export interface Touched {
  /** A ratings CSV was overlaid: its columns (C, F, I, evidence) are written. */
  ratings?: boolean;
  /** --years / --stage: those Summary inputs are written. */
  years?: boolean;
  stage?: boolean;
  /** --weights: the Weights sheet is written. */
  weights?: boolean;
  /**
   * A team merge: the rating and evidence cells it may fill (C, F, I, evidence of the clause table)
   * and the Conflicts sheet's tables (title, header and the columns below) — not the result
   * columns, the Summary blocks, nor the rest of the Conflicts sheet (the user's notes there).
   */
  merge?: boolean;
  /** compare --out: only the Compare sheet's own area (its columns A–G), nothing else. */
  compare?: boolean;
}

/** A cell value as comparable text (formulas by their text, rich text by its text). */
export function valueKey(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return `d:${value.toISOString()}`;
  if (typeof value !== "object") return `${typeof value}:${String(value)}`;
  if ("formula" in value && value.formula) return `f:${value.formula}`;
  if ("sharedFormula" in value) return `sf:${String(value.sharedFormula)}`;
  if ("richText" in value) return `s:${value.richText.map((r) => r.text).join("")}`;
  if ("error" in value) return `e:${String(value.error)}`;
  if ("text" in value)
    return `h:${String(value.text)}${"hyperlink" in value ? `→${String(value.hyperlink)}` : ""}`;
  return JSON.stringify(value);
}

/**
 * A cell exactly (issue 17): its value, a formula's text and cached result, a hyperlink's target
 * (the cell link as well as a link-valued cell), and the merged range it belongs to.
 */
export function exactKey(cell: ExcelJS.Cell): string {
  const value = cell.value;
  let key = valueKey(value);
  if (value && typeof value === "object" && ("formula" in value || "sharedFormula" in value))
    key += `=${valueKey((value as { result?: ExcelJS.CellValue }).result ?? null)}`;
  const link = (cell as unknown as { hyperlink?: string }).hyperlink;
  if (link && !key.includes(`→${link}`)) key += `|link:${link}`;
  if (cell.isMerged) key += `|merged:${cell.master.address}`;
  return key;
}

function namedPlace(
  workbook: ExcelJS.Workbook,
  name: string
): { sheet: string; row: number; col: number } | null {
  const entry = (workbook.definedNames.model as Array<{ name: string; ranges: string[] }>).find(
    (e) => e.name.toLowerCase() === name.toLowerCase()
  );
  const match = entry && /^'?(.+?)'?!\$?([A-Z]+)\$?([0-9]+)/.exec(entry.ranges[0] ?? "");
  if (!match) return null;
  const box = decodeRange(`${match[2]}${match[3]}`);
  return { sheet: match[1].replace(/''/g, "'"), row: box.top, col: box.left };
}

/** "sheet!row!col" keys (1-based) of the cells the product may write, as the input shows them. */
export function productCells(workbook: ExcelJS.Workbook, touched: Touched): Set<string> {
  const cells = new Set<string>();
  const add = (sheet: string, top: number, left: number, rows: number, cols: number) => {
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) cells.add(`${sheet}!${top + r}!${left + c}`);
  };
  const team = touched.merge || touched.compare;
  for (const ws of workbook.worksheets) {
    for (const table of Object.values((ws as unknown as { tables: object }).tables ?? {})) {
      const model = tableModel(table);
      const name = model.name.toLowerCase();
      const box = decodeRange(model.tableRef);
      const below = Math.max(box.bottom, ws.rowCount) - box.top + 1;
      if (
        touched.merge &&
        [EPM_NAMES.tables.conflicts, EPM_NAMES.tables.resolved].some(
          (t) => t.toLowerCase() === name
        )
      ) {
        // The merge rewrites its two tables (which may grow downwards) and the title in A1.
        add(ws.name, box.top, box.left, below, box.right - box.left + 1);
        add(ws.name, 1, 1, 1, 1);
      }
      // compare rewrites its title, totals, conditions, blocks and clause table: columns A–G.
      if (touched.compare && name === EPM_NAMES.tables.compare.toLowerCase())
        add(ws.name, 1, 1, Math.max(box.bottom, ws.rowCount), box.right - box.left + 1);
      if (name !== EPM_NAMES.tables.clauses.toLowerCase()) continue;
      if (touched.compare) continue;
      const written = new Set<string>(touched.merge ? [] : [...RESULT_KEYS]);
      if (touched.ratings || touched.merge)
        ["c", "f", "i", "evidence"].forEach((k) => written.add(k));
      const seen = new Set<string>();
      for (let col = box.left; col <= box.right; col++) {
        const key = columnOfHeader(rawCellOf(ws.getCell(box.top, col)));
        // The first column of a name counts (a second "Score" header is the user's).
        if (!key || seen.has(key)) continue;
        seen.add(key);
        if (written.has(key)) add(ws.name, box.top + 1, col, box.bottom - box.top, 1);
      }
    }
  }
  if (team) return cells;
  for (const [key, name] of Object.entries(EPM_NAMES.blocks) as [BlockKey, string][]) {
    const at = namedPlace(workbook, name);
    const size = blockSize(key, epmV1);
    // A workbook made before the report layout has larger condition and gap blocks, all the product's.
    const legacy = LEGACY_BLOCK_SIZES[key];
    const rows = Math.max(size.rows, legacy?.rows ?? 0);
    const cols = Math.max(size.cols, legacy?.cols ?? 0);
    if (at) add(at.sheet, at.row, at.col, rows, cols);
  }
  for (const [flag, name] of [
    [touched.years, EPM_NAMES.inputs.years],
    [touched.stage, EPM_NAMES.inputs.stage],
  ] as const) {
    const at = flag ? namedPlace(workbook, name) : null;
    if (at) add(at.sheet, at.row, at.col, 1, 1);
  }
  const scored = namedPlace(workbook, EPM_NAMES.scoredInputs.name);
  if (scored) cells.add(`sheet:${scored.sheet}`);
  if (touched.weights) {
    const weights = workbook.worksheets.find((ws) =>
      Object.values((ws as unknown as { tables: object }).tables ?? {}).some((t) =>
        tableModel(t).name.startsWith("EpmModuleWeights")
      )
    );
    if (weights) cells.add(`sheet:${weights.name}`);
  }
  return cells;
}

/** What the invariants need of a workbook before an operation, taken before it changes it. */
export interface Before {
  cells: Array<{
    sheet: string;
    row: number;
    col: number;
    address: string;
    key: string;
    /** exactKey: value, formula and result, hyperlink, merged range. */
    exact: string;
  }>;
  formulas: Set<string>;
  product: (touched: Touched) => Set<string>;
}

export function factsOf(workbook: ExcelJS.Workbook): Before {
  const cells: Before["cells"] = [];
  const formulas = new Set<string>();
  for (const ws of workbook.worksheets)
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const key = valueKey(cell.value);
        const exact = exactKey(cell);
        if (exact === "") return;
        cells.push({ sheet: ws.name, row: r, col: c, address: cell.address, key, exact });
        if (key.startsWith("f:") || key.startsWith("sf:")) formulas.add(`${ws.name}!${r}!${key}`);
      })
    );
  const all = productCells(workbook, { ratings: true, years: true, stage: true, weights: true });
  const none = productCells(workbook, {});
  const some = new Map<string, Set<string>>();
  return {
    cells,
    formulas,
    product: (touched) => {
      const id = JSON.stringify(touched);
      if (id === "{}") return none;
      if (!some.has(id)) some.set(id, productCells(workbook, touched));
      return some.get(id) ?? all;
    },
  };
}

/**
 * User cells of `before` whose value is gone from their row in `after` (a column the product
 * inserts moves cells right within their row, which is fine). Returns "sheet!A1 value" lines.
 */
export function changedUserCells(
  before: Before,
  after: ExcelJS.Workbook,
  touched: Touched
): string[] {
  const product = before.product(touched);
  const remaining = new Map<string, Map<string, number>>();
  const rowOf = (sheet: string, row: number): Map<string, number> => {
    const id = `${sheet}!${row}`;
    let counts = remaining.get(id);
    if (!counts) {
      counts = new Map();
      after
        .getWorksheet(sheet)
        ?.getRow(row)
        .eachCell({ includeEmpty: false }, (cell) => {
          const key = valueKey(cell.value);
          counts!.set(key, (counts!.get(key) ?? 0) + 1);
        });
      remaining.set(id, counts);
    }
    return counts;
  };
  const lost: string[] = [];
  for (const cell of before.cells) {
    if (cell.key === "") continue; // an empty member of a merged range: see changedUserCellsExactly
    if (product.has(`sheet:${cell.sheet}`) || product.has(`${cell.sheet}!${cell.row}!${cell.col}`))
      continue;
    const counts = rowOf(cell.sheet, cell.row);
    const left = counts.get(cell.key) ?? 0;
    if (left > 0) counts.set(cell.key, left - 1);
    else lost.push(`${cell.sheet}!${cell.address} ${cell.key.slice(0, 60)}`);
  }
  return lost;
}

/**
 * Issue 17's stricter form: user cells of `before` that are not exactly the same cell at the same
 * address in `after` (value, formula and cached result, hyperlink, merged range). Returns
 * "sheet!A1 before ⇒ after" lines.
 */
export function changedUserCellsExactly(
  before: Before,
  after: ExcelJS.Workbook,
  touched: Touched
): string[] {
  const product = before.product(touched);
  const changed: string[] = [];
  for (const cell of before.cells) {
    if (product.has(`sheet:${cell.sheet}`) || product.has(`${cell.sheet}!${cell.row}!${cell.col}`))
      continue;
    const ws = after.getWorksheet(cell.sheet);
    const now = ws ? exactKey(ws.getCell(cell.row, cell.col)) : "(sheet gone)";
    if (now !== cell.exact)
      changed.push(
        `${cell.sheet}!${cell.address} ${cell.exact.slice(0, 80)} ⇒ ${now.slice(0, 80)}`
      );
  }
  return changed;
}

/**
 * Formulas of `after` that are neither the product's (the scored-inputs sheet, the Result state
 * in the result block) nor a formula the user had in the same row before: text became a formula.
 */
export function foreignFormulas(before: Before, after: ExcelJS.Workbook): string[] {
  const scored = namedPlace(after, EPM_NAMES.scoredInputs.name)?.sheet;
  // The Result state formula sits in the result block (its own name may have been deleted).
  const block = namedPlace(after, EPM_NAMES.blocks.result);
  const height = blockSize("result", epmV1).rows;
  const inBlock = (sheet: string, r: number, c: number) =>
    !!block &&
    block.sheet === sheet &&
    r >= block.row &&
    r < block.row + height &&
    c >= block.col &&
    c <= block.col + 1;
  const foreign: string[] = [];
  for (const ws of after.worksheets) {
    if (ws.name === scored) continue;
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const key = valueKey(cell.value);
        if (!key.startsWith("f:") && !key.startsWith("sf:")) return;
        if (inBlock(ws.name, r, c) || before.formulas.has(`${ws.name}!${r}!${key}`)) return;
        foreign.push(`${ws.name}!${cell.address} ${key}`);
      })
    );
  }
  return foreign;
}

/** Paths of numbers in a value (a result) that are NaN or ±Infinity. */
export function nonFiniteNumbers(value: unknown, at = "$", out: string[] = []): string[] {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) out.push(at);
  } else if (Array.isArray(value)) {
    value.forEach((v, k) => nonFiniteNumbers(v, `${at}[${k}]`, out));
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) nonFiniteNumbers(v, `${at}.${k}`, out);
  }
  return out;
}
