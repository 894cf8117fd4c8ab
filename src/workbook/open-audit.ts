/**
 * The first read of every action, which also finds the catalogue a workbook carries
 * (embedded-catalogue.ts). The read asks for the names ending in "CatalogueFile" beside the audit's
 * own, so a workbook of a bundled standard costs no read more than before; only a workbook whose
 * embedded catalogue has a prefix none of the candidates has is read a second time, under it.
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
 * The catalogues each port's workbook was found to carry: the next action on the same port (the
 * pane keeps one) asks for their names in its first read, so it needs no second one.
 */
const carriedBy = new WeakMap<WorkbookPort, readonly Catalogue[]>();

/** After Create wrote a catalogue into the port's workbook: the next action asks for its names. */
export function noteCarried(port: WorkbookPort, catalogue: Catalogue): void {
  const others = (carriedBy.get(port) ?? []).filter(
    (c) => c.id !== catalogue.id || c.version !== catalogue.version
  );
  carriedBy.set(port, [...others, catalogue]);
}

/** Read the audit, finding the catalogues the workbook carries (see the file comment). */
export async function openAudit(
  port: WorkbookPort,
  given: readonly Catalogue[],
  lang: Lang,
  options: OpenOptions = {}
): Promise<OpenedAudit> {
  const { chosen } = options;
  const carried = (options.embedded === false ? undefined : carriedBy.get(port)) ?? [];
  const candidates = [
    ...given,
    ...carried.filter((c) => !given.some((g) => g.id === c.id && g.version === c.version)),
  ];
  // Create's catalogue alone decides the names it writes.
  const asked = chosen ? [chosen] : candidates;
  const expectsAudit = options.expectsAudit ? { expectsAudit: true } : {};
  if (options.embedded === false) {
    const snapshot = await port.read({ ...standardsReadRequest(asked), ...expectsAudit });
    return { snapshot, catalogues: asked, issues: [] };
  }
  const suffix = chosen ? catalogueFileName(chosen) : CATALOGUE_FILE_SUFFIX;
  const request = (catalogues: readonly Catalogue[]): ReadRequest => ({
    ...standardsReadRequest(catalogues),
    nameSuffixes: [suffix],
    ...expectsAudit,
  });
  let snapshot = await port.read(request(asked));
  if (chosen) return { snapshot, catalogues: asked, issues: [] };
  const embedded = embeddedCatalogues(snapshot, lang);
  const added = withEmbedded(given, embedded.found, CATALOGUES, lang);
  carriedBy.set(
    port,
    added.catalogues.filter((c) => !given.includes(c))
  );
  const prefixes = new Set(candidates.map((c) => c.prefix));
  if (added.catalogues.some((c) => !prefixes.has(c.prefix)))
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
