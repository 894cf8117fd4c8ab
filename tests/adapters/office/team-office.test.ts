/**
 * Team merge and compare through the Office adapter (Microsoft's Excel client against the emulated
 * host): the master in Excel ends with the same cells, names and tables as the command line's
 * master, in one read and one write; the Compare sheet likewise.
 */
import { createOfficePort } from "../../../src/adapters/office/port";
import { loadWorkbook, newWorkbook, type XlsxWorkbook } from "../../../src/adapters/xlsx";
import { epmV1 } from "../../../src/catalogues";
import { createOrUpgrade } from "../../../src/workbook/actions";
import type { WorkbookPort } from "../../../src/workbook/plan";
import { compareAudits, mergeAudits } from "../../../src/workbook/team";
import { dumpHost, dumpXlsx } from "../../support/excel-host/compare";
import { ExcelHost } from "../../support/excel-host/host";
import { PROFILES } from "../../support/excel-host/profiles";
import { C, EVIDENCE, F, setInput, setRating } from "../../workbook/helpers";

const env = {
  catalogues: [epmV1],
  now: () => new Date("2025-06-01T08:00:00.000Z"),
  newAuditId: () => "team-office",
};

async function copies(): Promise<Array<{ port: XlsxWorkbook; file: string }>> {
  const base = newWorkbook();
  await createOrUpgrade(base, { lang: "zh", catalogue: epmV1, years: 4 }, env);
  const saved = await base.saveWorkbook();
  const copy = async (file: string, auditor: string, ids: string[], c: string) => {
    const port = await loadWorkbook(saved);
    await setInput(port, "EpmAuditor", auditor);
    for (const id of ids) {
      setRating(port, id, C, c);
      setRating(port, id, F, "良好");
      setRating(port, id, EVIDENCE, `${auditor}: ${id}`);
    }
    return { port, file };
  };
  return [
    await copy("ana.xlsx", "Ana", ["1", "2", "3", "20", "21"], "合规"),
    await copy("bo.xlsx", "Bo", ["20", "21", "74", "75"], "部分合规"),
  ];
}

describe.each(PROFILES.map((p) => [p.name, p] as const))("%s", (_name, profile) => {
  test("merge: the Excel master equals the command line's master, cell by cell; one read, one write", async () => {
    const host = new ExcelHost(profile);
    const office = createOfficePort();
    const xlsx = newWorkbook();
    for (const port of [office, xlsx] as WorkbookPort[])
      await createOrUpgrade(port, { lang: "zh", catalogue: epmV1, years: 4 }, env);

    const before = host.batches.length;
    const inExcel = await mergeAudits(office, await copies(), "zh", {}, env);
    expect(host.batches.length - before).toBe(2);
    const onDisk = await mergeAudits(xlsx, await copies(), "zh", {}, env);
    expect(inExcel).toEqual(onDisk);
    expect(inExcel.conflicts.map((c) => c.clauseId)).toEqual(["20", "21"]);

    // A second merge rewrites the Conflicts sheet (deleted and added in the same write).
    await mergeAudits(office, await copies(), "zh", {}, env);
    await mergeAudits(xlsx, await copies(), "zh", {}, env);

    const a = dumpHost(host);
    const b = dumpXlsx(xlsx.workbook);
    expect(Object.keys(a.cells)).toEqual(Object.keys(b.cells));
    for (const sheet of Object.keys(b.cells)) expect(a.cells[sheet]).toEqual(b.cells[sheet]);
    expect(a.names).toEqual(b.names);
    expect(a.tables).toEqual(b.tables);
  });

  test("compare writes the same Compare sheet in Excel as on disk", async () => {
    const host = new ExcelHost(profile);
    const office = createOfficePort();
    const xlsx = newWorkbook();
    for (const port of [office, xlsx] as WorkbookPort[])
      await createOrUpgrade(port, { lang: "en", catalogue: epmV1, years: 4 }, env);
    const [earlier] = await copies();
    for (const target of [office, xlsx] as WorkbookPort[])
      await compareAudits(
        { port: earlier.port, file: "earlier.xlsx" },
        { port: target, file: "this workbook" },
        "en",
        target,
        env
      );
    const a = dumpHost(host);
    const b = dumpXlsx(xlsx.workbook);
    expect(a.cells["对比 Compare"]).toEqual(b.cells["对比 Compare"]);
    expect(a.tables).toEqual(b.tables);
  });
});
