/**
 * The contents of each Summary block as a grid of cells (labels and stored result values), and
 * their formats. Pure: the caller places a block at its anchor.
 */
import type { Catalogue, Lang, Result } from "../core/types";
import { CONDITION_LABELS, word, type Word } from "./labels";
import {
  GAP_ROWS,
  RECORD_ROWS,
  RESULT_ROWS,
  TOP_GAINS,
  allItems,
  blockSize,
  type BlockKey,
} from "./layout";
import type { Area, CellStyle, PlanCell, PlanOp } from "./plan";
import { pad } from "./plan-util";

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
  lang: Lang;
  scored: ScoredSummary | null;
  /** The audit ID the record shows (kept from the workbook; a new one on Create). */
  auditId?: string | null;
}

const yesNo = (met: boolean | null, lang: Lang): string =>
  word(met === null ? "unknown" : met ? "yes" : "no", lang);

export function starsText(stars: number, lang: Lang): string {
  if (stars === 0) return word("notCertified", lang);
  return `${"★".repeat(stars)} ${stars}${lang === "zh" ? " 星" : " stars"}`;
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
  return [
    heading("resultHeading", lang, 2),
    ...RESULT_ROWS.map((row) => [word(labels[row], lang), value(row)]),
  ];
}

function conditionCells(ctx: BlockContext): PlanCell[][] {
  const { lang, scored } = ctx;
  const header: PlanCell[] = (["level", "condition", "required", "actual", "met"] as Word[]).map(
    (k) => word(k, lang)
  );
  const rows: PlanCell[][] = [];
  for (const stars of [3, 4, 5]) {
    const level = scored?.result.levels.find((l) => l.stars === stars);
    for (const key of Object.keys(CONDITION_LABELS)) {
      const condition = level?.conditions.find((c) => c.key === key);
      rows.push([
        `${stars}★`,
        CONDITION_LABELS[key][lang],
        condition ? condition.required : null,
        condition ? condition.actual : null,
        condition ? yesNo(condition.met, lang) : null,
      ]);
    }
  }
  return [heading("conditionsHeading", lang, 5), header, ...rows];
}

function gapCells(ctx: BlockContext): PlanCell[][] {
  const { lang, scored } = ctx;
  const gap = scored?.result.gap;
  const title = !scored
    ? word("gapHeading", lang)
    : gap
      ? `${word("gapHeading", lang)}: ${gap.stars}★`
      : `${word("gapHeading", lang)}: ${word("topLevel", lang)}`;
  const header = (["condition", "required", "actual", "short", "clauses"] as Word[]).map((k) =>
    word(k, lang)
  );
  const rows: PlanCell[][] = (gap?.conditions ?? [])
    .slice(0, GAP_ROWS)
    .map((c) => [
      CONDITION_LABELS[c.key][lang],
      c.required,
      c.actual,
      c.short,
      c.clauseIds ? c.clauseIds.join(", ") : null,
    ]);
  return [[title, null, null, null, null], header, ...pad(rows, GAP_ROWS, 5, null as PlanCell)];
}

function topGainCells(ctx: BlockContext): PlanCell[][] {
  const { lang, scored } = ctx;
  const header = (["rank", "id", "atStake", "summary"] as const).map((k) =>
    k === "id" ? "ID" : word(k, lang)
  );
  const rows: PlanCell[][] = scored
    ? topGains(scored.result).map((g, n) => [n + 1, g.id, g.gain, scored.summaryOf(g.id)])
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

/** Number formats and styles of a block placed at (sheet, row, col). */
export function blockFormatOps(
  key: BlockKey,
  sheet: string,
  row: number,
  col: number,
  catalogue: Catalogue
): PlanOp[] {
  const size = blockSize(key, catalogue);
  const at = (r: number, c: number, rows = 1, cols = 1): Area => ({
    sheet,
    row: row + r,
    col: col + c,
    rows,
    cols,
  });
  const style = (a: Area, s: CellStyle): PlanOp => ({ op: "setStyle", area: a, style: s });
  const format = (a: Area, f: string): PlanOp => ({ op: "setNumberFormat", area: a, format: f });
  const ops: PlanOp[] = [
    style(at(0, 0, 1, size.cols), { bold: true, fontSize: 12, fontColor: "#1F4E78" }),
  ];
  const tableHeader = key !== "result" && key !== "record";
  if (tableHeader) ops.push(style(at(1, 0, 1, size.cols), { bold: true, fill: "#DDEBF7" }));
  switch (key) {
    case "result": {
      const index = (name: (typeof RESULT_ROWS)[number]) => 1 + RESULT_ROWS.indexOf(name);
      ops.push(
        style(at(index("starLevel"), 1), { bold: true, fontSize: 20, fontColor: "#C00000" })
      );
      ops.push(format(at(index("score15"), 1, 2, 1), "0.00"));
      ops.push(format(at(index("fShare"), 1), "0.0%"));
      ops.push(style(at(index("freshness"), 1), { bold: true }));
      break;
    }
    case "conditions":
      for (let level = 0; level < 3; level++) {
        const base = 2 + level * 5;
        ops.push(format(at(base + 2, 2, 1, 2), "0.0%"));
        ops.push(format(at(base + 3, 2, 2, 2), "0.00"));
      }
      break;
    case "gap":
      ops.push(format(at(2, 1, GAP_ROWS, 3), "0.##"));
      break;
    case "topGains":
      ops.push(format(at(2, 2, TOP_GAINS, 1), "0.00"));
      break;
    case "modules":
    case "subItems":
      ops.push(format(at(2, 2, size.rows - 2, 2), "0.00"));
      ops.push(format(at(2, 4, size.rows - 2, 1), "0.0%"));
      break;
    case "record":
      break;
  }
  return ops;
}
