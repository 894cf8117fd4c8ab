/**
 * Defect 5 of issue 9: the Result state formula, computed by LibreOffice itself (a recipient without
 * the add-in), must flip on any change to a rating, the years or the stage, and not on sorting; a
 * Summary that had to be made again reads up to date right after scoring.
 */
import type ExcelJS from "exceljs";
import Papa from "papaparse";
import { cli } from "../../cli/harness";
import { describeWithApp, sofficePath } from "../../support/apps";
import { convertManyToCsv } from "../../support/libreoffice";
import {
  SUMMARY,
  deleteNames,
  fresh,
  makeTemplate,
  template,
  textFile,
  variant,
} from "../../hostile/support";

const RATINGS = "ID,C,F\n1,合规,0.95\n2,合规,7/10\n3,合规,优秀\n4,不合规,优秀\n";

function resultState(sheets: Record<string, string>): "up" | "changed" | string {
  const name = Object.keys(sheets).find((n) => n.startsWith(SUMMARY));
  if (!name) throw new Error(`no Summary among ${Object.keys(sheets).join(", ")}`);
  for (const row of Papa.parse<string[]>(sheets[name].trim()).data) {
    const at = row.findIndex((cell) => /^(结果状态|Result state)$/.test(cell));
    if (at >= 0)
      return /^(结果为最新|up to date)$/.test(row[at + 1])
        ? "up"
        : /^(评分后评级已更改|ratings changed since scoring)$/.test(row[at + 1])
          ? "changed"
          : row[at + 1];
  }
  throw new Error("no Result state");
}

async function scored(file: string): Promise<string> {
  const out = fresh("scored.xlsx");
  const ratings = textFile("r.csv", RATINGS);
  const run = await cli("score", file, "--ratings", ratings, "--years", "4", "--out", out);
  if (run.code !== 0) throw new Error(run.stderr);
  return out;
}

const setCell = (address: string, value: ExcelJS.CellValue) => (ws: ExcelJS.Worksheet) => {
  ws.getCell(address).value = value;
};

describeWithApp("LibreOffice", sofficePath, "defect 5: the freshness formula", () => {
  test("defect 5: the freshness formula sees every real change, not sorting, and a recreated Summary is up to date", async () => {
    await makeTemplate("zh");
    const base = await scored(template);
    const edited = (edit: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void) =>
      variant((wb, ws) => edit(ws, wb), base);
    const cases: Array<[string, Promise<string>, "up" | "changed"]> = [
      ["as scored", Promise.resolve(base), "up"],
      ["F 0.95 → 0.55 (5★ → 4★)", edited(setCell("H2", "0.55")), "changed"],
      ["F 7/10 → 7/20", edited(setCell("H3", "7/20")), "changed"],
      [
        "C swapped between clauses 3 and 4",
        edited((ws) => {
          ws.getCell("G4").value = "不合规";
          ws.getCell("G5").value = "合规";
        }),
        "changed",
      ],
      ["years 4 → 5", edited((_, wb) => setCell("C4", 5)(wb.getWorksheet(SUMMARY)!)), "changed"],
      [
        "stage baseline → final",
        edited((_, wb) => setCell("C5", "最终评审")(wb.getWorksheet(SUMMARY)!)),
        "changed",
      ],
      [
        "rows sorted in reverse",
        edited((ws) => {
          const rows: ExcelJS.CellValue[][] = [];
          for (let r = 2; r <= 212; r++)
            rows.push(Array.from({ length: 14 }, (_, c) => ws.getCell(r, c + 1).value));
          rows
            .reverse()
            .forEach((values, k) =>
              values.forEach((value, c) => void (ws.getCell(k + 2, c + 1).value = value))
            );
        }),
        "up",
      ],
      [
        "a deleted Summary, made again by scoring",
        scored(
          await variant((wb) => {
            wb.removeWorksheet(wb.getWorksheet(SUMMARY)!.id);
            const names = (wb.definedNames.model as Array<{ name: string }>).map((n) => n.name);
            deleteNames(
              wb,
              names.filter((n) => n.startsWith("Epm"))
            );
          })
        ),
        "up",
      ],
    ];
    const files = await Promise.all(cases.map(([, file]) => file));
    const states = convertManyToCsv(files).map(resultState);
    const expected = cases.map(([name, , state]) => [name, state]);
    expect(cases.map(([name], k) => [name, states[k]])).toEqual(expected);
  });
});
