/**
 * Adds chart parts to an .xlsx package after ExcelJS has written it (ExcelJS writes no charts,
 * and no maintained library adds one to an existing workbook). Per chart: the chart part, a
 * drawing part anchoring it to cells, the sheet's <drawing> element and relationship, and the
 * content types. Charts are written anew on every save: ExcelJS drops charts when it reads a
 * file, so a re-scored file gets exactly one chart again, never a second one.
 */
import JSZip from "jszip";
import {
  NS,
  chartXml,
  drawingXml,
  relsXml,
  xmlEscape,
  xmlUnescape as unescape,
  type ChartData,
} from "./chart-xml";

/** No directory entries: an .xlsx package lists its parts only. */
const NO_FOLDERS = { createFolders: false };

export interface ChartPart extends ChartData {
  name: string;
}

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? unescape(match[1]) : null;
}

/** The package path of a sheet's part, found through workbook.xml and its relationships. */
async function sheetPath(zip: JSZip, sheet: string): Promise<string | null> {
  const workbook = await zip.file("xl/workbook.xml")?.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")?.async("string");
  if (!workbook || !rels) return null;
  const tag = (workbook.match(/<sheet\b[^>]*>/g) ?? []).find((t) => attribute(t, "name") === sheet);
  const id = tag ? attribute(tag, "r:id") : null;
  const rel = (rels.match(/<Relationship\b[^>]*>/g) ?? []).find((t) => attribute(t, "Id") === id);
  const target = rel ? attribute(rel, "Target") : null;
  if (!target) return null;
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

function nextNumber(zip: JSZip, pattern: RegExp): number {
  let max = 0;
  zip.forEach((path) => {
    const match = pattern.exec(path);
    if (match) max = Math.max(max, Number(match[1]));
  });
  return max + 1;
}

/** Where <drawing> goes in a worksheet: after these elements, before the next (schema order). */
const BEFORE_DRAWING = [
  "</sheetData>",
  "</conditionalFormatting>",
  "</dataValidations>",
  "</hyperlinks>",
  "<pageMargins",
  "<pageSetup",
  "</headerFooter>",
  "</rowBreaks>",
  "</colBreaks>",
  "</ignoredErrors>",
];
const AFTER_DRAWING = [
  "<legacyDrawing",
  "<legacyDrawingHF",
  "<drawingHF",
  "<picture",
  "<oleObjects",
  "<controls",
  "<webPublishItems",
  "<tableParts",
  "<extLst",
  "</worksheet>",
];

function withDrawingElement(sheetXml: string, relId: string): string {
  const root = /<worksheet\b[^>]*>/.exec(sheetXml)?.[0] ?? "";
  const declared = root.includes(`xmlns:r="${NS.r}"`);
  const element = `<drawing ${declared ? "" : `xmlns:r="${NS.r}" `}r:id="${relId}"/>`;
  // Search after the last element that precedes <drawing>, so that an <extLst> nested in a
  // conditional format is not taken for the sheet's own.
  const from = Math.max(
    ...BEFORE_DRAWING.map((tag) => {
      const index = sheetXml.lastIndexOf(tag);
      return index < 0 ? 0 : index + tag.length;
    })
  );
  const at = Math.min(
    ...AFTER_DRAWING.map((tag) => sheetXml.indexOf(tag, from)).filter((index) => index >= 0)
  );
  return sheetXml.slice(0, at) + element + sheetXml.slice(at);
}

async function addOne(zip: JSZip, chart: ChartPart): Promise<boolean> {
  const sheet = await sheetPath(zip, chart.sheet);
  const sheetXml = sheet ? await zip.file(sheet)?.async("string") : undefined;
  // A sheet that already has a drawing (a picture the user added) keeps it; no chart is added.
  if (!sheet || !sheetXml || sheetXml.includes("<drawing ")) return false;
  const chartNo = nextNumber(zip, /^xl\/charts\/chart(\d+)\.xml$/);
  const drawingNo = nextNumber(zip, /^xl\/drawings\/drawing(\d+)\.xml$/);
  zip.file(`xl/charts/chart${chartNo}.xml`, chartXml(chart), NO_FOLDERS);
  zip.file(`xl/drawings/drawing${drawingNo}.xml`, drawingXml(chart.anchor, chart.name), NO_FOLDERS);
  zip.file(
    `xl/drawings/_rels/drawing${drawingNo}.xml.rels`,
    relsXml([{ id: "rId1", type: NS.chartRel, target: `../charts/chart${chartNo}.xml` }]),
    NO_FOLDERS
  );

  const slash = sheet.lastIndexOf("/");
  const relsPath = `${sheet.slice(0, slash)}/_rels/${sheet.slice(slash + 1)}.rels`;
  const existing = await zip.file(relsPath)?.async("string");
  const taken = new Set((existing?.match(/Id="([^"]+)"/g) ?? []).map((m) => m.slice(4, -1)));
  let n = 1;
  while (taken.has(`rIdChart${n}`)) n++;
  const relId = `rIdChart${n}`;
  const relation = `<Relationship Id="${relId}" Type="${NS.drawingRel}" Target="../drawings/drawing${drawingNo}.xml"/>`;
  zip.file(
    relsPath,
    existing
      ? existing.replace("</Relationships>", `${relation}</Relationships>`)
      : relsXml([{ id: relId, type: NS.drawingRel, target: `../drawings/drawing${drawingNo}.xml` }])
  );
  zip.file(sheet, withDrawingElement(sheetXml, relId), NO_FOLDERS);

  const typesPath = "[Content_Types].xml";
  const types = (await zip.file(typesPath)?.async("string")) ?? "";
  const override = (part: string, type: string) =>
    `<Override PartName="${xmlEscape(part)}" ContentType="${type}"/>`;
  zip.file(
    typesPath,
    types.replace(
      "</Types>",
      override(`/xl/charts/chart${chartNo}.xml`, NS.chartType) +
        override(`/xl/drawings/drawing${drawingNo}.xml`, NS.drawingType) +
        "</Types>"
    ),
    NO_FOLDERS
  );
  return true;
}

/** The package with the charts added (unchanged when there are none). */
export async function addChartParts(bytes: Uint8Array, charts: ChartPart[]): Promise<Uint8Array> {
  if (charts.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  let added = false;
  for (const chart of charts) added = (await addOne(zip, chart)) || added;
  if (!added) return bytes;
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
