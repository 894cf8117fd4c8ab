/**
 * A workbook carries the catalogue it was made with when the product does not bundle it (a
 * catalogue file): as JSON text in value cells of a hidden sheet, found by the defined name
 * <Prefix>CatalogueFile, so that a recipient, the command line, the page and the add-in score it
 * without the file. Pure: building the cells and reading them back; open-audit.ts does the reads.
 */
import { loadCatalogue } from "../catalogues/schema";
import type { Catalogue, Issue, Lang, RawCell } from "../core/types";
import { cellAddress } from "./a1";
import { workbookIssue } from "./issues";
import type { NamedArea, PlanOp, Snapshot } from "./plan";
import { area, freeSheetName } from "./plan-util";

/** The defined name's ending; its start is the catalogue's own prefix (e.g. SvcCatalogueFile). */
export const CATALOGUE_FILE_SUFFIX = "CatalogueFile";

/** The hidden sheet a new embedded catalogue goes on. */
export const CATALOGUE_SHEET = "标准 Standard";

/**
 * Characters a cell: under Excel's limit of 32,767 with room for the quote prefix the Office
 * adapter adds to text.
 */
export const CHUNK_CHARS = 30_000;

/** The defined name of a catalogue's embedded copy. */
export function catalogueFileName(catalogue: Catalogue): string {
  return catalogue.prefix + CATALOGUE_FILE_SUFFIX;
}

/** Keys sorted at every level: the same catalogue gives the same text, whatever its key order. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortedKeys((value as Record<string, unknown>)[key])])
    );
  return value;
}

/** The catalogue as the workbook stores it, and as two catalogues are compared. */
export function catalogueText(catalogue: Catalogue): string {
  return JSON.stringify(sortedKeys(catalogue));
}

export function sameCatalogue(a: Catalogue, b: Catalogue): boolean {
  return catalogueText(a) === catalogueText(b);
}

/**
 * The text cut into cells of at most `size` characters. A cut never splits a surrogate pair, and
 * avoids leaving a blank at either end of a cell (some applications trim cell text) wherever the
 * second half of the cell holds such a place.
 */
export function chunkText(text: string, size = CHUNK_CHARS): string[] {
  const chunks: string[] = [];
  const splitsPair = (at: number) => /[\uDC00-\uDFFF]/.test(text[at]);
  const nextToBlank = (at: number) => /\s/.test(text[at - 1]) || /\s/.test(text[at]);
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + size, text.length);
    if (end < text.length) {
      const lowest = start + Math.ceil(size / 2);
      let tidy = end;
      while (tidy > lowest && (splitsPair(tidy) || nextToBlank(tidy))) tidy--;
      if (!splitsPair(tidy) && !nextToBlank(tidy)) end = tidy;
      else if (splitsPair(end)) end--;
    }
    chunks.push(text.slice(start, end));
    start = end;
  }
  return chunks;
}

/** The catalogue of the same ID and version among the bundled ones, if any. */
export function bundledTwin(
  catalogue: Catalogue,
  bundled: readonly Catalogue[]
): Catalogue | undefined {
  return bundled.find((c) => c.id === catalogue.id && c.version === catalogue.version);
}

/** Whether a workbook of this catalogue must carry it: not bundled, or not as bundled. */
export function needsEmbedding(catalogue: Catalogue, bundled: readonly Catalogue[]): boolean {
  const twin = bundledTwin(catalogue, bundled);
  return !twin || !sameCatalogue(twin, catalogue);
}

/** The embedded copy of this catalogue's prefix, as the read found it. */
function areaOf(snapshot: Snapshot, catalogue: Catalogue): NamedArea | undefined {
  return snapshot.areas?.[catalogueFileName(catalogue).toLowerCase()];
}

const NOTE = {
  zh: "本工作簿所用的标准目录（JSON，由评分工具写入；请勿修改）",
  en: "The catalogue this workbook follows (JSON written by the scorer; do not edit)",
};

/**
 * Ops that write the catalogue under its name: on the sheet where its copy is, else on a new
 * hidden sheet; a note in A1, the text in A2 down, cells a longer earlier copy used cleared.
 */
export function embedCatalogueOps(snapshot: Snapshot, catalogue: Catalogue, lang: Lang): PlanOp[] {
  const chunks = chunkText(catalogueText(catalogue));
  const existing = areaOf(snapshot, catalogue);
  const ops: PlanOp[] = [];
  let at: { sheet: string; row: number; col: number };
  if (existing) {
    at = { sheet: existing.sheet, row: existing.row, col: existing.col };
  } else {
    const sheet = freeSheetName(snapshot, CATALOGUE_SHEET);
    at = { sheet, row: 1, col: 0 };
    ops.push(
      { op: "addSheet", name: sheet, hidden: true },
      { op: "setValues", sheet, row: 0, col: 0, values: [[NOTE[lang]]] },
      { op: "setColumnWidth", sheet, col: 0, width: 100 }
    );
  }
  const cleared = Math.max(0, (existing?.values.length ?? 0) - chunks.length);
  ops.push(
    {
      op: "setValues",
      sheet: at.sheet,
      row: at.row,
      col: at.col,
      values: [...chunks.map((chunk) => [chunk]), ...Array.from({ length: cleared }, () => [null])],
    },
    {
      op: "defineName",
      name: catalogueFileName(catalogue),
      area: area(at.sheet, at.row, at.col, chunks.length),
    }
  );
  return ops;
}

/** A catalogue found in the workbook, with where it is. */
export interface EmbeddedCatalogue {
  catalogue: Catalogue;
  /** "'标准 Standard'!A2": the copy's first cell, as messages name it. */
  cell: string;
}

/** The catalogue text of an area's cells, or the first cell that is not text (a formula, a number). */
function textOf(named: NamedArea): { text: string } | { notText: string } {
  let text = "";
  for (const [k, row] of named.values.entries()) {
    const cell: RawCell = row[0] ?? null;
    if (typeof cell === "string") text += cell;
    else if (cell !== null) return { notText: cellAddress(named.sheet, named.row + k, named.col) };
  }
  return { text };
}

/**
 * The catalogues the workbook carries (Snapshot.areas), each validated as a catalogue file is;
 * an invalid one is an error naming its cell and the JSON path.
 */
export function embeddedCatalogues(
  snapshot: Snapshot,
  lang: Lang
): { found: EmbeddedCatalogue[]; issues: Issue[] } {
  const found: EmbeddedCatalogue[] = [];
  const issues: Issue[] = [];
  for (const named of Object.values(snapshot.areas ?? {})) {
    const cell = cellAddress(named.sheet, named.row, named.col);
    const read = textOf(named);
    let json: unknown;
    try {
      if ("notText" in read) throw new Error(`${read.notText} is not text`);
      json = JSON.parse(read.text);
    } catch (error) {
      const detail = (error as Error).message;
      issues.push(
        workbookIssue("error", "embeddedCatalogueJson", cell, { name: named.name, detail }, lang)
      );
      continue;
    }
    const loaded = loadCatalogue(json, lang);
    if (!loaded.ok) {
      for (const e of loaded.errors)
        issues.push(
          workbookIssue(
            "error",
            "embeddedCatalogueInvalid",
            cell,
            { name: named.name, path: e.path, message: e.message },
            lang
          )
        );
      continue;
    }
    found.push({ catalogue: loaded.catalogue, cell });
  }
  return { found, issues };
}

/**
 * The candidates with the workbook's own catalogues added. A catalogue ID and version the product
 * bundles keeps the bundled rules: a differing embedded copy is only a warning, never a silent
 * change of rules.
 */
export function withEmbedded(
  candidates: readonly Catalogue[],
  found: readonly EmbeddedCatalogue[],
  bundled: readonly Catalogue[],
  lang: Lang
): { catalogues: Catalogue[]; issues: Issue[] } {
  const catalogues = [...candidates];
  const issues: Issue[] = [];
  for (const { catalogue, cell } of found) {
    const twin = bundledTwin(catalogue, bundled);
    if (twin) {
      if (!sameCatalogue(twin, catalogue))
        issues.push(
          workbookIssue(
            "warning",
            "embeddedCatalogueDiffers",
            cell,
            { catalogue: `${catalogue.id} ${catalogue.version}` },
            lang
          )
        );
      continue;
    }
    const known = catalogues.findIndex(
      (c) => c.id === catalogue.id && c.version === catalogue.version
    );
    // The workbook's own copy wins over a candidate of the same edition that is not bundled (a
    // candidate of the same content stays as it is).
    if (known < 0) catalogues.push(catalogue);
    else if (!sameCatalogue(catalogues[known], catalogue)) catalogues[known] = catalogue;
  }
  return { catalogues, issues };
}
