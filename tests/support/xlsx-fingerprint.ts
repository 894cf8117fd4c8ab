/**
 * A compact fingerprint of an .xlsx file: a hash of every zip part's content (the parts, not the
 * zip, whose timestamps differ between runs), plus the defined names and tables in plain words so
 * that a failing comparison says which names moved. docProps/core.xml holds the save time and is
 * left out; the GUIDs ExcelJS draws for data bars are numbered in order of appearance instead.
 */
import { createHash } from "node:crypto";
import JSZip from "jszip";

export interface XlsxFingerprint {
  /** Part path → first 16 hex digits of the SHA-256 of its content. */
  parts: Record<string, string>;
  /** Defined names with what they refer to, in workbook order. */
  names: string[];
  /** Tables as "name ref". */
  tables: string[];
}

const UNSTABLE_PARTS = new Set(["docProps/core.xml"]);

/** {8-4-4-4-12} GUIDs replaced by {GUID1}, {GUID2} … in order of first appearance. */
function numberedGuids(xml: string): string {
  const seen = new Map<string, number>();
  return xml.replace(/\{[0-9A-F]{8}(?:-[0-9A-F]{4}){3}-[0-9A-F]{12}\}/gi, (guid) => {
    if (!seen.has(guid)) seen.set(guid, seen.size + 1);
    return `{GUID${seen.get(guid)}}`;
  });
}

export async function xlsxFingerprint(bytes: Uint8Array): Promise<XlsxFingerprint> {
  const zip = await JSZip.loadAsync(bytes);
  const paths = Object.keys(zip.files)
    .filter((p) => !zip.files[p].dir && !UNSTABLE_PARTS.has(p))
    .sort();
  const parts: Record<string, string> = {};
  const texts: Record<string, string> = {};
  for (const path of paths) {
    const raw = await zip.files[path].async("nodebuffer");
    const content = path.endsWith(".xml") ? numberedGuids(raw.toString("utf8")) : raw;
    parts[path] = createHash("sha256").update(content).digest("hex").slice(0, 16);
    if (typeof content === "string") texts[path] = content;
  }
  const workbookXml = texts["xl/workbook.xml"] ?? "";
  const names = [...workbookXml.matchAll(/<definedName name="([^"]+)"[^>]*>([^<]*)</g)].map(
    (m) => `${m[1]} ${m[2]}`
  );
  const tables = Object.entries(texts)
    .filter(([path]) => path.startsWith("xl/tables/"))
    .map(([, xml]) => {
      const m = /<table[^>]*\sname="([^"]+)"[^>]*\sref="([^"]+)"/.exec(xml);
      return m ? `${m[1]} ${m[2]}` : "?";
    })
    .sort();
  return { parts, names, tables };
}
