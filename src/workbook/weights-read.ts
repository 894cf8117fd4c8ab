/**
 * The Weights sheet → a WeightProfile (docs/scoring-rules.md §8), validated with the core's validateProfile.
 * Every error names the cell at fault (and the profile JSON path it stands for).
 */
import { cellText, shownText, shownValue } from "../core/ids";
import { cleanText, normalizeLabel } from "../core/normalize";
import { levelHeader, starLevels } from "../core/standard";
import { validateProfile } from "../core/profile";
import type { Issue, Lang, RawCell, WeightProfile } from "../core/types";
import { cellAddress } from "./a1";
import { workbookIssue } from "./issues";
import { RULE_KEYS, STRICT_RULE_KEY, WEIGHTS_LAYOUT, type TableKey } from "./layout";
import type { ResolvedStandard } from "./standard";
import { namedAddress, tableCellAddress } from "./read";
import type { Snapshot, TableGrid } from "./plan";

export interface ProfileRead {
  /** undefined when the workbook has no weights at all (the catalogue defaults apply). */
  profile: WeightProfile | undefined;
  errors: Issue[];
  warnings: Issue[];
}

const DECIMAL = /^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:e[+-]?[0-9]+)?$/i;

const SWITCH_WORDS: Record<string, boolean> = {
  true: true,
  false: false,
  yes: true,
  no: false,
  "1": true,
  "0": false,
  是: true,
  否: false,
  真: true,
  假: false,
};

/**
 * A switch cell (the strictCompliance rule): a boolean, 1/0 or a yes/no word; blank keeps the
 * default. A formula counts by its cached result (LibreOffice saves FALSE as =FALSE()).
 */
export function switchValue(raw: RawCell): boolean | null | "invalid" {
  const cell = shownValue(raw);
  if (cell === null) return null;
  if (typeof cell === "boolean") return cell;
  if (typeof cell === "number") return cell === 1 ? true : cell === 0 ? false : "invalid";
  if (typeof cell !== "string") return "invalid";
  const text = normalizeLabel(cell);
  if (text === "") return null;
  return Object.prototype.hasOwnProperty.call(SWITCH_WORDS, text) ? SWITCH_WORDS[text] : "invalid";
}

/** A weight cell: a number (or numeric text); blank keeps the default; a formula by its cached result. */
export function weightValue(raw: RawCell): number | null | "invalid" {
  const cell = shownValue(raw);
  if (cell === null) return null;
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : "invalid";
  if (typeof cell === "string") {
    const text = cleanText(cell);
    if (text === "") return null;
    return DECIMAL.test(text) ? Number(text) : "invalid";
  }
  return "invalid";
}

function valueColumn(grid: TableGrid, header: string, fallback: number): number {
  const wanted = normalizeLabel(header).replace(/\s+/g, "");
  const index = grid.header.findIndex(
    (h) => typeof h === "string" && normalizeLabel(h).replace(/\s+/g, "") === wanted
  );
  return index >= 0 ? index : Math.min(fallback, grid.header.length - 1);
}

export function readProfile(
  snapshot: Snapshot,
  standard: ResolvedStandard,
  lang: Lang
): ProfileRead {
  const { catalogue, names } = standard;
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const json: Record<string, unknown> = {};
  /** JSON path → cell, so that the core's path-named errors can name the cell. */
  const cellOfPath = new Map<string, string>();
  let anyTable = false;

  const number = (cell: RawCell, address: string, path: string, extra = ""): number | null => {
    const value = weightValue(cell);
    if (value === "invalid") {
      errors.push(
        workbookIssue("error", "badWeight", address, { value: shownText(cell), extra }, lang)
      );
      return null;
    }
    if (value !== null) cellOfPath.set(path, address);
    return value;
  };

  const eachRow = (
    table: TableKey,
    valueHeader: string,
    fallback: number,
    visit: (key: string, row: RawCell[], k: number, grid: TableGrid, valueCol: number) => void
  ): void => {
    const grid = snapshot.tables[names.tables[table]];
    if (!grid) {
      warnings.push(
        workbookIssue("warning", "weightsMissing", null, { table: names.tables[table] }, lang)
      );
      return;
    }
    anyTable = true;
    const valueCol = valueColumn(grid, valueHeader, fallback);
    // Two rows for one key would be resolved silently one way or the other: both are named instead.
    const firstCell = new Map<string, string>();
    grid.rows.forEach((row, k) => {
      const key = cellText(row[0]);
      if (key === "") return;
      const address = tableCellAddress(grid, k, 0);
      const first = firstCell.get(normalizeLabel(key));
      if (first !== undefined) {
        errors.push(
          workbookIssue("error", "duplicateWeightKey", address, { value: key, first }, lang)
        );
        return;
      }
      firstCell.set(normalizeLabel(key), address);
      visit(key, row, k, grid, valueCol);
    });
  };

  const unknownKey = (grid: TableGrid, k: number, key: string, accepted: string): void => {
    errors.push(
      workbookIssue(
        "error",
        "badWeightKey",
        tableCellAddress(grid, k, 0),
        { value: key, accepted },
        lang
      )
    );
  };

  const modules: Record<string, number> = {};
  const moduleHeader = WEIGHTS_LAYOUT.tables.moduleWeights.header[2];
  eachRow("moduleWeights", moduleHeader, 2, (key, row, k, grid, col) => {
    const module = catalogue.modules.find((m) => m.id === key);
    if (!module) {
      unknownKey(grid, k, key, catalogue.modules.map((m) => m.id).join(", "));
      return;
    }
    const path = module.scale === "CF" ? `$.modules.${key}` : "$.cap6";
    const value = number(row[col], tableCellAddress(grid, k, col), path);
    if (value === null) return;
    if (module.scale === "CF") modules[key] = value;
    else json.cap6 = value;
  });
  if (Object.keys(modules).length) json.modules = modules;

  const record = (
    table: "itemWeights" | "clauseWeights",
    target: string,
    known: Set<string>,
    accepted: string
  ): void => {
    const values: Record<string, number> = {};
    eachRow(table, WEIGHTS_LAYOUT.tables[table].header[2], 2, (key, row, k, grid, col) => {
      if (!known.has(key)) return unknownKey(grid, k, key, accepted);
      const value = number(row[col], tableCellAddress(grid, k, col), `$.${target}.${key}`);
      if (value !== null) values[key] = value;
    });
    if (Object.keys(values).length) json[target] = values;
  };
  const items = catalogue.modules.flatMap((m) => m.items);
  const clauses = items.flatMap((item) => item.clauses.map((c) => c.id));
  record(
    "itemWeights",
    "subItems",
    new Set(items.map((i) => i.id)),
    `${items[0].id} … ${items[items.length - 1].id}`
  );
  record(
    "clauseWeights",
    "clauses",
    new Set(clauses),
    `${clauses[0]} … ${clauses[clauses.length - 1]}`
  );

  const rules: Record<string, number[] | boolean> = {};
  const levels = starLevels(catalogue);
  eachRow("rules", levelHeader(levels[0]), 2, (key, row, k, grid, col) => {
    if (normalizeLabel(key) === normalizeLabel(STRICT_RULE_KEY)) {
      const address = tableCellAddress(grid, k, col);
      const value = switchValue(row[col]);
      if (value === "invalid") {
        errors.push(
          workbookIssue("error", "badRuleFlag", address, { value: shownText(row[col]) }, lang)
        );
      } else if (value !== null) {
        rules[STRICT_RULE_KEY] = value;
        cellOfPath.set(`$.rules.${STRICT_RULE_KEY}`, address);
      }
      return;
    }
    const rule = RULE_KEYS.find((r) => normalizeLabel(r) === normalizeLabel(key));
    if (!rule) return unknownKey(grid, k, key, [...RULE_KEYS, STRICT_RULE_KEY].join(", "));
    const extra = rule === "years" ? "" : lang === "zh" ? "，且 ≤ 1 的比例" : ", a fraction ≤ 1";
    const perLevel = levels.map((_, n) =>
      number(row[col + n], tableCellAddress(grid, k, col + n), `$.rules.${rule}[${n}]`, extra)
    );
    const defaults = catalogue.rules[rule];
    rules[rule] = perLevel.map((value, n) => value ?? defaults[n]);
  });
  if (Object.keys(rules).length) json.rules = rules;

  const nameCell = snapshot.names[names.cells.profileName];
  if (nameCell && cellText(nameCell.value) !== "") {
    json.name = cellText(nameCell.value);
    cellOfPath.set("$.name", namedAddress(nameCell));
  }

  if (errors.length) return { profile: undefined, errors, warnings };
  if (!anyTable && json.name === undefined) return { profile: undefined, errors, warnings };

  const validation = validateProfile(json, catalogue, lang);
  if (validation.ok) return { profile: validation.profile, errors, warnings };
  const tableOf = (path: string): string | null => {
    const grid = path.startsWith("$.subItems")
      ? snapshot.tables[names.tables.itemWeights]
      : path.startsWith("$.clauses")
        ? snapshot.tables[names.tables.clauseWeights]
        : undefined;
    return grid ? cellAddress(grid.sheet, grid.row, grid.col) : null;
  };
  for (const error of validation.errors) {
    const cell = cellOfPath.get(error.path) ?? tableOf(error.path);
    errors.push(
      workbookIssue(
        "error",
        "profileError",
        cell,
        { path: error.path, message: error.message },
        lang
      )
    );
  }
  return { profile: undefined, errors, warnings };
}
