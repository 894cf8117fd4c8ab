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
import { xmlEscape } from "./chart-xml";

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
