/** Clause IDs and module names as read from cells: numbers become their text ("20"), text is NFKC-trimmed. */
import type { RawCell } from "./types";

export function cellText(cell: RawCell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell.normalize("NFKC").trim();
  if (typeof cell === "number" || typeof cell === "boolean") return String(cell);
  if (cell instanceof Date) return cell.toISOString();
  return "";
}

/** "6", "6.0" and "6.00" name the same module. */
export function sameModuleId(text: string, moduleId: string): boolean {
  if (text === moduleId) return true;
  const a = Number(text);
  const b = Number(moduleId);
  return text !== "" && Number.isFinite(a) && a === b;
}
