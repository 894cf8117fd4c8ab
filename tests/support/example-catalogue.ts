/**
 * The example catalogue file (examples/catalogue-example.json, SVC-LITE: prefix Svc, two levels),
 * loaded as a user's catalogue file is: the product no longer bundles it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { loadCatalogue } from "../../src/catalogues";
import type { Catalogue } from "../../src/core/types";

export const EXAMPLE_CATALOGUE_FILE = path.join(
  __dirname,
  "..",
  "..",
  "examples",
  "catalogue-example.json"
);

/** A catalogue file loaded and validated; throws with its errors when invalid. */
export function catalogueFile(file: string): Catalogue {
  const loaded = loadCatalogue(JSON.parse(readFileSync(file, "utf8")));
  if (!loaded.ok) throw new Error(`${file}: ${JSON.stringify(loaded.errors)}`);
  return loaded.catalogue;
}

export const exampleCatalogue: Catalogue = catalogueFile(EXAMPLE_CATALOGUE_FILE);
