/**
 * The audit workbook as data: which sheets, tables and defined names exist and where a new workbook
 * puts them. Parts are always found again by table name and defined name (see read.ts), never by
 * sheet name or position, so a renamed sheet, a sorted table or a moved block keeps working.
 */
import { levelHeader, starLevels } from "../core/standard";
import type { Catalogue } from "../core/types";

export const DEFAULT_SHEETS = {
  clauses: "条目 Clauses",
  summary: "汇总 Summary",
  weights: "权重 Weights",
  conflicts: "冲突 Conflicts",
  compare: "对比 Compare",
} as const;

/**
 * Table and defined names below are the layout's own (prefix LAYOUT_PREFIX, "Epm", which EPM keeps);
 * in a workbook of a catalogue with another prefix they carry that prefix instead (named-port.ts).
 */
export const TABLES = {
  clauses: "EpmClauses",
  moduleWeights: "EpmModuleWeights",
  itemWeights: "EpmItemWeights",
  clauseWeights: "EpmClauseWeights",
  rules: "EpmRules",
  /** Team merge: open conflicts (with the lead's Decision column) and the decisions taken. */
  conflicts: "EpmConflicts",
  resolved: "EpmResolved",
  compare: "EpmCompare",
} as const;

/** Summary inputs: single cells the user fills in. */
export const INPUT_NAMES = {
  organisation: "EpmOrganisation",
  years: "EpmYears",
  stage: "EpmStage",
  auditor: "EpmAuditor",
  date: "EpmDate",
} as const;

/** Output blocks of the Summary sheet, each found by a name on its top-left cell. */
export const BLOCK_NAMES = {
  result: "EpmResult",
  conditions: "EpmConditions",
  gap: "EpmGap",
  topGains: "EpmTopGains",
  record: "EpmRecord",
  modules: "EpmModules",
  subItems: "EpmSubItems",
} as const;
export type BlockKey = keyof typeof BLOCK_NAMES;

/** Single cells inside blocks that other code reads or points at. */
export const CELL_NAMES = {
  stars: "EpmStars",
  freshness: "EpmFreshness",
  fingerprint: "EpmFingerprint",
  lang: "EpmLang",
  catalogue: "EpmCatalogue",
  profileName: "EpmProfileName",
  /** The audit's identity (a UUID written by Create): copies of one audit share it. */
  auditId: "EpmAuditId",
  catalogueVersion: "EpmCatalogueVersion",
} as const;

/** The hidden sheet of the inputs as scored, for the freshness check (see scored-inputs.ts). */
export const SCORED_INPUTS = {
  sheet: "评分快照 Scored inputs",
  name: "EpmScoredInputs",
  /** The cell holding how many clause rows were stored, so that a re-scoring clears the rest. */
  rowsName: "EpmScoredRows",
} as const;

export const ALL_NAMES: readonly string[] = [
  ...Object.values(INPUT_NAMES),
  ...Object.values(BLOCK_NAMES),
  ...Object.values(CELL_NAMES),
  SCORED_INPUTS.name,
  SCORED_INPUTS.rowsName,
];
export const ALL_TABLES: readonly string[] = Object.values(TABLES);

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
export const INPUT_POSITIONS: Record<keyof typeof INPUT_NAMES, { row: number; col: number }> = {
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
