/**
 * Schema of a catalogue file. Any standard of the same shape — modules with points (two-dimension
 * C/F scale) or with a cap (one innovation grade), items, clauses, a level table — loads from JSON
 * and is scored by the same core.
 */
import { z } from "zod";
import { jsonPath } from "../core/profile";
import type { Catalogue } from "../core/types";

const text = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();
const id = z.string().min(1).max(40);
const nonNegative = z.number().finite().min(0);
const triple = (item: z.ZodNumber) => z.tuple([item, item, item]);

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
    rules: z
      .object({
        years: triple(nonNegative),
        fShare: triple(z.number().min(0).max(1)),
        score15: triple(z.number().min(0).max(1)),
        score6: triple(z.number().min(0).max(1)),
        strictCompliance: z.boolean().optional(),
      })
      .strict(),
    modules: z.array(z.discriminatedUnion("scale", [cfModule, iModule])).min(1),
  })
  .strict();

export type CatalogueLoad =
  | { ok: true; catalogue: Catalogue }
  | { ok: false; errors: Array<{ path: string; message: string }> };

/** Validate catalogue JSON; IDs of modules, items and clauses must each be unique. */
export function loadCatalogue(json: unknown): CatalogueLoad {
  const parsed = catalogueSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((i) => ({ path: jsonPath(i.path), message: i.message })),
    };
  }
  const catalogue = parsed.data as Catalogue;
  const errors: Array<{ path: string; message: string }> = [];
  const seen = new Set<string>();
  const unique = (kind: string, value: string, path: string): void => {
    const key = `${kind}:${value}`;
    if (seen.has(key)) errors.push({ path, message: `duplicate ${kind} ID "${value}"` });
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
