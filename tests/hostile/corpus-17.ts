/**
 * Issue 17's hostile inputs for the score path, one deterministic case each (run by run-case.ts
 * like issue 9's corpus): a switch saved by LibreOffice as FALSE(), sheets renamed with an
 * apostrophe, invisible characters in CSV headers and ratings, tab-separated and UTF-16 CSVs, a
 * CSV column named twice, weight profiles that make the verdict meaningless (on the command line
 * and on the Weights sheet), merged ranges in the rating columns. The team cases (merge, compare,
 * Conflicts) are in corpus-17.test.ts.
 */
import type ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import type { Result } from "../../src/core/types";
import type { HostileCase } from "./corpus";
import { CLAUSES, SUMMARY, WEIGHTS, template, textFile } from "./support";
import { renameSheet } from "./zip-edit";

const formula = (text: string, result: ExcelJS.CellValue) =>
  ({ formula: text, result }) as ExcelJS.CellFormulaValue;

/** Clause `id` of the result, rated as expected. */
const rated =
  (id: string, c: string | null, f: string | null = null) =>
  (result: Result): void => {
    const clause = result.clauses.find((k) => k.id === id);
    expect(clause && { id, c: clause.c, f: clause.f }).toEqual({ id, c, f });
  };

/** No issue names this cell (a switch or input read as it was meant). */
const quietAbout =
  (cell: RegExp) =>
  (result: Result): void =>
    expect(result.issues.filter((i) => cell.test(`${i.cell ?? ""} ${i.message}`))).toEqual([]);

/** LibreOffice saves a boolean cell as =FALSE() / =TRUE() with its cached result. */
function switchCases(): HostileCase[] {
  const values: Array<[string, ExcelJS.CellValue]> = [
    ["FALSE() (as LibreOffice saves it)", formula("FALSE()", false)],
    ["TRUE() (as LibreOffice saves it)", formula("TRUE()", true)],
    ["FALSE (a plain boolean)", false],
    ["=1=0 with its result", formula("1=0", false)],
    ["0 (a number)", 0],
    ["FALSE() as text", "FALSE"],
  ];
  return values.map(([name, value]) => ({
    name: `Weights strictCompliance switch: ${name}`,
    mutate: (wb: ExcelJS.Workbook) => void (wb.getWorksheet(WEIGHTS)!.getCell("O9").value = value),
    outcome: "scored" as const,
    check: quietAbout(/!O9\b|strictCompliance/),
  }));
}

/** Sheets renamed as Excel renames them (names and print area follow), apostrophes included. */
function renameCases(): HostileCase[] {
  const renames: Array<[string, string]> = [
    [SUMMARY, "Sum'mary"],
    [SUMMARY, "汇总 Sum'mary"],
    [SUMMARY, "It's 汇总"],
    [CLAUSES, "Clause's 条目"],
    [WEIGHTS, "Weight's"],
    [SUMMARY, "汇总 Summary 2024 (final) v2"],
    [SUMMARY, "汇总 'final' v2"],
    [CLAUSES, "条目 O'Brien"],
  ];
  return renames.map(([from, to]) => ({
    name: `sheet "${from}" renamed to "${to}"`,
    bytes: () => renameSheet(new Uint8Array(readFileSync(template)), from, to),
    outcome: "scored" as const,
  }));
}

const utf16 = (text: string, le = true): Uint8Array => {
  const body = Buffer.from(text, "utf16le");
  if (!le) body.swap16();
  return Uint8Array.from(Buffer.concat([Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]), body]));
};

/** Invisible characters copied in from web pages and Word: in headers, IDs and ratings. */
function invisibleCases(): HostileCase[] {
  const csvs: Array<[string, string]> = [
    ["zero-width space in the ID header", "I\u200bD,C,F\n1,合规,优秀\n"],
    ["zero-width space after C", "ID,C\u200b,F\n1,合规,优秀\n"],
    ["soft hyphen in the C header", "ID,\u00adC,F\n1,合规,优秀\n"],
    ["BOM inside the header", "ID,\uFEFFC,F\n1,合规,优秀\n"],
    ["word joiner in the header", "ID\u2060,C,F\n1,合规,优秀\n"],
    ["soft hyphen in a rating", "ID,C,F\n1,合\u00ad规,优秀\n"],
    ["zero-width space in a rating", "ID,C,F\n1,合规\u200b,优\u200b秀\n"],
    ["zero-width joiner in a rating", "ID,C,F\n1,\u200d合规,优秀\n"],
    ["zero-width space in an ID", "ID,C,F\n\u200b1,合规,优秀\n"],
    ["soft hyphen in an ID", "ID,C,F\n1\u00ad,合规,优秀\n"],
  ];
  return csvs.map(([name, content]) => ({
    name: `ratings CSV: ${name}`,
    args: () => ["--ratings", textFile("ratings.csv", content)],
    touched: { ratings: true },
    outcome: "scored" as const,
    check: rated("1", "C", "E"),
  }));
}

/** Tab-separated CSVs (Excel's "Unicode text" and others), and separators still refused. */
function separatorCases(): HostileCase[] {
  const scored: Array<[string, string | Uint8Array]> = [
    ["UTF-16LE, BOM, tabs (Excel's Unicode text)", utf16("ID\tC\tF\r\n1\t合规\t优秀\r\n")],
    ["UTF-16BE, BOM, tabs", utf16("ID\tC\tF\r\n1\t合规\t优秀\r\n", false)],
    ["UTF-8, tabs", "ID\tC\tF\n1\t合规\t优秀\n"],
    ["UTF-8 BOM, tabs, CRLF", "\uFEFFID\tC\tF\r\n1\t合规\t优秀\r\n"],
    [
      "tabs with a quoted note holding commas and a tab",
      'ID\tC\tF\tEvidence\n1\t合规\t优秀\t"a, b\tc"\n',
    ],
    [
      "Unicode text with trailing empty columns",
      utf16("ID\tC\tF\tEvidence\t\t\r\n1\t合规\t优秀\tnote\t\t\r\n"),
    ],
  ];
  const refused: Array<[string, string | Uint8Array, RegExp]> = [
    ["semicolons", "ID;C;F\n1;合规;优秀\n", /separated by commas or tabs/],
    ["UTF-16LE semicolons", utf16("ID;C;F\r\n1;合规;优秀\r\n"), /separated by commas or tabs/],
    ["pipes", "ID|C|F\n1|合规|优秀\n", /separated by commas or tabs/],
    ["a header mixing tabs and commas", "ID\tC,F\n1\t合规,优秀\n", /commas or tabs/],
  ];
  return [
    ...scored.map(([name, content]) => ({
      name: `ratings CSV: ${name}`,
      args: () => ["--ratings", textFile("ratings.csv", content)],
      touched: { ratings: true },
      outcome: "scored" as const,
      check: rated("1", "C", "E"),
    })),
    ...refused.map(([name, content, message]) => ({
      name: `ratings CSV refused: ${name}`,
      args: () => ["--ratings", textFile("ratings.csv", content)],
      touched: { ratings: true },
      outcome: "refused" as const,
      message,
    })),
  ];
}

/** A rating column named twice: which one counts would be a guess. */
function duplicateColumnCases(): HostileCase[] {
  const refused: Array<[string, string, string]> = [
    ["ID,C,C", "ID,C,C\n1,合规,不合规\n", "C"],
    ["ID,F,F", "ID,F,F\n1,优秀,合格\n", "F"],
    ["ID,C,I,I", "ID,C,I,I\n1,合规,优秀,良好\n", "I"],
    ["ID,C,Evidence,Evidence", "ID,C,Evidence,Evidence\n1,合规,a,b\n", "Evidence"],
    ["ID,ID,C", "ID,ID,C\n1,2,合规\n", "ID"],
    ["ID,C,c (case)", "ID,C,c\n1,合规,不合规\n", "c"],
    ["tabs: ID C C", "ID\tC\tC\n1\t合规\t不合规\n", "C"],
    ["ID,C,C,F,F", "ID,C,C,F,F\n1,合规,合规,优秀,优秀\n", "C"],
  ];
  return [
    ...refused.map(([name, content, column]) => ({
      name: `ratings CSV: duplicate column ${name}`,
      args: () => ["--ratings", textFile("ratings.csv", content)],
      touched: { ratings: true },
      outcome: "refused" as const,
      message: new RegExp(`CSV line 1 \\(header\\): column "${column}" appears twice`),
    })),
    {
      name: "ratings CSV: a column the product ignores, named twice, is fine",
      args: () => ["--ratings", textFile("ratings.csv", "ID,C,Extra,Extra\n1,合规,a,b\n")],
      touched: { ratings: true },
      outcome: "scored",
      check: rated("1", "C"),
    },
  ];
}

/** Weight profiles whose verdict means nothing: no points at all, thresholds that fall. */
function profileCases(): HostileCase[] {
  const zero = { "1.0": 0, "2.0": 0, "3.0": 0, "4.0": 0, "5.0": 0 };
  const refused: Array<[string, object, RegExp]> = [
    ["every 1.0–5.0 module at 0 points", { modules: zero }, /\$\.modules.*0 points/],
    ["every module at 0 and cap6 0", { modules: zero, cap6: 0 }, /\$\.modules/],
  ];
  const falls: Array<[string, number[], number]> = [
    ["years", [3, 1, 5], 1],
    ["years", [1, 5, 3], 2],
    ["fShare", [0.8, 0.7, 0.9], 1],
    ["fShare", [0.7, 0.9, 0.8], 2],
    ["score15", [0.8, 0.7, 0.9], 1],
    ["score15", [0.7, 0.9, 0.85], 2],
    ["score6", [0.25, 0, 0.75], 1],
    ["score6", [0, 0.75, 0.25], 2],
  ];
  const equal: Array<[string, number[]]> = [
    ["years", [3, 3, 5]],
    ["fShare", [0.8, 0.8, 0.8]],
    ["score15", [0.7, 0.7, 0.9]],
    ["score6", [0, 0, 0]],
  ];
  const profile = (json: object) => () => [
    "--weights",
    textFile("weights.json", JSON.stringify(json)),
  ];
  return [
    ...refused.map(([name, json, message]) => ({
      name: `weight profile: ${name}`,
      args: profile(json),
      touched: { weights: true },
      outcome: "refused" as const,
      message,
    })),
    ...falls.map(([key, values, at]) => ({
      name: `weight profile: rules.${key} ${JSON.stringify(values)} falls`,
      args: profile({ rules: { [key]: values } }),
      touched: { weights: true },
      outcome: "refused" as const,
      message: new RegExp(`\\$\\.rules\\.${key}\\[${at}\\].*must not fall`),
    })),
    ...equal.map(([key, values]) => ({
      name: `weight profile: rules.${key} ${JSON.stringify(values)} (equal neighbours) is accepted`,
      args: profile({ rules: { [key]: values } }),
      touched: { weights: true },
      outcome: "scored" as const,
    })),
  ];
}

/** The same two defects on the Weights sheet (read through the same validation). */
function weightsSheetCases(): HostileCase[] {
  const edits: Array<[string, Record<string, ExcelJS.CellValue>, RegExp]> = [
    [
      "every 1.0–5.0 module at 0 points",
      { C5: 0, C6: 0, C7: 0, C8: 0, C9: 0 },
      /\$\.modules.*0 points/,
    ],
    // Rules table: O 3★, P 4★, Q 5★.
    ["score15 for 4★ below 3★", { O7: 0.85 }, /\$\.rules\.score15\[1\]/],
    ["5★ years below 4★", { Q5: 2 }, /\$\.rules\.years\[2\]/],
    ["fShare for 4★ below 3★", { P6: 0.6 }, /\$\.rules\.fShare\[1\]/],
    ["score6 for 5★ below 4★", { Q8: 0.2 }, /\$\.rules\.score6\[2\]/],
  ];
  return edits.map(([name, cells, message]) => ({
    name: `Weights sheet: ${name}`,
    mutate: (wb: ExcelJS.Workbook) => {
      const ws = wb.getWorksheet(WEIGHTS)!;
      for (const [address, value] of Object.entries(cells)) ws.getCell(address).value = value;
    },
    outcome: "refused" as const,
    message,
  }));
}

/** Merged ranges in the rating and evidence columns (a user "tidying" two clauses). */
function mergedRatingCases(): HostileCase[] {
  const ranges = ["G10:G11", "H20:H22", "H100:H101", "J30:J31", "G40:H40", "G50:J51"];
  return ranges.flatMap((range) => {
    const mutate = (_: ExcelJS.Workbook, ws: ExcelJS.Worksheet) => {
      ws.getCell(range.split(":")[0]).value = range.startsWith("J") ? "one note" : "合规";
      ws.mergeCells(range);
    };
    const top = Number(/[0-9]+/.exec(range)![0]);
    const csv = `ID,C,F,Evidence\n${top - 1},合规,优秀,own note\n${top},不合规,合格,next note\n`;
    return [
      { name: `merged range ${range} in the rating columns: scored`, mutate, outcome: "scored" },
      {
        // Never written through: a clause under the range is invalid with an issue naming the
        // range (its CSV rating skipped with a warning); a clause beside it takes its CSV rating.
        name: `merged range ${range}, a ratings CSV rating the rows under it`,
        mutate,
        args: () => ["--ratings", textFile("ratings.csv", csv)],
        touched: { ratings: true },
        check: (result: Result) => {
          const bottom = Number(/[0-9]+$/.exec(range)![0]);
          const under = (id: number) => id + 1 >= top && id + 1 <= bottom;
          for (const [id, c, f] of [
            [top - 1, "C", "E"],
            [top, "N", "S"],
          ] as const) {
            if (!under(id)) rated(String(id), c, f)(result);
            else expect(result.clauses.find((k) => k.id === String(id))?.status).toBe("invalid");
          }
          expect(
            result.issues.filter((i) => `${i.cell ?? ""} ${i.message}`.includes(range)).length
          ).toBeGreaterThan(0);
        },
      },
    ] satisfies HostileCase[];
  });
}

export function issue17Cases(): HostileCase[] {
  return [
    ...switchCases(),
    ...renameCases(),
    ...invisibleCases(),
    ...separatorCases(),
    ...duplicateColumnCases(),
    ...profileCases(),
    ...weightsSheetCases(),
    ...mergedRatingCases(),
  ];
}
