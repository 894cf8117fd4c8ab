/**
 * A Summary sheet renamed by the user to a name that needs quoting in a reference (a quote, a
 * space, "!", brackets; Excel refuses [ ] and a leading quote in a sheet name): scoring writes print areas and names the file can hold, so the output
 * loads, re-scores, and every print name spells the sheet with its quote doubled.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { loadWorkbook, newWorkbook } from "../../src/adapters/xlsx";
import { epmV1 } from "../../src/catalogues";
import { createOrUpgrade } from "../../src/workbook/actions";
import { quotedSheet } from "../../src/workbook/a1";
import { cli, tempDir } from "./harness";

const dir = tempDir();
const SUMMARY = "汇总 Summary";

const xmlText = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/'/g, "&apos;");

/** Rename a sheet as Excel does: the sheet and every reference to it (names, formulas). */
async function renameSheet(bytes: Uint8Array, from: string, to: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = Object.keys(zip.files).filter((f) => /^xl\/.*\.xml$/.test(f));
  for (const part of parts) {
    let xml = await zip.file(part)!.async("string");
    for (const quote of ["'", "&apos;"])
      xml = xml.split(`${quote}${xmlText(from)}${quote}!`).join(`${xmlText(quotedSheet(to))}!`);
    xml = xml
      .split(`name="${xmlText(from)}"`)
      .join(`name="${xmlText(to).replace(/"/g, "&quot;")}"`);
    zip.file(part, xml);
  }
  return zip.generateAsync({ type: "uint8array" });
}

async function printNames(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  return [...xml.matchAll(/<definedName name="_xlnm\.Print_\w+"[^>]*>([^<]*)</g)].map((m) =>
    m[1].replace(/&apos;/g, "'").replace(/&amp;/g, "&")
  );
}

describe.each(["Sum'mary", "It's O'Brien's", "汇总 Summary!", "Sum (2025) {v2}", "Sum mary"])(
  "Summary renamed to %s",
  (name) => {
    test("scoring twice writes a file that loads and re-scores; print names quote the sheet", async () => {
      const template = newWorkbook();
      await createOrUpgrade(
        template,
        { lang: "en", catalogue: epmV1, years: 4 },
        { newAuditId: () => "names" }
      );
      // "Sum'mary" and "Sum mary" would share a file name: each name gets a folder of its own.
      const folder = mkdtempSync(path.join(dir, "names-"));
      const start = path.join(folder, "summary-0.xlsx");
      writeFileSync(start, await renameSheet(await template.saveWorkbook(), SUMMARY, name));
      let input = start;
      for (const round of [1, 2]) {
        const out = start.replace(/-0\.xlsx$/, `-${round}.xlsx`);
        const run = await cli("score", input, "--out", out);
        expect(run.stderr).toBe("");
        expect(run.code).toBe(0);
        const written = await loadWorkbook(readFileSync(out));
        const sheets = written.workbook.worksheets.map((ws) => ws.name);
        expect(sheets).toContain(name);
        expect(sheets).not.toContain(SUMMARY); // the renamed sheet was found, not made again
        const names = await printNames(out);
        const ofSummary = names.filter((text) => text.includes(name.slice(0, 3)));
        expect(ofSummary.length).toBeGreaterThan(0);
        for (const text of ofSummary) expect(text.startsWith(`${quotedSheet(name)}!`)).toBe(true);
        input = out;
      }
    });
  }
);

test("a file an earlier version wrote with the quote left single in its print area loads and re-scores", async () => {
  const template = newWorkbook();
  await createOrUpgrade(
    template,
    { lang: "en", catalogue: epmV1, years: 4 },
    { newAuditId: () => "names" }
  );
  const start = path.join(dir, "earlier-0.xlsx");
  writeFileSync(start, await renameSheet(await template.saveWorkbook(), SUMMARY, "Sum'mary"));
  const scored = path.join(dir, "earlier-1.xlsx");
  expect((await cli("score", start, "--out", scored)).code).toBe(0);
  // What ExcelJS alone writes: the print area's sheet name with its quote single.
  const zip = await JSZip.loadAsync(readFileSync(scored));
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  const damaged = xml.replace(/'Sum''mary'!/g, "'Sum'mary'!");
  expect(damaged).not.toBe(xml);
  zip.file("xl/workbook.xml", damaged);
  const earlier = path.join(dir, "earlier-damaged.xlsx");
  writeFileSync(earlier, await zip.generateAsync({ type: "uint8array" }));

  const out = path.join(dir, "earlier-2.xlsx");
  const run = await cli("score", earlier, "--out", out);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  const ofSummary = (await printNames(out)).filter((t) => t.includes("mary"));
  expect(ofSummary).toHaveLength(1);
  expect(ofSummary[0]).toMatch(/^'Sum''mary'!\$A\$1:\$[A-Z]+\$\d+$/);
});
