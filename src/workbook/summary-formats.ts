/**
 * How the Summary blocks look: number formats, wrapping, in-cell bars (data bars, which Excel,
 * LibreOffice and WPS draw) and the condition matrix's fills by the stored verdict.
 */
import { starLevels } from "../core/standard";
import type { Catalogue } from "../core/types";
import {
  CONDITION_KEYS,
  RESULT_ROWS,
  blockSize,
  summaryColumnWidths,
  type BlockKey,
} from "./layout";
import type { Area, CellStyle, PlanOp } from "./plan";
import { heightFor, rowHeightOps } from "./row-heights";
import { blockCells, type BlockContext } from "./summary-blocks";

const MET: CellStyle = { fill: "#C6EFCE", fontColor: "#006100" };
const NOT_MET: CellStyle = { fill: "#FFC7CE", fontColor: "#9C0006" };
const UNKNOWN: CellStyle = { fill: "#EDEDED", fontColor: "#595959" };

/** Green / red / grey fill of each matrix cell, by the stored verdict (right in any app). */
export function conditionFillOps(
  ctx: BlockContext,
  at: { sheet: string; row: number; col: number }
): PlanOp[] {
  const levels = ctx.scored?.result.levels;
  if (!levels) return [];
  return CONDITION_KEYS.flatMap((key, r) =>
    starLevels(ctx.catalogue).map(({ stars }, k): PlanOp => {
      const met = levels.find((l) => l.stars === stars)?.conditions.find((c) => c.key === key)?.met;
      const colours = met === undefined || met === null ? UNKNOWN : met ? MET : NOT_MET;
      return {
        op: "setStyle",
        area: { sheet: at.sheet, row: at.row + 2 + r, col: at.col + 1 + k, rows: 1, cols: 1 },
        style: { ...colours, hAlign: "center" },
      };
    })
  );
}

/** Number formats, styles, wrapping and in-cell bars of a block placed at (sheet, row, col). */
export function blockFormatOps(
  key: BlockKey,
  sheet: string,
  row: number,
  col: number,
  catalogue: Catalogue
): PlanOp[] {
  const size = blockSize(key, catalogue);
  const at = (r: number, c: number, rows = 1, cols = 1): Area => ({
    sheet,
    row: row + r,
    col: col + c,
    rows,
    cols,
  });
  const style = (a: Area, s: CellStyle): PlanOp => ({ op: "setStyle", area: a, style: s });
  const format = (a: Area, f: string): PlanOp => ({ op: "setNumberFormat", area: a, format: f });
  const ops: PlanOp[] = [
    style(at(0, 0, 1, size.cols), { bold: true, fontSize: 12, fontColor: "#1F4E78" }),
  ];
  const tableHeader = key !== "result" && key !== "record";
  if (tableHeader)
    ops.push(style(at(1, 0, 1, size.cols), { bold: true, fill: "#DDEBF7", wrap: true }));
  const body = size.rows - 2;
  // Rows grow for wrapped text; every cell of such a row starts at its top.
  if (key !== "result" && key !== "record")
    ops.push(style(at(2, 0, body, size.cols), { vAlign: "top" }));
  switch (key) {
    case "result": {
      const index = (name: (typeof RESULT_ROWS)[number]) => 1 + RESULT_ROWS.indexOf(name);
      ops.push(
        style(at(index("starLevel"), 1), { bold: true, fontSize: 20, fontColor: "#C00000" })
      );
      ops.push(style(at(index("flags"), 1), { bold: true, fontColor: "#C00000" }));
      ops.push(format(at(index("score15"), 1, 2, 1), "0.00"));
      ops.push(format(at(index("fShare"), 1), "0.0%"));
      ops.push(style(at(index("freshness"), 1), { bold: true }));
      break;
    }
    case "conditions":
      ops.push(style(at(1, 1, 1, size.cols - 1), { hAlign: "center" }));
      ops.push(style(at(2, 0, body, 1), { wrap: true }));
      break;
    case "gap":
      ops.push(style(at(2, 0, body, 1), { wrap: true }));
      ops.push(style(at(2, 3, body, 1), { wrap: true, bold: true }));
      break;
    case "topGains":
      ops.push(style(at(2, 1, body, 2), { wrap: true }));
      ops.push(format(at(2, 3, body, 1), "0.00"));
      break;
    case "modules":
    case "subItems":
      ops.push(style(at(2, 1, body, 1), { wrap: true }));
      ops.push(format(at(2, 2, body, 2), "0.00"));
      ops.push(format(at(2, 4, body, 1), "0.0%"));
      ops.push({
        op: "addConditionalFormat",
        area: at(2, 4, body, 1),
        rule: { type: "dataBar", min: 0, max: 1, color: "#5B9BD5" },
      });
      break;
    case "record":
      ops.push(style(at(1, 0, size.rows - 1, 2), { fontSize: 8, fontColor: "#7F7F7F" }));
      ops.push(style(at(1, 1, size.rows - 1, 1), { hAlign: "left" }));
      break;
  }
  return ops;
}

/** Columns (within each block) whose text wraps. */
const WRAPPED: Partial<Record<BlockKey, number[]>> = {
  conditions: [0],
  gap: [0, 3],
  topGains: [1, 2],
  modules: [1],
  subItems: [1],
};
const STAR_ROW_HEIGHT = 27;

/**
 * Heights of the Summary's block rows for the texts they hold now (a row shared by the left and
 * right stacks gets the taller), so that wrapped text shows whole in every app. Only for the
 * report layout, whose column widths are known.
 */
export function summaryHeightOps(
  places: Partial<Record<BlockKey, { sheet: string; row: number; col: number }>>,
  ctx: BlockContext
): PlanOp[] {
  const heights = new Map<string, Map<number, number>>();
  const raise = (sheet: string, row: number, height: number) => {
    const rows = heights.get(sheet) ?? new Map<number, number>();
    rows.set(row, Math.max(rows.get(row) ?? 0, height));
    heights.set(sheet, rows);
  };
  const columnWidths = summaryColumnWidths(ctx.catalogue);
  for (const [key, at] of Object.entries(places) as Array<[BlockKey, typeof places.result]>) {
    if (!at) continue;
    const cells = blockCells(key, ctx);
    const wrapped = WRAPPED[key] ?? [];
    cells.forEach((line, r) => {
      if (r < 2 && key !== "result") return;
      const texts = wrapped.map((c) => ({
        value: line[c],
        width: columnWidths[at.col + c] ?? 10,
      }));
      raise(at.sheet, at.row + r, heightFor(texts));
    });
    if (key === "result")
      raise(at.sheet, at.row + 1 + RESULT_ROWS.indexOf("starLevel"), STAR_ROW_HEIGHT);
  }
  const ops: PlanOp[] = [];
  for (const [sheet, rows] of heights) {
    const sorted = [...rows.keys()].sort((a, b) => a - b);
    let start = 0;
    for (let k = 1; k <= sorted.length; k++) {
      if (k < sorted.length && sorted[k] === sorted[k - 1] + 1) continue;
      const run = sorted.slice(start, k);
      ops.push(
        ...rowHeightOps(
          sheet,
          run[0],
          run.map((row) => rows.get(row)!)
        )
      );
      start = k;
    }
  }
  return ops;
}
