/**
 * The Summary sheet: where its inputs and output blocks are (found by defined names, so a moved
 * block keeps working), its creation, and the writing of the stored results into the blocks.
 */
import type { Lang, Stage } from "../core/types";
import { STAGE_LABELS, word, type Word } from "./labels";
import {
  BLOCK_NAMES,
  CELL_NAMES,
  DEFAULT_SHEETS,
  INPUT_NAMES,
  INPUT_POSITIONS,
  LEGACY_BLOCK_SIZES,
  RECORD_ROWS,
  RESULT_ROWS,
  SUMMARY_COLUMN_WIDTHS,
  blockSize,
  defaultBlockPositions,
  type BlockKey,
} from "./layout";
import type { PlanCell, PlanOp, Snapshot } from "./plan";
import { area, freeSheetName, pad } from "./plan-util";
import { moduleChartOp, reportFooter, summaryPrintOp } from "./plan-report";
import { blockCells, type BlockContext } from "./summary-blocks";
import { blockFormatOps, conditionFillOps, summaryHeightOps } from "./summary-formats";

/** The top-left cell of a named input or block. */
export interface Anchor {
  sheet: string;
  row: number;
  col: number;
}
export type InputKey = keyof typeof INPUT_NAMES;

export interface SummaryPlaces {
  inputs: Partial<Record<InputKey, Anchor>>;
  blocks: Partial<Record<BlockKey, Anchor>>;
}

export function locateSummary(snapshot: Snapshot): SummaryPlaces {
  const place = (name: string): Anchor | undefined => {
    const named = snapshot.names[name];
    return named ? { sheet: named.sheet, row: named.row, col: named.col } : undefined;
  };
  const inputs: SummaryPlaces["inputs"] = {};
  for (const [key, name] of Object.entries(INPUT_NAMES)) inputs[key as InputKey] = place(name);
  const blocks: SummaryPlaces["blocks"] = {};
  for (const [key, name] of Object.entries(BLOCK_NAMES)) blocks[key as BlockKey] = place(name);
  return { inputs, blocks };
}

/** The sheet that holds the Summary, as far as the workbook shows one. */
export function summarySheetOf(places: SummaryPlaces): string | null {
  const any = [...Object.values(places.inputs), ...Object.values(places.blocks)].find(Boolean);
  return any ? any.sheet : null;
}

const INPUT_LABELS: Record<InputKey, Word> = {
  organisation: "organisation",
  years: "years",
  stage: "stage",
  auditor: "auditor",
  date: "date",
};

/** Inputs the workbook lacks, at their default places on `sheet`, with labels and dropdowns. */
export function createInputOps(
  sheet: string,
  missing: InputKey[],
  lang: Lang,
  initial: { years?: number; stage?: Stage }
): { ops: PlanOp[]; places: Partial<Record<InputKey, Anchor>> } {
  const ops: PlanOp[] = [];
  const places: Partial<Record<InputKey, Anchor>> = {};
  for (const key of missing) {
    const { row, col } = INPUT_POSITIONS[key];
    const value: PlanCell =
      key === "years"
        ? (initial.years ?? null)
        : key === "stage"
          ? STAGE_LABELS[lang][initial.stage ?? "baseline"]
          : null;
    ops.push({
      op: "setValues",
      sheet,
      row,
      col: col - 1,
      values: [[word(INPUT_LABELS[key], lang), value]],
    });
    ops.push({ op: "setStyle", area: area(sheet, row, col - 1), style: { bold: true } });
    ops.push({ op: "setStyle", area: area(sheet, row, col), style: { fill: "#FFF8E1" } });
    ops.push({ op: "defineName", name: INPUT_NAMES[key], area: area(sheet, row, col) });
    if (key === "stage")
      ops.push({
        op: "addValidationList",
        area: area(sheet, row, col),
        list: [STAGE_LABELS[lang].baseline, STAGE_LABELS[lang].final],
      });
    if (key === "date")
      ops.push({ op: "setNumberFormat", area: area(sheet, row, col), format: "yyyy-mm-dd" });
    places[key] = { sheet, row, col };
  }
  return { ops, places };
}

/** The names of the audit identity inside a record block at `at`. */
export function recordIdentityNames(at: Anchor): PlanOp[] {
  const row = (key: (typeof RECORD_ROWS)[number]) => at.row + 1 + RECORD_ROWS.indexOf(key);
  return [
    {
      op: "defineName",
      name: CELL_NAMES.catalogueVersion,
      area: area(at.sheet, row("catalogueVersion"), at.col + 1),
    },
    {
      op: "defineName",
      name: CELL_NAMES.auditId,
      area: area(at.sheet, row("auditId"), at.col + 1),
    },
  ];
}

/** Names of single cells inside blocks, defined whenever a block is placed. */
function innerNames(key: BlockKey, at: Anchor): PlanOp[] {
  const name = (n: string, r: number, c: number): PlanOp => ({
    op: "defineName",
    name: n,
    area: area(at.sheet, at.row + r, at.col + c),
  });
  if (key === "result")
    return [
      name(CELL_NAMES.stars, 1 + RESULT_ROWS.indexOf("starLevel"), 1),
      name(CELL_NAMES.freshness, 1 + RESULT_ROWS.indexOf("freshness"), 1),
    ];
  if (key === "record")
    return [
      name(CELL_NAMES.catalogue, 1 + RECORD_ROWS.indexOf("catalogue"), 1),
      name(CELL_NAMES.fingerprint, 1 + RECORD_ROWS.indexOf("fingerprint"), 1),
      name(CELL_NAMES.lang, 1 + RECORD_ROWS.indexOf("language"), 1),
      ...recordIdentityNames(at),
    ];
  return [];
}

/** Place missing blocks at their default positions on `sheet`: name, formats, empty contents. */
export function createBlockOps(
  sheet: string,
  missing: BlockKey[],
  ctx: BlockContext
): { ops: PlanOp[]; places: Partial<Record<BlockKey, Anchor>> } {
  const defaults = defaultBlockPositions(ctx.catalogue);
  const ops: PlanOp[] = [];
  const places: Partial<Record<BlockKey, Anchor>> = {};
  for (const key of missing) {
    const at = { sheet, ...defaults[key] };
    places[key] = at;
    ops.push({ op: "defineName", name: BLOCK_NAMES[key], area: area(sheet, at.row, at.col) });
    ops.push(...innerNames(key, at));
    ops.push({ op: "setValues", sheet, row: at.row, col: at.col, values: blockCells(key, ctx) });
    ops.push(...blockFormatOps(key, sheet, at.row, at.col, ctx.catalogue));
  }
  return { ops, places };
}

/** A whole new Summary sheet. */
export function createSummarySheetOps(
  sheet: string,
  ctx: BlockContext,
  initial: { years?: number; stage?: Stage }
): { ops: PlanOp[]; places: SummaryPlaces } {
  const ops: PlanOp[] = [
    { op: "addSheet", name: sheet, tabColor: "#C00000" },
    { op: "setValues", sheet, row: 0, col: 0, values: [[word("title", ctx.lang)]] },
    {
      op: "setStyle",
      area: area(sheet, 0, 0),
      style: { bold: true, fontSize: 16, fontColor: "#1F4E78" },
    },
    ...SUMMARY_COLUMN_WIDTHS.map((width, col) => ({
      op: "setColumnWidth" as const,
      sheet,
      col,
      width,
    })),
  ];
  const inputs = createInputOps(sheet, Object.keys(INPUT_NAMES) as InputKey[], ctx.lang, initial);
  const blocks = createBlockOps(sheet, Object.keys(BLOCK_NAMES) as BlockKey[], ctx);
  // The Summary is the report that gets printed or exported to PDF: one A4 page, with its chart.
  const report: PlanOp[] = [
    summaryPrintOp(sheet, blocks.places, ctx.catalogue, reportFooter(ctx.lang, "", null)),
  ];
  report.push(...summaryHeightOps(blocks.places, ctx));
  const chart = moduleChartOp(blocks.places, ctx.catalogue, ctx.lang);
  if (chart) report.push(chart);
  return {
    ops: [...ops, ...inputs.ops, ...blocks.ops, ...report],
    places: { inputs: inputs.places, blocks: blocks.places },
  };
}

/**
 * Whether the Summary was made before the report layout: its condition block still carries the
 * heading of the old 15-row condition list (the heading is the named cell's value).
 */
export function isLegacySummary(snapshot: Snapshot): boolean {
  const heading = snapshot.names[BLOCK_NAMES.conditions]?.value;
  return heading === word("conditionsHeading", "zh") || heading === word("conditionsHeading", "en");
}

/**
 * Write every block's contents (labels and stored values) at its place, and the condition
 * matrix's fills. legacy: the workbook has the older, larger condition and gap blocks, whose
 * leftover cells are blanked so that no stale result stays visible.
 */
export function writeBlocksOps(
  places: Partial<Record<BlockKey, Anchor>>,
  ctx: BlockContext,
  legacy = false
): PlanOp[] {
  const ops: PlanOp[] = [];
  for (const key of Object.keys(BLOCK_NAMES) as BlockKey[]) {
    const at = places[key];
    if (!at) continue;
    const cells = blockCells(key, ctx);
    const size = blockSize(key, ctx.catalogue);
    if (cells.length !== size.rows)
      throw new Error(`block ${key}: ${cells.length} rows, expected ${size.rows}`);
    const old = legacy ? LEGACY_BLOCK_SIZES[key] : undefined;
    const values = old ? pad(cells, old.rows, old.cols, null as PlanCell) : cells;
    ops.push({ op: "setValues", sheet: at.sheet, row: at.row, col: at.col, values });
    if (key === "conditions") ops.push(...conditionFillOps(ctx, at));
  }
  if (!legacy) ops.push(...summaryHeightOps(places, ctx));
  return ops;
}

/**
 * Inputs and blocks the Summary lacks (their defined names were deleted) while the Summary sheet
 * exists: they are made again on a fresh sheet, never over cells of a sheet the user has written on.
 */
export function missingSummaryParts(
  snapshot: Snapshot,
  places: SummaryPlaces
): { sheet: string; inputs: InputKey[]; blocks: BlockKey[] } | null {
  if (!summarySheetOf(places)) return null;
  const inputs = (Object.keys(INPUT_NAMES) as InputKey[]).filter((k) => !places.inputs[k]);
  const blocks = (Object.keys(BLOCK_NAMES) as BlockKey[]).filter((k) => !places.blocks[k]);
  if (!inputs.length && !blocks.length) return null;
  return { sheet: freeSheetName(snapshot, DEFAULT_SHEETS.summary), inputs, blocks };
}

/** The Summary made whole: a new sheet when there is none, else the missing parts on a fresh one. */
export function completeSummaryOps(
  snapshot: Snapshot,
  places: SummaryPlaces,
  ctx: BlockContext,
  initial: { years?: number; stage?: Stage }
): { ops: PlanOp[]; places: Required<SummaryPlaces> } {
  const inputPlaces: SummaryPlaces["inputs"] = { ...places.inputs };
  const blockPlaces: SummaryPlaces["blocks"] = { ...places.blocks };
  const ops: PlanOp[] = [];
  if (!summarySheetOf(places)) {
    const made = createSummarySheetOps(
      freeSheetName(snapshot, DEFAULT_SHEETS.summary),
      ctx,
      initial
    );
    ops.push(...made.ops);
    Object.assign(inputPlaces, made.places.inputs);
    Object.assign(blockPlaces, made.places.blocks);
  } else {
    const missing = missingSummaryParts(snapshot, places);
    if (missing) {
      ops.push({ op: "addSheet", name: missing.sheet, tabColor: "#C00000" });
      const inputs = createInputOps(missing.sheet, missing.inputs, ctx.lang, initial);
      const blocks = createBlockOps(missing.sheet, missing.blocks, ctx);
      ops.push(...inputs.ops, ...blocks.ops);
      Object.assign(inputPlaces, inputs.places);
      Object.assign(blockPlaces, blocks.places);
    }
  }
  return { ops, places: { inputs: inputPlaces, blocks: blockPlaces } };
}
