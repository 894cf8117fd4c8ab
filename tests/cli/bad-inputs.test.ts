/**
 * A corpus of bad inputs. Each gives a clear message naming the cell, CSV line or JSON path; when
 * nothing can be scored the exit code is 2 and nothing is written; otherwise the workbook is scored
 * (exit 0) and the issue names the cell.
 */
import ExcelJS from "exceljs";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Result } from "../../src/core/types";
import { cli, tempDir } from "./harness";

const dir = tempDir();
const template = path.join(dir, "template.xlsx");
let counter = 0;

beforeAll(async () => {
  expect((await cli("template", "--out", template, "--lang", "zh")).code).toBe(0);
});

/** A copy of the template changed by `mutate` (ExcelJS, as another tool would edit it). */
async function variant(
  mutate: (wb: ExcelJS.Workbook, clauses: ExcelJS.Worksheet) => void
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(template) as unknown as ArrayBuffer);
  mutate(workbook, workbook.getWorksheet("条目 Clauses")!);
  const file = path.join(dir, `variant-${++counter}.xlsx`);
  await workbook.xlsx.writeFile(file);
  return file;
}
const rowOf = (id: number) => id + 1; // template rows are in catalogue order, header on row 1
const cell = (col: "G" | "H" | "I" | "A" | "B", id: number) => `${col}${rowOf(id)}`;
const set = (col: "G" | "H" | "I" | "A" | "B", id: number, value: ExcelJS.CellValue) =>
  variant((_, ws) => {
    ws.getCell(cell(col, id)).value = value;
  });
const text = (name: string, content: string | Uint8Array) => {
  const file = path.join(dir, `${++counter}-${name}`);
  writeFileSync(file, content);
  return file;
};

type Scored = {
  file: () => Promise<string>;
  args?: string[];
  cell: RegExp | null;
  message: RegExp;
};
type Refused = { args: () => Promise<string[]>; message: RegExp };

const scored: Record<string, Scored> = {
  "invalid C label": {
    file: () => set("G", 20, "合格了"),
    cell: /^条目 Clauses!G21$/,
    message: /“合格了”不是可识别的评级.*可用：合规\/C/,
  },
  "75% as C": {
    file: () => set("G", 20, "75%"),
    cell: /G21$/,
    message: /75% 不是评级档位（不做取整）/,
  },
  "0.75 number as C": { file: () => set("G", 21, 0.75), cell: /G22$/, message: /不是评级档位/ },
  "bare 85 as F (number)": {
    file: () => set("H", 20, 85),
    cell: /H21$/,
    message: /85 大于 1；执行率请写成 85%/,
  },
  "bare 85 as F (text)": { file: () => set("H", 20, "85"), cell: /H21$/, message: /请写成 85%/ },
  "formula in C": {
    file: () => set("G", 5, { formula: 'IF(1,"合规","")' } as ExcelJS.CellFormulaValue),
    cell: /G6$/,
    message: /含公式 =IF/,
  },
  "formula in F": {
    file: () => set("H", 5, { formula: "0.9" } as ExcelJS.CellFormulaValue),
    cell: /H6$/,
    message: /含公式/,
  },
  "error value in C": {
    file: () => set("G", 7, { error: "#N/A" } as ExcelJS.CellErrorValue),
    cell: /G8$/,
    message: /错误值 #N\/A/,
  },
  "error value in F": {
    file: () => set("H", 7, { error: "#DIV/0!" } as ExcelJS.CellErrorValue),
    cell: /H8$/,
    message: /#DIV\/0!/,
  },
  "I on a 1.0–5.0 row": {
    file: () => set("I", 3, "卓越"),
    cell: /I4$/,
    message: /1\.0 模块的条目不使用创新评级\(I\)，请留空/,
  },
  "C on a 6.0 row": {
    file: () => set("G", 201, "合规"),
    cell: /G202$/,
    message: /6\.0 模块的条目不使用方法合规\(C\)，请留空/,
  },
  "out-of-range rate": {
    file: () => set("H", 9, "120%"),
    cell: /H10$/,
    message: /不在 0%–100% 之间/,
  },
  "bad sample": { file: () => set("H", 9, "21/20"), cell: /H10$/, message: /抽样“21\/20”无效/ },
  "boolean in C": { file: () => set("G", 9, true), cell: /G10$/, message: /“true”不是评级/ },
  "date in F": {
    file: () => set("H", 9, new Date("2024-05-01")),
    cell: /H10$/,
    message: /2024-05-01|45413/,
  },
  "duplicate ID": { file: () => set("A", 30, "29"), cell: /A31$/, message: /条目 29 重复出现/ },
  "unknown ID in module 2.0": {
    file: () => set("A", 30, "999"),
    cell: /A31$/,
    message: /编号“999”不在标准条目中/,
  },
  "a deleted row": {
    file: () =>
      variant((_, ws) => {
        for (const col of ["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"])
          ws.getCell(`${col}51`).value = null;
      }),
    cell: null,
    message: /条目 50 在表中没有对应行/,
  },
  "renamed sheet still works": {
    file: () =>
      variant((wb, ws) => {
        ws.name = "My audit";
        ws.getCell("G21").value = "75%";
      }),
    cell: /^My audit!G21$/,
    message: /不是评级档位/,
  },
  "text in the years cell": {
    file: () =>
      variant((wb) => {
        wb.getWorksheet("汇总 Summary")!.getCell("C4").value = "four";
      }),
    cell: /^汇总 Summary!C4$/,
    message: /运营年限“four”无效/,
  },
  "negative years": {
    file: () =>
      variant((wb) => {
        wb.getWorksheet("汇总 Summary")!.getCell("C4").value = -2;
      }),
    cell: /C4$/,
    message: /运营年限“-2”无效/,
  },
  "pending in the final stage": {
    file: () => set("G", 12, "未审核"),
    args: ["--stage", "final"],
    cell: /G13$/,
    message: /最终评审阶段不接受/,
  },
  "F without C": { file: () => set("H", 14, "优秀"), cell: /G15$/, message: /缺少方法合规评级/ },
};

const refused: Record<string, Refused> = {
  "missing table": {
    args: async () => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("Sheet1").getCell("A1").value = "ID";
      const file = path.join(dir, "plain.xlsx");
      await wb.xlsx.writeFile(file);
      return ["score", file];
    },
    message: /not an audit workbook: table EpmClauses was not found/,
  },
  "missing F column": {
    args: async () => [
      "score",
      await variant((_, ws) => void (ws.getCell("H1").value = "Execution")),
    ],
    message:
      /has no column "F 执行到位" \(header row 1; accepted headers: F 执行到位 \| f \| 执行到位\)/,
  },
  "invalid stage cell": {
    args: async () => [
      "score",
      await variant(
        (wb) => void (wb.getWorksheet("汇总 Summary")!.getCell("C5").value = "mid-term")
      ),
    ],
    message: /汇总 Summary!C5: review stage "mid-term" is invalid/,
  },
  "text in a module points cell": {
    args: async () => [
      "score",
      await variant((wb) => void (wb.getWorksheet("权重 Weights")!.getCell("C5").value = "lots")),
    ],
    message: /权重 Weights!C5: "lots" is not a valid number; accepted: a number ≥ 0/,
  },
  "negative clause weight": {
    args: async () => [
      "score",
      await variant((wb) => void (wb.getWorksheet("权重 Weights")!.getCell("K6").value = -1)),
    ],
    message: /权重 Weights!K6 \(\$\.clauses\.2\): must not be negative/,
  },
  "fShare above 1": {
    args: async () => [
      "score",
      await variant((wb) => void (wb.getWorksheet("权重 Weights")!.getCell("P6").value = 1.5)),
    ],
    message: /权重 Weights!P6 \(\$\.rules\.fShare\[1\]\): must be a fraction between 0 and 1/,
  },
  "all weights of module 1.0 zero": {
    args: async () => [
      "score",
      await variant((wb) => {
        for (let r = 5; r <= 7; r++) wb.getWorksheet("权重 Weights")!.getCell(`G${r}`).value = 0;
      }),
    ],
    message: /weights of module 1\.0 .* sum to 0/,
  },
  "unknown key in the weights table": {
    args: async () => [
      "score",
      await variant((wb) => void (wb.getWorksheet("权重 Weights")!.getCell("I5").value = "9999")),
    ],
    message: /权重 Weights!I5: unknown ID "9999"/,
  },
  "CSV with an unknown ID": {
    args: async () => [
      "score",
      template,
      "--ratings",
      text("r.csv", "ID,C,F\n1,合规,优秀\n777,合规,优秀\n"),
    ],
    message: /CSV line 3: ID "777" is neither a clause of the catalogue nor a row of the workbook/,
  },
  "CSV without an ID column": {
    args: async () => ["score", template, "--ratings", text("r.csv", "Clause,C,F\n1,合规,优秀\n")],
    message:
      /CSV line 1 \(header\): it must name ID and at least one of C, F, I, separated by commas or tabs; found: Clause,C,F/,
  },
  "CSV with ID only": {
    args: async () => ["score", template, "--ratings", text("r.csv", "ID,Evidence\n1,x\n")],
    message: /CSV line 1 \(header\)/,
  },
  "CSV duplicate ID": {
    args: async () => ["score", template, "--ratings", text("r.csv", "ID,C\n1,合规\n\n1,不合规\n")],
    message: /CSV line 4: ID "1" already appears on line 2/,
  },
  "CSV empty": {
    args: async () => ["score", template, "--ratings", text("r.csv", "")],
    message: /the CSV file is empty/,
  },
  "CSV unterminated quote": {
    args: async () => ["score", template, "--ratings", text("r.csv", 'ID,C\n1,合规\n2,"open\n')],
    message: /CSV line 3: Quoted field unterminated/,
  },
  "CSV ratings without an ID": {
    args: async () => ["score", template, "--ratings", text("r.csv", "ID,C\n,合规\n")],
    message: /CSV line 2: ratings without an ID/,
  },
  "CSV row for a deleted clause": {
    args: async () => {
      const file = await variant((_, ws) => {
        for (const col of ["A", "B", "C", "D"]) ws.getCell(`${col}51`).value = null;
      });
      return ["score", file, "--ratings", text("r.csv", "ID,C,F\n50,合规,优秀\n")];
    },
    message: /CSV line 2: clause 50 has no row in the workbook/,
  },
  "weights JSON unknown key": {
    args: async () => [
      "score",
      template,
      "--weights",
      text("w.json", '{"modules":{"4.0":800},"bonus":1}'),
    ],
    message: /w\.json: \$: unknown key\(s\): bonus/,
  },
  "weights JSON negative": {
    args: async () => ["score", template, "--weights", text("w.json", '{"modules":{"4.0":-800}}')],
    message: /\$\.modules\.4\.0: must not be negative/,
  },
  "weights JSON unknown module": {
    args: async () => ["score", template, "--weights", text("w.json", '{"modules":{"7.0":100}}')],
    message: /\$\.modules\.7\.0: unknown ID/,
  },
  "weights JSON syntax": {
    args: async () => ["score", template, "--weights", text("w.json", "{modules: 1}")],
    message: /\$: not valid JSON/,
  },
  "--years text": {
    args: async () => ["score", template, "--years", "abc"],
    message: /--years "abc" is invalid/,
  },
  "--years negative": {
    args: async () => ["score", template, "--years", "-1"],
    message: /--years "-1" is invalid|option/,
  },
  "--stage unknown": {
    args: async () => ["score", template, "--stage", "middle"],
    message: /--stage "middle" is invalid: use baseline or final/,
  },
  "truncated xlsx": {
    args: async () => ["score", text("cut.xlsx", readFileSync(template).subarray(0, 3000))],
    message: /damaged or truncated/,
  },
  "not an xlsx": {
    args: async () => ["score", text("ratings.xlsx", "ID,C\n1,合规\n")],
    message: /not an Excel workbook \(\.xlsx\)/,
  },
  "empty file": {
    args: async () => ["score", text("empty.xlsx", "")],
    message: /the file is empty/,
  },
  "a 60 MB file": {
    args: async () => ["score", text("huge.xlsx", new Uint8Array(60 * 1024 * 1024))],
    message:
      /huge\.xlsx: the file is too large \(60\.0 MB; the limit is 50\.0 MB\) and was not read/,
  },
  "a missing file": {
    args: async () => ["score", path.join(dir, "nope.xlsx")],
    message: /nope\.xlsx: no such file \(check the path\)/,
  },
  "--out with two inputs": {
    args: async () => ["score", template, template, "--out", "x.xlsx"],
    message: /--out takes a single input file/,
  },
  "unknown catalogue": {
    args: async () => [
      "score",
      await variant((wb) => {
        const ws = wb.getWorksheet("汇总 Summary")!;
        ws.eachRow((row) =>
          row.eachCell((c) => void (c.value === "CC-CMM-EPM" && (c.value = "ISO-9001")))
        );
      }),
    ],
    // The accepted list is the registry's (src/catalogues): EPM first, then any other standard.
    message:
      /uses catalogue "ISO-9001", which this product does not know \(accepted: CC-CMM-EPM[,)]/,
  },
};

describe("scored with an issue naming the cell (exit 0)", () => {
  test.each(Object.entries(scored))("%s", async (_, c) => {
    const run = await cli("score", await c.file(), "--json", "--lang", "zh", ...(c.args ?? []));
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as Result;
    const issue = result.issues.find((i) => c.message.test(i.message));
    expect(issue).toBeDefined();
    if (c.cell) expect(issue!.cell).toMatch(c.cell);
  });
});

describe("refused: exit 2, the reason on stderr, nothing written", () => {
  test.each(Object.entries(refused))("%s", async (_, c) => {
    const out = path.join(dir, `out-${++counter}.xlsx`);
    const summary = path.join(dir, `summary-${counter}.csv`);
    const args = await c.args();
    const extra = args.includes("--out") ? [] : ["--out", out];
    const run = await cli(...args, ...extra, "--summary", summary, "--lang", "en");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(c.message);
    expect(run.stdout).toBe("");
    expect(existsSync(out)).toBe(false);
    expect(existsSync(summary)).toBe(false);
  });
});

test("the corpus has at least 40 bad inputs", () => {
  expect(Object.keys(scored).length + Object.keys(refused).length).toBeGreaterThanOrEqual(40);
});

test("a CSV with a BOM and quoted fields works", async () => {
  const csv = text(
    "bom.csv",
    '\uFEFFID,C,F,Evidence\n1,合规,"17/20","see ""file"", page 2\nand 3"\n'
  );
  const out = path.join(dir, "bom.xlsx");
  const run = await cli("score", template, "--ratings", csv, "--out", out, "--json");
  expect(run.code).toBe(0);
  const result = JSON.parse(run.stdout) as Result;
  expect(result.clauses[0]).toMatchObject({ id: "1", status: "rated", ratio: 0.8 });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
  expect(wb.getWorksheet("条目 Clauses")!.getCell("J2").value).toBe('see "file", page 2\nand 3');
});

test("template --standard with an ID no catalogue has is refused, listing the registry's IDs", async () => {
  const out = path.join(dir, "unknown-standard.xlsx");
  const run = await cli("template", "--standard", "ISO-9001", "--out", out, "--lang", "en");
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/--standard "ISO-9001" is invalid: use CC-CMM-EPM[,\n]/);
  expect(existsSync(out)).toBe(false);
  const zh = await cli("template", "--standard", "cc-cmm-epm", "--out", out, "--lang", "zh");
  expect(zh.code).toBe(0);
});
