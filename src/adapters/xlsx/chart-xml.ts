/**
 * The DrawingML parts of one bar chart (ECMA-376 Part 1, §21.2 charts, §20.5 spreadsheet
 * drawing): the chart part, the drawing that anchors it to cells, and their relationships. Pure
 * text builders; chart-part.ts puts them into the .xlsx package.
 */
import { quotedSheet } from "../../workbook/a1";
import type { Area } from "../../workbook/plan";

export interface ChartData {
  title: string;
  sheet: string;
  categories: Area;
  values: Area;
  anchor: Area;
  /** The cells' current contents, cached in the part so that any app shows them unrecalculated. */
  categoryTexts: string[];
  numbers: Array<number | null>;
}

export const NS = {
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  rels: "http://schemas.openxmlformats.org/package/2006/relationships",
  chartRel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  drawingRel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chartType: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  drawingType: "application/vnd.openxmlformats-officedocument.drawing+xml",
};

export function xmlEscape(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function column(n: number): string {
  let s = "";
  for (let k = n + 1; k > 0; k = Math.floor((k - 1) / 26))
    s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** 'Sheet name'!$A$1:$A$6 */
export function absoluteRef(sheet: string, area: Area): string {
  const tl = `$${column(area.col)}$${area.row + 1}`;
  const br = `$${column(area.col + area.cols - 1)}$${area.row + area.rows}`;
  return `${quotedSheet(sheet)}!${tl}:${br}`;
}

function textRun(text: string, size: number, bold: boolean): string {
  return `<a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr><a:r><a:rPr lang="en-US" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${xmlEscape(text)}</a:t></a:r></a:p>`;
}

function strCache(texts: string[]): string {
  const points = texts.map((t, k) => `<c:pt idx="${k}"><c:v>${xmlEscape(t)}</c:v></c:pt>`);
  return `<c:strCache><c:ptCount val="${texts.length}"/>${points.join("")}</c:strCache>`;
}

function numCache(numbers: Array<number | null>): string {
  const points = numbers.flatMap((n, k) =>
    n === null || !Number.isFinite(n) ? [] : [`<c:pt idx="${k}"><c:v>${n}</c:v></c:pt>`]
  );
  return `<c:numCache><c:formatCode>0%</c:formatCode><c:ptCount val="${numbers.length}"/>${points.join("")}</c:numCache>`;
}

/** A clustered column chart of one series, values 0–100 %, with the values shown on the bars. */
export function chartXml(data: ChartData): string {
  const axis = (tag: string, id: number, cross: number, pos: string, extra: string) =>
    `<c:${tag}><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/>${extra}</c:scaling><c:delete val="0"/><c:axPos val="${pos}"/>` +
    (tag === "valAx"
      ? `<c:majorGridlines/><c:numFmt formatCode="0%" sourceLinked="0"/>`
      : `<c:numFmt formatCode="General" sourceLinked="1"/>`) +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${cross}"/><c:crosses val="autoZero"/>` +
    (tag === "valAx"
      ? `<c:crossBetween val="between"/><c:majorUnit val="0.25"/>`
      : `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/>`) +
    `</c:${tag}>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}">` +
    `<c:roundedCorners val="0"/>` +
    `<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/>${textRun(data.title, 1200, true)}</c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>${xmlEscape(data.title)}</c:v></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="5B9BD5"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
    `<c:dLbls><c:numFmt formatCode="0%" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>` +
    `<c:cat><c:strRef><c:f>${xmlEscape(absoluteRef(data.sheet, data.categories))}</c:f>${strCache(data.categoryTexts)}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${xmlEscape(absoluteRef(data.sheet, data.values))}</c:f>${numCache(data.numbers)}</c:numRef></c:val>` +
    `</c:ser><c:gapWidth val="60"/><c:axId val="500100"/><c:axId val="500200"/></c:barChart>` +
    axis("catAx", 500100, 500200, "b", "") +
    axis("valAx", 500200, 500100, "l", `<c:max val="1"/><c:min val="0"/>`) +
    `</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr>` +
    `</c:chartSpace>`
  );
}

/** The drawing part: one graphic frame holding the chart (relationship rId1), over the anchor. */
export function drawingXml(anchor: Area, name: string): string {
  const marker = (tag: string, col: number, row: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}">` +
    `<xdr:twoCellAnchor editAs="oneCell">` +
    marker("from", anchor.col, anchor.row) +
    marker("to", anchor.col + anchor.cols, anchor.row + anchor.rows) +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${xmlEscape(name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="rId1"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
  );
}

export function relsXml(relations: Array<{ id: string; type: string; target: string }>): string {
  const items = relations.map(
    (r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${xmlEscape(r.target)}"/>`
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.rels}">${items.join("")}</Relationships>`;
}

/** The inverse of xmlEscape, for attribute values read back from a package part. */
export const xmlUnescape = (text: string): string =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
