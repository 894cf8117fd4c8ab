/**
 * A copy of an .xlsx package for printing only some sheets: the others are marked hidden in
 * xl/workbook.xml, which spreadsheet apps do not print. Works on the package as written (charts
 * included), so nothing is lost by re-reading it with ExcelJS. The user's file is never changed.
 */
import JSZip from "jszip";
import { xmlUnescape as unescape } from "./chart-xml";

/** The package with every sheet not in `keep` hidden, and the first kept sheet active. */
export async function printCopy(bytes: Uint8Array, keep: readonly string[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file("xl/workbook.xml");
  if (!part) return bytes;
  let xml = await part.async("string");
  let index = 0;
  let firstKept = -1;
  xml = xml.replace(/<sheet\b[^>]*?\/>/g, (tag) => {
    const name = /\sname="([^"]*)"/.exec(tag);
    const kept = name !== null && keep.includes(unescape(name[1]));
    if (kept && firstKept < 0) firstKept = index;
    index += 1;
    const plain = tag.replace(/\sstate="[^"]*"/, "");
    return kept ? plain : plain.replace(/\s*\/>$/, ' state="hidden"/>');
  });
  if (firstKept < 0) return bytes;
  xml = xml
    .replace(/\sactiveTab="\d+"/, "")
    .replace(/<workbookView\b/, `<workbookView activeTab="${firstKept}"`);
  zip.file("xl/workbook.xml", xml, { createFolders: false });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
