/**
 * Pass 1 of a scoring: each rating row finds its catalogue clause (first row wins) or becomes an
 * extra innovation clause of a capped module; rows that cannot be used are reported.
 */
import type { PointedOwner } from "./clause-table";
import { cellText, lookalikeOf, sameModuleId } from "./ids";
import type { IssueList } from "./issue-list";
import type { PointsLayout } from "./points";
import type { RatingRow } from "./types";

/** An extra innovation clause: its points are its module's clause points × its weight. */
export type ExtraClause = PointedOwner & { row: RatingRow };

export interface AssignedRows {
  /** The row of each catalogue clause, by slot index. */
  rowBySlot: Array<RatingRow | undefined>;
  /** Extra innovation clauses, in ID order, so that the result does not depend on row order. */
  extras: ExtraClause[];
}

export function assignRows(
  rows: RatingRow[],
  layout: PointsLayout,
  issues: IssueList
): AssignedRows {
  const { slots, catalogue } = layout;
  const innovationModules = catalogue.modules.filter((m) => m.scale === "I");
  const rowBySlot = new Array<RatingRow | undefined>(slots.length);
  const extraIds = new Set<string>();
  const extraByLowerCase = new Map<string, string>();
  const extras: ExtraClause[] = [];
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k];
    // Rows usually come in catalogue order: try the slot at the same position before the ID map.
    const guess = k < slots.length ? slots[k] : undefined;
    if (guess !== undefined && row.id === guess.id && rowBySlot[k] === undefined) {
      rowBySlot[k] = row;
      continue;
    }
    const id = typeof row.id === "string" || typeof row.id === "number" ? cellText(row.id) : "";
    if (id === "") {
      if (cellText(row.c) || cellText(row.f) || cellText(row.i))
        issues.add("error", "ratingWithoutId", null, "id", row);
      continue;
    }
    const slot = layout.byId.get(id);
    if (slot ? rowBySlot[slot.index] !== undefined : extraIds.has(id)) {
      issues.add("error", "duplicateRow", id, "id", row, { id });
      continue;
    }
    if (slot) {
      rowBySlot[slot.index] = row;
      continue;
    }
    const module = innovationModules.find((m) => sameModuleId(cellText(row.module), m.id));
    if (!module) {
      issues.add("error", "unknownId", id, "id", row, {
        id,
        modules: innovationModules.map((m) => m.id).join("/"),
      });
      continue;
    }
    const itemText = cellText(row.item);
    const item = module.items.find((it) => it.id === itemText)?.id ?? null;
    const like = lookalikeOf(id, layout.byId, extraByLowerCase);
    if (like !== null) issues.add("warning", "extraIdLookalike", id, "id", row, { id, like });
    const points = (module.clausePoints ?? 0) * layout.weightOf(id);
    extras.push({ id, row, module, moduleIndex: catalogue.modules.indexOf(module), item, points });
    extraIds.add(id);
  }
  extras.sort((a, b) => a.id.localeCompare(b.id, "en", { numeric: true }));
  return { rowBySlot, extras };
}
