/**
 * The workbook actions over the Office.js port, through Microsoft's Excel client library against
 * the emulated host, under each host profile (Excel 2019, 2021, Microsoft 365 / web): round trips
 * per action counted from the batches the host received, for the 211-clause EPM workbook and a
 * 5,000-clause one; the workbook built through the client holds the same cells, names, tables and
 * dropdowns as the one the command line writes.
 */
import { newWorkbook } from "../../../src/adapters/xlsx";
import { createOfficePort } from "../../../src/adapters/office/port";
import { epmV1 } from "../../../src/catalogues";
import type { Catalogue, CatalogueModule } from "../../../src/core/types";
import {
  applyProfile,
  createOrUpgrade,
  readAudit,
  scoreAudit,
} from "../../../src/workbook/actions";
import { locateColumns } from "../../../src/workbook/columns";
import { standardOf } from "../../../src/workbook/standard";
import { EPM_NAMES } from "../../fixtures/catalogues";
import type { Plan, WorkbookPort } from "../../../src/workbook/plan";
import { dumpHost, dumpXlsx } from "../../support/excel-host/compare";
import { ExcelHost } from "../../support/excel-host/host";
import {
  EXCEL_2019,
  EXCEL_365_WEB,
  PROFILES,
  type HostProfile,
} from "../../support/excel-host/profiles";
import { exampleCatalogue } from "../../support/example-catalogue";

const NOW = new Date("2025-06-01T08:00:00.000Z");

/** A standard of the EPM shape scaled to `count` clauses (1.0–5.0 share all but 11). */
function bigCatalogue(count: number): Catalogue {
  const t = (s: string) => ({ zh: s, en: s });
  const cf = count - 11;
  const perModule = Math.floor(cf / 5);
  const modules: CatalogueModule[] = [];
  let next = 1;
  for (let m = 1; m <= 5; m++) {
    const n = m === 5 ? cf - perModule * 4 : perModule;
    const items = Array.from({ length: 10 }, (_, k) => {
      const size = k === 9 ? n - Math.floor(n / 10) * 9 : Math.floor(n / 10);
      return {
        id: `${m}.${k + 1}`,
        name: t(`子项 ${m}.${k + 1}`),
        clauses: Array.from({ length: size }, () => {
          const id = String(next++);
          return { id, subPoints: 0, summary: t(`条目 ${id}：建立并执行相关管理制度`) };
        }),
      };
    });
    modules.push({ id: `${m}.0`, name: t(`模块 ${m}`), scale: "CF", points: 800, items });
  }
  modules.push({
    id: "6.0",
    name: t("创新"),
    scale: "I",
    cap: 400,
    clausePoints: 50,
    items: [
      {
        id: "6.1",
        name: t("6.1"),
        clauses: Array.from({ length: 11 }, () => {
          const id = String(next++);
          return { id, subPoints: 0, summary: t(`创新 ${id}`) };
        }),
      },
    ],
  });
  const { prefix, levels, rules } = epmV1;
  return { id: `BIG-${count}`, version: "1", name: t("big"), prefix, levels, rules, modules };
}

function officeSetup(profile: HostProfile) {
  const host = new ExcelHost(profile);
  const port = createOfficePort();
  // Every batch the host received, Excel.run's release of tracked ranges included.
  return { host, port, syncs: () => host.batches.length };
}

/** Rate every clause: C 合规, F 良好 (CF rows) and I 优秀 (6.0 rows), as a user types them. */
function rateAll(host: ExcelHost, catalogue: Catalogue): void {
  const { model } = host;
  const table = model.tableByName(EPM_NAMES.tables.clauses)!;
  const { sheetId, row: top, col: left, rows, cols: width } = table.area;
  const header = Array.from({ length: width }, (_, c) =>
    String(model.cell(sheetId, top, left + c)?.value)
  );
  const cols = locateColumns(header);
  const innovation = new Set(
    catalogue.modules
      .filter((m) => m.scale === "I")
      .flatMap((m) => m.items.flatMap((i) => i.clauses.map((c) => c.id)))
  );
  for (let r = 1; r < rows; r++) {
    const id = String(model.cell(sheetId, top + r, left + cols.id!)?.value);
    const set = (col: number, value: string) =>
      model.updateCell(sheetId, top + r, left + col, { value });
    if (innovation.has(id)) set(cols.i!, "优秀");
    else {
      set(cols.c!, "合规");
      set(cols.f!, "良好");
    }
  }
}

const clauseCount = (catalogue: Catalogue) =>
  catalogue.modules.reduce((n, m) => n + m.items.reduce((k, i) => k + i.clauses.length, 0), 0);

describe.each(PROFILES.map((p) => [p.name, p] as const))("%s", (_name, profile) => {
  describe.each([
    ["EPM V1.0 (211 clauses)", epmV1],
    ["5,000 clauses", bigCatalogue(5000)],
  ])("actions over the Office port: %s", (_label, catalogue) => {
    const env = { catalogues: [catalogue], now: () => NOW };

    test("create, score (one read, one write), upgrade, re-score, weights: 2 round trips each", async () => {
      const { host, port, syncs } = officeSetup(profile);
      const created = await createOrUpgrade(port, { lang: "zh", catalogue, years: 4 }, env);
      expect(created.created).toBe(true);
      // One read, then one write (the web's 5 MB request limit could cut it; it does not here).
      expect(syncs()).toBe(2);

      rateAll(host, catalogue);
      let before = syncs();
      const { result } = await scoreAudit(port, "zh", {}, env);
      expect(syncs() - before).toBe(2);
      expect(result.stars).toBe(4);
      expect(result.clauses.filter((c) => !c.extra)).toHaveLength(clauseCount(catalogue));

      before = syncs();
      const upgraded = await createOrUpgrade(port, { lang: "zh", catalogue }, env);
      expect(upgraded.created).toBe(false);
      expect(upgraded.keptRows).toBe(clauseCount(catalogue));
      expect(syncs() - before).toBe(2);

      before = syncs();
      const again = await scoreAudit(port, "zh", {}, env);
      expect(syncs() - before).toBe(2);
      expect(again.result.stars).toBe(4);

      before = syncs();
      await applyProfile(port, { name: "heavier HR", modules: { "4.0": 800 } }, "zh", env);
      expect(syncs() - before).toBe(2);

      const inputs = await readAudit(port, "zh", env);
      expect(inputs.profile.name).toBe("heavier HR");
      expect(host.batches.filter((b) => b.error)).toEqual([]);
      if (profile.payloadLimit)
        expect(Math.max(...host.batches.map((b) => b.bytes))).toBeLessThan(profile.payloadLimit);
    });
  });

  test("the module chart is added once, bound to the module block", async () => {
    const { host, port } = officeSetup(profile);
    const env = { catalogues: [epmV1], now: () => NOW };
    await createOrUpgrade(port, { lang: "en", catalogue: epmV1, years: 4 }, env);
    rateAll(host, epmV1);
    await scoreAudit(port, "en", {}, env);
    await scoreAudit(createOfficePort(), "en", {}, env);
    const charts = host.model.sheets.flatMap((s) => s.charts);
    expect(charts).toHaveLength(1);
    const modules = host.model.names.get("epmmodules")!.area!;
    const sheet = host.model.sheetById(modules.sheetId).name;
    const first = `${String.fromCharCode(65 + modules.col + 4)}${modules.row + 3}`;
    expect(String(charts[0].props.source)).toContain(`'${sheet}'!${first}:`);
  });

  test("the workbook built through the Excel client equals the command line's, cell by cell", async () => {
    const env = { catalogues: [epmV1], now: () => NOW, newAuditId: () => "audit-under-test" };
    const { host, port } = officeSetup(profile);
    const xlsx = newWorkbook();
    for (const p of [port, xlsx] as WorkbookPort[]) {
      await createOrUpgrade(p, { lang: "zh", catalogue: epmV1, years: 3, stage: "final" }, env);
      await scoreAudit(p, "zh", {}, env);
      await applyProfile(p, { name: "heavier HR", modules: { "4.0": 800 } }, "zh", env);
      await createOrUpgrade(p, { lang: "zh", catalogue: epmV1 }, env);
    }
    const office = dumpHost(host);
    const cli = dumpXlsx(xlsx.workbook);
    expect(Object.keys(office.cells)).toEqual(Object.keys(cli.cells));
    for (const sheet of Object.keys(cli.cells))
      expect(office.cells[sheet]).toEqual(cli.cells[sheet]);
    expect(office.names).toEqual(cli.names);
    expect(office.tables).toEqual(cli.tables);
    // Dropdowns need ExcelApi 1.8: Excel 2019 gets none (ratings are still validated on scoring).
    if (profile === EXCEL_2019)
      expect(Object.values(office.dropdowns).every((d) => Object.keys(d).length === 0)).toBe(true);
    else expect(office.dropdowns).toEqual(cli.dropdowns);
  });
});

/** Records every plan a port is given. */
function recording<P extends WorkbookPort>(port: P): { port: P; plans: Plan[] } {
  const plans: Plan[] = [];
  const apply = port.apply.bind(port);
  port.apply = async (plan: Plan) => {
    plans.push(structuredClone(plan));
    return apply(plan);
  };
  return { port, plans };
}

test("the Office adapter receives the same plans as the xlsx (command line) path", async () => {
  const env = { catalogues: [epmV1], now: () => NOW, newAuditId: () => "audit-under-test" };
  new ExcelHost(PROFILES[2]);
  const office = recording(createOfficePort());
  const xlsx = recording(newWorkbook());

  for (const { port } of [office, xlsx]) {
    await createOrUpgrade(port, { lang: "zh", catalogue: epmV1, years: 3, stage: "final" }, env);
    await scoreAudit(port, "zh", {}, env);
    await applyProfile(port, { name: "heavier HR", modules: { "4.0": 800 } }, "zh", env);
    await createOrUpgrade(port, { lang: "zh", catalogue: epmV1 }, env);
  }
  expect(office.plans).toHaveLength(4);
  expect(office.plans).toEqual(xlsx.plans);

  const [a, b] = await Promise.all([
    readAudit(office.port, "zh", env),
    readAudit(xlsx.port, "zh", env),
  ]);
  expect(a.rows).toEqual(b.rows);
  expect(a.profile).toEqual(b.profile);
});

test("Excel 2019: members above ExcelApi 1.7 are refused (the check is live); the add-in calls none", async () => {
  const env = { catalogues: [epmV1], now: () => NOW };
  new ExcelHost(EXCEL_2019);
  // A port wrongly told that the host has dropdowns (1.8) and page layout (1.9) fails at once.
  const reckless = createOfficePort({
    capabilities: { validationLists: true, pageLayout: true, mergedAreas: true, undoGroups: true },
  });
  await expect(
    createOrUpgrade(reckless, { lang: "zh", catalogue: epmV1 }, env)
  ).rejects.toMatchObject({
    code: "ApiNotFound",
  });

  // The port as shipped asks the host and stays within 1.7 through every action.
  const host = new ExcelHost(EXCEL_2019);
  const port = createOfficePort();
  await createOrUpgrade(port, { lang: "zh", catalogue: epmV1, years: 4 }, env);
  rateAll(host, epmV1);
  await scoreAudit(port, "zh", {}, env);
  await applyProfile(port, { name: "p", modules: { "4.0": 800 } }, "zh", env);
  await port.selectName("EpmStars");
  const stop = await port.watchTable(EPM_NAMES.tables.clauses, () => undefined);
  await stop();
  expect(host.batches.filter((b) => b.error)).toEqual([]);
});

test("a rating outside a dropdown is refused by an alert titled with the standard's short name", async () => {
  const service = exampleCatalogue;
  for (const [catalogue, title] of [
    [epmV1, "EPM"],
    [service, "SVC"],
  ] as const) {
    const { host, port } = officeSetup(EXCEL_365_WEB);
    const env = { catalogues: [catalogue], now: () => NOW };
    await createOrUpgrade(port, { lang: "en", catalogue, years: 4 }, env);
    const { model } = host;
    const table = model.tableByName(standardOf(catalogue).names.tables.clauses)!;
    const { sheetId, row, col: left, cols: width } = table.area;
    const header = Array.from({ length: width }, (_, c) =>
      String(model.cell(sheetId, row, left + c)?.value)
    );
    const cCol = left + locateColumns(header).c!;
    const validation = model.cell(sheetId, row + 1, cCol)?.validation as {
      ErrorAlert?: { title?: string };
    };
    expect(validation.ErrorAlert?.title).toBe(title);
  }
});
