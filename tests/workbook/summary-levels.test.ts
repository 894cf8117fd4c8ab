/**
 * The Summary's per-level parts for catalogues of 1 to 9 levels: the condition matrix has a column
 * per level, filled by verdict; the gap and result name the level; and the wider matrix pushes the
 * right stack (modules, chart, sub-items) over instead of running into it or a spacer column.
 */
import { score } from "../../src/core";
import { blockSize, type BlockKey } from "../../src/workbook/layout";
import type { Area, PlanOp } from "../../src/workbook/plan";
import { createSummarySheetOps } from "../../src/workbook/plan-summary";
import type { BlockContext } from "../../src/workbook/summary-blocks";
import { writeBlocksOps } from "../../src/workbook/summary-write";
import { epmShape } from "../fixtures/catalogues";
import {
  ALL_LEVEL_COUNTS,
  catalogueWithLevels,
  perfectRows,
  starsOfLevels,
} from "../fixtures/levels";
import { standardOf } from "../../src/workbook/standard";

const SHEET = "Summary";

function scoredContext(count: number, years: number, lang: "zh" | "en" = "en"): BlockContext {
  const catalogue = catalogueWithLevels(count);
  const result = score({ catalogue, rows: perfectRows(catalogue), years });
  return {
    catalogue,
    names: standardOf(catalogue).names,
    lang,
    scored: {
      result,
      freshness: "TRUE",
      fingerprint: 1,
      time: "2025-06-01 08:00",
      productVersion: "test",
      summaryOf: (id) => `summary ${id}`,
    },
  };
}

type SetValues = Extract<PlanOp, { op: "setValues" }>;

function made(ctx: BlockContext) {
  const { ops, places } = createSummarySheetOps(SHEET, ctx, { years: 1 });
  const blocks = places.blocks as Record<BlockKey, { sheet: string; row: number; col: number }>;
  const areas = (Object.keys(blocks) as BlockKey[]).map((key) => ({
    key,
    ...blocks[key],
    ...blockSize(key, ctx.catalogue),
  }));
  const chart = ops.find((o): o is Extract<PlanOp, { op: "addChart" }> => o.op === "addChart")!;
  const widths = ops
    .filter((o): o is Extract<PlanOp, { op: "setColumnWidth" }> => o.op === "setColumnWidth")
    .map((o) => o.width);
  const print = ops.find(
    (o): o is Extract<PlanOp, { op: "printLayout" }> => o.op === "printLayout"
  )!;
  return { ops, blocks, areas, chart, widths, print };
}

const overlaps = (a: Area, b: Area) =>
  a.sheet === b.sheet &&
  a.row < b.row + b.rows &&
  b.row < a.row + a.rows &&
  a.col < b.col + b.cols &&
  b.col < a.col + a.cols;

describe.each(ALL_LEVEL_COUNTS)("a catalogue of %i level(s)", (count) => {
  const stars = starsOfLevels(count);

  test("the matrix has a column per level, headed by the level, with a verdict in each", () => {
    const ctx = scoredContext(count, count - 1);
    const ops = writeBlocksOps(made(ctx).blocks, ctx);
    const matrix = ops.find(
      (o): o is SetValues =>
        o.op === "setValues" && o.values[0]?.[0] === "Star conditions (actual / required)"
    )!;
    expect(matrix.values[1]).toEqual(["Condition", ...stars.map((n) => `${n}★`)]);
    // Perfect ratings at years = count - 1 meet every level: a ✓ in every cell of every row.
    for (const row of matrix.values.slice(2)) {
      expect(row).toHaveLength(1 + count);
      expect(row.slice(1).every((cell) => typeof cell === "string" && cell.endsWith("✓"))).toBe(
        true
      );
    }
    const fills = ops.filter(
      (o) => o.op === "setStyle" && o.style.fill === "#C6EFCE" && o.area.row >= matrix.row + 2
    );
    expect(fills).toHaveLength(5 * count);
  });

  test("the result names the level reached and the gap names the next one", () => {
    const ctx = scoredContext(count, 0);
    const ops = writeBlocksOps(made(ctx).blocks, ctx);
    const texts = ops.flatMap((o) => (o.op === "setValues" ? o.values.flat() : []));
    const reached = stars[0] === 1 ? "★ 1 star" : `${"★".repeat(stars[0])} ${stars[0]} stars`;
    expect(texts).toContain(reached);
    if (count > 1) expect(texts).toContain(`Gap to the next level: ${stars[1]}★`);
    else expect(texts).toContain("Gap to the next level: top level reached");
  });

  test("no block or the chart overlaps another; each matrix column is a full value column", () => {
    const ctx = scoredContext(count, 0);
    const { areas, chart, widths, print } = made(ctx);
    const all: Area[] = [...areas, chart.anchor];
    for (let a = 0; a < all.length; a++)
      for (let b = a + 1; b < all.length; b++) expect(overlaps(all[a], all[b])).toBe(false);
    const matrix = areas.find((a) => a.key === "conditions")!;
    expect(matrix.cols).toBe(1 + count);
    for (let c = matrix.col + 1; c < matrix.col + matrix.cols; c++) expect(widths[c]).toBe(16);
    // The printed page holds the last level column and the right stack.
    const right = Math.max(...all.map((a) => a.col + a.cols));
    const printed = print.printArea!;
    expect(printed.col + printed.cols).toBe(right);
  });
});

test("EPM's Summary keeps its layout: matrix in B–E, the right stack from G, widths A–K", () => {
  const catalogue = epmShape();
  const { blocks, widths } = made({
    catalogue,
    names: standardOf(catalogue).names,
    lang: "en",
    scored: null,
  });
  expect(blocks.conditions.col).toBe(1);
  expect(blocks.modules.col).toBe(6);
  expect(blocks.subItems.col).toBe(6);
  expect(widths).toEqual([7, 36, 16, 16, 16, 2, 9, 34, 9, 9, 11]);
});

test("the Chinese matrix heads its columns with the same level marks", () => {
  const ctx = scoredContext(9, 8, "zh");
  const ops = writeBlocksOps(made(ctx).blocks, ctx);
  const header = ops
    .filter((o): o is SetValues => o.op === "setValues")
    .flatMap((o) => o.values)
    .find((row) => row[1] === "1★");
  expect(header).toEqual(["条件", ...starsOfLevels(9).map((n) => `${n}★`)]);
});
