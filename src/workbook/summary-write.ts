/** Writing the stored results into the Summary's blocks, wherever the workbook has them. */
import { word } from "./labels";
import {
  BLOCK_KEYS,
  LEGACY_BLOCK_SIZES,
  blockSize,
  type BlockKey,
  type LayoutNames,
} from "./layout";
import type { PlanCell, PlanOp, Snapshot } from "./plan";
import { pad } from "./plan-util";
import { blockCells, type BlockContext } from "./summary-blocks";
import { conditionFillOps, summaryHeightOps } from "./summary-formats";
import type { Anchor } from "./summary-places";

/**
 * Whether the Summary was made before the report layout: its condition block still carries the
 * heading of the old 15-row condition list (the heading is the named cell's value).
 */
export function isLegacySummary(snapshot: Snapshot, names: LayoutNames): boolean {
  const heading = snapshot.names[names.blocks.conditions]?.value;
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
  for (const key of BLOCK_KEYS) {
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
