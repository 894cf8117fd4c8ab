/** Snapshot → inputs: tables and columns found by name and header, issues naming cells. */
import { auditInputsOf } from "../../src/workbook/inputs";
import { locateColumns } from "../../src/workbook/columns";
import type { Snapshot, TableGrid } from "../../src/workbook/plan";
import { parseStage } from "../../src/workbook/read";
import { smallStandard } from "../fixtures/catalogues";

const mini = smallStandard();

function snapshot(grid: Partial<TableGrid> | null, names: Snapshot["names"] = {}): Snapshot {
  const table: TableGrid | undefined = grid
    ? {
        name: "EpmClauses",
        sheet: "S",
        row: 4,
        col: 2,
        header: ["ID", "C 方法合规", "F 执行到位", "I 创新评级"],
        rows: [],
        ...grid,
      }
    : undefined;
  return { sheets: ["S"], tables: { EpmClauses: table }, names };
}

test("columns are found by header key, in any order, with user columns between", () => {
  expect(locateColumns(["mine", "F", "ID", "notes by me", "c 方法合规", "I"])).toEqual({
    f: 1,
    id: 2,
    c: 4,
    i: 5,
  });
  expect(locateColumns(["Score comment"])).toEqual({});
});

test("cells carry sheet addresses offset by the table's position", () => {
  const inputs = auditInputsOf(snapshot({ rows: [["a1", "合规", "优秀", null]] }), "en", [mini]);
  expect(inputs.rows[0].cells).toMatchObject({ id: "S!C6", c: "S!D6", f: "S!E6", i: "S!F6" });
});

test("a missing table or column is an error that names what is accepted", () => {
  const none = auditInputsOf(snapshot(null), "en", [mini]);
  expect(none.readIssues[0]).toMatchObject({ severity: "error", code: "missingTable" });
  expect(none.readIssues[0].message).toMatch(/not an audit workbook: table EpmClauses/);
  const noF = auditInputsOf(snapshot({ header: ["ID", "C", "Execution", "I"] }), "zh", [mini]);
  expect(noF.readIssues[0].message).toMatch(/缺少列“F 执行到位”/);
  expect(noF.readIssues[0].cell).toBe("S!C5");
});

test("stage: zh and en forms; anything else names the cell", () => {
  expect(parseStage("最终评审")).toBe("final");
  expect(parseStage(" Baseline ")).toBe("baseline");
  expect(parseStage(null)).toBeUndefined();
  const bad = auditInputsOf(
    snapshot(
      {},
      { EpmStage: { name: "EpmStage", sheet: "Sum", row: 4, col: 1, value: "mid-term" } }
    ),
    "en",
    [mini]
  );
  expect(bad.readIssues[0].message).toMatch(
    /^Sum!B5: review stage "mid-term" is invalid; accepted: baseline, final/
  );
});

test("a workbook naming an unknown catalogue is refused", () => {
  expect(() =>
    auditInputsOf(
      snapshot(
        {},
        { EpmCatalogue: { name: "EpmCatalogue", sheet: "Sum", row: 1, col: 1, value: "ISO-9001" } }
      ),
      "en",
      [mini]
    )
  ).toThrow(/Sum!B2: the workbook uses catalogue "ISO-9001"/);
});

test("the catalogue is found by the recorded ID and version; an unknown version takes the newest", () => {
  const older = { ...mini, version: "1.0" };
  const newer = { ...mini, version: "2.0" };
  const named = (version: string): Snapshot["names"] => ({
    EpmCatalogue: { name: "EpmCatalogue", sheet: "S", row: 0, col: 0, value: mini.id },
    EpmCatalogueVersion: {
      name: "EpmCatalogueVersion",
      sheet: "S",
      row: 1,
      col: 0,
      value: version,
    },
  });
  const versionOf = (version: string) =>
    auditInputsOf(snapshot({}, named(version)), "en", [older, newer]).catalogue.version;
  expect(versionOf("1.0")).toBe("1.0");
  expect(versionOf("2.0")).toBe("2.0");
  expect(versionOf("1.5")).toBe("2.0");
});
