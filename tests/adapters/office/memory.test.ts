/**
 * What an Office port keeps for the next one (memory.ts): the last document's sheets, tables and
 * names, only for that document; what this Excel does with null objects' children; storage that
 * fails keeps nothing and breaks nothing.
 */
import {
  knownFromJson,
  knownToJson,
  objectMemory,
  storageMemory,
} from "../../../src/adapters/office/memory";
import { ExcelHost } from "../../support/excel-host/host";
import { EXCEL_2021, EXCEL_365_WEB } from "../../support/excel-host/profiles";

const KNOWN = {
  sheets: ["Sheet1", "条目 Clauses"],
  tables: new Set(["epmclauses"]),
  names: new Set(["epmyears"]),
  chartSheet: "条目 Clauses",
};

function openDocument(url: string): void {
  (Office.context as { document?: unknown }).document = { url };
}

test("what a workbook held is kept for that workbook only, and forgotten on request", () => {
  new ExcelHost(EXCEL_365_WEB);
  const memory = objectMemory();
  openDocument("https://contoso.sharepoint.com/audit.xlsx");
  expect(memory.known()).toBeNull();
  memory.rememberKnown(KNOWN);
  expect(memory.known()).toEqual(KNOWN);
  openDocument("https://contoso.sharepoint.com/other.xlsx");
  expect(memory.known()).toBeNull();
  openDocument("https://contoso.sharepoint.com/audit.xlsx");
  memory.rememberKnown(null);
  expect(memory.known()).toBeNull();
});

test("what an Excel does with null objects' children is kept per Excel version", () => {
  new ExcelHost(EXCEL_365_WEB);
  const memory = objectMemory();
  expect(memory.nullChildren()).toBeNull();
  memory.rememberNullChildren("throw");
  expect(memory.nullChildren()).toBe("throw");
  new ExcelHost(EXCEL_2021);
  expect(memory.nullChildren()).toBeNull();
});

test("storage that throws (disabled, full) keeps nothing and fails nothing; no storage is the same", () => {
  new ExcelHost(EXCEL_365_WEB);
  const failing = () => {
    throw new Error("storage disabled");
  };
  for (const memory of [
    storageMemory({ getItem: failing, setItem: failing, removeItem: failing }),
    storageMemory(null),
  ]) {
    memory.rememberKnown(KNOWN);
    memory.rememberNullChildren("propagate");
    expect(memory.known()).toBeNull();
    expect(memory.nullChildren()).toBeNull();
  }
  const garbled = storageMemory({
    getItem: () => "{not json",
    setItem: () => undefined,
    removeItem: () => undefined,
  });
  expect(garbled.known()).toBeNull();
});

test("the prefixes of the catalogues a workbook carries are kept with it; a garbled list is dropped", () => {
  const carried = { ...KNOWN, carried: ["Care"] };
  expect(knownFromJson(JSON.parse(JSON.stringify(knownToJson(carried))))).toEqual(carried);
  // None told: nothing is written, and nothing comes back.
  expect(knownToJson({ ...KNOWN, carried: [] })).not.toHaveProperty("carried");
  const json = knownToJson(KNOWN);
  expect(knownFromJson({ ...json, carried: ["Care", 7] })).toEqual(KNOWN);
  expect(knownFromJson({ ...json, carried: "Care" })).toEqual(KNOWN);
});
