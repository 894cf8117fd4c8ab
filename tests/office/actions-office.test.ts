/**
 * The workbook actions over the Office.js port (on the fake Excel of fakeExcel.ts): how many
 * context.sync calls each action costs, for the 211-clause EPM workbook and a 5,000-clause one,
 * and that the Office adapter receives exactly the plans the xlsx (command line) path gets.
 */
import { newWorkbook } from "../../src/adapters/xlsx";
import { createOfficePort } from "../../src/adapters/office/port";
import { epmV1 } from "../../src/catalogues";
import type { Catalogue, CatalogueModule } from "../../src/core/types";
import { applyProfile, createOrUpgrade, readAudit, scoreAudit } from "../../src/workbook/actions";
import { locateColumns } from "../../src/workbook/columns";
import { TABLES } from "../../src/workbook/layout";
import type { Plan, WorkbookPort } from "../../src/workbook/plan";
import { FakeBook, type FakeContext, fakeRunner } from "./fakeExcel";

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
  return { id: `BIG-${count}`, version: "1", name: t("big"), rules: epmV1.rules, modules };
}

function officeSetup() {
  const book = new FakeBook();
  // One spy per request context (Excel.run makes a new context each time); spies call through.
  const spies: jest.SpyInstance[] = [];
  const { run } = fakeRunner(book, (context: FakeContext) =>
    spies.push(jest.spyOn(context, "sync"))
  );
  const port = createOfficePort({ run, capabilities: { validationLists: true, pageLayout: true } });
  const syncs = () => spies.reduce((n, spy) => n + spy.mock.calls.length, 0);
  return { book, port, syncs };
}

/** Rate every clause in the fake book: C 合规, F 良好 (CF rows) and I 优秀 (6.0 rows). */
function rateAll(book: FakeBook, catalogue: Catalogue): void {
  const table = book.tables.get(TABLES.clauses)!;
  const header = Array.from({ length: table.cols }, (_, c) =>
    book.text(table.sheet, table.row, table.col + c)
  );
  const cols = locateColumns(header);
  const innovation = new Set(
    catalogue.modules
      .filter((m) => m.scale === "I")
      .flatMap((m) => m.items.flatMap((i) => i.clauses.map((c) => c.id)))
  );
  const sheet = book.sheet(table.sheet);
  for (let r = 1; r < table.rows; r++) {
    const row = table.row + r;
    const id = String(book.text(table.sheet, row, table.col + cols.id!));
    const set = (col: number, value: string) => sheet.set(`${row},${table.col + col}`, { value });
    if (innovation.has(id)) set(cols.i!, "优秀");
    else {
      set(cols.c!, "合规");
      set(cols.f!, "良好");
    }
  }
}

describe.each([
  ["EPM V1.0 (211 clauses)", epmV1],
  ["5,000 clauses", bigCatalogue(5000)],
])("actions over the Office port: %s", (_label, catalogue) => {
  const env = { catalogues: [catalogue], now: () => NOW };

  test("create ≤ 3 syncs, upgrade ≤ 3, score exactly 2 (one read, one write)", async () => {
    const { book, port, syncs } = officeSetup();
    const created = await createOrUpgrade(port, { lang: "zh", catalogue, years: 4 }, env);
    expect(created.created).toBe(true);
    expect(syncs()).toBeLessThanOrEqual(3);

    rateAll(book, catalogue);
    let before = syncs();
    const { result } = await scoreAudit(port, "zh", {}, env);
    expect(syncs() - before).toBe(2);
    expect(result.stars).toBe(4);
    expect(result.clauses.filter((c) => !c.extra)).toHaveLength(
      catalogue.modules.reduce((n, m) => n + m.items.reduce((k, i) => k + i.clauses.length, 0), 0)
    );

    before = syncs();
    const upgraded = await createOrUpgrade(port, { lang: "zh", catalogue }, env);
    expect(upgraded.created).toBe(false);
    expect(upgraded.keptRows).toBeGreaterThan(0);
    expect(syncs() - before).toBeLessThanOrEqual(3);

    before = syncs();
    const again = await scoreAudit(port, "zh", {}, env);
    expect(syncs() - before).toBe(2);
    expect(again.result.stars).toBe(4);
  });
});

test("the module chart is added once, bound to the module block", async () => {
  const { book, port } = officeSetup();
  const env = { catalogues: [epmV1], now: () => NOW };
  await createOrUpgrade(port, { lang: "en", catalogue: epmV1, years: 4 }, env);
  rateAll(book, epmV1);
  await scoreAudit(port, "en", {}, env);
  await scoreAudit(port, "en", {}, env);
  expect([...book.charts.values()]).toHaveLength(1);
  expect(book.calls.filter((c) => c.startsWith("charts.add"))).toHaveLength(1);
  const modules = book.names.get("EpmModules")!;
  expect(book.charts.get("EpmModuleChart")!.source).toBe(
    `${modules.sheet}!${modules.row + 2},${modules.col + 4}`
  );
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
  const office = recording(officeSetup().port);
  const xlsx = recording(newWorkbook());

  for (const { port } of [office, xlsx]) {
    await createOrUpgrade(port, { lang: "zh", catalogue: epmV1, years: 3, stage: "final" }, env);
    await scoreAudit(port, "zh", {}, env);
    await applyProfile(port, { name: "heavier HR", modules: { "4.0": 800 } }, "zh", env);
    await createOrUpgrade(port, { lang: "zh", catalogue: epmV1 }, env);
  }
  expect(office.plans).toHaveLength(4);
  expect(office.plans.map((p) => p.ops.length)).toEqual(xlsx.plans.map((p) => p.ops.length));
  expect(office.plans).toEqual(xlsx.plans);

  // And both read back the same inputs.
  const [a, b] = await Promise.all([
    readAudit(office.port, "zh", env),
    readAudit(xlsx.port, "zh", env),
  ]);
  expect(a.rows).toEqual(b.rows);
  expect(a.profile).toEqual(b.profile);
});
