/** The ExcelJS port: what it writes into the .xlsx file, and what it refuses to read. */
import JSZip from "jszip";
import { loadWorkbook, MAX_WORKBOOK_BYTES, WorkbookFileError } from "../../../src/adapters/xlsx";
import { epmV1 } from "../../../src/catalogues";
import { scoreAudit } from "../../../src/workbook/actions";
import { parseRatingsCsv } from "../../../src/workbook/ratings-csv";
import { smallStandard } from "../../fixtures/catalogues";
import {
  C,
  EVIDENCE,
  F,
  blankAudit,
  clausesSheet,
  columnOf,
  envFor,
  roundTrip,
  rowOfId,
  setRating,
} from "../../workbook/helpers";

async function sheetXml(bytes: Uint8Array, sheetName: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const rid = new RegExp(`<sheet [^>]*name="${sheetName}"[^>]*r:id="(rId\\d+)"`).exec(
    workbookXml
  )![1];
  const target =
    new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1];
  return zip.file("xl/" + target.replace(/^\/?xl\//, ""))!.async("string");
}

describe("what the port writes", () => {
  test("one data validation per rating column range, never one per cell", async () => {
    const port = await blankAudit(epmV1, "en");
    const xml = await sheetXml(await port.saveWorkbook(), "条目 Clauses");
    const validations = [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1]);
    expect(validations.sort()).toEqual(["G2:G212", "H2:H212", "I2:I212"]);
    expect(xml).toContain("compliant"); // en content language adds the en labels
  });

  test("tables and defined names survive a round trip", async () => {
    const port = await roundTrip(await blankAudit(smallStandard(), "zh"));
    const names = (port.workbook.definedNames.model as Array<{ name: string }>).map((n) => n.name);
    expect(names).toEqual(
      expect.arrayContaining(["EpmYears", "EpmStage", "EpmFingerprint", "EpmLang", "EpmResult"])
    );
    const snapshot = await port.read({ tables: ["EpmClauses", "EpmRules"], names: ["EpmLang"] });
    expect(snapshot.tables.EpmClauses!.rows).toHaveLength(7);
    expect(snapshot.tables.EpmRules!.rows).toHaveLength(5);
    expect(snapshot.names.EpmLang!.value).toBe("zh");
  });

  test("text beginning with =, +, - or @ stays text in the saved file (CSV, evidence, summary)", async () => {
    const mini = smallStandard();
    const port = await blankAudit(mini, "en");
    setRating(port, "a1", EVIDENCE, '=HYPERLINK("http://evil","x")');
    setRating(port, "a2", EVIDENCE, "+1+1");
    const sheet = clausesSheet(port);
    // A user row for an extra innovation clause, summary beginning with "=".
    const extra = sheet.rowCount + 1;
    sheet.getCell(extra, columnOf(sheet, "ID")).value = "x9";
    sheet.getCell(extra, columnOf(sheet, "模块 Module")).value = "X";
    sheet.getCell(extra, columnOf(sheet, "摘要 Summary")).value = "=1+1";
    const csv = parseRatingsCsv("ID,C,F,Evidence\na3,@SUM(A1),-2,\"=cmd|' /C calc'!A0\"\n", "en");
    if (!csv.ok) throw new Error("csv");
    await scoreAudit(
      port,
      "en",
      { ratings: { columns: csv.columns, rows: csv.ratings } },
      envFor(mini)
    );
    const bytes = await port.saveWorkbook();
    const xml = await sheetXml(bytes, "条目 Clauses");
    expect(xml).not.toMatch(/<f>[^<]*(HYPERLINK|SUM|cmd|1\+1)/);
    const reopened = clausesSheet(await loadWorkbook(bytes));
    const value = (id: string, header: string) =>
      reopened.getCell(rowOfId(reopened, id), columnOf(reopened, header)).value;
    expect(value("a1", EVIDENCE)).toBe('=HYPERLINK("http://evil","x")');
    expect(value("a2", EVIDENCE)).toBe("+1+1");
    expect(value("a3", C)).toBe("@SUM(A1)");
    expect(value("a3", F)).toBe("-2");
    expect(value("a3", EVIDENCE)).toBe("=cmd|' /C calc'!A0");
    // Only the product's own freshness formula is a formula anywhere in the workbook.
    const summaryXml = await sheetXml(bytes, "汇总 Summary");
    expect([...summaryXml.matchAll(/<f>/g)]).toHaveLength(1);
  });
});

describe("files the port refuses, with a clear message", () => {
  const refuse = async (bytes: Uint8Array, lang: "zh" | "en" = "en") => {
    try {
      await loadWorkbook(bytes, lang);
    } catch (error) {
      expect(error).toBeInstanceOf(WorkbookFileError);
      return error as WorkbookFileError;
    }
    throw new Error("accepted");
  };

  test("empty, not a zip, truncated, a zip that is no workbook", async () => {
    expect((await refuse(new Uint8Array(0))).problem).toBe("empty");
    expect((await refuse(new TextEncoder().encode("ID,C,F\n1,合规,优秀\n"))).message).toMatch(
      /not an Excel workbook \(.xlsx\)/
    );
    const real = await (await blankAudit()).saveWorkbook();
    const truncated = await refuse(real.slice(0, Math.floor(real.length / 2)), "zh");
    expect(truncated.problem).toBe("damaged");
    expect(truncated.message).toMatch(/已损坏或不完整/);
    const zip = new JSZip();
    zip.file("hello.txt", "not a workbook");
    const other = await refuse(await zip.generateAsync({ type: "uint8array" }));
    expect(["notXlsx", "damaged"]).toContain(other.problem);
  });

  test("a 60 MB file is refused before parsing", async () => {
    const big = new Uint8Array(60 * 1024 * 1024);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    const started = Date.now();
    const error = await refuse(big);
    expect(error.problem).toBe("tooLarge");
    expect(error.message).toMatch(/too large \(60\.0 MB; the limit is 50\.0 MB\)/);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(big.length).toBeGreaterThan(MAX_WORKBOOK_BYTES);
  });
});
