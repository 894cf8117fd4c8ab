/**
 * The Weights sheet: module points (and the 6.0 cap), sub-item multipliers, clause weights and the
 * star thresholds as four tables, plus the profile name. Created with a profile's values (defaults
 * for missing keys); applyProfile writes a profile into existing tables by key.
 */
import { cellText } from "../core/ids";
import { moduleMax, mergeRules } from "../core/points";
import { standardTerms, starLevels } from "../core/standard";
import type { Catalogue, Lang, WeightProfile } from "../core/types";
import { ruleLabel, word } from "./labels";
import {
  RULE_KEYS,
  STRICT_RULE_KEY,
  WEIGHTS_LAYOUT,
  weightsTable,
  type WeightTable,
  type LayoutNames,
} from "./layout";
import type { PlanCell, PlanOp, Snapshot, TableGrid } from "./plan";
import { area } from "./plan-util";
import type { ResolvedStandard } from "./standard";

/** Rows of each weights table as [key, description, value…], from the profile over the defaults. */
export function weightRows(
  catalogue: Catalogue,
  profile: WeightProfile,
  lang: Lang
): Record<WeightTable, PlanCell[][]> {
  const items = catalogue.modules.flatMap((m) => m.items);
  const rules = mergeRules(catalogue.rules, profile.rules);
  const terms = standardTerms(catalogue);
  return {
    moduleWeights: catalogue.modules.map((m) => [m.id, m.name[lang], moduleMax(m, profile)]),
    itemWeights: items.map((item) => [item.id, item.name[lang], profile.subItems?.[item.id] ?? 1]),
    clauseWeights: items.flatMap((item) =>
      item.clauses.map((c) => [c.id, c.summary[lang], profile.clauses?.[c.id] ?? 1])
    ),
    rules: [
      ...RULE_KEYS.map((key): PlanCell[] => [key, ruleLabel(key, lang, terms), ...rules[key]]),
      [
        STRICT_RULE_KEY,
        ruleLabel(STRICT_RULE_KEY, lang, terms),
        rules.strictCompliance === true,
        ...starLevels(catalogue)
          .slice(1)
          .map(() => null),
      ],
    ],
  };
}

const HEADINGS: Record<WeightTable, Parameters<typeof word>[0]> = {
  moduleWeights: "weightsModules",
  itemWeights: "weightsItems",
  clauseWeights: "weightsClauses",
  rules: "weightsRules",
};

/** Ops that create the missing weights tables (all of them on a new sheet). */
export function createWeightsOps(
  sheet: string,
  standard: ResolvedStandard,
  profile: WeightProfile,
  lang: Lang,
  only: ReadonlySet<WeightTable> | null,
  withSheet: boolean
): PlanOp[] {
  const { catalogue, names } = standard;
  const rows = weightRows(catalogue, profile, lang);
  const ops: PlanOp[] = [];
  if (withSheet) {
    ops.push({ op: "addSheet", name: sheet, tabColor: "#7F6000" });
    ops.push({
      op: "setValues",
      sheet,
      row: 0,
      col: 0,
      values: [[word("profile", lang), profile.name ?? "standard"]],
    });
    ops.push({ op: "setStyle", area: area(sheet, 0, 0), style: { bold: true } });
    ops.push({ op: "setStyle", area: area(sheet, 0, 1), style: { fill: "#FFF8E1" } });
    ops.push({
      op: "defineName",
      name: names.cells.profileName,
      area: area(sheet, WEIGHTS_LAYOUT.profileName.row, WEIGHTS_LAYOUT.profileName.col),
    });
  }
  for (const key of Object.keys(WEIGHTS_LAYOUT.tables) as WeightTable[]) {
    if (only && !only.has(key)) continue;
    const spec = weightsTable(key, catalogue);
    const header = spec.header;
    const data = rows[key];
    ops.push({
      op: "setValues",
      sheet,
      row: WEIGHTS_LAYOUT.headingRow,
      col: spec.col,
      values: [[word(HEADINGS[key], lang, standardTerms(catalogue))]],
    });
    ops.push({
      op: "setStyle",
      area: area(sheet, WEIGHTS_LAYOUT.headingRow, spec.col),
      style: { bold: true },
    });
    ops.push({
      op: "setValues",
      sheet,
      row: WEIGHTS_LAYOUT.tableRow,
      col: spec.col,
      values: [header, ...data],
    });
    ops.push({
      op: "addTable",
      name: names.tables[key],
      area: area(sheet, WEIGHTS_LAYOUT.tableRow, spec.col, data.length + 1, header.length),
      style: "TableStyleLight11",
    });
    const valueCols = header.length - 2;
    ops.push({
      op: "setStyle",
      area: area(sheet, WEIGHTS_LAYOUT.tableRow + 1, spec.col + 2, data.length, valueCols),
      style: { fill: "#FFF8E1" },
    });
    spec.width.forEach((width, k) =>
      ops.push({ op: "setColumnWidth", sheet, col: spec.col + k, width })
    );
  }
  return ops;
}

/** Write a profile into the existing weights tables (by key) and append rows that are missing. */
export function writeProfileOps(
  snapshot: Snapshot,
  standard: ResolvedStandard,
  profile: WeightProfile,
  lang: Lang
): { ops: PlanOp[]; missing: Set<WeightTable> } {
  const { catalogue, names } = standard;
  const rows = weightRows(catalogue, profile, lang);
  const ops: PlanOp[] = [];
  const missing = new Set<WeightTable>();
  for (const key of Object.keys(WEIGHTS_LAYOUT.tables) as WeightTable[]) {
    const grid: TableGrid | undefined = snapshot.tables[names.tables[key]];
    if (!grid) {
      missing.add(key);
      continue;
    }
    const rowOf = new Map<string, number>();
    grid.rows.forEach((row, k) => {
      const id = cellText(row[0]);
      if (id !== "" && !rowOf.has(id)) rowOf.set(id, k);
    });
    const appended: PlanCell[][] = [];
    for (const row of rows[key]) {
      const k = rowOf.get(String(row[0]));
      const values = row.slice(2);
      if (k === undefined) {
        appended.push(
          Array.from({ length: grid.header.length }, (_, c) => (c < row.length ? row[c] : null))
        );
      } else {
        ops.push({
          op: "setValues",
          sheet: grid.sheet,
          row: grid.row + 1 + k,
          col: grid.col + 2,
          values: [values],
        });
      }
    }
    if (appended.length)
      ops.push({ op: "appendTableRows", table: names.tables[key], values: appended });
  }
  const nameCell = snapshot.names[names.cells.profileName];
  if (nameCell)
    ops.push({
      op: "setValues",
      sheet: nameCell.sheet,
      row: nameCell.row,
      col: nameCell.col,
      values: [[profile.name ?? null]],
    });
  return { ops, missing };
}

/** Append rows for keys the existing tables lack (a newer catalogue); values are the defaults. */
export function upgradeWeightsOps(
  snapshot: Snapshot,
  standard: ResolvedStandard,
  lang: Lang
): {
  ops: PlanOp[];
  missing: Set<WeightTable>;
} {
  const { catalogue, names } = standard;
  const rows = weightRows(catalogue, {}, lang);
  const ops: PlanOp[] = [];
  const missing = new Set<WeightTable>();
  for (const key of Object.keys(WEIGHTS_LAYOUT.tables) as WeightTable[]) {
    const grid = snapshot.tables[names.tables[key]];
    if (!grid) {
      missing.add(key);
      continue;
    }
    const present = new Set(grid.rows.map((row) => cellText(row[0])));
    const appended = rows[key]
      .filter((row) => !present.has(String(row[0])))
      .map((row) =>
        Array.from({ length: grid.header.length }, (_, c) => (c < row.length ? row[c] : null))
      );
    if (appended.length)
      ops.push({ op: "appendTableRows", table: names.tables[key], values: appended });
  }
  return { ops, missing };
}

/** The sheet holding the weights, as far as the workbook shows one. */
export function weightsSheetOf(snapshot: Snapshot, names: LayoutNames): string | null {
  const { moduleWeights, itemWeights, clauseWeights, rules } = names.tables;
  const tables = [moduleWeights, itemWeights, clauseWeights, rules];
  return (
    tables.map((name) => snapshot.tables[name]?.sheet).find((sheet) => sheet !== undefined) ??
    snapshot.names[names.cells.profileName]?.sheet ??
    null
  );
}
