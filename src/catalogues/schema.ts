/**
 * Schema of a catalogue file. Any standard of the same shape — modules with points (two-dimension
 * C/F scale) or with a cap (one innovation grade), items, clauses, star levels with one threshold
 * each — loads from JSON and is scored by the same core (docs/writing-a-catalogue.md).
 */
import { z } from "zod";
import { jsonPath } from "../core/profile";
import { starLevels } from "../core/standard";
import { THRESHOLD_KEYS, type Catalogue, type Lang, type StarLevel } from "../core/types";
import { CATALOGUE_CHECKS, describeCatalogueIssue } from "./errors";

/**
 * What a catalogue file that names no prefix or levels gets: the names and the three levels of the
 * first format (written before either was part of it), which that format's workbooks carry.
 */
export const DEFAULT_PREFIX = "Epm";
export const DEFAULT_LEVELS: readonly StarLevel[] = [
  { stars: 3, name: { zh: "三星", en: "3★" } },
  { stars: 4, name: { zh: "四星", en: "4★" } },
  { stars: 5, name: { zh: "五星", en: "5★" } },
];

const text = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();
const id = z.string().min(1).max(40);
const nonNegative = z.number().finite().min(0);
/** Checked against the number of levels after parsing, so that the error names the level count. */
const perLevel = (item: z.ZodNumber) => z.array(item).min(1);
/**
 * Letters and digits, starting with a letter: valid at the start of an Excel defined name and
 * never read as a cell reference once a suffix such as "Clauses" follows.
 */
const prefix = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9]{0,11}$/, "letters and digits, starting with a letter, at most 12");
const level = z.object({ stars: z.number().int().min(1).max(9), name: text }).strict();

const clause = z.object({ id, subPoints: z.number().int().min(0), summary: text }).strict();
const item = z.object({ id, name: text, clauses: z.array(clause).min(1) }).strict();
const cfModule = z
  .object({
    id,
    name: text,
    scale: z.literal("CF"),
    points: nonNegative,
    items: z.array(item).min(1),
  })
  .strict();
const iModule = z
  .object({
    id,
    name: text,
    scale: z.literal("I"),
    cap: nonNegative,
    clausePoints: nonNegative,
    items: z.array(item).min(1),
  })
  .strict();

export const catalogueSchema = z
  .object({
    id,
    version: z.string().min(1),
    name: text,
    prefix: prefix.optional(),
    shortName: z.string().min(1).max(20).optional(),
    levels: z.array(level).min(1).max(9).optional(),
    rules: z
      .object({
        years: perLevel(nonNegative),
        fShare: perLevel(z.number().min(0).max(1)),
        score15: perLevel(z.number().min(0).max(1)),
        score6: perLevel(z.number().min(0).max(1)),
        strictCompliance: z.boolean().optional(),
      })
      .strict(),
    modules: z.array(z.discriminatedUnion("scale", [cfModule, iModule])).min(1),
  })
  .strict();

export type CatalogueLoad =
  | { ok: true; catalogue: Catalogue }
  | { ok: false; errors: Array<{ path: string; message: string }> };

/** Levels must rise, and every rule must hold one number per level. */
function levelErrors(catalogue: Catalogue, lang: Lang): Array<{ path: string; message: string }> {
  const errors: Array<{ path: string; message: string }> = [];
  const levels = starLevels(catalogue);
  levels.forEach((level, k) => {
    if (k > 0 && level.stars <= levels[k - 1].stars)
      errors.push({ path: `$.levels[${k}].stars`, message: CATALOGUE_CHECKS.levelsRise[lang] });
  });
  for (const key of THRESHOLD_KEYS) {
    if (catalogue.rules[key].length !== levels.length)
      errors.push({
        path: `$.rules.${key}`,
        message: CATALOGUE_CHECKS.perLevel(levels.length)[lang],
      });
  }
  return errors;
}

/**
 * Validate catalogue JSON; IDs of modules, items and clauses must each be unique, levels must
 * rise and the rules must have one number per level. Messages in `lang`, each for a JSON path.
 */
export function loadCatalogue(json: unknown, lang: Lang = "en"): CatalogueLoad {
  const parsed = catalogueSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => ({
        path: jsonPath(i.path),
        message: describeCatalogueIssue(i, json, lang),
      })),
    };
  }
  const catalogue: Catalogue = {
    ...parsed.data,
    prefix: parsed.data.prefix ?? DEFAULT_PREFIX,
    levels: parsed.data.levels ?? DEFAULT_LEVELS.map((level) => ({ ...level })),
  };
  const errors = levelErrors(catalogue, lang);
  const seen = new Set<string>();
  const unique = (kind: "module" | "item" | "clause", value: string, path: string): void => {
    const key = `${kind}:${value}`;
    if (seen.has(key))
      errors.push({ path, message: CATALOGUE_CHECKS.duplicate(kind, value)[lang] });
    seen.add(key);
  };
  catalogue.modules.forEach((m, mi) => {
    unique("module", m.id, `$.modules[${mi}].id`);
    m.items.forEach((it, ii) => {
      unique("item", it.id, `$.modules[${mi}].items[${ii}].id`);
      it.clauses.forEach((c, ci) =>
        unique("clause", c.id, `$.modules[${mi}].items[${ii}].clauses[${ci}].id`)
      );
    });
  });
  return errors.length ? { ok: false, errors } : { ok: true, catalogue };
}

/** A catalogue file's text (a leading BOM allowed): not JSON is an error at "$", else loadCatalogue. */
export function loadCatalogueText(text: string, lang: Lang = "en"): CatalogueLoad {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const reason = (error as Error).message;
    return {
      ok: false,
      errors: [
        {
          path: "$",
          message: lang === "zh" ? `不是有效的 JSON：${reason}` : `not valid JSON: ${reason}`,
        },
      ],
    };
  }
  return loadCatalogue(json, lang);
}
