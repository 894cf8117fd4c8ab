/**
 * The contents of each Summary block as a grid of cells (labels and stored result values), and
 * their formats. Pure: the caller places a block at its anchor.
 */
import { levelHeader, standardTerms, starLevels } from "../core/standard";
import type { Catalogue, Lang, Result } from "../core/types";
import { conditionLabel, word, type Word } from "./labels";
import {
  CONDITION_KEYS,
  GAP_ROWS,
  RECORD_ROWS,
  RESULT_ROWS,
  TOP_GAINS,
  allItems,
  type BlockKey,
  type LayoutNames,
} from "./layout";
import type { PlanCell } from "./plan";
import { pad } from "./plan-util";
import { conditionValueText, matrixCellText, shortfallText } from "./units";

export interface ScoredSummary {
  result: Result;
  /** Formula text of the freshness cell (product-built). */
  freshness: string;
  fingerprint: number;
  time: string;
  productVersion: string;
  /** Clause summaries for the top-gains list, by ID. */
  summaryOf: (id: string) => string;
}

export interface BlockContext {
  catalogue: Catalogue;
  /** The workbook's names (its resolved standard's). */
  names: LayoutNames;
  lang: Lang;
  scored: ScoredSummary | null;
  /** The audit ID the record shows (kept from the workbook; a new one on Create). */
  auditId?: string | null;
}

const yesNo = (met: boolean | null, lang: Lang): string =>
  word(met === null ? "unknown" : met ? "yes" : "no", lang);

export function starsText(stars: number, lang: Lang): string {
  if (stars === 0) return word("notCertified", lang);
  return `${"★".repeat(stars)} ${stars}${lang === "zh" ? " 星" : stars === 1 ? " star" : " stars"}`;
}

export function flagsText(result: Result, lang: Lang): string {
  const flags: string[] = [];
  if (result.provisional) flags.push(word("provisional", lang));
  if (result.incomplete) flags.push(word("incomplete", lang));
  return flags.length ? flags.join(lang === "zh" ? "；" : "; ") : word("complete", lang);
}

/** The core's realisable gains, highest first (docs/scoring-rules.md §7). */
export function topGains(result: Result, count = TOP_GAINS): Array<{ id: string; gain: number }> {
  return result.topGains.slice(0, count);
}

function heading(key: Word, lang: Lang, width: number): PlanCell[] {
  return [word(key, lang), ...new Array<PlanCell>(width - 1).fill(null)];
}

function resultCells(ctx: BlockContext): PlanCell[][] {
  const { lang, scored } = ctx;
  const r = scored?.result;
  const errors = r ? r.issues.filter((i) => i.severity === "error").length : null;
  const value = (row: (typeof RESULT_ROWS)[number]): PlanCell => {
    if (!r || !scored) return row === "freshness" ? word("notScored", lang) : null;
    switch (row) {
      case "starLevel":
        return starsText(r.stars, lang);
      case "flags":
        return flagsText(r, lang);
      case "score15":
        return r.score15;
      case "score6":
        return r.score6;
      case "fShare":
        return r.fPassShare;
      case "compliance":
        return yesNo(r.allCompliant, lang);
      case "issues":
        return `${errors} / ${r.issues.length - (errors ?? 0)}`;
      case "freshness":
        return { formula: scored.freshness };
    }
  };
  const labels: Record<(typeof RESULT_ROWS)[number], Word> = {
    starLevel: "starLevel",
    flags: "flags",
    score15: "score15",
    score6: "score6",
    fShare: "fShare",
    compliance: "compliance",
    issues: "issues",
    freshness: "freshness",
  };
  const terms = standardTerms(ctx.catalogue);
  return [
    heading("resultHeading", lang, 2),
    ...RESULT_ROWS.map((row) => [word(labels[row], lang, terms), value(row)]),
  ];
}

/** The condition matrix: conditions down, the catalogue's 1–9 levels across, each cell "actual / required ✓". */
function conditionCells(ctx: BlockContext): PlanCell[][] {
  const { lang, scored } = ctx;
  const levels = starLevels(ctx.catalogue);
  const header: PlanCell[] = [word("condition", lang), ...levels.map(levelHeader)];
  const terms = standardTerms(ctx.catalogue);
  const rows: PlanCell[][] = CONDITION_KEYS.map((key) => [
    conditionLabel(key, lang, terms),
    ...levels.map(({ stars }) => {
      const level = scored?.result.levels.find((l) => l.stars === stars);
      const condition = level?.conditions.find((c) => c.key === key);
      return condition ? matrixCellText(condition, lang) : null;
    }),
  ]);
  return [heading("conditionsMatrixHeading", lang, header.length), header, ...rows];
}

const MAX_GAP_IDS = 12;

function gapCells(ctx: BlockContext): PlanCell[][] {
  const { lang, scored } = ctx;
  const gap = scored?.result.gap;
  const title = !scored
    ? word("gapHeading", lang)
    : gap
      ? `${word("gapHeading", lang)}: ${gap.stars}★`
      : `${word("gapHeading", lang)}: ${word("topLevel", lang)}`;
  const header = (["condition", "actual", "required", "short"] as Word[]).map((k) => word(k, lang));
  const terms = standardTerms(ctx.catalogue);
  const rows: PlanCell[][] = (gap?.conditions ?? []).slice(0, GAP_ROWS).map((c) => {
    const ids = c.clauseIds ?? [];
    const listed = ids.slice(0, MAX_GAP_IDS).join(", ") + (ids.length > MAX_GAP_IDS ? " …" : "");
    const label = conditionLabel(c.key, lang, terms);
    return [
      ids.length ? `${label} (${listed})` : label,
      conditionValueText(c.key, c.actual, lang),
      conditionValueText(c.key, c.required, lang),
      shortfallText(c, lang),
    ];
  });
  return [[title, null, null, null], header, ...pad(rows, GAP_ROWS, 4, null as PlanCell)];
}

/** Module of a clause as "4.0 人力资源管理", from the catalogue (a user's extra innovation rows: their module). */
export function moduleLabel(catalogue: Catalogue, moduleId: string, lang: Lang): string {
  const module = catalogue.modules.find((m) => m.id === moduleId);
  return module ? `${module.id} ${module.name[lang]}` : moduleId;
}

function topGainCells(ctx: BlockContext): PlanCell[][] {
  const { lang, scored, catalogue } = ctx;
  const header = (["id", "summary", "module", "atStake"] as const).map((k) =>
    k === "id" ? "ID" : word(k, lang)
  );
  const moduleOf = new Map(scored?.result.clauses.map((c) => [c.id, c.module]) ?? []);
  const rows: PlanCell[][] = scored
    ? topGains(scored.result).map((g) => [
        g.id,
        scored.summaryOf(g.id),
        moduleLabel(catalogue, moduleOf.get(g.id) ?? "", lang),
        g.gain,
      ])
    : [];
  return [
    heading("topGainsHeading", lang, 4),
    header,
    ...pad(rows, TOP_GAINS, 4, null as PlanCell),
  ];
}

function recordCells(ctx: BlockContext): PlanCell[][] {
  const { lang, scored, catalogue } = ctx;
  const values: Record<(typeof RECORD_ROWS)[number], PlanCell> = {
    product: scored ? scored.productVersion : null,
    catalogue: catalogue.id,
    catalogueVersion: catalogue.version,
    profile: scored ? (scored.result.profileName ?? "standard") : null,
    time: scored ? scored.time : null,
    fingerprint: scored ? scored.fingerprint : null,
    language: lang,
    auditId: ctx.auditId ?? null,
    rules: scored
      ? scored.result.strictCompliance
        ? `${scored.result.rulesRevision} · strictCompliance`
        : scored.result.rulesRevision
      : null,
  };
  return [
    heading("recordHeading", lang, 2),
    ...RECORD_ROWS.map((row) => [word(row as Word, lang), values[row]]),
  ];
}

function moduleCells(ctx: BlockContext): PlanCell[][] {
  const { lang, scored, catalogue } = ctx;
  const header = (["module", "name", "max", "score", "percent"] as Word[]).map((k) =>
    word(k, lang)
  );
  const rows = catalogue.modules.map((m) => {
    const block = scored?.result.modules.find((b) => b.id === m.id);
    return [
      m.id,
      m.name[lang],
      block ? block.max : null,
      block ? block.score : null,
      block && block.max > 0 ? block.score / block.max : null,
    ];
  });
  return [heading("modulesHeading", lang, 5), header, ...rows];
}

function subItemCells(ctx: BlockContext): PlanCell[][] {
  const { lang, scored, catalogue } = ctx;
  const header = (["subItem", "name", "max", "score", "percent"] as Word[]).map((k) =>
    word(k, lang)
  );
  const rows = allItems(catalogue).map(({ item }) => {
    const block = scored?.result.subItems.find((b) => b.id === item.id);
    return [
      item.id,
      item.name[lang],
      block ? block.max : null,
      block ? block.score : null,
      block && block.max > 0 ? block.score / block.max : null,
    ];
  });
  return [heading("subItemsHeading", lang, 5), header, ...rows];
}

const BUILDERS: Record<BlockKey, (ctx: BlockContext) => PlanCell[][]> = {
  result: resultCells,
  conditions: conditionCells,
  gap: gapCells,
  topGains: topGainCells,
  record: recordCells,
  modules: moduleCells,
  subItems: subItemCells,
};

export function blockCells(key: BlockKey, ctx: BlockContext): PlanCell[][] {
  return BUILDERS[key](ctx);
}
