/**
 * The module chart in files written through ExcelJS (command line, browser page): one DrawingML
 * chart part, bound to the module block's percent column with the scored values cached, anchored
 * where the plan says, and still one after the file is re-opened and scored again.
 */
import JSZip from "jszip";
import { loadWorkbook, newWorkbook } from "../../../src/adapters/xlsx";
import { addChartParts } from "../../../src/adapters/xlsx/chart-part";
import { epmV1 } from "../../../src/catalogues";
import { createOrUpgrade, scoreAudit } from "../../../src/workbook/actions";
import { EPM_NAMES } from "../../fixtures/catalogues";
import type { Plan, PlanOp } from "../../../src/workbook/plan";

const env = { catalogues: [epmV1], now: () => new Date("2025-06-01T08:00:00.000Z") };

async function partsOf(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files);
  const text = (path: string) => zip.file(path)!.async("string");
  return { zip, names, text, charts: names.filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)) };
}

async function scoredBytes(): Promise<{ bytes: Uint8Array; plans: Plan[] }> {
  const port = newWorkbook();
  const plans: Plan[] = [];
  const apply = port.apply.bind(port);
  port.apply = async (plan) => (plans.push(plan), apply(plan));
  await createOrUpgrade(port, { lang: "en", catalogue: epmV1, years: 4 }, env);
  await scoreAudit(port, "en", {}, env);
  return { bytes: await port.saveWorkbook(), plans };
}

test("a scored file has one chart part bound to the module block, with the values cached", async () => {
  const { bytes, plans } = await scoredBytes();
  const { charts, text, names } = await partsOf(bytes);
  expect(charts).toHaveLength(1);
  const chart = await text(charts[0]);
  const op = plans
    .flatMap((p) => p.ops)
    .filter((o): o is Extract<PlanOp, { op: "addChart" }> => o.op === "addChart")
    .pop()!;
  const { row, col } = op.values;
  const letter = String.fromCharCode(65 + col);
  expect(chart).toContain(`!$${letter}$${row + 1}:$${letter}$${row + epmV1.modules.length}`);
  expect(chart).toContain("<c:v>1.0</c:v>"); // the first category, cached
  expect((chart.match(/<c:pt idx="\d+"><c:v>[0-9.]+<\/c:v>/g) ?? []).length).toBeGreaterThan(6);
  // The sheet that holds the module block has the drawing; the content types list both parts.
  const workbookXml = await text("xl/workbook.xml");
  expect(workbookXml).toContain("Summary");
  const drawings = names.filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n));
  expect(drawings).toHaveLength(1);
  const drawing = await text(drawings[0]);
  expect(drawing).toContain(`<xdr:from><xdr:col>${op.anchor.col}</xdr:col>`);
  const types = await text("[Content_Types].xml");
  expect(types).toContain(`PartName="/${charts[0]}"`);
  expect(types).toContain(`PartName="/${drawings[0]}"`);
});

test("re-opening and re-scoring the file replaces the chart rather than adding a second", async () => {
  const { bytes } = await scoredBytes();
  const again = await loadWorkbook(bytes);
  await scoreAudit(again, "en", {}, env);
  const twice = await partsOf(await again.saveWorkbook());
  expect(twice.charts).toHaveLength(1);
  const sheets = twice.names.filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
  const drawingElements = await Promise.all(
    sheets.map(async (s) => ((await twice.text(s)).match(/<drawing /g) ?? []).length)
  );
  expect(drawingElements.reduce((a, b) => a + b, 0)).toBe(1);
  // And the file still opens.
  const reopened = await loadWorkbook(await again.saveWorkbook());
  expect(reopened.workbook.definedNames.getRanges(EPM_NAMES.blocks.modules).ranges).toHaveLength(1);
});

test("the <drawing> element goes after the page setup and before the sheet's own extLst", async () => {
  const zip = new JSZip();
  zip.file(
    "xl/workbook.xml",
    `<workbook><sheets><sheet name="A &amp; B" sheetId="1" r:id="rId1"/></sheets></workbook>`
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>`
  );
  zip.file(
    "xl/worksheets/sheet1.xml",
    `<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData/>` +
      `<conditionalFormatting><cfRule><extLst><ext/></extLst></cfRule></conditionalFormatting>` +
      `<pageSetup/><headerFooter><oddFooter>x</oddFooter></headerFooter><tableParts/><extLst/></worksheet>`
  );
  zip.file("[Content_Types].xml", "<Types></Types>");
  const area = { sheet: "A & B", row: 1, col: 0, rows: 3, cols: 1 };
  const out = await addChartParts(await zip.generateAsync({ type: "uint8array" }), [
    {
      name: "C",
      title: "T <&>",
      sheet: "A & B",
      categories: area,
      values: { ...area, col: 1 },
      anchor: { ...area, col: 3, rows: 10, cols: 5 },
      categoryTexts: ["1.0", "2.0", "3.0"],
      numbers: [0.5, null, 1],
    },
  ]);
  const parts = await partsOf(out);
  const sheet = await parts.text("xl/worksheets/sheet1.xml");
  expect(sheet).toMatch(/<\/headerFooter><drawing r:id="rIdChart1"\/><tableParts\/>/);
  expect(parts.names.filter((n) => /^xl\/(charts|drawings)\/$/.test(n))).toEqual([]);
  const chart = await parts.text("xl/charts/chart1.xml");
  expect(chart).toContain("<a:t>T &lt;&amp;&gt;</a:t>");
  expect(chart).toContain("&apos;A &amp; B&apos;!$B$2:$B$4".replace(/&apos;/g, "'"));
});
