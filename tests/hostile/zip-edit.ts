/**
 * Edits made on a workbook's XML, where ExcelJS cannot make them as Excel would: renaming a sheet
 * (ExcelJS keeps the defined names on the old name and writes the print area of a name with an
 * apostrophe unquoted, which it then cannot read back itself).
 */
import JSZip from "jszip";

const xmlText = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A reference to a sheet in a formula or defined name, as Excel writes it: 'It''s'! */
const quoted = (name: string) => `'${name.replace(/'/g, "''")}'!`;

/**
 * Rename sheet `from` to `to` as Excel does: the sheet's entry in the workbook, and every reference
 * to it in defined names (the print area too) and formulas of every part.
 */
export async function renameSheet(
  bytes: Uint8Array,
  from: string,
  to: string
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const escaped = (text: string) => [xmlText(text), xmlText(text).replace(/'/g, "&apos;")];
  const refs = escaped(quoted(from));
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/.*\.xml$/.test(n))) {
    let xml = await zip.file(name)!.async("string");
    const before = xml;
    for (const ref of refs) xml = xml.split(ref).join(xmlText(quoted(to)));
    if (name === "xl/workbook.xml")
      xml = xml.replace(
        new RegExp(
          `(<sheet [^>]*name=")(${escaped(from)
            .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
            .join("|")})"`
        ),
        `$1${xmlText(to)}"`
      );
    if (xml !== before) zip.file(name, xml);
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
