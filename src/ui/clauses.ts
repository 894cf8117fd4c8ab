/**
 * Where each clause of the last scoring is (its row's ID cell, to select it) and what it is about
 * (module and own-words summary), from the inputs that scoring read. Pure.
 */
import { cellText } from "../core/ids";
import type { Lang } from "../core/types";
import { moduleLabel } from "../workbook/summary-blocks";
import type { ClauseInfo } from "./components/GapView";
import type { Scored } from "../services/auditService";

export function clauseDirectory(scored: Scored, lang: Lang) {
  const { result, inputs } = scored;
  const catalogue = inputs.catalogue;
  const summaries = new Map(
    catalogue.modules.flatMap((m) =>
      m.items.flatMap((item) => item.clauses.map((c) => [c.id, c.summary[lang]] as const))
    )
  );
  const modules = new Map(result.clauses.map((c) => [c.id, c.module]));
  const addresses = new Map<string, string>();
  for (const row of inputs.rows) {
    const id = row.id === null || row.id === undefined ? "" : cellText(row.id);
    if (id && row.cells?.id && !addresses.has(id)) addresses.set(id, row.cells.id);
  }
  return {
    info: (id: string): ClauseInfo | undefined => {
      const module = modules.get(id);
      if (module === undefined) return undefined;
      return { module: moduleLabel(catalogue, module, lang), summary: summaries.get(id) ?? "" };
    },
    address: (id: string): string | undefined => addresses.get(id),
  };
}
