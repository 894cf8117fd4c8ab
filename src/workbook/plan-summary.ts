/**
 * Making the Summary sheet: a whole new sheet with its inputs, blocks, print setup and chart, or
 * the parts a workbook lost, made again on a fresh sheet.
 */
import { shortName, standardTerms } from "../core/standard";
import type { Lang, Stage } from "../core/types";
import { INPUT_FILL } from "./clause-formats";
import { STAGE_LABELS, word, type Word } from "./labels";
import {
  BLOCK_KEYS,
  INPUT_KEYS,
  INPUT_POSITIONS,
  RECORD_ROWS,
  RESULT_ROWS,
  defaultBlockPositions,
  summaryColumnWidths,
  type BlockKey,
  type LayoutNames,
} from "./layout";
import type { PlanCell, PlanOp, Snapshot } from "./plan";
import { area, freeSheetName } from "./plan-util";
import { moduleChartOp, reportFooter, summaryPrintOp } from "./plan-report";
import { blockCells, type BlockContext } from "./summary-blocks";
import { blockFormatOps, summaryHeightOps } from "./summary-formats";
import {
  missingSummaryParts,
  summarySheetOf,
  type Anchor,
  type InputKey,
  type SummaryPlaces,
} from "./summary-places";

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
  names: LayoutNames,
  words: { lang: Lang; title: string },
  initial: { years?: number; stage?: Stage }
): { ops: PlanOp[]; places: Partial<Record<InputKey, Anchor>> } {
  const { lang, title } = words;
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
    ops.push({ op: "setStyle", area: area(sheet, row, col), style: { fill: INPUT_FILL } });
    ops.push({ op: "defineName", name: names.inputs[key], area: area(sheet, row, col) });
    if (key === "stage")
      ops.push({
        op: "addValidationList",
        area: area(sheet, row, col),
        list: [STAGE_LABELS[lang].baseline, STAGE_LABELS[lang].final],
        title,
      });
    if (key === "date")
      ops.push({ op: "setNumberFormat", area: area(sheet, row, col), format: "yyyy-mm-dd" });
    places[key] = { sheet, row, col };
  }
  return { ops, places };
}

/** The names of the audit identity inside a record block at `at`. */
export function recordIdentityNames(at: Anchor, names: LayoutNames): PlanOp[] {
  const row = (key: (typeof RECORD_ROWS)[number]) => at.row + 1 + RECORD_ROWS.indexOf(key);
  return [
    {
      op: "defineName",
      name: names.cells.catalogueVersion,
      area: area(at.sheet, row("catalogueVersion"), at.col + 1),
    },
    {
      op: "defineName",
      name: names.cells.auditId,
      area: area(at.sheet, row("auditId"), at.col + 1),
    },
  ];
}

/** Names of single cells inside blocks, defined whenever a block is placed. */
function innerNames(key: BlockKey, at: Anchor, names: LayoutNames): PlanOp[] {
  const name = (n: string, r: number, c: number): PlanOp => ({
    op: "defineName",
    name: n,
    area: area(at.sheet, at.row + r, at.col + c),
  });
  if (key === "result")
    return [
      name(names.cells.stars, 1 + RESULT_ROWS.indexOf("starLevel"), 1),
      name(names.cells.freshness, 1 + RESULT_ROWS.indexOf("freshness"), 1),
    ];
  if (key === "record")
    return [
      name(names.cells.catalogue, 1 + RECORD_ROWS.indexOf("catalogue"), 1),
      name(names.cells.fingerprint, 1 + RECORD_ROWS.indexOf("fingerprint"), 1),
      name(names.cells.lang, 1 + RECORD_ROWS.indexOf("language"), 1),
      ...recordIdentityNames(at, names),
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
    ops.push({ op: "defineName", name: ctx.names.blocks[key], area: area(sheet, at.row, at.col) });
    ops.push(...innerNames(key, at, ctx.names));
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
    {
      op: "setValues",
      sheet,
      row: 0,
      col: 0,
      values: [[word("title", ctx.lang, standardTerms(ctx.catalogue))]],
    },
    {
      op: "setStyle",
      area: area(sheet, 0, 0),
      style: { bold: true, fontSize: 16, fontColor: "#1F4E78" },
    },
    ...summaryColumnWidths(ctx.catalogue).map((width, col) => ({
      op: "setColumnWidth" as const,
      sheet,
      col,
      width,
    })),
  ];
  const words = { lang: ctx.lang, title: shortName(ctx.catalogue) };
  const inputs = createInputOps(sheet, INPUT_KEYS, ctx.names, words, initial);
  const blocks = createBlockOps(sheet, BLOCK_KEYS, ctx);
  // The Summary is the report that gets printed or exported to PDF: one A4 page, with its chart.
  const report: PlanOp[] = [
    summaryPrintOp(sheet, blocks.places, ctx.catalogue, reportFooter(ctx.lang, "", null)),
  ];
  report.push(...summaryHeightOps(blocks.places, ctx));
  const chart = moduleChartOp(blocks.places, ctx);
  if (chart) report.push(chart);
  return {
    ops: [...ops, ...inputs.ops, ...blocks.ops, ...report],
    places: { inputs: inputs.places, blocks: blocks.places },
  };
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
      freeSheetName(snapshot, ctx.names.sheets.summary),
      ctx,
      initial
    );
    ops.push(...made.ops);
    Object.assign(inputPlaces, made.places.inputs);
    Object.assign(blockPlaces, made.places.blocks);
  } else {
    const missing = missingSummaryParts(snapshot, places, ctx.names);
    if (missing) {
      ops.push({ op: "addSheet", name: missing.sheet, tabColor: "#C00000" });
      const words = { lang: ctx.lang, title: shortName(ctx.catalogue) };
      const inputs = createInputOps(missing.sheet, missing.inputs, ctx.names, words, initial);
      const blocks = createBlockOps(missing.sheet, missing.blocks, ctx);
      ops.push(...inputs.ops, ...blocks.ops);
      Object.assign(inputPlaces, inputs.places);
      Object.assign(blockPlaces, blocks.places);
    }
  }
  return { ops, places: { inputs: inputPlaces, blocks: blockPlaces } };
}
