/**
 * Where the Summary's inputs and output blocks are: found by defined names, never by position, so
 * a moved block keeps working; and which of them a workbook has lost.
 */
import { BLOCK_KEYS, INPUT_KEYS, type BlockKey, type InputKey, type LayoutNames } from "./layout";
import type { Snapshot } from "./plan";
import { freeSheetName } from "./plan-util";

/** The top-left cell of a named input or block. */
export interface Anchor {
  sheet: string;
  row: number;
  col: number;
}
export type { InputKey } from "./layout";

export interface SummaryPlaces {
  inputs: Partial<Record<InputKey, Anchor>>;
  blocks: Partial<Record<BlockKey, Anchor>>;
}

export function locateSummary(snapshot: Snapshot, names: LayoutNames): SummaryPlaces {
  const place = (name: string): Anchor | undefined => {
    const named = snapshot.names[name];
    return named ? { sheet: named.sheet, row: named.row, col: named.col } : undefined;
  };
  const inputs: SummaryPlaces["inputs"] = {};
  for (const key of INPUT_KEYS) inputs[key] = place(names.inputs[key]);
  const blocks: SummaryPlaces["blocks"] = {};
  for (const key of BLOCK_KEYS) blocks[key] = place(names.blocks[key]);
  return { inputs, blocks };
}

/** The sheet that holds the Summary, as far as the workbook shows one. */
export function summarySheetOf(places: SummaryPlaces): string | null {
  const any = [...Object.values(places.inputs), ...Object.values(places.blocks)].find(Boolean);
  return any ? any.sheet : null;
}

/**
 * Inputs and blocks the Summary lacks (their defined names were deleted) while the Summary sheet
 * exists: they are made again on a fresh sheet, never over cells of a sheet the user has written on.
 */
export function missingSummaryParts(
  snapshot: Snapshot,
  places: SummaryPlaces,
  names: LayoutNames
): { sheet: string; inputs: InputKey[]; blocks: BlockKey[] } | null {
  if (!summarySheetOf(places)) return null;
  const inputs = INPUT_KEYS.filter((k) => !places.inputs[k]);
  const blocks = BLOCK_KEYS.filter((k) => !places.blocks[k]);
  if (!inputs.length && !blocks.length) return null;
  return { sheet: freeSheetName(snapshot, names.sheets.summary), inputs, blocks };
}
