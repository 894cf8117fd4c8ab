/**
 * The report part of a scoring's plan: print setup of the Summary (footer with organisation and
 * scoring time) and of the Clauses sheet, wrapped clause texts with their row heights, and the
 * module chart.
 */
import { cellText } from "../core/ids";
import { standardTerms } from "../core/standard";
import type { RawCell } from "../core/types";
import { COLUMN, type ColumnKey } from "./columns";
import { word } from "./labels";
import type { BlockKey } from "./layout";
import type { PlanCell, PlanOp, Snapshot } from "./plan";
import { clausePrintOp, moduleChartOp, reportFooter, summaryPrintOp } from "./plan-report";
import type { Anchor } from "./summary-places";
import { findClauseTable, type ClauseTable } from "./read";
import { heightFor, rowHeightOps } from "./row-heights";
import type { BlockContext } from "./summary-blocks";

/** Print setup of the Summary and the Clauses sheet, and the module chart (docs: the report). */
export function reportOps(
  snapshot: Snapshot,
  sheet: string,
  blocks: Partial<Record<BlockKey, Anchor>>,
  ctx: BlockContext,
  messages: PlanCell[]
): PlanOp[] {
  const { catalogue, lang, names } = ctx;
  const organisation = cellText(snapshot.names[names.inputs.organisation]?.value ?? null);
  const time = ctx.scored
    ? ctx.scored.time.replace("T", " ").replace(/:\d\d\.\d+Z$/, " UTC")
    : null;
  const footer = reportFooter(lang, organisation, time);
  const ops: PlanOp[] = [summaryPrintOp(sheet, blocks, catalogue, footer)];
  const table = findClauseTable(snapshot, names)!;
  const { grid } = table;
  ops.push(...clauseHeightOps(table, messages));
  ops.push(
    clausePrintOp(
      grid.sheet,
      grid.row,
      reportFooter(lang, word("title", lang, standardTerms(catalogue)), time)
    )
  );
  // Long texts wrap, so that a printed page shows them whole.
  for (const key of WRAPPED_COLUMNS) {
    const col = table.cols[key];
    if (col !== undefined && grid.rows.length)
      ops.push({
        op: "setStyle",
        area: {
          sheet: grid.sheet,
          row: grid.row + 1,
          col: grid.col + col,
          rows: grid.rows.length,
          cols: 1,
        },
        style: { wrap: true },
      });
  }
  const chart = moduleChartOp(blocks, ctx);
  if (chart) ops.push(chart);
  return ops;
}

/** Heights of the clause rows for their wrapped texts (the messages as this scoring writes them). */
function clauseHeightOps(table: ClauseTable, messages: PlanCell[]): PlanOp[] {
  const { grid, cols } = table;
  if (grid.rows.length === 0) return [];
  const wrapped = (["summary", "standardText", "evidence"] as const).filter(
    (key) => cols[key] !== undefined
  );
  const heights = grid.rows.map((row, k) =>
    heightFor([
      ...wrapped.map((key) => ({ value: asText(row[cols[key]!]), width: COLUMN[key].width })),
      { value: messages[k] ?? null, width: COLUMN.message.width },
    ])
  );
  return rowHeightOps(grid.sheet, grid.row + 1, heights);
}

const asText = (cell: RawCell): PlanCell => (typeof cell === "string" ? cell : null);

// Product columns only: the user's own columns keep the format they gave them.
const WRAPPED_COLUMNS: readonly ColumnKey[] = ["summary", "message"];
