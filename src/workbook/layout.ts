/**
 * The audit workbook as data: which sheets, tables and defined names exist and where a new workbook
 * puts them. Parts are always found again by table name and defined name (see read.ts), never by
 * sheet name or position, so a renamed sheet, a sorted table or a moved block keeps working.
 */
import { levelHeader, starLevels } from "../core/standard";
import type { Catalogue } from "../core/types";

/** The hidden sheet of the inputs as scored (see scored-inputs.ts). */
const SCORED_INPUTS_SHEET = "评分快照 Scored inputs";

export const DEFAULT_SHEETS = {
  clauses: "条目 Clauses",
  summary: "汇总 Summary",
  weights: "权重 Weights",
  conflicts: "冲突 Conflicts",
  compare: "对比 Compare",
} as const;

/**
 * Table and defined names: the catalogue's prefix followed by these suffixes (EPM's prefix "Epm"
 * gives EpmClauses, EpmYears …). A workbook's names come from its resolved standard (standard.ts),
 * never from a prefix written here.
 */
const TABLE_SUFFIXES = {
  clauses: "Clauses",
  moduleWeights: "ModuleWeights",
  itemWeights: "ItemWeights",
  clauseWeights: "ClauseWeights",
  rules: "Rules",
  /** Team merge: open conflicts (with the lead's Decision column) and the decisions taken. */
  conflicts: "Conflicts",
  resolved: "Resolved",
  compare: "Compare",
} as const;
export type TableKey = keyof typeof TABLE_SUFFIXES;

/** Summary inputs: single cells the user fills in. */
const INPUT_SUFFIXES = {
  organisation: "Organisation",
  years: "Years",
  stage: "Stage",
  auditor: "Auditor",
  date: "Date",
} as const;
export type InputKey = keyof typeof INPUT_SUFFIXES;
export const INPUT_KEYS = Object.keys(INPUT_SUFFIXES) as InputKey[];

/** Output blocks of the Summary sheet, each found by a name on its top-left cell. */
const BLOCK_SUFFIXES = {
  result: "Result",
  conditions: "Conditions",
  gap: "Gap",
  topGains: "TopGains",
  record: "Record",
  modules: "Modules",
  subItems: "SubItems",
} as const;
export type BlockKey = keyof typeof BLOCK_SUFFIXES;
export const BLOCK_KEYS = Object.keys(BLOCK_SUFFIXES) as BlockKey[];

/** Single cells inside blocks that other code reads or points at. */
const CELL_SUFFIXES = {
  stars: "Stars",
  freshness: "Freshness",
  fingerprint: "Fingerprint",
  lang: "Lang",
  catalogue: "Catalogue",
  profileName: "ProfileName",
  /** The audit's identity (a UUID written by Create): copies of one audit share it. */
  auditId: "AuditId",
  catalogueVersion: "CatalogueVersion",
} as const;
export type CellKey = keyof typeof CELL_SUFFIXES;

/** The hidden sheet of the inputs as scored, for the freshness check (see scored-inputs.ts). */
const SCORED_INPUTS_SUFFIXES = {
  name: "ScoredInputs",
  /** The cell holding how many clause rows were stored, so that a re-scoring clears the rest. */
  rowsName: "ScoredRows",
} as const;

/** The module chart beside the modules block. */
const CHART_SUFFIX = "ModuleChart";

/** Every name a workbook of one standard uses, by what it is for. */
export interface LayoutNames {
  prefix: string;
  tables: Readonly<Record<TableKey, string>>;
  inputs: Readonly<Record<InputKey, string>>;
  blocks: Readonly<Record<BlockKey, string>>;
  cells: Readonly<Record<CellKey, string>>;
  scoredInputs: { readonly name: string; readonly rowsName: string };
  chart: string;
  /** Sheet names a new workbook gets (the same for every standard; found again by their names). */
  sheets: typeof DEFAULT_SHEETS & { readonly scoredInputs: string };
  /** Every defined name, and every table, of the layout: what one read asks for. */
  allNames: readonly string[];
  allTables: readonly string[];
}

function prefixed<K extends string>(
  prefix: string,
  suffixes: Readonly<Record<K, string>>
): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of Object.keys(suffixes) as K[]) out[key] = prefix + suffixes[key];
  return out;
}

/** The layout's names under a prefix: "Svc" → SvcClauses, SvcYears, SvcModuleChart … */
export function layoutNames(prefix: string): LayoutNames {
  const inputs = prefixed(prefix, INPUT_SUFFIXES);
  const blocks = prefixed(prefix, BLOCK_SUFFIXES);
  const cells = prefixed(prefix, CELL_SUFFIXES);
  const scoredInputs = prefixed(prefix, SCORED_INPUTS_SUFFIXES);
  const tables = prefixed(prefix, TABLE_SUFFIXES);
  return {
    prefix,
    tables,
    inputs,
    blocks,
    cells,
    scoredInputs,
    chart: prefix + CHART_SUFFIX,
    sheets: { ...DEFAULT_SHEETS, scoredInputs: SCORED_INPUTS_SHEET },
    allNames: [
      ...Object.values(inputs),
      ...Object.values(blocks),
      ...Object.values(cells),
      scoredInputs.name,
      scoredInputs.rowsName,
    ],
    allTables: Object.values(tables),
  };
}

export const TOP_GAINS = 10;
/** The gap block lists at most one row per condition key. */
export const GAP_ROWS = 5;
export const CONDITION_KEYS = ["years", "compliance", "fShare", "score15", "score6"] as const;

/** Rows of the result block below its heading, in order; the value sits in the block's 2nd column. */
export const RESULT_ROWS = [
  "starLevel",
  "flags",
  "score15",
  "score6",
  "fShare",
  "compliance",
  "issues",
  "freshness",
] as const;

/** Rows of the calculation record below its heading. */
export const RECORD_ROWS = [
  "product",
  "catalogue",
  "catalogueVersion",
  "profile",
  "time",
  "fingerprint",
  "language",
  // Added later, always last, so that older records keep their rows' positions.
  "rules",
  "auditId",
] as const;

export interface BlockSize {
  rows: number;
  cols: number;
}

export function cfModules(catalogue: Catalogue) {
  return catalogue.modules.filter((m) => m.scale === "CF");
}
export function allItems(catalogue: Catalogue) {
  return catalogue.modules.flatMap((m) => m.items.map((item) => ({ module: m, item })));
}

/** Size of each block, header rows included; depends on the catalogue only. */
export function blockSize(key: BlockKey, catalogue: Catalogue): BlockSize {
  switch (key) {
    case "result":
      return { rows: 1 + RESULT_ROWS.length, cols: 2 };
    case "conditions":
      // The matrix: heading, header (condition, then one column per level), one row per condition.
      return { rows: 2 + CONDITION_KEYS.length, cols: 1 + starLevels(catalogue).length };
    case "gap":
      return { rows: 2 + GAP_ROWS, cols: 4 };
    case "topGains":
      return { rows: 2 + TOP_GAINS, cols: 4 };
    case "record":
      return { rows: 1 + RECORD_ROWS.length, cols: 2 };
    case "modules":
      return { rows: 2 + catalogue.modules.length, cols: 5 };
    case "subItems":
      return { rows: 2 + allItems(catalogue).length, cols: 5 };
  }
}

/**
 * Size of the condition list and gap blocks of workbooks made before the report layout (a list of
 * 15 conditions, 5 columns): scoring such a workbook blanks the rest of the old area.
 */
export const LEGACY_BLOCK_SIZES: Partial<Record<BlockKey, BlockSize>> = {
  conditions: { rows: 17, cols: 5 },
  gap: { rows: 2 + GAP_ROWS, cols: 5 },
};

/** Where a new Summary sheet puts each input (value cell; its label sits one column left). */
export const INPUT_POSITIONS: Record<InputKey, { row: number; col: number }> = {
  organisation: { row: 2, col: 2 },
  years: { row: 3, col: 2 },
  stage: { row: 4, col: 2 },
  auditor: { row: 5, col: 2 },
  date: { row: 6, col: 2 },
};

/** Rows the module chart takes between the module and sub-item blocks of a new Summary. */
export const CHART_ROWS = 15;

/**
 * Where a new Summary sheet puts each block: the one-page report. Left (A–E): verdict, condition
 * matrix, gap, top gains, calculation record; right (G–K): modules, the chart, sub-items.
 */
export function defaultBlockPositions(
  catalogue: Catalogue
): Record<BlockKey, { row: number; col: number }> {
  const left: BlockKey[] = ["result", "conditions", "gap", "topGains", "record"];
  const positions = {} as Record<BlockKey, { row: number; col: number }>;
  let row = 8;
  for (const key of left) {
    positions[key] = { row, col: key === "topGains" ? 0 : 1 };
    row += blockSize(key, catalogue).rows + 1;
  }
  const right = summaryRightColumn(catalogue);
  positions.modules = { row: 2, col: right };
  positions.subItems = {
    row: 2 + blockSize("modules", catalogue).rows + 1 + CHART_ROWS + 1,
    col: right,
  };
  return positions;
}

/**
 * Columns of the Summary's left stack: A–E, wider when the condition matrix (at B, a column per
 * level) needs more, so that a catalogue of up to 9 levels never runs into the right stack.
 */
function summaryLeftColumns(catalogue: Catalogue): number {
  return Math.max(5, 1 + blockSize("conditions", catalogue).cols);
}

/** Where the right stack (modules, chart, sub-items) starts: after one spacer column (EPM: G). */
function summaryRightColumn(catalogue: Catalogue): number {
  return summaryLeftColumns(catalogue) + 1;
}

/** A 7 (IDs), B 36 (labels, summaries), C–E 16 (values), F spacer, G–K modules and sub-items. */
export const SUMMARY_COLUMN_WIDTHS = [7, 36, 16, 16, 16, 2, 9, 34, 9, 9, 11];

/** The Summary's column widths for a catalogue: a 16-wide value column for every matrix level. */
export function summaryColumnWidths(catalogue: Catalogue): number[] {
  const values = summaryLeftColumns(catalogue) - 2;
  return [
    ...SUMMARY_COLUMN_WIDTHS.slice(0, 2),
    ...new Array<number>(values).fill(16),
    ...SUMMARY_COLUMN_WIDTHS.slice(5),
  ];
}

/** Weights sheet: the profile name cell and four tables side by side, headers on row 4. */
export const WEIGHTS_LAYOUT = {
  profileName: { row: 0, col: 1 },
  headingRow: 2,
  tableRow: 3,
  tables: {
    moduleWeights: {
      col: 0,
      header: ["模块 Module", "名称 Name", "分值 Points"],
      width: [10, 26, 10],
    },
    itemWeights: {
      col: 4,
      header: ["子项 Item", "名称 Name", "倍数 Multiplier"],
      width: [9, 28, 12],
    },
    clauseWeights: { col: 8, header: ["ID", "摘要 Summary", "权重 Weight"], width: [8, 40, 10] },
    /** Then one column per star level of the catalogue (see weightsTable). */
    rules: { col: 12, header: ["规则 Rule", "说明 Description"], width: [10, 30] },
  },
} as const;
export type WeightTable = keyof typeof WEIGHTS_LAYOUT.tables;

/** A weights table's column, header and widths; the rules table has a column per star level. */
export function weightsTable(
  key: WeightTable,
  catalogue: Catalogue
): { col: number; header: string[]; width: number[] } {
  const { col, header, width } = WEIGHTS_LAYOUT.tables[key];
  const levels = key === "rules" ? starLevels(catalogue) : [];
  return {
    col,
    header: [...header, ...levels.map(levelHeader)],
    width: [...width, ...levels.map(() => 8)],
  };
}

/** Rows of the rules table: one per threshold (a value per level), then the compliance reading (first level's column). */
export { RULE_KEYS } from "../core/inputs";
export const STRICT_RULE_KEY = "strictCompliance";
