/**
 * The copies of a team merge: which belong to the master's audit (same audit ID, unless forced;
 * same catalogue and version), with their auditor and their clause rows by ID.
 */
import { cellText } from "../core/ids";
import type { Issue, Lang, RawCell } from "../core/types";
import type { ColumnKey } from "./columns";
import { auditIdentity } from "./identity";
import { workbookIssue } from "./issues";
import type { Snapshot } from "./plan";
import { findClauseTable, type ClauseTable } from "./read";
import type { LayoutNames } from "./layout";
import type { ResolvedStandard } from "./standard";

/** A returned copy to merge into the master. */
export interface AuditCopy {
  snapshot: Snapshot;
  /** The names the copy's workbook uses (its own resolved standard's). */
  names: LayoutNames;
  /** The file it came from, as the user knows it (a name, not a path). */
  file: string;
}

export interface MergeOptions {
  /** Merge copies even when their audit ID differs from the master's. */
  forceAuditId?: boolean;
}

export interface CopyRows {
  auditor: string;
  file: string;
  table: ClauseTable;
  rowOf: Map<string, number>;
}

export const rowIndex = (table: ClauseTable): Map<string, number> => {
  const rowOf = new Map<string, number>();
  table.grid.rows.forEach((row, k) => {
    const id = cellText(row[table.cols.id!]);
    if (id !== "" && !rowOf.has(id)) rowOf.set(id, k);
  });
  return rowOf;
};

export const cellOf = (table: ClauseTable, k: number, key: ColumnKey): RawCell =>
  table.cols[key] === undefined ? null : table.grid.rows[k][table.cols[key]!];

/** Copies that belong to this audit, or the errors that say why not. */
export function checkCopies(
  master: Snapshot,
  copies: readonly AuditCopy[],
  standard: ResolvedStandard,
  lang: Lang,
  options: MergeOptions
): { rows: CopyRows[]; issues: Issue[] } {
  const { catalogue, names } = standard;
  const mine = auditIdentity(master, names);
  const issues: Issue[] = [];
  const rows: CopyRows[] = [];
  for (const copy of copies) {
    const theirs = auditIdentity(copy.snapshot, copy.names);
    const table = findClauseTable(copy.snapshot, copy.names);
    const file = copy.file;
    if (!table || table.cols.id === undefined) {
      issues.push(
        workbookIssue("error", "mergeNotAudit", null, { file, table: names.tables.clauses }, lang)
      );
      continue;
    }
    const mineCatalogue = `${catalogue.id} ${mine.catalogueVersion ?? catalogue.version}`;
    const theirCatalogue = `${theirs.catalogueId ?? catalogue.id} ${theirs.catalogueVersion ?? mine.catalogueVersion ?? catalogue.version}`;
    if (theirCatalogue !== mineCatalogue) {
      const params = { file, copy: theirCatalogue, master: mineCatalogue };
      issues.push(workbookIssue("error", "mergeOtherCatalogue", null, params, lang));
      continue;
    }
    if (
      mine.auditId &&
      theirs.auditId &&
      mine.auditId !== theirs.auditId &&
      !options.forceAuditId
    ) {
      const params = { file, copy: theirs.auditId, master: mine.auditId };
      issues.push(workbookIssue("error", "mergeOtherAudit", null, params, lang));
      continue;
    }
    const auditor = cellText(copy.snapshot.names[copy.names.inputs.auditor]?.value) || file;
    rows.push({ auditor, file, table, rowOf: rowIndex(table) });
  }
  return { rows, issues };
}
