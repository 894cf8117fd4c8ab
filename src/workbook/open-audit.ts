/**
 * The first read of every action, which also finds the catalogue a workbook carries
 * (embedded-catalogue.ts). The read asks for the names ending in "CatalogueFile" beside the audit's
 * own, so a workbook of a bundled standard costs no read more than before. A workbook whose
 * embedded catalogue has a prefix none of the candidates has is read a second time, under it, the
 * first time a port meets it: the port remembers the prefix (WorkbookPort.carried; the Office port
 * keeps it in the workbook's settings too), and every later first read asks for its names at once.
 */
import { CATALOGUES } from "../catalogues";
import type { Catalogue, Issue, Lang } from "../core/types";
import {
  CATALOGUE_FILE_SUFFIX,
  catalogueFileName,
  embeddedCatalogues,
  withEmbedded,
} from "./embedded-catalogue";
import { auditInputsOf, type AuditInputs } from "./inputs";
import { AuditInputError, errorsOf } from "./issues";
import type { ReadRequest, Snapshot, WorkbookPort } from "./plan";
import { standardsReadRequest } from "./standard";

export interface OpenedAudit {
  /** Read with the names of every catalogue below (standardsReadRequest). */
  snapshot: Snapshot;
  /** The candidates, with the catalogues the workbook carries. */
  catalogues: readonly Catalogue[];
  /** An embedded catalogue that is invalid (error) or differs from the bundled one (warning). */
  issues: Issue[];
}

export interface OpenOptions {
  /** Create's catalogue: it fixes the names; only its own embedded copy is looked for. */
  chosen?: Catalogue;
  /** false: the workbook's embedded catalogues are not looked for (the Excel check's scratch audit). */
  embedded?: boolean;
  /** The action needs an audit (not Create): see ReadRequest.expectsAudit. */
  expectsAudit?: boolean;
}

/**
 * After Create wrote `catalogue` into the port's workbook (before its write, which keeps it with
 * what the port knows of the workbook): the next action asks for its names in its first read.
 */
export function noteCarried(port: WorkbookPort, catalogue: Catalogue): void {
  const prefixes = port.carried?.get() ?? [];
  if (!prefixes.includes(catalogue.prefix)) port.carried?.remember([...prefixes, catalogue.prefix]);
}

/** Read the audit, finding the catalogues the workbook carries (see the file comment). */
export async function openAudit(
  port: WorkbookPort,
  given: readonly Catalogue[],
  lang: Lang,
  options: OpenOptions = {}
): Promise<OpenedAudit> {
  const { chosen } = options;
  // Create's catalogue alone decides the names it writes.
  const asked = chosen ? [chosen] : given;
  const expectsAudit = options.expectsAudit ? { expectsAudit: true } : {};
  if (options.embedded === false) {
    const snapshot = await port.read({ ...standardsReadRequest(asked), ...expectsAudit });
    return { snapshot, catalogues: asked, issues: [] };
  }
  // The catalogues the port found in this workbook before: their names are asked for at once.
  const carried = chosen ? [] : (port.carried?.get() ?? []);
  const suffix = chosen ? catalogueFileName(chosen) : CATALOGUE_FILE_SUFFIX;
  const request = (catalogues: readonly Catalogue[]): ReadRequest => ({
    ...standardsReadRequest(catalogues, carried),
    nameSuffixes: [suffix],
    ...expectsAudit,
  });
  let snapshot = await port.read(request(asked));
  if (chosen) return { snapshot, catalogues: asked, issues: [] };
  const embedded = embeddedCatalogues(snapshot, lang);
  const added = withEmbedded(given, embedded.found, CATALOGUES, lang);
  const found = added.catalogues.filter((c) => !given.includes(c)).map((c) => c.prefix);
  port.carried?.remember([...new Set(found)]);
  const read = new Set([...given.map((c) => c.prefix), ...carried]);
  if (found.some((prefix) => !read.has(prefix)))
    snapshot = await port.read(request(added.catalogues));
  return {
    snapshot,
    catalogues: added.catalogues,
    issues: [...embedded.issues, ...added.issues],
  };
}

/** The audit's inputs, with the embedded catalogue's issues first (its errors block scoring). */
export function openedInputs(opened: OpenedAudit, lang: Lang, chosen?: Catalogue): AuditInputs {
  let inputs: AuditInputs;
  try {
    inputs = auditInputsOf(opened.snapshot, lang, opened.catalogues, chosen);
  } catch (error) {
    if (error instanceof AuditInputError)
      throw new AuditInputError([...errorsOf(opened.issues), ...error.issues]);
    throw error;
  }
  return {
    ...inputs,
    readIssues: [...opened.issues, ...inputs.readIssues],
    issues: [...opened.issues, ...inputs.issues],
  };
}
