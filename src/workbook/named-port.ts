/**
 * Table and defined names per catalogue. The workbook layer reads and writes the layout's own names
 * (layout.ts, which begin with LAYOUT_PREFIX); a catalogue with another prefix has them renamed on
 * the way to and from the host, so that its workbooks hold e.g. MiniClauses and MiniYears. The
 * plan builders stay the same for every standard, and EPM's names are the layout's own.
 */
import { LAYOUT_PREFIX, namePrefix } from "../core/standard";
import type { Catalogue } from "../core/types";
import { TABLES } from "./layout";
import type { PlanOp, ReadRequest, Snapshot, WorkbookPort } from "./plan";

/** A layout name as a catalogue of that prefix writes it (names outside the layout stay). */
export function prefixedName(name: string, prefix: string): string {
  return name.startsWith(LAYOUT_PREFIX) ? prefix + name.slice(LAYOUT_PREFIX.length) : name;
}

/** The name of a layout table or defined name in a workbook of this catalogue. */
export function catalogueName(name: string, catalogue: Catalogue): string {
  return prefixedName(name, namePrefix(catalogue));
}

/** The clause table's name in this catalogue's workbooks, e.g. EpmClauses: how messages name it. */
export function clauseTableOf(catalogue: Catalogue): string {
  return catalogueName(TABLES.clauses, catalogue);
}

function renamedOp(op: PlanOp, prefix: string): PlanOp {
  switch (op.op) {
    case "addTable":
    case "defineName":
      return { ...op, name: prefixedName(op.name, prefix) };
    case "appendTableRows":
    case "addTableColumn":
      return { ...op, table: prefixedName(op.table, prefix) };
    default:
      return op;
  }
}

/** Which prefix the workbook uses: the first whose clause table (else any name) it holds. */
function prefixInUse(snapshot: Snapshot, prefixes: readonly string[], request: ReadRequest) {
  const holds = (prefix: string, pick: (s: Snapshot) => Record<string, unknown>, names: string[]) =>
    names.some((name) => pick(snapshot)[prefixedName(name, prefix)] !== undefined);
  return (
    prefixes.find((p) => holds(p, (s) => s.tables, [TABLES.clauses])) ??
    prefixes.find((p) => holds(p, (s) => s.names, request.names)) ??
    null
  );
}

/**
 * The port as the workbook layer sees it: layout names in, layout names out. `chosen` (Create)
 * fixes the prefix; otherwise the first read finds it, and a workbook without any takes the first
 * catalogue's. With only the layout's prefix in play, the port itself is returned.
 */
export function namedPort(
  port: WorkbookPort,
  catalogues: readonly Catalogue[],
  chosen?: Catalogue
): WorkbookPort {
  const prefixes = [...new Set([chosen, ...catalogues].filter(Boolean).map((c) => namePrefix(c!)))];
  if (prefixes.every((p) => p === LAYOUT_PREFIX)) return port;
  let prefix: string | null = chosen ? namePrefix(chosen) : null;
  return {
    async read(request) {
      const asked = (names: string[]) =>
        prefixes.flatMap((p) => names.map((n) => prefixedName(n, p)));
      const raw = await port.read({
        tables: asked(request.tables),
        names: asked(request.names),
        ...(request.nameSuffixes && { nameSuffixes: request.nameSuffixes }),
      });
      prefix ??= prefixInUse(raw, prefixes, request) ?? prefixes[0];
      const inUse = prefix;
      const back = <T extends { name: string }>(
        found: Record<string, T | undefined>,
        names: string[]
      ) =>
        Object.fromEntries(
          names.map((name) => {
            const item = found[prefixedName(name, inUse)];
            return [name, item && { ...item, name }];
          })
        );
      return {
        sheets: raw.sheets,
        tables: back(raw.tables, request.tables),
        names: back(raw.names, request.names),
        // Names read by suffix keep the workbook's own spelling: they are not layout names.
        ...(raw.areas && { areas: raw.areas }),
      };
    },
    async apply(plan) {
      const inUse = prefix ?? prefixes[0];
      await port.apply({ ops: plan.ops.map((op) => renamedOp(op, inUse)) });
    },
    select: (address) => port.select(address),
  };
}
