/**
 * ExcelJS spells the print area and print titles of a sheet as `'${name}'!…` without doubling a
 * quote in the name, so a sheet renamed `Sum'mary` gets `'Sum'mary'!$A$1:$D$9`: Excel reports the
 * file as damaged and ExcelJS cannot read it back. Those two names are written again here through
 * the product's one A1 codec (quote doubled). Only a package with such a sheet is touched, so every
 * other save costs nothing.
 */
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { absoluteA1, parseRange, quotedSheet } from "../../workbook/a1";
import { xmlEscape, xmlUnescape } from "./chart-xml";

/** The print names of one sheet as Excel expects them (ExcelJS's order: area, then titles). */
function printNames(worksheet: ExcelJS.Worksheet): { area?: string; titles?: string } {
  const setup = worksheet.pageSetup;
  const sheet = quotedSheet(worksheet.name);
  const out: { area?: string; titles?: string } = {};
  if (setup.printArea) {
    const boxes = setup.printArea.split("&&").flatMap((part) => {
      const box = parseRange(part);
      return box ? [box] : [];
    });
    out.area = boxes
      .map(
        (box) =>
          `${sheet}!${absoluteA1(box.row, box.col)}:${absoluteA1(box.row + box.rows - 1, box.col + box.cols - 1)}`
      )
      .join(",");
  }
  const titles: string[] = [];
  if (setup.printTitlesColumn) {
    const [from, to = from] = setup.printTitlesColumn.split(":");
    titles.push(`${sheet}!$${from.toUpperCase()}:$${to.toUpperCase()}`);
  }
  if (setup.printTitlesRow) {
    const [from, to = from] = setup.printTitlesRow.split(":");
    titles.push(`${sheet}!$${from}:$${to}`);
  }
  if (titles.length) out.titles = titles.join(",");
  return out;
}

/** The package with the print names of sheets whose name holds a quote spelled right. */
export async function quotePrintNames(
  bytes: Uint8Array,
  workbook: ExcelJS.Workbook
): Promise<Uint8Array> {
  // localSheetId is the sheet's position in the workbook, as ExcelJS counts it when writing.
  const quoted = workbook.worksheets
    .map((worksheet, index) => ({ worksheet, index }))
    .filter(({ worksheet }) => worksheet.name.includes("'"));
  if (quoted.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file("xl/workbook.xml");
  if (!part) return bytes;
  const xml = await part.async("string");
  const fixed = xml.replace(
    /<definedName name="_xlnm\.Print_(Area|Titles)" localSheetId="(\d+)">[^<]*<\/definedName>/g,
    (whole, kind: string, id: string) => {
      const sheet = quoted.find(({ index }) => index === Number(id));
      if (!sheet) return whole;
      const names = printNames(sheet.worksheet);
      const text = kind === "Area" ? names.area : names.titles;
      if (!text) return whole;
      return `<definedName name="_xlnm.Print_${kind}" localSheetId="${id}">${xmlEscape(text)}</definedName>`;
    }
  );
  if (fixed === xml) return bytes;
  zip.file("xl/workbook.xml", fixed, { createFolders: false });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/**
 * A package an earlier version wrote with a quote left single in a print name (`'Sum'mary'!…`),
 * which ExcelJS cannot read: the same package with those names spelled right, or null when there
 * is nothing to repair. Only tried after a load failed, so a sound file costs nothing.
 */
export async function repairPrintNames(bytes: Uint8Array): Promise<Uint8Array | null> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return null;
  }
  const part = zip.file("xl/workbook.xml");
  if (!part) return null;
  const xml = await part.async("string");
  const sheets = [...xml.matchAll(/<sheet\b[^>]*?\sname="([^"]*)"/g)].map((m) => xmlUnescape(m[1]));
  const fixed = xml.replace(
    /(<definedName name="_xlnm\.Print_(?:Area|Titles)" localSheetId="(\d+)">)([^<]*)(<\/definedName>)/g,
    (whole, open: string, id: string, text: string, close: string) => {
      const sheet = sheets[Number(id)];
      if (!sheet || !sheet.includes("'")) return whole;
      const plain = xmlUnescape(text)
        .split(`'${sheet}'!`)
        .join(`${quotedSheet(sheet)}!`);
      return `${open}${xmlEscape(plain)}${close}`;
    }
  );
  if (fixed === xml) return null;
  zip.file("xl/workbook.xml", fixed, { createFolders: false });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
