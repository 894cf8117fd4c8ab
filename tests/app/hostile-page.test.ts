/**
 * Issue 17 through the browser page's flow (bytes → open → score → download bytes), with workbooks
 * as LibreOffice and co-auditors make them: the same one cell reader and the same write rules as
 * the command line, so no class of cell is lost or misread on the page either.
 */
import ExcelJS from "exceljs";
import { newWorkbook, saveWorkbook } from "../../src/adapters/xlsx";
import { tableModel } from "../../src/adapters/xlsx/tables";
import { fileOpening, openAndScore, saveScored } from "../../src/services/pageFlow";
import { columnOfHeader } from "../../src/workbook/columns";
import { createAuditService } from "../../src/services/portService";

let template: ExcelJS.WorkbookModel;

beforeAll(async () => {
  const workbook = newWorkbook();
  await createAuditService(workbook).createOrUpgrade({ lang: "en", years: 4 });
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load((await saveWorkbook(workbook)) as unknown as ArrayBuffer);
  template = loaded.model;
});

interface TableAt {
  sheet: ExcelJS.Worksheet;
  top: number;
  /** 1-based column of each known header. */
  col: Record<string, number>;
}

function tableOf(workbook: ExcelJS.Workbook, name: string): TableAt {
  for (const sheet of workbook.worksheets)
    for (const table of Object.values((sheet as unknown as { tables: object }).tables ?? {})) {
      const model = tableModel(table);
      if (model.name !== name) continue;
      const [, left, top] = /^([A-Z]+)([0-9]+)/.exec(model.tableRef)!;
      const first = sheet.getColumn(left).number;
      const col: Record<string, number> = {};
      model.columns.forEach((c: { name: string }, k: number) => {
        const key = columnOfHeader(c.name) ?? c.name;
        col[key] ??= first + k;
      });
      return { sheet, top: Number(top), col };
    }
  throw new Error(`no table ${name}`);
}

async function variant(mutate: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.model = structuredClone(template);
  mutate(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const fileOf = (name: string, bytes: Uint8Array) => ({
  name,
  size: bytes.byteLength,
  arrayBuffer: async () =>
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
});

async function openOnPage(bytes: Uint8Array) {
  const { loaded, notice } = await openAndScore(
    fileOpening(fileOf("audit.xlsx", bytes), "en", () => undefined),
    "en"
  );
  return { loaded, notice };
}

async function downloaded(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const { loaded } = await openOnPage(bytes);
  let saved: Uint8Array | null = null;
  const failure = await saveScored(loaded!, (data) => void (saved = data));
  expect(failure).toBeNull();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(saved! as unknown as ArrayBuffer);
  return workbook;
}

test("a LibreOffice-saved switch (the formula FALSE() with its cached value) is read as FALSE", async () => {
  const bytes = await variant((workbook) => {
    const rules = tableOf(workbook, "EpmRules");
    for (let row = rules.top + 1; row < rules.top + 12; row++)
      if (rules.sheet.getCell(row, rules.col["规则 Rule"] ?? 0).value === "strictCompliance")
        rules.sheet.getCell(row, (rules.col["规则 Rule"] ?? 0) + 2).value = {
          formula: "FALSE()",
          result: false,
        } as ExcelJS.CellFormulaValue;
  });
  const { loaded, notice } = await openOnPage(bytes);
  expect(notice.intent).toBe("success");
  expect(loaded?.scored).not.toBeNull();
});

test("a merged range in a rating column is an issue naming it, and the download keeps it merged", async () => {
  const bytes = await variant((workbook) => {
    const clauses = tableOf(workbook, "EpmClauses");
    clauses.sheet.getCell(clauses.top + 1, clauses.col.c).value = "Compliant";
    clauses.sheet.mergeCells(clauses.top + 1, clauses.col.c, clauses.top + 2, clauses.col.c);
  });
  const { loaded } = await openOnPage(bytes);
  const issues = loaded!.scored!.result.issues;
  const letter = (n: number) => String.fromCharCode(64 + n);
  expect(issues.map((i) => `${i.cell ?? ""} ${i.message}`).join("\n")).toMatch(
    new RegExp(`${letter(tableOf(await downloaded(bytes), "EpmClauses").col.c)}2:[A-Z]+3`)
  );
  const after = await downloaded(bytes);
  const clauses = tableOf(after, "EpmClauses");
  expect(clauses.sheet.getCell(clauses.top + 2, clauses.col.c).isMerged).toBe(true);
  expect(clauses.sheet.getCell(clauses.top + 1, clauses.col.c).value).toBe("Compliant");
});

test("evidence links, user formulas and error values come back from the download as they were", async () => {
  const bytes = await variant((workbook) => {
    const clauses = tableOf(workbook, "EpmClauses");
    const row = clauses.top + 3;
    clauses.sheet.getCell(row, clauses.col.evidence).value = {
      text: "site visit photos",
      hyperlink: "https://example.com/photos",
    };
    clauses.sheet.getCell(row + 1, clauses.col.evidence).value = {
      formula: 'HYPERLINK("https://example.com/a","report")',
      result: "report",
    } as ExcelJS.CellFormulaValue;
    clauses.sheet.getCell(row + 2, clauses.col.standardText).value = {
      error: "#N/A",
    } as unknown as ExcelJS.CellErrorValue;
    const notes = workbook.addWorksheet("Lead's notes");
    notes.getCell("A1").value = { formula: "1+1", result: 2 } as ExcelJS.CellFormulaValue;
  });
  const after = await downloaded(bytes);
  const clauses = tableOf(after, "EpmClauses");
  const row = clauses.top + 3;
  expect(clauses.sheet.getCell(row, clauses.col.evidence).value).toEqual({
    text: "site visit photos",
    hyperlink: "https://example.com/photos",
  });
  expect(clauses.sheet.getCell(row + 1, clauses.col.evidence).formula).toBe(
    'HYPERLINK("https://example.com/a","report")'
  );
  expect(clauses.sheet.getCell(row + 2, clauses.col.standardText).value).toEqual({
    error: "#N/A",
  });
  expect(after.getWorksheet("Lead's notes")!.getCell("A1").formula).toBe("1+1");
});

test("ratings with zero-width spaces and soft hyphens pasted from chat apps are read as typed", async () => {
  const bytes = await variant((workbook) => {
    const clauses = tableOf(workbook, "EpmClauses");
    clauses.sheet.getCell(clauses.top + 1, clauses.col.c).value = "Compliant\u200b";
    clauses.sheet.getCell(clauses.top + 1, clauses.col.f).value = "85%\u00ad";
  });
  const { loaded } = await openOnPage(bytes);
  const first = loaded!.scored!.result.clauses[0];
  expect(first.status).toBe("rated");
  // 85% maps to the level 良好 (0.8), as a typed 85% would; compliant (1) × 0.8.
  expect(first.ratio).toBeCloseTo(0.8, 5);
  expect(loaded!.scored!.result.issues.filter((i) => i.clauseId === first.id)).toEqual([]);
});
