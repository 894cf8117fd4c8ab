/**
 * The catalogue a workbook carries (src/workbook/embedded-catalogue.ts): written as text cells
 * under Excel's cell limit, never as formulas, even where a cell's text starts with "="; found
 * again without the file by the file writer (ExcelJS) and the Office port; an EPM workbook costs no
 * read more; a damaged copy is an error naming its cell and JSON path; an edited copy of a bundled
 * edition only warns, the bundled rules count.
 */
import type ExcelJS from "exceljs";
import { loadWorkbook, newWorkbook, type XlsxWorkbook } from "../../src/adapters/xlsx";
import { objectMemory } from "../../src/adapters/office/memory";
import { createOfficePort } from "../../src/adapters/office/port";
import { epmV1 } from "../../src/catalogues";
import type { Catalogue } from "../../src/core/types";
import { createOrUpgrade, describeWorkbook, scoreAudit } from "../../src/workbook/actions";
import { createAuditOfficePort } from "../../src/services/officePort";
import {
  CATALOGUE_SHEET,
  CHUNK_CHARS,
  catalogueText,
  chunkText,
} from "../../src/workbook/embedded-catalogue";
import { AuditInputError } from "../../src/workbook/issues";
import { ExcelHost } from "../support/excel-host/host";
import { EXCEL_365_WEB } from "../support/excel-host/profiles";
import { exampleCatalogue } from "../support/example-catalogue";

const env = { now: () => new Date("2025-06-01T08:00:00.000Z") };

/**
 * The example with long summaries of "=" signs: its text spans several cells, and a cell after the
 * first starts with "=" (checked below, so the test cannot pass vacuously).
 */
function longCatalogue(): Catalogue {
  const long = (n: number) => ({ zh: "=".repeat(n), en: `=SUM(A1:A9)${"=".repeat(n)}` });
  return {
    ...exampleCatalogue,
    id: "SVC-LONG",
    modules: exampleCatalogue.modules.map((m) => ({
      ...m,
      items: m.items.map((item) => ({
        ...item,
        clauses: item.clauses.map((c) => ({ ...c, summary: long(6000) })),
      })),
    })),
  };
}

async function reopened(port: XlsxWorkbook): Promise<XlsxWorkbook> {
  return loadWorkbook(await port.saveWorkbook());
}

test("chunks: at most the cell size, whole again when joined, no blank at either end", () => {
  const text = `{"a":"${"words in a summary ".repeat(40)}","b":"${"😀".repeat(40)}"}`;
  for (const size of [7, 8, 11, 30]) {
    const chunks = chunkText(text, size);
    expect(chunks.join("")).toBe(text);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(size);
      expect(chunk).toBe(chunk.trim());
      // A surrogate pair is never cut in two.
      expect(chunk).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
  }
  // Text with no tidy place to cut is still cut at the size, never one character at a time.
  expect(chunkText("a ".repeat(20), 8).map((c) => c.length)).toEqual([8, 8, 8, 8, 8]);
});

test("a long catalogue: cells under Excel's limit, text (not formulas) even when a cell starts with =", async () => {
  const catalogue = longCatalogue();
  const chunks = chunkText(catalogueText(catalogue));
  expect(chunks.length).toBeGreaterThanOrEqual(2);
  expect(chunks.slice(1).some((chunk) => chunk.startsWith("="))).toBe(true);

  const port = newWorkbook();
  await createOrUpgrade(port, { lang: "en", catalogue, years: 2 }, env);
  const file = await reopened(port);
  const sheet = file.workbook.getWorksheet(CATALOGUE_SHEET)!;
  expect(sheet.state).toBe("hidden");
  const cells = chunks.map((_, k) => sheet.getCell(k + 2, 1));
  expect(cells.map((cell) => cell.value)).toEqual(chunks);
  for (const cell of cells) {
    expect(cell.type).toBe(3 /* ExcelJS ValueType.String */);
    expect(String(cell.value).length).toBeLessThanOrEqual(CHUNK_CHARS);
  }
  // Scored without the catalogue: the workbook's own copy is found (one read more: its prefix).
  const { result } = await scoreAudit(file, "en", {}, env);
  expect(result.catalogue).toEqual({ id: "SVC-LONG", version: "0.1" });
  expect(file.calls.read).toBe(2);
});

test("the Office port writes each cell with the quote prefix and reads the catalogue back", async () => {
  const host = new ExcelHost(EXCEL_365_WEB);
  const catalogue = longCatalogue();
  const chunks = chunkText(catalogueText(catalogue));
  await createOrUpgrade(createOfficePort(), { lang: "en", catalogue, years: 2 }, env);
  const sheet = host.model.sheetByName(CATALOGUE_SHEET)!;
  const cells = chunks.map((_, k) => host.model.cell(sheet.id, k + 1, 0)!);
  expect(cells.map((cell) => cell.value)).toEqual(chunks);
  expect(cells.filter((cell) => cell.formula !== undefined)).toEqual([]);
  expect(cells.every((cell) => cell.quoted)).toBe(true);
  const { result } = await scoreAudit(createOfficePort(), "en", {}, env);
  expect(result.catalogue.id).toBe("SVC-LONG");
});

test("an EPM workbook carries nothing and is read once, as before", async () => {
  const port = newWorkbook();
  await createOrUpgrade(port, { lang: "en", catalogue: epmV1 }, env);
  const file = await reopened(port);
  expect(file.workbook.getWorksheet(CATALOGUE_SHEET)).toBeUndefined();
  expect(file.workbook.definedNames.model.map((n) => n.name)).not.toContain("EpmCatalogueFile");
  await scoreAudit(file, "en", {}, env);
  expect(file.calls.read).toBe(1);
});

test("a damaged copy is an error naming its cell and the JSON path, in the user's language", async () => {
  const port = newWorkbook();
  await createOrUpgrade(port, { lang: "en", catalogue: exampleCatalogue }, env);
  const file = await reopened(port);
  const cell = file.workbook.getWorksheet(CATALOGUE_SHEET)!.getCell("A2");
  const json = JSON.parse(String(cell.value));
  delete json.rules.score6;
  cell.value = JSON.stringify(json);
  for (const [lang, text] of [
    [
      "en",
      /标准 Standard!A2 \(name SvcCatalogueFile\): .* invalid at \$\.rules\.score6: the required key "score6" is missing/,
    ],
    [
      "zh",
      /标准 Standard!A2（名称 SvcCatalogueFile）：.*在 \$\.rules\.score6 处有误：缺少必填的键“score6”/,
    ],
  ] as const) {
    const error = await scoreAudit(file, lang, {}, env).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuditInputError);
    expect((error as AuditInputError).issues[0].message).toMatch(text);
  }
  cell.value = "{ not json";
  const error = (await scoreAudit(file, "en", {}, env).catch((e: unknown) => e)) as AuditInputError;
  expect(error.issues[0].code).toBe("embeddedCatalogueJson");
  expect(error.issues[0].cell).toBe("标准 Standard!A2");
  // A formula typed over the text is named, never evaluated.
  cell.value = { formula: "A1", result: "{}" } as unknown as ExcelJS.CellValue;
  const formula = (await scoreAudit(file, "en", {}, env).catch(
    (e: unknown) => e
  )) as AuditInputError;
  expect(formula.issues[0].message).toContain("标准 Standard!A2 is not text");
});

test("an edited copy of a bundled edition: the bundled rules count, and every score warns", async () => {
  const edited: Catalogue = { ...epmV1, rules: { ...epmV1.rules, years: [0, 0, 0] } };
  const port = newWorkbook();
  await createOrUpgrade(port, { lang: "zh", catalogue: edited, years: 1 }, env);
  const file = await reopened(port);
  expect(file.workbook.definedNames.model.map((n) => n.name)).toContain("EpmCatalogueFile");
  const { result } = await scoreAudit(file, "en", {}, env);
  const warning = result.issues.find((i) => i.code === "embeddedCatalogueDiffers")!;
  expect(warning.severity).toBe("warning");
  expect(warning.message).toContain(
    "the copy of CC-CMM-EPM 1.0 this workbook carries differs from the one bundled with this product; the bundled one is used"
  );
  // The bundled years rule (3, 4, 5 years) holds, not the edited one (0 years).
  const years = result.levels[0].conditions.find((c) => c.key === "years")!;
  expect(years.required).toBe(epmV1.rules.years[0]);
  const zh = await scoreAudit(file, "zh", {}, env);
  expect(zh.result.issues.map((i) => i.message).join("\n")).toContain("按内置标准计分");
});

describe("round trips of a workbook that carries its catalogue (Office port)", () => {
  async function counted(host: ExcelHost, action: () => Promise<unknown>): Promise<number> {
    const before = host.roundTrips;
    await action();
    return host.roundTrips - before;
  }

  test("2 per action, from the first action of a new port on, in this browser or another", async () => {
    const host = new ExcelHost(EXCEL_365_WEB);
    const memory = objectMemory();
    const port = createOfficePort({ memory });
    const create = () =>
      createOrUpgrade(port, { lang: "en", catalogue: exampleCatalogue, years: 2 }, env);
    expect(await counted(host, create)).toBe(2);
    // Create told the port the workbook carries SVC-LITE: Score asks for its names at once.
    expect(await counted(host, () => scoreAudit(port, "en", {}, env))).toBe(2);
    expect(await counted(host, () => scoreAudit(port, "en", {}, env))).toBe(2);
    // A port of the next session finds the prefix in the browser's memory; a port of another
    // browser (nothing in memory, not even this Excel's null objects) in the workbook's settings.
    const later = createOfficePort({ memory });
    expect(await counted(host, () => scoreAudit(later, "en", {}, env))).toBe(2);
    host.settings.reopen();
    const elsewhere = createOfficePort({ memory: objectMemory() });
    expect(await counted(host, () => scoreAudit(elsewhere, "en", {}, env))).toBe(2);
    expect(await counted(host, () => scoreAudit(elsewhere, "en", {}, env))).toBe(2);
    expect(host.batches.filter((b) => b.error)).toEqual([]);
  });

  test.each(["propagate", "throw"] as const)(
    "made by the command line (no settings), null objects' children %s: 2 per action once the pane's Start tab has read it, or from the ribbon's second action on",
    async (nullChildren) => {
      const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
      const host = new ExcelHost(EXCEL_365_WEB, { nullChildren });
      await createOrUpgrade(
        createOfficePort({ memory: objectMemory() }),
        { lang: "en", catalogue: exampleCatalogue, years: 2 },
        env
      );
      host.settings.clearDocument();
      const pane = createAuditOfficePort("en", { memory: objectMemory() });
      await describeWorkbook(pane, "en");
      expect(await counted(host, () => scoreAudit(pane, "en", {}, env))).toBe(2);
      host.settings.clearDocument();
      const ribbon = createAuditOfficePort("en", { memory: objectMemory() });
      // The first finds the catalogue's prefix, which only the workbook's lists can show.
      await scoreAudit(ribbon, "en", {}, env);
      expect(await counted(host, () => scoreAudit(ribbon, "en", {}, env))).toBe(2);
      warn.mockRestore();
    }
  );
});
