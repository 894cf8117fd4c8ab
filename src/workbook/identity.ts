/**
 * Audit identity (docs/team.md): the audit ID and catalogue version in the calculation record, so
 * that a merge can tell copies of this audit from copies of another one. Create writes a new ID;
 * upgrade and scoring keep it.
 */
import { cellText } from "../core/ids";
import type { Lang } from "../core/types";
import { word } from "./labels";
import { RECORD_ROWS, type LayoutNames } from "./layout";
import type { PlanOp, Snapshot } from "./plan";
import { cellOp } from "./plan-util";
import { recordIdentityNames } from "./plan-summary";
import type { ResolvedStandard } from "./standard";
import type { Anchor } from "./summary-places";

export interface AuditIdentity {
  auditId: string | null;
  catalogueId: string | null;
  catalogueVersion: string | null;
}

export function auditIdentity(snapshot: Snapshot, names: LayoutNames): AuditIdentity {
  const text = (name: string): string | null => cellText(snapshot.names[name]?.value) || null;
  return {
    auditId: text(names.cells.auditId),
    catalogueId: text(names.cells.catalogue),
    catalogueVersion: text(names.cells.catalogueVersion),
  };
}

/** A random UUID (v4): crypto.randomUUID where the host has it, else crypto.getRandomValues. */
export function newAuditId(): string {
  const crypto = globalThis.crypto;
  if (typeof crypto?.randomUUID === "function") return crypto.randomUUID();
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * For an existing record block: the identity rows and names it lacks (a workbook made before audit
 * IDs), and an ID where the ID cell is blank. A present ID is never replaced.
 */
export function identityUpgradeOps(
  snapshot: Snapshot,
  record: Anchor,
  standard: ResolvedStandard,
  auditId: string,
  lang: Lang
): PlanOp[] {
  const { catalogue, names } = standard;
  const ops: PlanOp[] = [];
  const identity = auditIdentity(snapshot, names);
  const rowOf = (key: (typeof RECORD_ROWS)[number]) => record.row + 1 + RECORD_ROWS.indexOf(key);
  const named = snapshot.names[names.cells.auditId];
  if (!named || !snapshot.names[names.cells.catalogueVersion]) {
    ops.push(...recordIdentityNames(record, names));
    ops.push({
      op: "setValues",
      sheet: record.sheet,
      row: rowOf("catalogueVersion"),
      col: record.col,
      values: [[word("catalogueVersion", lang), catalogue.version]],
    });
  }
  if (!named) {
    ops.push({
      op: "setValues",
      sheet: record.sheet,
      row: rowOf("auditId"),
      col: record.col,
      values: [[word("auditId", lang), auditId]],
    });
  } else if (identity.auditId === null) {
    ops.push(cellOp(named, auditId));
  }
  return ops;
}
