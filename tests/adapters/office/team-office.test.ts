/**
 * Team merge and compare through the Office adapter (Microsoft's Excel client against the emulated
 * host): the master in Excel ends with the same cells, names and tables as the command line's
 * master, in one read and one write; the Compare sheet likewise.
 */
import { createOfficePort } from "../../../src/adapters/office/port";
import { createAuditService } from "../../../src/services/portService";
import type { Lang, RawCell } from "../../../src/core/types";
import { AuditInputError } from "../../../src/workbook/issues";
import type { Plan, ReadRequest, Snapshot } from "../../../src/workbook/plan";
import { findClauseTable } from "../../../src/workbook/read";
import { standardsReadRequest } from "../../../src/workbook/standard";
import { EPM_NAMES } from "../../fixtures/catalogues";
import { tableCellAddress } from "../../../src/workbook/read";
import { loadWorkbook, newWorkbook, type XlsxWorkbook } from "../../../src/adapters/xlsx";
import { epmV1 } from "../../../src/catalogues";
import { createOrUpgrade } from "../../../src/workbook/actions";
import type { WorkbookPort } from "../../../src/workbook/plan";
import { compareAudits, mergeAudits } from "../../../src/workbook/team";
import { dumpHost, dumpXlsx } from "../../support/excel-host/compare";
import { ExcelHost } from "../../support/excel-host/host";
import { PROFILES, type HostProfile } from "../../support/excel-host/profiles";
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

/** Where a clause's cell is in the host: sheet id, 0-based row and column, and its address. */
async function clauseCell(host: ExcelHost, id: string, key: "c" | "f" | "evidence") {
  const snapshot = await createOfficePort().read(standardsReadRequest([epmV1]));
  const table = findClauseTable(snapshot, EPM_NAMES)!;
  const k = table.grid.rows.findIndex((row) => String(row[table.cols.id!]) === id);
  const col = table.grid.col + table.cols[key]!;
  return {
    sheetId: host.sheetId(table.grid.sheet),
    row: table.grid.row + 1 + k,
    col,
    address: tableCellAddress(table.grid, k, table.cols[key]!),
  };
}

/** The Office port with some cells read as the cell reader will classify them (links, merges). */
function classified(port: WorkbookPort, cells: Record<string, RawCell>): WorkbookPort {
  return {
    read: async (request: ReadRequest): Promise<Snapshot> => {
      const snapshot = await port.read(request);
      for (const grid of Object.values(snapshot.tables))
        grid?.rows.forEach((row, k) =>
          row.forEach((_, c) => {
            const address = tableCellAddress(grid, k, c);
            if (address in cells) row[c] = cells[address];
          })
        );
      return snapshot;
    },
    apply: (plan: Plan) => port.apply(plan),
    select: (address: string) => port.select(address),
  };
}

/** The emulated Excel of `profile` holding a new audit, and the Office port the add-in uses. */
async function auditInExcel(profile: HostProfile, lang: Lang) {
  const host = new ExcelHost(profile);
  const office = createOfficePort();
  await createOrUpgrade(office, { lang, catalogue: epmV1, years: 4 }, env);
  return { host, office };
}

/** The same, and the same new audit on disk (ExcelJS), for the Excel one to be held against. */
async function auditInExcelAndOnDisk(profile: HostProfile, lang: Lang) {
  const { host, office } = await auditInExcel(profile, lang);
  const xlsx = newWorkbook();
  await createOrUpgrade(xlsx, { lang, catalogue: epmV1, years: 4 }, env);
  return { host, office, xlsx };
}

describe.each(PROFILES.map((p) => [p.name, p] as const))("%s", (_name, profile) => {
  test("merge: the Excel master equals the command line's master, cell by cell; one read, one write", async () => {
    const { host, office, xlsx } = await auditInExcelAndOnDisk(profile, "zh");

    const before = host.batches.length;
    const inExcel = await mergeAudits(office, await copies(), "zh", {}, env);
    expect(host.batches.length - before).toBe(2);
    const onDisk = await mergeAudits(xlsx, await copies(), "zh", {}, env);
    expect(inExcel).toEqual(onDisk);
    expect(inExcel.conflicts.map((c) => c.clauseId)).toEqual(["20", "21"]);

    // A second merge rewrites the Conflicts sheet's tables in place, in the same one write.
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
    const { host, office, xlsx } = await auditInExcelAndOnDisk(profile, "en");
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

  test("merge in Excel: a formula, #N/A or HYPERLINK() in the master is kept, listed and named; one read, one write", async () => {
    const { host, office } = await auditInExcel(profile, "en");
    const formula = await clauseCell(host, "1", "c");
    const error = await clauseCell(host, "2", "c");
    const notes = await clauseCell(host, "3", "evidence");
    host.model.setCell(formula.sheetId, formula.row, formula.col, {
      value: "合规",
      formula: '=IF(TRUE,"合规","")',
    });
    host.model.setCell(error.sheetId, error.row, error.col, { value: "#N/A" });
    const link = '=HYPERLINK("https://docs.example/3","minutes")';
    host.model.setCell(notes.sheetId, notes.row, notes.col, { value: "minutes", formula: link });
    const before = dumpHost(host);

    const batches = host.batches.length;
    const outcome = await mergeAudits(office, await copies(), "en", {}, env);
    expect(host.batches.length - batches).toBe(2);
    const byCell = Object.fromEntries(outcome.conflicts.map((c) => [c.cell, c.master]));
    expect(byCell[formula.address]).toBe('=IF(TRUE,"合规","")');
    expect(byCell[error.address]).toBe("#N/A");
    expect(outcome.issues.map((i) => i.message)).toContain(
      `${notes.address}: the master's notes are a formula (${link}), which merge never overwrites; these notes from the copies were not added: [Ana] Ana: 3`
    );
    const after = dumpHost(host);
    const sheet = host.model.sheetById(formula.sheetId).name;
    for (const cell of [formula, error, notes]) {
      const at = cell.address.split("!")[1];
      expect(after.cells[sheet][at]).toEqual(before.cells[sheet][at]);
    }
  });

  test("a Decision typed as a formula in Excel stops the merge, names its cell, and nothing is written", async () => {
    const { host, office } = await auditInExcel(profile, "en");
    await mergeAudits(office, await copies(), "en", {}, env);
    host.userEdit("冲突 Conflicts", "G4", '=IF(1,"合规")');
    host.userEdit("冲突 Conflicts", "G5", "#N/A");
    const before = dumpHost(host);
    const error = await mergeAudits(office, await copies(), "en", {}, env).catch((e) => e);
    expect(error).toBeInstanceOf(AuditInputError);
    expect(error.message).toContain(
      '冲突 Conflicts!G4: the Decision "=IF(1,"合规")" is a formula or an error value, which is not accepted; write the C rating as text'
    );
    expect(error.message).toContain('冲突 Conflicts!G5: the Decision "#N/A" is a formula');
    expect(dumpHost(host)).toEqual(before);
  });

  test("the lead's notes on the Conflicts sheet stay in Excel; the table grows by moving the cells below down", async () => {
    const { host, office } = await auditInExcel(profile, "en");
    const [ana, bo] = await copies();
    await mergeAudits(office, [ana, bo], "en", {}, env); // conflicts 20 C, 21 C: rows 4–5
    host.userEdit("冲突 Conflicts", "A6", "lead: below the table");
    host.userEdit("冲突 Conflicts", "H2", "lead: between the tables");
    host.userEdit("冲突 Conflicts", "N4", "lead: right of the decisions");
    const chen = await copies().then(([copy]) => copy);
    await setInput(chen.port, "EpmAuditor", "Chen");
    for (const id of ["1", "2"]) setRating(chen.port, id, C, "部分合规");
    const outcome = await mergeAudits(
      office,
      [ana, bo, { port: chen.port, file: "chen.xlsx" }],
      "en",
      {},
      env
    );
    expect(outcome.conflicts.map((c) => c.clauseId)).toEqual(["1", "2", "20", "21"]);
    const cells = dumpHost(host).cells["冲突 Conflicts"];
    expect([cells.A4, cells.A5, cells.A6, cells.A7]).toEqual(["1", "2", "20", "21"]);
    expect(cells.A8).toBe("lead: below the table");
    expect(cells.H2).toBe("lead: between the tables");
    expect(cells.N4).toBe("lead: right of the decisions");
    expect(dumpHost(host).tables.EpmConflicts.ref).toBe("A3:G7");
  });

  test("the decisions table growing into the lead's notes moves only its own columns' cells, in Excel as on disk", async () => {
    const { host, office, xlsx } = await auditInExcelAndOnDisk(profile, "en");
    for (const target of [office, xlsx] as WorkbookPort[])
      await mergeAudits(target, await copies(), "en", {}, env); // conflicts 20 C, 21 C: rows 4–5
    expect(dumpHost(host).tables.EpmResolved.ref).toBe("I3:L4"); // one blank row
    const sheet = xlsx.workbook.getWorksheet("冲突 Conflicts")!;
    const edit = (address: string, value: string) => {
      host.userEdit("冲突 Conflicts", address, value);
      sheet.getCell(address).value = value;
    };
    // Both conflicts decided: the decisions table takes two rows, growing into row 5.
    edit("G4", "合规");
    edit("G5", "部分合规");
    edit("I5", "lead: under the decisions");
    edit("J9", "lead: further down the decisions");
    edit("H5", "lead: between the tables");
    edit("N5", "lead: right of the decisions");
    edit("A8", "lead: under the conflicts");
    await mergeAudits(office, await copies(), "en", {}, env);
    await mergeAudits(xlsx, await copies(), "en", {}, env);

    const a = dumpHost(host);
    const b = dumpXlsx(xlsx.workbook);
    expect(a.cells["冲突 Conflicts"]).toEqual(b.cells["冲突 Conflicts"]);
    expect(a.tables).toEqual(b.tables);
    expect(a.tables.EpmResolved.ref).toBe("I3:L5");
    expect(a.tables.EpmConflicts.ref).toBe("A3:G5");
    expect(b.cells["冲突 Conflicts"]).toMatchObject({
      I6: "lead: under the decisions",
      J10: "lead: further down the decisions",
      H5: "lead: between the tables",
      N5: "lead: right of the decisions",
      A8: "lead: under the conflicts",
    });
  });

  test("notes appended to a cell link keep the link in Excel (range.hyperlink, same write)", async () => {
    const { host, office } = await auditInExcel(profile, "en");
    const notes = await clauseCell(host, "1", "evidence");
    host.model.setCell(notes.sheetId, notes.row, notes.col, { value: "minutes" });
    const linked = classified(office, {
      [notes.address]: { text: "minutes", hyperlink: "https://docs.example/minutes" },
    });
    const batches = host.batches.length;
    await mergeAudits(linked, await copies(), "en", {}, env);
    expect(host.batches.length - batches).toBe(2);
    expect(host.model.cell(notes.sheetId, notes.row, notes.col)).toMatchObject({
      value: "minutes\n[Ana] Ana: 1",
      hyperlink: {
        address: "https://docs.example/minutes",
        textToDisplay: "minutes\n[Ana] Ana: 1",
      },
    });
  });

  test("the pane's compare refuses an audit of another catalogue version, naming both; nothing is written", async () => {
    const { host, office } = await auditInExcel(profile, "en");
    const [earlier] = await copies();
    await setInput(earlier.port, "EpmCatalogueVersion", "0.9");
    const bytes = await earlier.port.saveWorkbook();
    const file = {
      name: "earlier.xlsx",
      size: bytes.byteLength,
      arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer,
    };
    const before = dumpHost(host);
    const service = createAuditService(office, env);
    const error = await service.compareWith(file, "en", "this workbook").catch((e) => e);
    expect(error).toBeInstanceOf(AuditInputError);
    expect(error.message).toBe(
      `earlier.xlsx was audited against ${epmV1.id} 0.9, this workbook against ${epmV1.id} ${epmV1.version}; audits of different standards or versions cannot be compared`
    );
    expect(dumpHost(host)).toEqual(before);
  });

  test("compare again in Excel rewrites the Compare sheet in place: the lead's line below the table moves down, as on disk", async () => {
    const { host, office, xlsx } = await auditInExcelAndOnDisk(profile, "en");
    const [earlier] = await copies();
    const compare = (target: WorkbookPort) =>
      compareAudits(
        { port: earlier.port, file: "earlier.xlsx" },
        { port: target, file: "this workbook" },
        "en",
        target,
        env
      );
    for (const target of [office, xlsx] as WorkbookPort[]) await compare(target);
    const table = dumpHost(host).tables.EpmCompare.ref; // e.g. A27:G32
    const below = Number(/:[A-Z]+(\d+)$/.exec(table)![1]) + 1;
    host.userEdit("对比 Compare", `A${below}`, "lead: below the table");
    host.userEdit("对比 Compare", "F1", "lead: beside the title");
    const sheet = xlsx.workbook.getWorksheet("对比 Compare")!;
    sheet.getCell(`A${below}`).value = "lead: below the table";
    sheet.getCell("F1").value = "lead: beside the title";
    // Two more clauses differ: the table grows by two rows.
    setRating(earlier.port, "74", C, "合规");
    setRating(earlier.port, "75", C, "合规");
    for (const target of [office, xlsx] as WorkbookPort[]) await compare(target);

    const a = dumpHost(host);
    const b = dumpXlsx(xlsx.workbook);
    expect(a.cells["对比 Compare"]).toEqual(b.cells["对比 Compare"]);
    expect(a.tables).toEqual(b.tables);
    expect(a.cells["对比 Compare"][`A${below + 2}`]).toBe("lead: below the table");
    expect(a.cells["对比 Compare"].F1).toBe("lead: beside the title");
  });
});
