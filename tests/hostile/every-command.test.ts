/**
 * Issue 17's invariant over every command: workbooks made by `template`, then edited as users and
 * other tools do (formulas with cached results, error values, merged ranges, hyperlinks and
 * HYPERLINK() formulas, rich text, user columns inside and right of the table, user rows below,
 * sheets with odd names, notes on the product's Conflicts and Compare sheets, a Summary renamed
 * with an apostrophe), go through `score --out`, `score --ratings --out`, `merge --out`,
 * `compare --out`, `template` and (on a machine with LibreOffice, for the first workbooks)
 * `report --pdf`. For each:
 *  - the exit is 0 or 2, never 1, never a stack trace;
 *  - every input is byte-identical afterwards, and no temporary file is left;
 *  - every cell the command does not own (invariants.ts productCells) is exactly the same cell in
 *    the output: value, formula and cached result, hyperlink, merged range;
 *  - every output is read back by `score` (exit 0) and serves as input to `merge` and `compare`.
 *
 * The workbooks are generated with fast-check from a fixed seed. All commands run first (in
 * beforeAll); each property is then its own test, so that every kind of failure shows, each with
 * the workbook's edits and the cells concerned (the counter-example).
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tableModel } from "../../src/adapters/xlsx/tables";
import { cli, type Run } from "../cli/harness";
import { sofficePath } from "../support/apps";
import { renameSheet } from "./zip-edit";
import {
  changedUserCellsExactly,
  exactKey,
  valueKey,
  factsOf,
  type Before,
  type Touched,
} from "./invariants";
import { CLAUSES, SUMMARY, dir, exists, fresh, load, makeTemplate, template } from "./support";

/** Fixed seed and a bounded number of workbooks: the same inputs at every run, ~1–2 minutes. */
const SEED = 17;
const RUNS = 12;
/** report --pdf starts LibreOffice (seconds per file): only the first workbooks go through it. */
const PDF_RUNS = 2;

// Clause table of the template: A ID … F Points, G C, H F, I I, J Evidence, K–N results; rows 2–212.
const RATING_COLS = [7, 8, 9] as const;
const EVIDENCE_COL = 10;
const FIRST_ROW = 2;
const LAST_ROW = 212;
/** Rows the base workbook rates (and the copy changes): edits stay off them. */
const RATED_ROWS = [2, 3, 4, 5, 6, 40];

type Place =
  | { at: "rating"; row: number; col: number }
  | { at: "evidence"; row: number }
  | { at: "right"; row: number; col: number }
  | { at: "below"; row: number; col: number }
  | { at: "summary"; row: number; col: number };

type Content =
  | { kind: "formula"; formula: string; result: ExcelJS.CellValue }
  | { kind: "error"; error: string }
  | { kind: "link"; text: string; hyperlink: string }
  | { kind: "hyperlinkFormula"; url: string; text: string }
  | { kind: "rich"; parts: string[] }
  | { kind: "text"; text: string };

export type Edit =
  | { kind: "cell"; place: Place; content: Content }
  | { kind: "merge"; place: Place; rows: number; cols: number }
  | { kind: "tableColumn"; header: string; values: string[] }
  | { kind: "sheet"; name: string; content: Content }
  | { kind: "conflictsNote"; row: number; col: number; text: string }
  | { kind: "compareNote"; row: number; col: number; text: string }
  | { kind: "renameSummary"; name: string };

const userRow = fc
  .integer({ min: FIRST_ROW, max: LAST_ROW })
  .filter((r) => !RATED_ROWS.includes(r) && !RATED_ROWS.includes(r + 1));

const place: fc.Arbitrary<Place> = fc.oneof(
  fc.record({
    at: fc.constant("rating" as const),
    row: userRow,
    col: fc.constantFrom(...RATING_COLS),
  }),
  fc.record({ at: fc.constant("evidence" as const), row: userRow }),
  // Right of the table (O is the table's last column + 1; P–R are the user's).
  fc.record({
    at: fc.constant("right" as const),
    row: fc.integer({ min: 1, max: 220 }),
    col: fc.integer({ min: 16, max: 18 }),
  }),
  fc.record({
    at: fc.constant("below" as const),
    row: fc.integer({ min: 215, max: 222 }),
    col: fc.integer({ min: 1, max: 14 }),
  }),
  // The Summary's free columns right of its blocks.
  fc.record({
    at: fc.constant("summary" as const),
    row: fc.integer({ min: 1, max: 66 }),
    col: fc.integer({ min: 13, max: 14 }),
  })
);

const content: fc.Arbitrary<Content> = fc.oneof(
  fc.constantFrom<Content>(
    { kind: "formula", formula: 'IF(1,"合规","")', result: "合规" },
    { kind: "formula", formula: "1+1", result: 2 },
    { kind: "formula", formula: "NA()", result: { error: "#N/A" } as ExcelJS.CellErrorValue },
    { kind: "formula", formula: "FALSE()", result: false },
    { kind: "formula", formula: "'It''s mine'!A1", result: "mine" },
    { kind: "error", error: "#N/A" },
    { kind: "error", error: "#REF!" },
    { kind: "error", error: "#DIV/0!" },
    { kind: "link", text: "evidence.pdf", hyperlink: "https://example.com/evidence.pdf" },
    { kind: "link", text: "合规", hyperlink: "https://example.com/c?x=1&y=2" },
    { kind: "hyperlinkFormula", url: "https://example.com/doc", text: "doc" },
    { kind: "rich", parts: ["部分", "合规"] },
    { kind: "rich", parts: ["see ", "file"] },
    { kind: "text", text: "=not a formula" },
    { kind: "text", text: "佐证\n第二行" }
  ),
  fc.string({ minLength: 1, maxLength: 12 }).map((text) => ({ kind: "text" as const, text }))
);

/** Sheet names Excel accepts that trip careless quoting: apostrophes, spaces, CJK, 31 characters. */
const SHEET_NAMES = [
  "It's mine",
  "备注 表",
  "O'Brien's 2024",
  "a".repeat(31),
  "数据'源 (2)",
  "Sheet 1 + 2",
];

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant("cell" as const), place, content }) },
  // Evidence that links to the document: a cell link or a HYPERLINK() formula.
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("cell" as const),
      place: fc.record({ at: fc.constant("evidence" as const), row: userRow }),
      content: fc.constantFrom<Content>(
        { kind: "link", text: "audit photo", hyperlink: "https://example.com/photo.jpg" },
        { kind: "hyperlinkFormula", url: "https://example.com/sop.pdf", text: "SOP" }
      ),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("merge" as const),
      place,
      rows: fc.integer({ min: 1, max: 3 }),
      cols: fc.integer({ min: 1, max: 2 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("tableColumn" as const),
      header: fc.constantFrom("Reviewer", "复核人", "Score"),
      values: fc.array(fc.constantFrom("ok", "再看", "=1", ""), { minLength: 1, maxLength: 4 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("sheet" as const),
      name: fc.constantFrom(...SHEET_NAMES),
      content,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("conflictsNote" as const),
      // Row 2 between the title and the tables, or right of the tables (N–P).
      row: fc.integer({ min: 1, max: 30 }),
      col: fc.integer({ min: 14, max: 16 }),
      text: fc.constantFrom("lead: ask Ana", "备注：周一复核"),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("compareNote" as const),
      row: fc.integer({ min: 1, max: 40 }),
      col: fc.integer({ min: 9, max: 11 }),
      text: fc.constantFrom("QBR note", "对比说明"),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("renameSummary" as const),
      name: fc.constantFrom("Sum'mary", "汇总 Sum'mary"),
    }),
  }
);

/** A generated workbook: its base (the template, or a merged master with Conflicts and Compare). */
const workbookSpec = fc.record({
  base: fc.constantFrom("template" as const, "team" as const),
  edits: fc.array(edit, { minLength: 1, maxLength: 8 }),
});
type Spec = { base: "template" | "team"; edits: Edit[] };

const address = (row: number, col: number) => `${colLetter(col)}${row}`;
function colLetter(col: number): string {
  let out = "";
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26))
    out = String.fromCharCode(65 + ((c - 1) % 26)) + out;
  return out;
}

function cellValue(c: Content): ExcelJS.CellValue {
  switch (c.kind) {
    case "formula":
      return { formula: c.formula, result: c.result } as ExcelJS.CellFormulaValue;
    case "error":
      return { error: c.error } as unknown as ExcelJS.CellErrorValue;
    case "link":
      return { text: c.text, hyperlink: c.hyperlink };
    case "hyperlinkFormula":
      return { formula: `HYPERLINK("${c.url}","${c.text}")`, result: c.text } as ExcelJS.CellValue;
    case "rich":
      return { richText: c.parts.map((text, k) => ({ text, font: { bold: k === 0 } })) };
    case "text":
      return c.text;
  }
}

function placeOf(
  workbook: ExcelJS.Workbook,
  p: Place
): { ws: ExcelJS.Worksheet; row: number; col: number } {
  if (p.at === "summary") return { ws: summaryOf(workbook), row: p.row, col: p.col };
  const ws = workbook.getWorksheet(CLAUSES)!;
  if (p.at === "evidence") return { ws, row: p.row, col: EVIDENCE_COL };
  return { ws, row: p.row, col: p.col };
}

function summaryOf(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  return (
    workbook.getWorksheet(SUMMARY) ??
    workbook.worksheets.find((ws) => /Sum'mary/.test(ws.name)) ??
    workbook.worksheets[0]
  );
}

function sheetWithTable(workbook: ExcelJS.Workbook, table: string): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((ws) =>
    Object.values((ws as unknown as { tables: object }).tables ?? {}).some(
      (t) => tableModel(t).name === table
    )
  );
}

/** Apply one edit; returns the "sheet!A1" cells it wrote (for the counter-example printer). */
function applyEdit(workbook: ExcelJS.Workbook, e: Edit): string[] {
  switch (e.kind) {
    case "cell": {
      const { ws, row, col } = placeOf(workbook, e.place);
      ws.getCell(row, col).value = cellValue(e.content);
      return [`${ws.name}!${address(row, col)}`];
    }
    case "merge": {
      const { ws, row, col } = placeOf(workbook, e.place);
      // Rating and evidence merges stay inside their column; user merges may span two columns.
      const cols = e.place.at === "rating" || e.place.at === "evidence" ? 1 : e.cols;
      const last = { row: row + e.rows - 1, col: col + cols - 1 };
      if (e.rows === 1 && cols === 1) return [];
      const range = `${address(row, col)}:${address(last.row, last.col)}`;
      try {
        ws.mergeCells(range);
      } catch {
        return []; // overlaps an earlier merge
      }
      if (ws.getCell(row, col).value === null) ws.getCell(row, col).value = `merged ${range}`;
      return [`${ws.name}!${range}`];
    }
    case "tableColumn": {
      // A column the user adds to the table (O, right of Message), as typing beside a table does.
      const ws = workbook.getWorksheet(CLAUSES)!;
      const model = tableModel(
        Object.values((ws as unknown as { tables: object }).tables)[0]
      ) as unknown as {
        tableRef: string;
        autoFilterRef?: string;
        columns: Array<{ name: string; filterButton?: boolean }>;
      };
      if (!/N[0-9]+$/.test(model.tableRef)) return [];
      const name = model.columns.some((c) => c.name === e.header) ? `${e.header} 2` : e.header;
      model.columns.push({ name, filterButton: true });
      model.tableRef = model.tableRef.replace(/N([0-9]+)$/, "O$1");
      if (model.autoFilterRef) model.autoFilterRef = model.tableRef;
      ws.getCell("O1").value = name;
      e.values.forEach((v, k) => void (ws.getCell(10 + k * 7, 15).value = v || null));
      return [`${ws.name}!O1`, ...e.values.map((_, k) => `${ws.name}!O${10 + k * 7}`)];
    }
    case "sheet": {
      const ws = workbook.getWorksheet(e.name) ?? workbook.addWorksheet(e.name);
      ws.getCell("A1").value = "mine";
      ws.getCell("B2").value = cellValue(e.content);
      ws.getCell("C3").value = {
        formula: `'${CLAUSES}'!A2`,
        result: "1",
      } as ExcelJS.CellFormulaValue;
      return [`${e.name}!A1`, `${e.name}!B2`, `${e.name}!C3`];
    }
    case "conflictsNote":
    case "compareNote": {
      const ws = sheetWithTable(
        workbook,
        e.kind === "conflictsNote" ? "EpmConflicts" : "EpmCompare"
      );
      if (!ws) return [];
      // Conflicts: row 2 (between title and tables) or right of them; Compare: right of column G.
      const row = e.kind === "conflictsNote" && e.row % 3 === 0 ? 2 : e.row;
      const col = e.kind === "conflictsNote" && row === 2 ? (e.col % 5) + 1 : e.col;
      ws.getCell(row, col).value = e.text;
      return [`${ws.name}!${address(row, col)}`];
    }
    case "renameSummary":
      // Done on the saved file (renameSheet), as Excel renames: names and print area follow.
      return [`${e.name}!(sheet)`];
  }
}

function describeEdit(e: Edit): string {
  return JSON.stringify(e, (_, v: unknown) =>
    typeof v === "string" && v.length > 40 ? `${v.slice(0, 40)}…` : v
  );
}

// ---- the runs ---------------------------------------------------------------------------------

interface CommandRun {
  command: string;
  run: Run;
  /** The workbook the output should equal outside the product's cells, and what the command owns. */
  output?: {
    file: string;
    like: Before;
    touched: Touched;
    /** Rows whose C and evidence the command must have written (CSV ratings, a merge's take). */
    landed?: Array<{ row: number; c: string; evidence: string }>;
    /** Whether the input's evidence links must survive (merge appends to a linked note). */
    links?: boolean;
  };
}

interface Trial {
  index: number;
  spec: Spec;
  /** Per edit, the cells it wrote. */
  wrote: string[][];
  input: string;
  copy: string;
  inputs: Array<{ file: string; bytes: Buffer }>;
  commands: CommandRun[];
  readBacks: Array<{ output: string; command: string; run: Run }>;
  temporaries: string[];
  exactChanges: Array<{ command: string; cells: string[] }>;
}

let models: Record<"template" | "team", ExcelJS.WorkbookModel>;
const trials: Trial[] = [];

/** Rate a few clauses (so that a copy can agree and disagree), as an auditor would. */
function rate(workbook: ExcelJS.Workbook, ratings: Array<[number, string, string, string]>): void {
  const ws = workbook.getWorksheet(CLAUSES)!;
  for (const [row, c, f, note] of ratings) {
    ws.getCell(row, 7).value = c || null;
    ws.getCell(row, 8).value = f || null;
    ws.getCell(row, EVIDENCE_COL).value = note || null;
  }
}

async function save(workbook: ExcelJS.Workbook, name: string, edits: Edit[] = []): Promise<string> {
  const file = fresh(name);
  let bytes: Uint8Array = new Uint8Array(
    (await workbook.xlsx.writeBuffer({ zip: { compression: "STORE" } } as never)) as ArrayBuffer
  );
  for (const e of edits)
    if (e.kind === "renameSummary") bytes = await renameSheet(bytes, SUMMARY, e.name);
  writeFileSync(file, bytes);
  return file;
}

function fromModel(model: ExcelJS.WorkbookModel): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.model = structuredClone(model);
  return workbook;
}

/** The hyperlink target of a cell: its link, a link value's, or a HYPERLINK() formula's URL. */
function linkOf(cell: ExcelJS.Cell): string | null {
  const value = cell.value as { hyperlink?: string; formula?: string } | null;
  const formula = value?.formula && /^HYPERLINK\("([^"]*)"/i.exec(value.formula);
  return (
    (cell as unknown as { hyperlink?: string }).hyperlink ||
    value?.hyperlink ||
    (formula ? formula[1] : null)
  );
}

/** Clause-table rows whose rating or evidence cells the edits wrote (every row of a merge). */
function editedRows(spec: Spec): number[] {
  const rows = new Set<number>();
  for (const e of spec.edits) {
    if (e.kind !== "cell" && e.kind !== "merge") continue;
    if (e.place.at !== "rating" && e.place.at !== "evidence") continue;
    const height = e.kind === "merge" ? e.rows : 1;
    for (let r = e.place.row; r < e.place.row + height && r <= LAST_ROW; r++) rows.add(r);
  }
  return [...rows].sort((a, b) => a - b);
}

/**
 * The copy a co-auditor returns: one rating taken (row 30), one in conflict (row 4), and on every
 * row the edits touched a plain rating and note of their own (their copy has no merged cells).
 */
function copyOf(workbook: ExcelJS.Workbook, rows: number[]): void {
  const ws = workbook.getWorksheet(CLAUSES)!;
  for (const row of rows)
    for (let col = RATING_COLS[0]; col <= EVIDENCE_COL; col++)
      if (ws.getCell(row, col).isMerged) ws.unMergeCells(ws.getCell(row, col).master.address);
  rate(workbook, [
    [4, "不合规", "合格", "copy: seen on site"],
    [30, "合规", "优秀", "copy: new"],
    ...rows.map((row): [number, string, string, string] => [
      row,
      "合规",
      "优秀",
      `copy: row ${row}`,
    ]),
  ]);
}

/** The ratings CSV of a workbook: a few fixed clauses and every row the edits touched. */
function csvOf(rows: number[]): { text: string; rows: number[] } {
  const all = [...new Set([2, 8, 101, ...rows])].sort((a, b) => a - b);
  // Row r of the template holds clause r − 1.
  return {
    rows: all,
    text:
      ["ID,C,F,Evidence", ...all.map((r) => `${r - 1},合规,优秀,csv row ${r}`)].join("\n") + "\n",
  };
}

const RATING_AND_EVIDENCE = [...RATING_COLS, EVIDENCE_COL];
const inClauses = (rows: number[]) =>
  rows.flatMap((row) => RATING_AND_EVIDENCE.map((col) => `${CLAUSES}!${row}!${col}`));

/** `facts` with the product's cells replaced by `cells`. */
function owning(facts: Before, cells: Set<string>): Before {
  return { ...facts, product: () => cells };
}

const temporaryFiles = () =>
  readdirSync(dir).filter((n) => n.endsWith(".tmp") || n.startsWith(".~") || n.includes(".tmp-"));

async function runTrial(index: number, spec: Spec): Promise<Trial> {
  const workbook = fromModel(models[spec.base]);
  const wrote = spec.edits.map((e) => applyEdit(workbook, e));
  const rows = editedRows(spec);
  const copyBook = fromModel(workbook.model);
  const input = await save(workbook, "input.xlsx", spec.edits);
  copyOf(copyBook, rows);
  const copy = await save(copyBook, "copy.xlsx", spec.edits);
  const ratings = csvOf(rows);
  const csv = fresh("ratings.csv");
  writeFileSync(csv, ratings.text);
  const inputs = [input, copy, csv].map((file) => ({ file, bytes: readFileSync(file) }));
  const inputBook = await load(input);
  const facts = factsOf(inputBook);
  const copyBookRead = await load(copy);
  const copyFacts = factsOf(copyBookRead);
  const commands: CommandRun[] = [];
  const run = async (command: string, args: string[], output?: CommandRun["output"]) => {
    commands.push({ command, run: await cli(...args, "--lang", "en"), output });
  };
  const out = (name: string) => fresh(name);

  // score --ratings owns the results, blocks and the CSV's rows; every other rating stays exactly.
  const ratedCells = new Set([...facts.product({}), ...inClauses(ratings.rows)]);
  // merge owns the Conflicts tables and the rating and evidence cells where the copy differs from
  // the master, except a master's formula (the user's: kept, or a conflict); never the results.
  const mine = inputBook.getWorksheet(CLAUSES)!;
  const theirs = copyBookRead.getWorksheet(CLAUSES)!;
  const mergeFills = inClauses(
    Array.from({ length: LAST_ROW - 1 }, (_, k) => k + FIRST_ROW)
  ).filter((key) => {
    const [, row, col] = key.split("!").map(Number);
    const master = mine.getCell(row, col);
    if (master.formula || master.type === ExcelJS.ValueType.Formula) return false;
    return exactKey(master) !== exactKey(theirs.getCell(row, col));
  });
  const clauseSheet = (key: string) => key.startsWith(`${CLAUSES}!`);
  const mergedCells = new Set([
    ...[...facts.product({ merge: true })].filter((key) => !clauseSheet(key)),
    ...mergeFills,
  ]);

  const scored = out("scored.xlsx");
  await run("score --out", ["score", input, "--out", scored, "--json"], {
    file: scored,
    like: facts,
    touched: {},
  });
  const rated = out("rated.xlsx");
  await run("score --ratings --out", ["score", input, "--ratings", csv, "--out", rated, "--json"], {
    file: rated,
    like: owning(facts, ratedCells),
    touched: { ratings: true },
    landed: ratings.rows.map((row) => ({ row, c: "合规", evidence: `csv row ${row}` })),
  });
  const merged = out("merged.xlsx");
  await run("merge --out", ["merge", input, copy, "--out", merged, "--json"], {
    file: merged,
    like: owning(facts, mergedCells),
    touched: { merge: true },
    // Row 30: blank in the master, rated in the copy: taken.
    landed: [{ row: 30, c: "合规", evidence: "copy: new" }],
    links: true,
  });
  const compared = out("compared.xlsx");
  // compare writes the later audit (the copy) with its Compare sheet.
  await run("compare --out", ["compare", input, copy, "--out", compared, "--json"], {
    file: compared,
    like: copyFacts,
    touched: { compare: true },
  });
  // template over an existing audit is refused (the audit is kept); into a new file it writes.
  await run("template over the input", ["template", "--out", input]);
  const blank = out("blank.xlsx");
  await run("template", ["template", "--out", blank], {
    file: blank,
    like: factsOf(new ExcelJS.Workbook()),
    touched: {},
  });
  if (sofficePath && index < PDF_RUNS && exists(scored))
    await run("report --pdf", ["report", scored, "--pdf", out("report.pdf")]);

  const exactChanges: Trial["exactChanges"] = [];
  const readBacks: Trial["readBacks"] = [];
  for (const c of commands) {
    if (!c.output || c.run.code !== 0 || !exists(c.output.file)) continue;
    let cells: string[];
    try {
      const written = await load(c.output.file);
      cells = changedUserCellsExactly(c.output.like, written, c.output.touched);
      const sheet = written.getWorksheet(CLAUSES)!;
      // What the command wrote is where it belongs: the CSV's (or copy's) rating on its row.
      for (const { row, c: rating, evidence } of c.output.landed ?? []) {
        const at = (col: number) => sheet.getCell(row, col);
        const text = (col: number) => valueKey(at(col).value);
        // A merged evidence cell is never written into (a warning names it): the rating still lands.
        const evidenceLanded = at(EVIDENCE_COL).isMerged || text(EVIDENCE_COL).includes(evidence);
        if (text(RATING_COLS[0]) !== `string:${rating}` || !evidenceLanded)
          cells.push(
            `row ${row} should hold ${rating} / ${evidence}: ${CLAUSES}!${at(RATING_COLS[0]).address} ${exactKey(at(RATING_COLS[0]))}, ${at(EVIDENCE_COL).address} ${exactKey(at(EVIDENCE_COL))}`
          );
      }
      // A link in the master's evidence survives a merge that appends the copy's note to it.
      if (c.output.links)
        for (let row = FIRST_ROW; row <= LAST_ROW; row++) {
          const link = linkOf(inputBook.getWorksheet(CLAUSES)!.getCell(row, EVIDENCE_COL));
          if (!link) continue;
          const now = sheet.getCell(row, EVIDENCE_COL);
          if (linkOf(now) !== link)
            cells.push(`${CLAUSES}!${now.address} link ${link} lost: ${exactKey(now)}`);
        }
    } catch (error) {
      cells = [`the output cannot be opened: ${(error as Error).message}`];
    }
    if (cells.length) exactChanges.push({ command: c.command, cells });
    const back = async (command: string, args: string[]) =>
      readBacks.push({ output: c.command, command, run: await cli(...args, "--lang", "en") });
    await back("score", ["score", c.output.file, "--json"]);
    if (c.command === "template") continue; // a new audit: merge and compare refuse it rightly
    await back("merge", ["merge", c.output.file, copy, "--out", out("again.xlsx"), "--json"]);
    await back("compare", ["compare", input, c.output.file, "--json"]);
  }
  return {
    index,
    spec,
    wrote,
    input,
    copy,
    inputs,
    commands,
    readBacks,
    temporaries: temporaryFiles(),
    exactChanges,
  };
}

beforeAll(async () => {
  await makeTemplate("en");
  const base = await load(template);
  rate(base, [
    [2, "合规", "优秀", "base: doc 1"],
    [3, "合规", "良好", ""],
    [4, "合规", "优秀", "base: doc 4"],
    [5, "部分合规", "合格", ""],
  ]);
  const master = await save(base, "master.xlsx");
  const copyBook = await load(master);
  copyOf(copyBook, []);
  const copy = await save(copyBook, "master-copy.xlsx");
  // The team base: the merged master (with its Conflicts sheet) given a Compare sheet.
  const merged = fresh("team-merged.xlsx");
  const team = fresh("team.xlsx");
  for (const args of [
    ["merge", master, copy, "--out", merged],
    ["compare", master, merged, "--out", team],
  ]) {
    const run = await cli(...args, "--lang", "en");
    if (run.code !== 0) throw new Error(`${args.join(" ")}: ${run.stderr}`);
  }
  models = { template: base.model, team: (await load(team)).model };
  const specs = fc.sample(workbookSpec, { seed: SEED, numRuns: RUNS });
  for (const [index, spec] of specs.entries()) trials.push(await runTrial(index, spec));
}, 600_000);

/** The counter-example: the workbook's edits, and what went wrong. */
function report(trial: Trial, problem: string[], cells: string[] = []): string {
  const blamed = trial.spec.edits
    .map((e, k) => ({ e, wrote: trial.wrote[k] }))
    .filter(({ wrote }) =>
      cells.some((cell) =>
        wrote.some(
          (w) =>
            cell.startsWith(w.split(":")[0]) ||
            (w.endsWith("(sheet)") && cell.startsWith(w.split("!")[0]))
        )
      )
    );
  return [
    `workbook #${trial.index} (seed ${SEED}), base ${trial.spec.base}, edits:`,
    ...trial.spec.edits.map(
      (e, k) => `  ${k + 1}. ${describeEdit(e)} → ${trial.wrote[k].join(", ") || "(nothing)"}`
    ),
    ...(blamed.length
      ? ["edits that wrote the cells concerned:", ...blamed.map(({ e }) => `  ${describeEdit(e)}`)]
      : []),
    ...problem.map((p) => `  ✗ ${p}`),
  ].join("\n");
}

function expectNone(failures: string[]): void {
  if (failures.length)
    throw new Error(`${failures.length} failing workbook(s):\n\n${failures.join("\n\n")}`);
}

test(`${RUNS} generated workbooks went through every command`, () => {
  expect(trials).toHaveLength(RUNS);
  // Not vacuous: most workbooks are scored (a refusal is allowed, but not for all of them).
  const scored = trials.filter(
    (t) => t.commands.find((c) => c.command === "score --out")?.run.code === 0
  );
  expect(scored.length).toBeGreaterThan(RUNS / 2);
});

test("every command exits 0 or 2 with a reason, never 1 or a stack trace", () => {
  expectNone(
    trials.flatMap((t) => {
      const bad = [
        ...t.commands,
        ...t.readBacks.map((r) => ({ command: `${r.command} of ${r.output}`, run: r.run })),
      ]
        .filter(
          ({ run }) =>
            ![0, 2].includes(run.code) ||
            /internal error|\n\s+at .*:[0-9]+:[0-9]+/.test(run.stderr) ||
            (run.code === 2 && run.stderr.trim() === "")
        )
        .map(
          ({ command, run }) => `${command}: exit ${run.code}: ${run.stderr.trim().slice(0, 300)}`
        );
      return bad.length ? [report(t, bad)] : [];
    })
  );
});

test("template over an existing audit is refused and leaves it; into a new file it writes", () => {
  expectNone(
    trials.flatMap((t) => {
      const over = t.commands.find((c) => c.command === "template over the input")!.run;
      const fresh = t.commands.find((c) => c.command === "template")!.run;
      const bad = [
        ...(over.code === 2 ? [] : [`template --out INPUT: exit ${over.code}`]),
        ...(fresh.code === 0 ? [] : [`template --out NEW: exit ${fresh.code}: ${fresh.stderr}`]),
      ];
      return bad.length ? [report(t, bad)] : [];
    })
  );
});

test("every input is byte-identical afterwards, and no temporary file is left", () => {
  expectNone(
    trials.flatMap((t) => {
      const bad = [
        ...t.inputs
          .filter(({ file, bytes }) => !readFileSync(file).equals(bytes))
          .map(({ file }) => `input changed: ${file}`),
        ...t.temporaries.map((file) => `temporary file left: ${file}`),
      ];
      return bad.length ? [report(t, bad)] : [];
    })
  );
});

describe.each(["score --out", "score --ratings --out", "merge --out", "compare --out"])(
  "%s",
  (command) => {
    test("keeps every cell it does not own exactly (value, formula, hyperlink, merged range)", () => {
      expectNone(
        trials.flatMap((t) => {
          const changed = t.exactChanges.find((c) => c.command === command);
          return changed ? [report(t, changed.cells.slice(0, 12), changed.cells)] : [];
        })
      );
    });

    test("writes an output that score reads (exit 0) and merge and compare take as input", () => {
      expectNone(
        trials.flatMap((t) => {
          const run = t.commands.find((c) => c.command === command)!.run;
          const bad = [
            ...(run.code === 0 &&
            !exists(t.commands.find((c) => c.command === command)!.output!.file)
              ? ["exit 0 but no output file"]
              : []),
            ...t.readBacks
              .filter((r) => r.output === command && r.run.code !== 0)
              .map(
                (r) =>
                  `${r.command} of the output: exit ${r.run.code}: ${r.run.stderr.trim().slice(0, 300)}`
              ),
          ];
          return bad.length ? [report(t, bad)] : [];
        })
      );
    });
  }
);

(sofficePath ? test : test.skip)(
  `report --pdf prints the first ${PDF_RUNS} scored workbooks`,
  () => {
    expectNone(
      trials.flatMap((t) => {
        const run = t.commands.find((c) => c.command === "report --pdf")?.run;
        if (!run || run.code === 0) return [];
        return [report(t, [`report --pdf: exit ${run.code}: ${run.stderr.trim().slice(0, 300)}`])];
      })
    );
  }
);
