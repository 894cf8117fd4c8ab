/**
 * The Office port of the task pane and the ribbon. When it knows nothing of the workbook (nothing
 * in this browser's storage, no layout in the workbook's settings: an audit made by the command
 * line, say), an action that needs an audit (Score, Score now, Apply weights: ReadRequest's
 * expectsAudit) guesses the layout Create gives a blank workbook for the default catalogue (the
 * command line's template is the same plan). The read then asks for that audit's tables and names
 * in its one batch and checks the guess in the same batch, so that action is one read and one write
 * too. A wrong guess (no audit there, or another catalogue's) costs one more read, never a wrong
 * snapshot (adapters/office/read.ts). Create does not guess: it mostly runs on a workbook without
 * an audit, where the guess would be wrong; the pane's Start tab reads the workbook when it opens
 * (describeWorkbook), so that the click's read is one batch either way.
 */
import {
  createOfficePort,
  type OfficePortOptions,
  type OfficeWorkbookPort,
} from "../adapters/office/port";
import type { Known } from "../adapters/office/read";
import { DEFAULT_CATALOGUE } from "../catalogues";
import type { Lang } from "../core/types";
import { createOrUpgrade } from "../workbook/actions";
import type { PlanOp } from "../workbook/plan";

/** What a workbook holds once `ops` ran on a blank one (Excel's names ignore case). */
export function layoutOf(ops: readonly PlanOp[]): Known {
  const lower = (names: string[]) => new Set(names.map((n) => n.toLowerCase()));
  return {
    sheets: ops.flatMap((op) => (op.op === "addSheet" ? [op.name] : [])),
    tables: lower(ops.flatMap((op) => (op.op === "addTable" ? [op.name] : []))),
    names: lower(ops.flatMap((op) => (op.op === "defineName" ? [op.name] : []))),
    // The module chart sits on the sheet of the modules block, which is where Create adds it.
    chartSheet: ops.find((op) => op.op === "addChart")?.sheet ?? null,
  };
}

/** The layout of a new audit: Create's plan on a blank workbook, recorded, nothing written. */
export async function newAuditLayout(lang: Lang): Promise<Known> {
  let ops: PlanOp[] = [];
  await createOrUpgrade(
    {
      read: async () => ({ sheets: ["Sheet1"], tables: {}, names: {} }),
      apply: async (plan) => {
        ops = plan.ops;
      },
      select: async () => undefined,
    },
    { lang, catalogue: DEFAULT_CATALOGUE }
  );
  return layoutOf(ops);
}

export function createAuditOfficePort(
  lang: Lang,
  options: OfficePortOptions = {}
): OfficeWorkbookPort {
  return createOfficePort({ ...options, expectedLayout: () => newAuditLayout(lang) });
}
