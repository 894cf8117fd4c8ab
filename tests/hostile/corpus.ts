/**
 * The hostile-input corpus of issue 9: workbooks derived from the template by one hostile edit each,
 * and hostile ratings CSVs, weight profiles and command-line usages. Each case says what it writes
 * (so that the invariants know the product's cells) and, where it is certain, the outcome.
 */
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import path from "node:path";
import { tableModel } from "../../src/adapters/xlsx/tables";
import { EPM_NAMES } from "../fixtures/catalogues";
import { ROOT } from "../cli/harness";
import type { Touched } from "./invariants";
import { SUMMARY, WEIGHTS, deleteNames, namedCell, template, textFile } from "./support";

export interface HostileCase {
  name: string;
  /** One edit of the template, as another tool (or a user in Excel) would make it. */
  mutate?: (workbook: ExcelJS.Workbook, clauses: ExcelJS.Worksheet) => void;
  /** The input file's bytes, for cases below the workbook level (zip, encoding, size). */
  bytes?: () => Promise<Uint8Array>;
  /** Command-line arguments after the workbook (creating the files they name). */
  args?: () => string[];
  touched?: Touched;
  outcome?: "scored" | "refused";
  /** What a refusal's message must say (naming the line, column, cell or JSON path). */
  message?: RegExp;
  /** Checks on the result of a case that is scored (that the input was read correctly). */
  check?: (result: import("../../src/core/types").Result) => void;
}

const clauseTable = (ws: ExcelJS.Worksheet) =>
  tableModel(Object.values((ws as unknown as { tables: object }).tables)[0]);

/** Rows below the table become table rows (as typing below an Excel table does). */
function appendRows(ws: ExcelJS.Worksheet, rows: ExcelJS.CellValue[][]): void {
  const model = clauseTable(ws);
  const bottom = Number(/([0-9]+)$/.exec(model.tableRef)![1]);
  rows.forEach((values, k) =>
    values.forEach((value, c) => void (ws.getCell(bottom + 1 + k, c + 1).value = value))
  );
  model.tableRef = model.tableRef.replace(/[0-9]+$/, String(bottom + rows.length));
  model.autoFilterRef = model.tableRef;
}

const formula = (text: string) => ({ formula: text }) as ExcelJS.CellFormulaValue;
const error = (text: string) => ({ error: text }) as unknown as ExcelJS.CellErrorValue;

/** Values no rating cell should hold; each lands in a C, F or I cell of its own workbook. */
const HOSTILE_VALUES: Array<[string, ExcelJS.CellValue]> = [
  ["blank text", "   "],
  ["trailing space", "合规 "],
  ["no-break space", "\u00a0合规"],
  ["full-width code", "Ｃ"],
  ["formula-like text =", "=1+1"],
  ["formula-like text +", "+SUM(A1:A9)"],
  ["formula-like text @", "@A1"],
  ["formula-like text -", "-1"],
  ["tab prefix", "\t合规"],
  ["constructor", "constructor"],
  ["__proto__", "__proto__"],
  ["hex text", "0x10"],
  ["1e308 text", "1e308"],
  ["NaN text", "NaN"],
  ["Infinity text", "Infinity"],
  ["percent over 100", "120%"],
  ["negative percent", "-5%"],
  ["sample of zero", "0/0"],
  ["sample over one", "21/20"],
  ["number 1e308", 1e308],
  ["number -1", -1],
  ["smallest denormal", 5e-324],
  ["date serial", 45413],
  ["boolean", true],
  ["date", new Date("2024-05-01T00:00:00Z")],
  ["formula", formula('IF(1,"合规","")')],
  ["error #N/A", error("#N/A")],
  ["error #REF!", error("#REF!")],
  ["rich text", { richText: [{ text: "合" }, { text: "规" }] }],
  ["hyperlink", { text: "合规", hyperlink: "http://example.com" }],
  ["32767 characters", "x".repeat(32_767)],
  ["NUL inside", "合\u0000规"],
  ["right-to-left override", "\u202e合规"],
  ["emoji", "✅"],
];

function ratingCases(): HostileCase[] {
  const cells: Array<[string, string]> = [
    ["C", "G21"],
    ["F", "H22"],
    ["I", "I202"],
  ];
  return cells.flatMap(([column, address]) =>
    HOSTILE_VALUES.filter((_, k) => column === "C" || k % 4 === 0).map(([name, value]) => ({
      name: `${column} cell: ${name}`,
      mutate: (_: ExcelJS.Workbook, ws: ExcelJS.Worksheet) =>
        void (ws.getCell(address).value = value),
      outcome: "scored" as const,
    }))
  );
}

function idCases(): HostileCase[] {
  const ids: Array<[string, ExcelJS.CellValue]> = [
    ["blank ID with ratings", null],
    ["duplicate ID", "19"],
    ["ID as number", 20],
    ["ID with spaces", " 20 "],
    ["full-width ID", "２０"],
    ["ID constructor", "constructor"],
    ["ID __proto__", "__proto__"],
    ["ID formula", formula('"20"')],
    ["ID error value", error("#N/A")],
    ["ID 10000 characters", "9".repeat(10_000)],
  ];
  const rows: Array<[string, ExcelJS.CellValue[]]> = [
    [
      "extra 6.0 rows named like Object members",
      ["valueOf", "6.0", null, "x", null, null, null, null, "卓越"],
    ],
    ["extra 6.0 row 0201", ["0201", "6.0", null, "x", null, null, null, null, "优秀"]],
    ["extra 6.0 row 201.0", ["201.0", "6.0", null, "x", null, null, null, null, "优秀"]],
    ["extra rows X-1 and x-1", ["X-1", "6", null, "x", null, null, null, null, "卓越"]],
    ["extra row in module 2.0", ["999", "2.0", null, "x", null, null, "合规", "优秀", null]],
    [
      "extra row with a formula summary",
      ["X-9", "6.0", null, formula("1+1"), null, null, null, null, "合格"],
    ],
  ];
  return [
    ...ids.map(([name, value]) => ({
      name,
      mutate: (_: ExcelJS.Workbook, ws: ExcelJS.Worksheet) =>
        void (ws.getCell("A21").value = value),
      outcome: "scored" as const,
    })),
    ...rows.map(([name, values]) => ({
      name,
      mutate: (_: ExcelJS.Workbook, ws: ExcelJS.Worksheet) =>
        appendRows(ws, name.includes("x-1") ? [values, ["x-1", ...values.slice(1)]] : [values]),
      outcome: "scored" as const,
    })),
  ];
}

/** Every header renamed in turn (required ones make the workbook unusable), with user data beside. */
function headerCases(): HostileCase[] {
  // ID, Module, StandardText, C, Evidence and three result columns.
  const letters = "ABEGJKLN".split("");
  return letters.map((letter) => ({
    name: `header ${letter}1 renamed, user columns O–Q filled`,
    mutate: (_: ExcelJS.Workbook, ws: ExcelJS.Worksheet) => {
      ws.getCell(`${letter}1`).value = `Mine ${letter}`;
      for (let row = 1; row <= 214; row++)
        for (const col of ["O", "P", "Q"]) ws.getCell(`${col}${row}`).value = `${col}${row} mine`;
    },
    outcome: "AGHI".includes(letter) ? "refused" : "scored",
  }));
}

/** Every defined name deleted in turn, with the user's text written where it pointed. */
function nameCases(): HostileCase[] {
  return EPM_NAMES.allNames
    .filter((name) => !name.startsWith("EpmScored"))
    .map((name) => ({
      name: `defined name ${name} deleted, its cell reused`,
      mutate: (wb: ExcelJS.Workbook) => {
        let place: { sheet: string; cell: string } | null = null;
        try {
          place = namedCell(wb, name);
        } catch {
          place = null; // a name the template does not define (EpmProfileName on some layouts)
        }
        deleteNames(wb, [name]);
        if (place)
          wb.getWorksheet(place.sheet)!.getCell(place.cell).value = `mine where ${name} was`;
      },
    }));
}

function summaryCases(): HostileCase[] {
  const years: Array<[string, ExcelJS.CellValue]> = [
    ["-1", -1],
    ["0x10", "0x10"],
    ["1e3 text", "1e3"],
    ["1e308", 1e308],
    ["四", "四"],
    ["formula", formula("2+2")],
    ["error", error("#VALUE!")],
    ["date", new Date("2020-01-01T00:00:00Z")],
    ["Infinity text", "Infinity"],
  ];
  const stages: Array<[string, ExcelJS.CellValue]> = [
    ["mid", "mid"],
    ["constructor", "constructor"],
    ["__proto__", "__proto__"],
    ["formula", formula('"final"')],
    ["number", 1],
  ];
  return [
    ...years.map(([name, value]) => ({
      name: `years cell: ${name}`,
      mutate: (wb: ExcelJS.Workbook) =>
        void (wb.getWorksheet(SUMMARY)!.getCell("C4").value = value),
      outcome: "scored" as const,
    })),
    ...stages.map(([name, value]) => ({
      name: `stage cell: ${name}`,
      mutate: (wb: ExcelJS.Workbook) =>
        void (wb.getWorksheet(SUMMARY)!.getCell("C5").value = value),
      outcome: "refused" as const,
    })),
  ];
}

function weightsCases(): HostileCase[] {
  const edits: Array<[string, Record<string, ExcelJS.CellValue>, "scored" | "refused"]> = [
    ["module points -1", { C5: -1 }, "refused"],
    ["module points 1e308 twice", { C5: 1e308, C6: 1e308 }, "refused"],
    ["module points text", { C5: "lots" }, "refused"],
    ["module points formula", { C5: formula("1/0") }, "refused"],
    ["module points error", { C5: error("#DIV/0!") }, "refused"],
    ["module key __proto__", { A5: "__proto__" }, "refused"],
    ["clause key constructor", { I5: "constructor" }, "refused"],
    ["clause key duplicated", { I6: "1" }, "refused"],
    ["clause weight 1e-320", { K5: 1e-320 }, "scored"],
    ["clause weight hex text", { K5: "0x10" }, "refused"],
    ["multiplier 1e308", { G5: 1e308, G6: 1e308 }, "refused"],
    ["rule fShare 2", { P6: 2 }, "refused"],
  ];
  return edits.map(([name, cells, outcome]) => ({
    name: `Weights sheet: ${name}`,
    mutate: (wb: ExcelJS.Workbook) => {
      const ws = wb.getWorksheet(WEIGHTS)!;
      for (const [address, value] of Object.entries(cells)) ws.getCell(address).value = value;
    },
    outcome,
  }));
}

function structureCases(): HostileCase[] {
  return [
    {
      name: "Total row and a missing result column",
      mutate: (_, ws) => {
        const model = clauseTable(ws);
        model.totalsRow = true;
        model.tableRef = "A1:N213";
        ws.getCell("A213").value = "合计";
        ws.getCell("K1").value = "Ratio (mine)";
      },
      outcome: "scored",
    },
    {
      name: "clause sheet renamed",
      mutate: (_, ws) => void (ws.name = "我的 audit"),
      outcome: "scored",
    },
    {
      name: "Summary sheet hidden",
      mutate: (wb) => void (wb.getWorksheet(SUMMARY)!.state = "hidden"),
    },
    {
      name: "clause table turned into a plain range",
      mutate: (_, ws) => {
        const tables = (ws as unknown as { tables: Record<string, unknown> }).tables;
        for (const key of Object.keys(tables)) delete tables[key];
      },
      outcome: "refused",
    },
    {
      name: "Summary sheet deleted, user sheet in its place",
      mutate: (wb) => {
        wb.removeWorksheet(wb.getWorksheet(SUMMARY)!.id);
        wb.addWorksheet(SUMMARY).getCell("A1").value = "mine";
      },
    },
    {
      name: "Weights sheet deleted",
      mutate: (wb) => void wb.removeWorksheet(wb.getWorksheet(WEIGHTS)!.id),
    },
    {
      name: "user sheets with formulas and a user table",
      mutate: (wb) => {
        const ws = wb.addWorksheet("Notes");
        ws.getCell("A1").value = formula("SUM(1,2)");
        ws.getCell("B2").value = "=not a formula";
        ws.addTable({
          name: "MyTable",
          ref: "D1",
          headerRow: true,
          columns: [{ name: "K" }, { name: "V" }],
          rows: [["a", 1]],
        });
      },
    },
    {
      name: "every cell right of the table and below it filled",
      mutate: (_, ws) => {
        for (let row = 1; row <= 230; row++) ws.getCell(`O${row}`).value = row;
        for (let col = 1; col <= 16; col++) ws.getCell(220, col).value = `below ${col}`;
      },
    },
  ];
}

const zipOf = async (edit: (zip: JSZip) => Promise<void> | void): Promise<Uint8Array> => {
  const zip = await JSZip.loadAsync(readFileSync(template));
  await edit(zip);
  return new Uint8Array(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
};

function fileCases(): HostileCase[] {
  const real = () => new Uint8Array(readFileSync(template));
  const refused = (name: string, bytes: () => Promise<Uint8Array>): HostileCase => ({
    name,
    bytes,
    outcome: "refused",
  });
  return [
    refused("empty file", async () => new Uint8Array(0)),
    refused("random bytes", async () =>
      Uint8Array.from({ length: 4096 }, (_, k) => (k * 7919) % 251)
    ),
    refused("truncated zip", async () => real().subarray(0, 5000)),
    refused("a CSV named .xlsx", async () => new TextEncoder().encode("ID,C\n1,合规\n")),
    refused("a zip that is no workbook", () =>
      new JSZip().file("hello.txt", "hi").generateAsync({ type: "uint8array" })
    ),
    refused("zip directory declaring 4 GB", async () => {
      const bytes = real();
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      for (let at = bytes.length - 22; at >= 0; at--)
        if (view.getUint32(at, true) === 0x06054b50) {
          view.setUint32(view.getUint32(at + 16, true) + 24, 0xfffffff0, true);
          break;
        }
      return bytes;
    }),
    refused("workbook part missing", () => zipOf((zip) => void zip.remove("xl/workbook.xml"))),
    {
      name: "table XML without headerRowCount (as Excel saves it)",
      bytes: () =>
        zipOf(async (zip) => {
          for (const name of Object.keys(zip.files).filter((n) =>
            /^xl\/tables\/.*\.xml$/.test(n)
          )) {
            const xml = await zip.file(name)!.async("string");
            zip.file(name, xml.replace(/ headerRowCount="1"/, ""));
          }
        }),
      outcome: "scored",
    },
    {
      name: "table XML without a style (as LibreOffice saves it)",
      bytes: async () =>
        new Uint8Array(readFileSync(path.join(ROOT, "tests/fixtures/libreoffice-audit.xlsx"))),
      outcome: "scored",
    },
  ];
}

/** Hostile ratings CSVs, each overlaid onto the template. */
function csvCases(): HostileCase[] {
  const utf16 = (text: string, le = true) => {
    const body = Buffer.from(text, "utf16le");
    if (!le) body.swap16();
    return Uint8Array.from(Buffer.concat([Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]), body]));
  };
  const csvs: Array<[string, string | Uint8Array, "scored" | "refused"]> = [
    ["UTF-8 with BOM", "\uFEFFID,C,F\n1,合规,优秀\n", "scored"],
    ["UTF-16LE with BOM", utf16("ID,C,F\r\n1,合规,优秀\r\n"), "scored"],
    ["UTF-16BE with BOM", utf16("ID,C,F\r\n1,合规,优秀\r\n", false), "scored"],
    [
      "UTF-16 without BOM",
      Uint8Array.from(Buffer.from("ID,C\r\n1,合规\r\n", "utf16le")),
      "refused",
    ],
    ["GBK", Uint8Array.from(Buffer.from("49442c430d0a312cbacfb9e60d0a", "hex")), "scored"],
    [
      "Windows-1252 é",
      Uint8Array.from(Buffer.from("49442c432c450a312c432c636166e9ff0a", "hex")),
      "refused",
    ],
    ["replacement characters", "ID,C,Evidence\n1,C,\uFFFD\n", "refused"],
    ["empty", "", "refused"],
    ["header only", "ID,C,F\n", "scored"],
    ["no ID column", "Clause,C\n1,合规\n", "refused"],
    ["semicolons", "ID;C;F\n1;合规;优秀\n", "refused"],
    ["duplicate IDs", "ID,C\n1,合规\n1,不合规\n", "refused"],
    ["unknown ID", "ID,C\n1,合规\n7777,合规\n", "refused"],
    ["__proto__ ID", "ID,C\n__proto__,合规\n", "refused"],
    ["constructor ID", "ID,C\nconstructor,合规\n", "refused"],
    [
      "formula text in evidence",
      'ID,C,Evidence\n1,合规,"=HYPERLINK(""http://x"",""y"")"\n2,合规,@SUM(A1)\n3,合规,+1\n',
      "scored",
    ],
    ["formula text in a rating", "ID,C,F\n1,=1+1,-2\n", "scored"],
    ["tab-prefixed text", "ID,C,Evidence\n1,合规,\tnote\n", "scored"],
    ["unterminated quote", 'ID,C\n1,"合规\n', "refused"],
    ["cell over 32,767 characters", `ID,C,Evidence\n1,合规,${"x".repeat(32_768)}\n`, "refused"],
    ["CR line ends", "ID,C,F\r1,合规,优秀\r", "scored"],
    ["NUL bytes", "ID,C\n1,合\u0000规\n", "scored"],
    ["blank lines and extra columns", "ID,C,Extra\n\n1,合规,x\n\n2,不合规,y\n", "scored"],
    ["IDs with spaces and full-width digits", "ID,C\n 1 ,合规\n２,合规\n", "scored"],
    ["ratings without an ID", "ID,C\n,合规\n", "refused"],
  ];
  return csvs.map(([name, content, outcome]) => ({
    name: `ratings CSV: ${name}`,
    args: () => ["--ratings", textFile("ratings.csv", content)],
    touched: { ratings: true },
    outcome,
  }));
}

/** Hostile weight profiles given with --weights. */
function profileCases(): HostileCase[] {
  const profiles: Array<[string, string | Uint8Array, "scored" | "refused"]> = [
    ["syntax error", "{modules: 1}", "refused"],
    ["an array", "[]", "refused"],
    ["null", "null", "refused"],
    ["a number", "42", "refused"],
    ["__proto__ module", '{"modules":{"__proto__":5}}', "refused"],
    ["__proto__ as the whole clauses", '{"clauses":{"__proto__":{"1":2}}}', "refused"],
    ["constructor clause", '{"clauses":{"constructor":2}}', "refused"],
    ["two modules of 1e308", '{"modules":{"1.0":1e308,"2.0":1e308}}', "refused"],
    ["cap6 1e308", '{"cap6":1e308}', "scored"],
    [
      "weight 1e-320 everywhere in a module",
      '{"subItems":{"1.1":1e-320,"1.2":1e-320,"1.3":1e-320}}',
      "refused",
    ],
    ["negative weight", '{"clauses":{"1":-1}}', "refused"],
    ["weight as text", '{"clauses":{"1":"2"}}', "refused"],
    ["name over 200 characters", JSON.stringify({ name: "n".repeat(201) }), "refused"],
    ["name with a formula", '{"name":"=HYPERLINK(\\"http://x\\")"}', "scored"],
    ["BOM and an empty profile", "\uFEFF{}", "scored"],
    ["rules out of range", '{"rules":{"fShare":[0.8,0.9,1.5]}}', "refused"],
    ["unknown rule", '{"rules":{"stars":[1,2,3]}}', "refused"],
    [
      "UTF-16 with BOM",
      Uint8Array.from(
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"name":"方案"}', "utf16le")])
      ),
      "scored",
    ],
  ];
  return profiles.map(([name, content, outcome]) => ({
    name: `weight profile: ${name}`,
    args: () => ["--weights", textFile("weights.json", content)],
    touched: { weights: true },
    outcome,
  }));
}

function usageCases(): HostileCase[] {
  const usages: Array<[string, string[], "scored" | "refused", Touched?]> = [
    ["--years 0x10", ["--years", "0x10"], "refused"],
    ["--years Infinity", ["--years", "Infinity"], "refused"],
    ["--years empty", ["--years", ""], "refused"],
    ["--years 1e3", ["--years", "1e3"], "refused"],
    ["--years 2.5", ["--years", "2.5"], "scored", { years: true }],
    ["--stage constructor", ["--stage", "constructor"], "refused"],
    ["--stage final", ["--stage", "final"], "scored", { stage: true }],
    ["unknown option", ["--colour", "red"], "refused"],
    ["missing ratings file", ["--ratings", "/nonexistent/r.csv"], "refused"],
    ["ratings file is a directory", ["--ratings", "/tmp"], "refused"],
  ];
  return usages.map(([name, args, outcome, touched]) => ({
    name: `usage: ${name}`,
    args: () => args,
    touched,
    outcome,
  }));
}

export function workbookCases(): HostileCase[] {
  return [
    ...ratingCases(),
    ...idCases(),
    ...headerCases(),
    ...nameCases(),
    ...summaryCases(),
    ...weightsCases(),
    ...structureCases(),
  ];
}

export function otherCases(): HostileCase[] {
  return [...fileCases(), ...csvCases(), ...profileCases(), ...usageCases()];
}
