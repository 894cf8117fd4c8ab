/**
 * The audit part of "Check this Excel": a real Create → rate → Score of a tiny audit, through the
 * same workbook actions and Office.js port the pane uses, without touching the user's own audit.
 *
 * How it stays apart (no change to the workbook layer):
 * - names and tables: a made-up catalogue with the prefix SCRATCH, so the layout's names become
 *   EpmCheckClauses, EpmCheckStars … (its resolved standard's names, as for every catalogue), and
 *   the actions look at no other catalogue's names;
 * - sheets: the workbook layer finds every part by table and defined name, never by sheet, and
 *   only needs sheet names for new sheets. scratchSheetsPort shows it only the sheets under
 *   "EpmCheck " and puts every sheet it names under that prefix (ops, areas, formulas), so its
 *   "汇总 Summary" is "EpmCheck 汇总 Summary" in Excel and the user's sheets are never named.
 * Afterwards it deletes the sheets it added (their tables go with them) and the names it defined.
 */
import { loadCatalogue } from "../../catalogues";
import type { Catalogue, RawCell } from "../../core/types";
import { createOrUpgrade, scoreAudit, type ActionEnv } from "../../workbook/actions";
import { quotedSheet } from "../../workbook/a1";
import type { LayoutNames } from "../../workbook/layout";
import type { Area, Plan, PlanCell, PlanOp, Snapshot, WorkbookPort } from "../../workbook/plan";
import { findClauseTable, sheetRowOf } from "../../workbook/read";
import { standardOf, standardsReadRequest } from "../../workbook/standard";
import { detectCapabilities } from "./capabilities";
import { defineCheck, errorCode, errorDetail, removeScratch, SCRATCH } from "./excel-check";
import { createOfficePort } from "./port";
import checkCatalogueJson from "./check-catalogue.json";

/** A made-up catalogue of two CF modules, one innovation module and 7 clauses, under the scratch prefix. */
export const CHECK_CATALOGUE: Catalogue = {
  ...(loadCatalogue(checkCatalogueJson) as { catalogue: Catalogue }).catalogue,
  prefix: SCRATCH,
};

/** Sheets of the audit check: "EpmCheck 汇总 Summary" and so on. */
export const SHEET_PREFIX = `${SCRATCH} `;

/** What the scratch port added, for the cleanup. */
export interface ScratchLog {
  sheets: Set<string>;
  names: Set<string>;
}

/**
 * The port with every sheet under `prefix`: the layer sees only those sheets, without the prefix,
 * and each sheet it names (ops, areas, sheet references in formulas, selections) gets it.
 */
export function scratchSheetsPort(
  port: WorkbookPort,
  prefix: string,
  log: ScratchLog
): WorkbookPort {
  const up = (sheet: string) => prefix + sheet;
  const down = (sheet: string) => (sheet.startsWith(prefix) ? sheet.slice(prefix.length) : sheet);
  const area = (a: Area): Area => ({ ...a, sheet: up(a.sheet) });
  // Formulas name sheets quoted ('Sheet'!A1, see a1.ts quotedSheet).
  const cell = (c: PlanCell): PlanCell =>
    c !== null && typeof c === "object" && "formula" in c
      ? {
          formula: c.formula.replace(
            /'((?:[^']|'')*)'!/g,
            (_, name: string) => `${quotedSheet(up(name.replace(/''/g, "'")))}!`
          ),
        }
      : c;
  let known = new Set<string>();
  const op = (o: PlanOp): PlanOp => {
    switch (o.op) {
      case "addSheet":
        if (!known.has(up(o.name))) log.sheets.add(up(o.name));
        return { ...o, name: up(o.name) };
      case "setValues":
        return { ...o, sheet: up(o.sheet), values: o.values.map((row) => row.map(cell)) };
      case "setColumnWidth":
      case "setRowHeight":
      case "freezePanes":
        return { ...o, sheet: up(o.sheet) };
      case "printLayout":
        return {
          ...o,
          sheet: up(o.sheet),
          printArea: o.printArea && area(o.printArea),
        };
      case "addChart":
        return {
          ...o,
          sheet: up(o.sheet),
          categories: area(o.categories),
          values: area(o.values),
          anchor: area(o.anchor),
        };
      case "defineName":
        log.names.add(o.name);
        return { ...o, area: area(o.area) };
      case "addTable":
      case "setNumberFormat":
      case "setStyle":
      case "addValidationList":
      case "addConditionalFormat":
      case "clearConditionalFormats":
        return { ...o, area: area(o.area) };
      case "appendTableRows":
        return { ...o, values: o.values.map((row) => row.map(cell)) };
      case "addTableColumn":
        return { ...o, values: o.values?.map(cell) };
    }
  };
  return {
    async read(request) {
      const raw = await port.read(request);
      known = new Set(raw.sheets);
      const snapshot: Snapshot = {
        sheets: raw.sheets.filter((s) => s.startsWith(prefix)).map(down),
        tables: {},
        names: {},
      };
      for (const [key, grid] of Object.entries(raw.tables))
        snapshot.tables[key] = grid && { ...grid, sheet: down(grid.sheet) };
      for (const [key, named] of Object.entries(raw.names))
        snapshot.names[key] = named && { ...named, sheet: down(named.sheet) };
      return snapshot;
    },
    async apply(plan: Plan) {
      await port.apply({ ops: plan.ops.map(op) });
    },
    // The check selects nothing: the user's selection stays where it is.
    select: () => Promise.resolve(),
  };
}

function ratingOps(snapshot: Snapshot, names: LayoutNames): { ops: PlanOp[]; rows: number } {
  const table = findClauseTable(snapshot, names);
  const c = table?.cols.c;
  const f = table?.cols.f;
  if (!table || c === undefined || f === undefined || f !== c + 1)
    throw new Error("the check's clause table has no C and F columns side by side");
  const { grid } = table;
  // Every clause compliant and excellent, as an auditor types them (one write for the block).
  const values = grid.rows.map(() => ["compliant", "excellent"]);
  return {
    ops: [
      { op: "setValues", sheet: grid.sheet, row: sheetRowOf(grid, 0), col: grid.col + c, values },
    ],
    rows: values.length,
  };
}

const cellText = (value: RawCell | undefined) =>
  value === null || value === undefined
    ? "(empty)"
    : typeof value === "object"
      ? JSON.stringify(value)
      : String(value);

/** 8. Create → rate → Score of the tiny audit, and the star level read back from the Summary. */
export const checkAudit = defineCheck("audit", async ({ run, requirements }) => {
  const expected =
    "Create adds the clause rows; rated, Score gives a star level and writes it into the Summary";
  const log: ScratchLog = { sheets: new Set(), names: new Set() };
  const office = createOfficePort({ run, capabilities: detectCapabilities(requirements) });
  const port = scratchSheetsPort(office, SHEET_PREFIX, log);
  const env: ActionEnv = {
    catalogues: [CHECK_CATALOGUE],
    // The user's workbook may carry a catalogue of its own: the check neither reads nor adds one.
    workbookCatalogues: false,
    newAuditId: () => "00000000-0000-4000-8000-00000000c4ec",
  };
  const { names } = standardOf(CHECK_CATALOGUE);
  const request = standardsReadRequest([CHECK_CATALOGUE]);
  try {
    const before = await port.read(request);
    if (findClauseTable(before, names))
      return {
        id: "audit",
        expected,
        observed: `skipped: an earlier check's ${SCRATCH}… audit is still in this workbook; delete its "${SHEET_PREFIX}…" sheets and run again`,
        outcome: "failed",
      };
    const created = await createOrUpgrade(
      port,
      { lang: "en", catalogue: CHECK_CATALOGUE, stage: "final", years: 3 },
      env
    );
    const rated = ratingOps(await port.read(request), names);
    await port.apply({ ops: rated.ops });
    const { result } = await scoreAudit(port, "en", {}, env);
    const back = await port.read({ tables: [], names: [names.cells.stars] });
    const shown = back.names[names.cells.stars]?.value;
    const written = typeof shown === "number" ? shown : Number(String(shown ?? "").match(/\d+/));
    const observed = `created ${created.addedRows} rows, rated ${rated.rows}, scored ${result.stars}★; the Summary shows ${cellText(shown)}`;
    const assumed = created.created && created.addedRows === rated.rows && written === result.stars;
    return { id: "audit", expected, observed, outcome: assumed ? "as assumed" : "differs" };
  } catch (error) {
    return {
      id: "audit",
      expected,
      observed: `the audit failed (${errorCode(error)})`,
      outcome: "failed",
      detail: errorDetail(error),
    };
  } finally {
    await removeScratch(run, [...log.sheets], [...log.names]);
  }
});
