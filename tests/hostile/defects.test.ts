/**
 * Issue 9: the data-safety defects hostile inputs found, one test each (each failed before the fix).
 * Defect 5 needs LibreOffice to compute the freshness formula: see freshness.test.ts.
 */
import { promises as fsPromises, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { loadWorkbook } from "../../src/adapters/xlsx";
import { tableModel } from "../../src/adapters/xlsx/tables";
import type { Result } from "../../src/core/types";
import { parseRatingsCsv } from "../../src/workbook/ratings-csv";
import { cli, ROOT } from "../cli/harness";
import {
  CLAUSES,
  SUMMARY,
  WEIGHTS,
  cellsOf,
  deleteNames,
  dir,
  exists,
  fresh,
  load,
  makeTemplate,
  namedCell,
  nonFiniteCells,
  scoreWith,
  temporaries,
  template,
  textFile,
  variant,
} from "./support";

beforeAll(() => makeTemplate("zh"));

const hex = (text: string) => Uint8Array.from(Buffer.from(text.replace(/\s+/g, ""), "hex"));
const ascii = (text: string) => Uint8Array.from(Buffer.from(text, "latin1"));
const join = (...parts: Uint8Array[]) => Uint8Array.from(Buffer.concat(parts));

test("defect 1: a ratings CSV in GBK, UTF-16 or an unknown encoding never writes mojibake", async () => {
  // "ID,C,F,Evidence\n1,合规,优秀,现场抽查记录\n2,不合规,良好,\n" as Excel on Chinese Windows saves it.
  const gbk = join(
    ascii("ID,C,F,Evidence\r\n1,"),
    hex("bacfb9e6"),
    ascii(","),
    hex("d3c5d0e3"),
    ascii(","),
    hex("cfd6b3a1b3e9b2e9bcc7c2bc"),
    ascii("\r\n2,"),
    hex("b2bbbacfb9e6"),
    ascii(","),
    hex("c1bcbac3"),
    ascii(",\r\n")
  );
  const utf16 = join(
    hex("fffe"),
    Uint8Array.from(Buffer.from("ID,C,F,Evidence\r\n1,合规,优秀,现场抽查记录\r\n", "utf16le"))
  );
  for (const bytes of [gbk, utf16]) {
    const { run, out } = await scoreWith(template, "--ratings", textFile("r.csv", bytes));
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as Result;
    expect(result.clauses[0]).toMatchObject({ id: "1", c: "C", f: "E" });
    const evidence = (await load(out)).getWorksheet(CLAUSES)!.getCell("J2").value;
    expect(evidence).toBe("现场抽查记录");
  }
  // Windows-1252 text with bytes that are neither UTF-8 nor GB18030: refused, naming the encoding.
  const { run, out, summary } = await scoreWith(
    template,
    "--ratings",
    textFile("r.csv", join(ascii("ID,C,Evidence\r\n1,C,caf"), hex("e9 ff"), ascii("\r\n"))),
    "--lang",
    "en"
  );
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/cannot be read as UTF-8 or GB18030.*accepted: UTF-8/);
  expect(exists(out) || exists(summary)).toBe(false);
  // A file that already holds replacement characters lost its text once: refused, naming the line.
  const lost = textFile("r.csv", "ID,C,Evidence\n1,C,ok\n2,C,\uFFFD\uFFFD\n");
  const again = await scoreWith(template, "--ratings", lost, "--lang", "en");
  expect(again.run.code).toBe(2);
  expect(again.run.stderr).toMatch(/line 3: contains the replacement character/);
});

test("defect 2: an output option naming an input (or another output) is refused before anything is written", async () => {
  const input = await variant(() => undefined);
  const before = readFileSync(input);
  const out = fresh("out.xlsx");
  const cases = [
    ["score", input, "--out", out, "--summary", input],
    ["score", input, "--out", input],
    ["score", input, "--out", out, "--summary", out],
    ["score", input, "--out", path.join(dir, ".", path.basename(input))],
  ];
  for (const args of cases) {
    const run = await cli(...args, "--lang", "en");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/names the same file as .*nothing was written/);
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(exists(out)).toBe(false);
  }
  const ratings = textFile("r.csv", "ID,C\n1,合规\n");
  const run = await cli("score", input, "--ratings", ratings, "--summary", ratings);
  expect(run.code).toBe(2);
  expect(readFileSync(ratings, "utf8")).toBe("ID,C\n1,合规\n");
});

test("defect 3: a missing result column never overwrites the user's neighbouring column", async () => {
  const userValue = (row: number, col: number) => `user ${row}/${col}`;
  const file = await variant((_, ws) => {
    // "得分 Score" renamed: to the product a user column now, and the Score column is missing.
    ws.getCell("L1").value = "My score";
    // Every column right of the table (O…R) and the renamed one hold the user's data.
    for (let row = 1; row <= 215; row++)
      for (const col of [12, 15, 16, 17, 18]) ws.getCell(row, col).value = userValue(row, col);
  });
  const { run, out } = await scoreWith(file);
  expect(run.code).toBe(0);
  const ws = (await load(out)).getWorksheet(CLAUSES)!;
  for (let row = 1; row <= 215; row++) {
    const values = (ws.getRow(row).values as unknown[]).filter(
      (v) => typeof v === "string" && v.startsWith("user ")
    );
    expect(values).toEqual([12, 15, 16, 17, 18].map((col) => userValue(row, col)));
  }
  // The Score column came back as a table column (header beside the table, values in it).
  const header = ws.getRow(1).values as unknown[];
  const scoreCol = header.indexOf("得分 Score");
  expect(scoreCol).toBe(15);
  expect(typeof ws.getCell(2, scoreCol).value).toBe("number");
});

test("defect 4: deleted defined names never put inputs or blocks over user cells, and overrides count", async () => {
  const planted = new Map<string, string>();
  const file = await variant((wb) => {
    const gap = namedCell(wb, "EpmGap");
    const years = namedCell(wb, "EpmYears");
    const stage = namedCell(wb, "EpmStage");
    deleteNames(wb, ["EpmYears", "EpmStage", "EpmGap"]);
    const summary = wb.getWorksheet(SUMMARY)!;
    const row = Number(gap.cell.replace(/[A-Z]+/, ""));
    for (const cell of [years.cell, stage.cell, gap.cell, `B${row + 1}`, `C${row + 3}`]) {
      summary.getCell(cell).value = `mine ${cell}`;
      planted.set(`${SUMMARY}!${cell}`, `mine ${cell}`);
    }
  });
  const { run, out } = await scoreWith(file, "--years", "7", "--stage", "final", "--lang", "en");
  expect(run.code).toBe(0);
  const result = JSON.parse(run.stdout) as Result;
  expect(result.years).toBe(7);
  expect(result.stage).toBe("final");
  expect(result.issues.filter((i) => i.code === "nameRecreated").map((i) => i.params.name)).toEqual(
    ["EpmYears", "EpmStage", "EpmGap"]
  );
  const workbook = await load(out);
  const cells = cellsOf(workbook);
  for (const [address, value] of planted) expect(cells.get(address)).toBe(value);
  const years = namedCell(workbook, "EpmYears");
  expect(years.sheet).not.toBe(SUMMARY);
  expect(workbook.getWorksheet(years.sheet)!.getCell(years.cell).value).toBe(7);
});

test("defect 6: extra 6.0 IDs named like Object.prototype members score as ordinary clauses, no NaN anywhere", async () => {
  const ids = ["constructor", "toString", "__proto__", "hasOwnProperty"];
  const file = await variant((_, ws) => {
    const model = tableModel(Object.values((ws as unknown as { tables: object }).tables)[0]);
    ids.forEach((id, k) => {
      const row = 213 + k;
      ws.getCell(`A${row}`).value = id;
      ws.getCell(`B${row}`).value = "6.0";
      ws.getCell(`I${row}`).value = "卓越";
    });
    model.tableRef = "A1:N216";
    model.autoFilterRef = "A1:N216";
  });
  const { run, out } = await scoreWith(file);
  expect(run.code).toBe(0);
  const result = JSON.parse(run.stdout) as Result;
  expect(Number.isFinite(result.score6)).toBe(true);
  for (const id of ids)
    expect(result.clauses.find((c) => c.id === id)).toMatchObject({ points: 50 });
  expect(nonFiniteCells(await load(out))).toEqual([]);
  // Two modules of 1e308 points would make max15 Infinity: refused.
  const huge = textFile("w.json", '{"modules":{"1.0":1e308,"2.0":1e308}}');
  const refused = await scoreWith(template, "--weights", huge, "--lang", "en");
  expect(refused.run.code).toBe(2);
  expect(refused.run.stderr).toMatch(/points are not finite/);
});

test("defect 7: a duplicated key on the Weights sheet is reported naming both cells", async () => {
  let first = "";
  let second = "";
  const file = await variant((wb) => {
    const ws = wb.getWorksheet(WEIGHTS)!;
    let row20 = 0;
    let row21 = 0;
    ws.eachRow((row, n) => {
      if (String(row.getCell(9).value) === "20") row20 = n;
      if (String(row.getCell(9).value) === "21") row21 = n;
    });
    ws.getCell(row21, 9).value = "20";
    ws.getCell(row21, 11).value = 3;
    first = `${WEIGHTS}!I${row20}`;
    second = `${WEIGHTS}!I${row21}`;
  });
  const { run, out } = await scoreWith(file, "--lang", "en");
  expect(run.code).toBe(2);
  expect(run.stderr).toContain(
    `${second}: "20" appears twice in the weights table (also at ${first})`
  );
  expect(exists(out)).toBe(false);
});

test("defect 8: a workbook saved by LibreOffice can be scored into --out and saved by the browser page's adapter", async () => {
  const saved = path.join(ROOT, "tests/fixtures/libreoffice-audit.xlsx");
  const { run, out } = await scoreWith(saved);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect((await load(out)).getWorksheet(CLAUSES)).toBeDefined();
  const port = await loadWorkbook(readFileSync(saved));
  const bytes = await port.saveWorkbook();
  expect((await loadWorkbook(bytes)).hasTable("EpmClauses")).toBe(true);
});

test("defect 9: a Clauses table with a Total row and a missing result column is scored, the Total row kept", async () => {
  const file = await variant((_, ws) => {
    const model = tableModel(Object.values((ws as unknown as { tables: object }).tables)[0]);
    model.totalsRow = true;
    model.tableRef = "A1:N213";
    ws.getCell("A213").value = "合计 Total";
    ws.getCell("M1").value = "Status (mine)";
  });
  const { run, out } = await scoreWith(file);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  const ws = (await load(out)).getWorksheet(CLAUSES)!;
  expect(ws.getCell("A213").value).toBe("合计 Total");
  expect(ws.getCell("O1").value).toBe("状态 Status");
});

test("defect 10: unreadable inputs and unwritable outputs: exit 2 with the reason, no temp file, no output", async () => {
  const input = await variant(() => undefined);
  const spy = jest
    .spyOn(fsPromises, "readFile")
    .mockRejectedValueOnce(
      Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" })
    );
  const unreadable = await scoreWith(input, "--lang", "en");
  spy.mockRestore();
  expect(unreadable.run.code).toBe(2);
  expect(unreadable.run.stderr).toMatch(/cannot read it \(EACCES\)/);
  expect(unreadable.run.stderr).not.toMatch(/at .*\.ts:/);

  const folder = path.join(dir, "a-folder.xlsx");
  mkdirSync(folder, { recursive: true });
  const toFolder = await cli("score", input, "--out", folder, "--lang", "en");
  expect(toFolder.code).toBe(2);
  expect(toFolder.stderr).toMatch(/is a directory/);

  const blocker = textFile("not-a-folder", "x");
  const out = fresh("out.xlsx");
  const badSummary = await cli(
    "score",
    input,
    "--out",
    out,
    "--summary",
    path.join(blocker, "summary.csv"),
    "--lang",
    "en"
  );
  expect(badSummary.code).toBe(2);
  expect(badSummary.stderr).toMatch(/summary\.csv: cannot write it .*nothing was written/);
  expect(badSummary.stderr).not.toMatch(/internal error/);
  expect(exists(out)).toBe(false);
  expect(temporaries()).toEqual([]);
});

test("defect 11: CSV parsing does work linear in the file's length", () => {
  const lines = ["ID,C"];
  for (let k = 0; k < 3000; k++) lines.push(`${k + 1},合规`);
  lines.push("1,合规");
  const text = lines.join("\n");
  // Count character reads: the old parser re-read the file from its start for every record.
  const original = String.prototype.charCodeAt;
  let reads = 0;
  String.prototype.charCodeAt = function (this: string, index: number) {
    if (++reads > 20 * text.length) throw new Error("quadratic");
    return original.call(this, index);
  };
  let parsed;
  try {
    parsed = parseRatingsCsv(text, "en");
  } finally {
    String.prototype.charCodeAt = original;
  }
  expect(parsed.ok).toBe(false);
  if (!parsed.ok)
    expect(parsed.issues[0].message).toBe('CSV line 3002: ID "1" already appears on line 2');
});

test("defect 12: a zip bomb is refused from the zip directory's declared sizes, before inflating", async () => {
  const zip = await JSZip.loadAsync(readFileSync(template));
  const bytes = new Uint8Array(await zip.generateAsync({ type: "uint8array" }));
  // Declare 3.9 GB for the first part, as a bomb's directory does.
  const view = new DataView(bytes.buffer);
  let entry = -1;
  for (let at = bytes.length - 22; at >= 0; at--)
    if (view.getUint32(at, true) === 0x06054b50) {
      entry = view.getUint32(at + 16, true);
      break;
    }
  view.setUint32(entry + 24, 0xf0000000, true);
  const { run } = await scoreWith(textFile("bomb.xlsx", bytes), "--lang", "en");
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/would inflate to 3840\.\d MB \(the limit is 256\.0 MB\)/);
});

test("defect 13: template --out over an existing audit is refused unless --force", async () => {
  const audit = await variant((_, ws) => void (ws.getCell("G2").value = "合规"));
  const before = readFileSync(audit);
  const run = await cli("template", "--out", audit, "--lang", "en");
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/exists and was not replaced.*--force.*Create\/upgrade/);
  expect(readFileSync(audit).equals(before)).toBe(true);
  expect((await cli("template", "--out", audit, "--force")).code).toBe(0);
  expect((await load(audit)).getWorksheet(CLAUSES)!.getCell("G2").value).toBeNull();
});

test("defect 14: demo --ratings with an unknown ID: exit 2 naming the CSV line, nothing written", async () => {
  const out = fresh("demo.xlsx");
  const ratings = textFile("r.csv", "ID,C,F\n1,合规,优秀\n9999,合规,优秀\n");
  const run = await cli("demo", "--ratings", ratings, "--out", out, "--lang", "en");
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/r\.csv: CSV line 3: ID "9999" is neither a clause/);
  expect(exists(out)).toBe(false);
});

test("smaller ones: cell said once; formula shown; no 1e+308% hint; hex years; __proto__; CSV size; long text; look-alike IDs", async () => {
  const stage = await scoreWith(
    await variant((wb) => void (wb.getWorksheet(SUMMARY)!.getCell("C5").value = "mid")),
    "--lang",
    "en"
  );
  expect(stage.run.stderr).toMatch(/^[^\n]*: 汇总 Summary!C5: review stage "mid"/);
  expect(stage.run.stderr).not.toMatch(/C5: 汇总 Summary!C5/);

  const formulaWeight = await scoreWith(
    await variant(
      (wb) => void (wb.getWorksheet(WEIGHTS)!.getCell("C5").value = { formula: "1/0" } as never)
    ),
    "--lang",
    "en"
  );
  expect(formulaWeight.run.stderr).toMatch(/C5: "=1\/0" is not a valid number/);

  const years = await scoreWith(
    await variant((wb) => void (wb.getWorksheet(SUMMARY)!.getCell("C4").value = "0x10"))
  );
  expect((JSON.parse(years.run.stdout) as Result).years).toBeNull();
  expect((await cli("score", template, "--years", "0x10")).code).toBe(2);

  const huge = await scoreWith(
    await variant((_, ws) => void (ws.getCell("H2").value = 1e308)),
    "--lang",
    "en"
  );
  const f = (JSON.parse(huge.run.stdout) as Result).issues.find((i) => i.cell?.endsWith("!H2"));
  expect(f?.message).toMatch(/is not an execution rate/);
  expect(f?.message).not.toMatch(/%$/);

  const proto = textFile("w.json", '{"clauses":{"__proto__":2}}');
  const protoRun = await cli("score", template, "--weights", proto, "--lang", "en");
  expect(protoRun.code).toBe(2);
  expect(protoRun.stderr).toMatch(/\$\.clauses\.__proto__: unknown ID/);

  const big = textFile("big.csv", "ID,C\n" + "1,合规\n".repeat(1_500_000));
  const bigRun = await cli("score", template, "--ratings", big, "--lang", "en");
  expect(bigRun.code).toBe(2);
  expect(bigRun.stderr).toMatch(/limit is 10\.0 MB.*ratings CSV/);

  const long = textFile("long.csv", `ID,C,Evidence\n1,合规,${"x".repeat(40_000)}\n`);
  const longRun = await cli("score", template, "--ratings", long, "--lang", "en");
  expect(longRun.code).toBe(2);
  expect(longRun.stderr).toMatch(/line 2, column "Evidence": the text has 40000 characters/);

  const lookalike = await scoreWith(
    await variant((_, ws) => {
      const model = tableModel(Object.values((ws as unknown as { tables: object }).tables)[0]);
      [
        ["0201", "卓越"],
        ["X-1", "卓越"],
        ["x-1", "优秀"],
      ].forEach(([id, grade], k) => {
        ws.getCell(`A${213 + k}`).value = id;
        ws.getCell(`B${213 + k}`).value = "6.0";
        ws.getCell(`I${213 + k}`).value = grade;
      });
      model.tableRef = "A1:N215";
    }),
    "--lang",
    "en"
  );
  const warnings = (JSON.parse(lookalike.run.stdout) as Result).issues
    .filter((i) => i.code === "extraIdLookalike")
    .map((i) => `${i.params.id}~${i.params.like}`);
  expect(warnings).toEqual(["0201~201", "x-1~X-1"]);
  writeFileSync(path.join(dir, "done"), "");
});
