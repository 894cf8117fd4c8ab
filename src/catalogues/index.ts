import type { Catalogue } from "../core/types";
import epmJson from "./epm-v1.json";
import { loadCatalogue } from "./schema";

export { loadCatalogue, catalogueSchema, type CatalogueLoad } from "./schema";

function mustLoad(json: unknown): Catalogue {
  const loaded = loadCatalogue(json);
  if (!loaded.ok)
    throw new Error(`bundled catalogue is invalid: ${JSON.stringify(loaded.errors.slice(0, 3))}`);
  return loaded.catalogue;
}

/** CC-CMM-EPM V1.0: 211 clauses in six modules (facts from the standard, summaries in our own words). */
export const epmV1: Catalogue = mustLoad(epmJson);

export function clauseCount(catalogue: Catalogue): number {
  return catalogue.modules.reduce(
    (n, m) => n + m.items.reduce((k, it) => k + it.clauses.length, 0),
    0
  );
}
