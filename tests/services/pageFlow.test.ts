/** The browser page's flow over real .xlsx bytes (ExcelJS), without React or a browser. */
import ExcelJS from "exceljs";
import { MAX_WORKBOOK_BYTES, newWorkbook, saveWorkbook } from "../../src/adapters/xlsx";
import type { OpenedWorkbook } from "../../src/services/openWorkbook";
import {
  fileOpening,
  newAuditOpening,
  openAndScore,
  saveScored,
  scoredFileName,
  type LoadedWorkbook,
} from "../../src/services/pageFlow";
import { createAuditService } from "../../src/services/portService";
import { exampleCatalogue } from "../support/example-catalogue";

function fileOf(name: string, bytes: Uint8Array) {
  return {
    name,
    size: bytes.byteLength,
    arrayBuffer: async () =>
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  };
}

async function auditBytes(): Promise<Uint8Array> {
  const workbook = newWorkbook();
  await createAuditService(workbook).createOrUpgrade({ lang: "en", years: 4 });
  return saveWorkbook(workbook);
}

const noSelect = () => undefined;

describe("opening a workbook", () => {
  test("an audit workbook is scored as it opens, and the page says it opened", async () => {
    const opening = fileOpening(fileOf("site.xlsx", await auditBytes()), "en", noSelect);
    const { loaded, notice } = await openAndScore(opening, "en");
    expect(notice).toEqual({ intent: "success", text: "Opened site.xlsx." });
    expect(loaded?.name).toBe("site.xlsx");
    expect(loaded?.workbook.isAudit).toBe(true);
    expect(loaded?.scored?.result.max15).toBeGreaterThan(0);
  });

  test("a workbook that carries its catalogue file opens as an audit and is scored with it", async () => {
    const workbook = newWorkbook();
    await createAuditService(workbook).createOrUpgrade({
      lang: "en",
      years: 4,
      catalogue: exampleCatalogue,
    });
    const bytes = await saveWorkbook(workbook);
    const opening = fileOpening(fileOf("service.xlsx", bytes), "en", noSelect);
    const { loaded, notice } = await openAndScore(opening, "en");
    expect(notice).toEqual({ intent: "success", text: "Opened service.xlsx." });
    expect(loaded?.workbook.isAudit).toBe(true);
    expect(loaded?.scored?.result.catalogue).toEqual({ id: "SVC-LITE", version: "0.1" });
  });

  test("a workbook without the audit sheets opens unscored, with a warning", async () => {
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet("Data").getCell("A1").value = "not an audit";
    const bytes = new Uint8Array(await plain.xlsx.writeBuffer());
    const { loaded, notice } = await openAndScore(
      fileOpening(fileOf("plain.xlsx", bytes), "en", noSelect),
      "en"
    );
    expect(notice.intent).toBe("warning");
    expect(notice.text).toMatch(/^plain\.xlsx is not an audit workbook/);
    expect(loaded?.scored).toBeNull();
  });

  test("a file too large is refused before it is read, naming the file; nothing is loaded", async () => {
    const arrayBuffer = jest.fn();
    const huge = { name: "huge.xlsx", size: MAX_WORKBOOK_BYTES + 1, arrayBuffer };
    const { loaded, notice } = await openAndScore(fileOpening(huge, "zh", noSelect), "zh");
    expect(loaded).toBeNull();
    expect(notice.intent).toBe("error");
    expect(notice.text).toMatch(/^无法打开 huge\.xlsx：/);
    expect(arrayBuffer).not.toHaveBeenCalled();
  });

  test("a new blank audit opens unscored, with what to do next in the page's language", async () => {
    const { loaded, notice } = await openAndScore(newAuditOpening("zh", noSelect), "zh");
    expect(loaded?.name).toBe("audit.xlsx");
    expect(loaded?.scored).toBeNull();
    expect(notice).toEqual({ intent: "info", text: expect.stringContaining("已新建空白评审") });
  });

  test("an audit that fails to score stays open, and the scoring error is the notice", async () => {
    const broken: OpenedWorkbook = {
      port: {
        read: async () => {
          throw new Error("the Clauses table is damaged");
        },
        apply: async () => undefined,
        select: async () => undefined,
      },
      isAudit: true,
      save: async () => new Uint8Array(),
    };
    const opening = { name: "broken.xlsx", open: async () => broken, welcome: jest.fn() };
    const { loaded, notice } = await openAndScore(opening, "en");
    expect(loaded?.workbook).toBe(broken);
    expect(loaded?.scored).toBeNull();
    expect(notice).toEqual({ intent: "error", text: "the Clauses table is damaged" });
    expect(opening.welcome).not.toHaveBeenCalled();
  });

  test("selecting a cell in an opened workbook reports the address to the page", async () => {
    const selected: string[] = [];
    const { loaded } = await openAndScore(
      fileOpening(fileOf("site.xlsx", await auditBytes()), "en", (a) => selected.push(a)),
      "en"
    );
    await loaded?.service.select("Clauses!H6");
    expect(selected).toEqual(["Clauses!H6"]);
  });
});

describe("downloading the scored copy", () => {
  const loadedWith = (save: () => Promise<Uint8Array>, name = "site.xlsx") =>
    ({ name, workbook: { save } }) as unknown as LoadedWorkbook;

  test("the saved bytes, once they load back as a workbook, are handed over under the scored name", async () => {
    const bytes = await auditBytes();
    const deliver = jest.fn();
    expect(
      await saveScored(
        loadedWith(async () => bytes),
        deliver
      )
    ).toBeNull();
    expect(deliver).toHaveBeenCalledWith(bytes, "site-scored.xlsx");
  });

  test.each([
    [
      "en",
      /^The scored copy site-scored\.xlsx was not downloaded: it does not open as a workbook \(.+\)\. The file you opened is unchanged\.$/,
    ],
    ["zh", /^评分后的副本 site-scored\.xlsx 未下载：它无法作为工作簿打开（.+）。/],
  ] as const)(
    "saved bytes that do not load back as a workbook are not handed over (%s)",
    async (lang, text) => {
      const deliver = jest.fn();
      const broken = loadedWith(async () => new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]));
      const notice = await saveScored(broken, deliver, lang);
      expect(notice?.intent).toBe("error");
      expect(notice?.text).toMatch(text);
      expect(deliver).not.toHaveBeenCalled();
    }
  );

  test("a delivery that throws is a notice, not an unhandled failure", async () => {
    const bytes = await auditBytes();
    const notice = await saveScored(
      loadedWith(async () => bytes),
      () => {
        throw new Error("downloads are blocked");
      }
    );
    expect(notice).toEqual({ intent: "error", text: "downloads are blocked" });
  });

  test("a failed save is a notice, and nothing is handed over", async () => {
    const deliver = jest.fn();
    const failing = loadedWith(async () => {
      throw new Error("disk full");
    });
    expect(await saveScored(failing, deliver)).toEqual({ intent: "error", text: "disk full" });
    expect(deliver).not.toHaveBeenCalled();
  });

  test.each([
    ["audit.xlsx", "audit-scored.xlsx"],
    ["Site.XLSX", "Site-scored.xlsx"],
    ["audit", "audit-scored.xlsx"],
  ])("%s is saved as %s", (name, scored) => {
    expect(scoredFileName(name)).toBe(scored);
  });

  test.each([
    "audit.xlsx",
    "audit-scored.xlsx",
    "AUDIT.XLSX",
    "a.xlsx.xlsx",
    ".xlsx",
    "",
    "audit.xlsm",
  ])("the download name never equals the opened file's name: %p", (name) => {
    const scored = scoredFileName(name);
    expect(scored.toLowerCase()).not.toBe(name.toLowerCase());
    expect(scored).toMatch(/-scored\.xlsx$/);
  });
});
