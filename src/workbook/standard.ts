/**
 * The standard a workbook is written in, resolved once: the catalogue, every name its workbooks
 * use (tables, defined names, the chart, sheets), its words and its levels. Actions read the
 * workbook once with the names of every candidate catalogue, find which one the workbook holds,
 * and from then on every plan builder, reader, message and adapter call takes names from here.
 */
import { standardTerms, starLevels, type StandardTerms } from "../core/standard";
import type { Catalogue, StarLevel } from "../core/types";
import { layoutNames, type LayoutNames } from "./layout";
import type { ReadRequest, Snapshot } from "./plan";

export interface ResolvedStandard {
  catalogue: Catalogue;
  names: LayoutNames;
  terms: StandardTerms;
  levels: readonly StarLevel[];
}

/**
 * The standard of a catalogue. `prefix` (default: the catalogue's own) is the prefix of the names
 * a workbook already uses, for the rare workbook whose catalogue cell names a catalogue of
 * another prefix: its tables keep the names they have.
 */
export function standardOf(
  catalogue: Catalogue,
  prefix: string = catalogue.prefix
): ResolvedStandard {
  return {
    catalogue,
    names: layoutNames(prefix),
    terms: standardTerms(catalogue),
    levels: starLevels(catalogue),
  };
}

/**
 * One read that finds a workbook of any of these catalogues: every name of every prefix, and of
 * the `more` prefixes (catalogues the workbook is expected to carry, not known yet).
 */
export function standardsReadRequest(
  candidates: readonly Catalogue[],
  more: readonly string[] = []
): ReadRequest {
  const prefixes = [...new Set([...candidates.map((c) => c.prefix), ...more])];
  const all = prefixes.map(layoutNames);
  return {
    tables: [...new Set(all.flatMap((names) => names.allTables))],
    names: [...new Set(all.flatMap((names) => names.allNames))],
    charts: all.map((names) => ({ name: names.chart, anchor: names.blocks.modules })),
  };
}

/**
 * Which candidate's names the workbook (read with standardsReadRequest) holds: the first whose
 * clause table is there, else the first with any of its defined names, else `chosen`, else the
 * first candidate. `chosen` (Create) decides when given.
 */
export function resolveStandard(
  snapshot: Snapshot,
  candidates: readonly Catalogue[],
  chosen?: Catalogue
): ResolvedStandard {
  if (chosen) return standardOf(chosen);
  if (!candidates.length) throw new Error("resolveStandard: no candidate catalogue");
  const named = candidates.map((catalogue) => standardOf(catalogue));
  const found =
    named.find((s) => snapshot.tables[s.names.tables.clauses] !== undefined) ??
    named.find((s) => s.names.allNames.some((name) => snapshot.names[name] !== undefined)) ??
    named[0];
  return found;
}

/** Whether the workbook holds a clause table of any of these catalogues (an audit workbook). */
export function holdsAudit(snapshot: Snapshot, candidates: readonly Catalogue[]): boolean {
  return candidates.some(
    (c) => snapshot.tables[layoutNames(c.prefix).tables.clauses] !== undefined
  );
}
