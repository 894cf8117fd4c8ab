/**
 * Excel on the web rejects a request (one context.sync) whose payload exceeds 5 MB. The plan's
 * operations are estimated here and packed into as few batches as fit under a safety budget;
 * a setValues too large on its own is cut into row bands. Pure, so it is tested without Excel.
 */
import type { PlanOp } from "../../workbook/plan";

/** 5 MB minus room for the request envelope and the estimate's error. */
export const PAYLOAD_BUDGET = 4 * 1024 * 1024;
/** Per-op overhead of the serialized action (object paths, method names, ids). */
const OP_OVERHEAD = 400;

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function estimateOpBytes(op: PlanOp): number {
  switch (op.op) {
    case "setValues":
      // The quote prefix adds one byte per string; JSON quoting adds a few more.
      return OP_OVERHEAD + utf8Length(JSON.stringify(op.values)) + op.values.length * 4;
    case "setNumberFormat":
      // Office.js takes one format per cell.
      return OP_OVERHEAD + op.area.rows * op.area.cols * (utf8Length(op.format) + 3);
    case "addValidationList":
      return OP_OVERHEAD + utf8Length(op.list.join(","));
    default:
      return OP_OVERHEAD + utf8Length(JSON.stringify(op));
  }
}

/** Cuts an oversized setValues into row bands that each fit the budget. */
function splitValues(op: Extract<PlanOp, { op: "setValues" }>, budget: number): PlanOp[] {
  const bands: PlanOp[] = [];
  let start = 0;
  while (start < op.values.length) {
    let end = start;
    // Same arithmetic as estimateOpBytes: brackets, then per row its JSON, a comma and 4 bytes.
    let bytes = OP_OVERHEAD + 2;
    while (end < op.values.length) {
      const rowBytes = utf8Length(JSON.stringify(op.values[end])) + 5;
      if (end > start && bytes + rowBytes > budget) break;
      bytes += rowBytes;
      end++;
    }
    bands.push({ ...op, row: op.row + start, values: op.values.slice(start, end) });
    start = end;
  }
  return bands;
}

/** Groups the ops, in order, into batches whose estimated payload stays under the budget. */
export function batchOps(ops: readonly PlanOp[], budget = PAYLOAD_BUDGET): PlanOp[][] {
  const batches: PlanOp[][] = [];
  let current: PlanOp[] = [];
  let bytes = 0;
  const push = (op: PlanOp, size: number): void => {
    if (current.length > 0 && bytes + size > budget) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(op);
    bytes += size;
  };
  for (const op of ops) {
    const size = estimateOpBytes(op);
    if (op.op === "setValues" && size > budget) {
      for (const band of splitValues(op, budget)) push(band, estimateOpBytes(band));
    } else push(op, size);
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
