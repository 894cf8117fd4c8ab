/**
 * The catalogue registry: the real standards the product bundles, each a JSON file of this folder
 * listed once in BUNDLED. Everything else (command line, workbook reading, task pane, browser
 * page) finds catalogues here. Any other standard comes from a catalogue file of the same format
 * (docs/writing-a-catalogue.md), which the workbook then carries (workbook/embedded-catalogue.ts).
 */
import type { Catalogue } from "../core/types";
import epmJson from "./epm-v1.json";
import { loadCatalogue } from "./schema";

export { loadCatalogue, loadCatalogueText, catalogueSchema, type CatalogueLoad } from "./schema";

/** The bundled catalogue files; the first is the default for a new workbook. */
const BUNDLED: readonly unknown[] = [epmJson];

function mustLoad(json: unknown): Catalogue {
  const loaded = loadCatalogue(json);
  if (!loaded.ok)
    throw new Error(`bundled catalogue is invalid: ${JSON.stringify(loaded.errors.slice(0, 3))}`);
  return loaded.catalogue;
}

/** Every known catalogue, in registry order. */
export const CATALOGUES: readonly Catalogue[] = BUNDLED.map(mustLoad);

/** The catalogue of a new workbook when none is asked for. */
export const DEFAULT_CATALOGUE: Catalogue = CATALOGUES[0];

/**
 * The catalogue of that ID (standard) and version; without a version, or when no catalogue has
 * it, the last registered of that ID (the newest edition). Null when the ID is unknown.
 */
export function findCatalogue(id: string, version?: string | null): Catalogue | null {
  const ofId = CATALOGUES.filter((c) => c.id === id);
  return ofId.find((c) => c.version === version) ?? ofId[ofId.length - 1] ?? null;
}

/** CC-CMM-EPM V1.0: 211 clauses in six modules (facts from the standard, summaries in our own words). */
export const epmV1: Catalogue = findCatalogue("CC-CMM-EPM", "1.0") as Catalogue;

export function clauseCount(catalogue: Catalogue): number {
  return catalogue.modules.reduce(
    (n, m) => n + m.items.reduce((k, it) => k + it.clauses.length, 0),
    0
  );
}
