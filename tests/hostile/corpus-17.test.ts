/**
 * Issue 17's hostile inputs: the score-path cases of corpus-17.ts through run-case.ts (the three
 * invariants, the outcome and the message or the ratings read), and the team cases — merge and
 * compare of workbooks edited as users do — each with the outcome issue 17 asks for.
 */
import type ExcelJS from "exceljs";
import { lstatSync, readFileSync, rmSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { cli, type Run } from "../cli/harness";
import { otherCases, workbookCases } from "./corpus";
import { issue17Cases } from "./corpus-17";
import { exactKey } from "./invariants";
import { runCase } from "./run-case";
import {
  CLAUSES,
  SUMMARY,
  exists,
  fresh,
  load,
  makeTemplate,
  template,
  temporaries,
  variant,
} from "./support";

const cases = issue17Cases();

beforeAll(() => makeTemplate("zh"));

test.each(cases.map((c) => [c.name, c] as const))("%s", (_, c) => runCase(c));

/** The team cases below, and the generated workbooks of every-command.test.ts. */
const TEAM_CASES = 9;
const GENERATED = 12;
/** Issue 9's defect tests (defects.test.ts), each its own hostile input. */
const DEFECTS = 14;

test("the hostile inputs number at least 300", () => {
  const total =
    workbookCases().length + otherCases().length + DEFECTS + cases.length + TEAM_CASES + GENERATED;
  expect(total).toBeGreaterThanOrEqual(300);
});

// ---- team cases ---------------------------------------------------------------------------------

const expectClean = (run: Run) => {
  expect([0, 2]).toContain(run.code);
  expect(run.stderr).not.toMatch(/internal error|\n\s+at .*:[0-9]+:[0-9]+/);
  expect(temporaries()).toEqual([]);
};

/** A co-auditor's copy of `master` (same audit ID): their name and their cells. */
const copyOf = (master: string, auditor: string, cells: Record<string, ExcelJS.CellValue>) =>
  variant((wb, ws) => {
    wb.getWorksheet(SUMMARY)!.getCell("C6").value = auditor;
    for (const [address, value] of Object.entries(cells)) {
      if (ws.getCell(address).isMerged) ws.unMergeCells(address);
      ws.getCell(address).value = value;
    }
  }, master);

/** merge MASTER COPIES --out; the run, the output path and (exit 0) the JSON report. */
async function merge(master: string, ...copies: string[]) {
  const out = fresh("merged.xlsx");
  const bytes = [master, ...copies].map((f) => readFileSync(f));
  const run = await cli("merge", master, ...copies, "--out", out, "--json", "--lang", "en");
  expectClean(run);
  [master, ...copies].forEach((f, k) => expect(readFileSync(f).equals(bytes[k])).toBe(true));
  if (run.code === 2) expect(exists(out)).toBe(false);
  const report =
    run.code === 0
      ? (JSON.parse(run.stdout) as {
          resolved: number;
          conflicts: Array<{ clauseId: string; column: string }>;
        })
      : null;
  return { run, out, report };
}

/** The clause results of a workbook, as score reads it. */
async function clausesOf(file: string): Promise<Map<string, { c: string | null }>> {
  const run = await cli("score", file, "--json", "--lang", "en");
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  const result = JSON.parse(run.stdout) as { clauses: Array<{ id: string; c: string | null }> };
  return new Map(result.clauses.map((c) => [c.id, c]));
}

const linkOf = (cell: ExcelJS.Cell): string | null => {
  const value = cell.value as { hyperlink?: string; formula?: string } | null;
  const formula = value?.formula && /^HYPERLINK\("([^"]*)"/i.exec(value.formula);
  return (
    (cell as unknown as { hyperlink?: string }).hyperlink ||
    value?.hyperlink ||
    (formula ? formula[1] : null)
  );
};

test("team: compare of two catalogue versions is refused naming both versions", async () => {
  const before = await variant(() => undefined);
  // The template writes its catalogue version on the Summary record (EpmCatalogueVersion, C51).
  const after = await variant(
    (wb) => void (wb.getWorksheet(SUMMARY)!.getCell("C51").value = "0.9")
  );
  const out = fresh("compared.xlsx");
  const run = await cli("compare", before, after, "--out", out, "--lang", "en");
  expectClean(run);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/1\.0/);
  expect(run.stderr).toMatch(/0\.9/);
  expect(exists(out)).toBe(false);
});

test("team: evidence merged from many copies never exceeds a cell's 32,767 characters", async () => {
  const master = await variant((_, ws) => void (ws.getCell("J3").value = "m".repeat(20_000)));
  const copies = [];
  for (const name of ["Ana", "Bo", "Cy", "Di"])
    copies.push(await copyOf(master, name, { J3: `${name}: ${"x".repeat(5_000)}` }));
  const { run, out } = await merge(master, ...copies);
  if (run.code === 2) {
    // Refused naming the cell and the limit.
    expect(run.stderr).toMatch(/J3/);
    expect(run.stderr).toMatch(/32,?767/);
    return;
  }
  const merged = await load(out);
  const long: string[] = [];
  for (const ws of merged.worksheets)
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (String(cell.text ?? "").length > 32_767) long.push(`${ws.name}!${cell.address}`);
      })
    );
  expect(long).toEqual([]);
  await clausesOf(out);
});

test("team: a merged range in a rating column is never written through by merge", async () => {
  const master = await variant((_, ws) => {
    ws.getCell("G10").value = "合规";
    ws.mergeCells("G10:G11");
  });
  const copy = await copyOf(master, "Ana", { G10: "合规", G11: "不合规" });
  const { run, out } = await merge(master, copy);
  expect(run.code).toBe(0);
  // The range stays as the lead made it, and the merge says why it left it alone.
  expect((JSON.parse(run.stdout) as { warnings: string[] }).warnings.join("\n")).toMatch(/G10:G11/);
  const after = (await load(out)).getWorksheet(CLAUSES)!;
  expect(after.getCell("G11").isMerged).toBe(true);
  expect(after.getCell("G10").value).toBe("合规");
  // Row 10 holds clause 9, row 11 clause 10: both under the range, so both invalid, not taken.
  const clauses = await clausesOf(out);
  expect([clauses.get("9")?.c, clauses.get("10")?.c]).toEqual([null, null]);
});

test("team: a master's formula and #N/A rating cells are kept, the copies' values listed as conflicts", async () => {
  const master = await variant((_, ws) => {
    ws.getCell("G12").value = { formula: 'IF(1,"合规","")', result: "合规" };
    ws.getCell("G13").value = { error: "#N/A" } as unknown as ExcelJS.CellErrorValue;
    ws.getCell("G14").value = { formula: "NA()", result: { error: "#N/A" } } as never;
  });
  const copy = await copyOf(master, "Ana", { G12: "不合规", G13: "合规", G14: "合规" });
  const before = await load(master);
  const { run, out, report } = await merge(master, copy);
  expect(run.code).toBe(0);
  const after = (await load(out)).getWorksheet(CLAUSES)!;
  const sheet = before.getWorksheet(CLAUSES)!;
  for (const address of ["G12", "G14"])
    expect(`${address} ${exactKey(after.getCell(address))}`).toBe(
      `${address} ${exactKey(sheet.getCell(address))}`
    );
  expect(report!.conflicts.map((c) => `${c.clauseId} ${c.column}`)).toEqual(
    expect.arrayContaining(["11 C", "12 C", "13 C"])
  );
});

test("team: HYPERLINK() and linked evidence keep their links through a merge", async () => {
  const master = await variant((_, ws) => {
    ws.getCell("J15").value = {
      formula: 'HYPERLINK("https://example.com/sop.pdf","SOP")',
      result: "SOP",
    } as ExcelJS.CellFormulaValue;
    ws.getCell("J16").value = { text: "photo", hyperlink: "https://example.com/photo.jpg" };
  });
  const copy = await copyOf(master, "Ana", { J15: "Ana: seen", J16: "Ana: seen too" });
  const { run, out } = await merge(master, copy);
  expect(run.code).toBe(0);
  const after = (await load(out)).getWorksheet(CLAUSES)!;
  expect([linkOf(after.getCell("J15")), linkOf(after.getCell("J16"))]).toEqual([
    "https://example.com/sop.pdf",
    "https://example.com/photo.jpg",
  ]);
});

/** A master with one open conflict (clause 4, C: master 合规, copy 不合规) on its Conflicts sheet. */
async function conflicted(): Promise<{ merged: string; copy: string }> {
  const master = await variant((_, ws) => void (ws.getCell("G5").value = "合规"));
  const copy = await copyOf(master, "Ana", { G5: "不合规" });
  const { run, out } = await merge(master, copy);
  expect(run.code).toBe(0);
  return { merged: out, copy };
}

test("team: a Decision entered as a formula on the Conflicts sheet is named, never dropped", async () => {
  const { merged, copy } = await conflicted();
  const decided = await variant((wb) => {
    const ws = wb.getWorksheet("冲突 Conflicts")!;
    expect(ws.getCell("A4").value).toBe("4");
    ws.getCell("G4").value = { formula: 'IF(1,"不合规","")', result: "不合规" };
  }, merged);
  // A decision is the lead's typed rating: the merge stops, naming the cell; nothing is written.
  const { run, out } = await merge(decided, copy);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/冲突 Conflicts!G4/);
  expect(run.stderr).toMatch(/IF\(1,"不合规",""\)/);
  expect(exists(out)).toBe(false);
});

test("team: the user's notes around the Conflicts tables survive the next merge", async () => {
  const { merged, copy } = await conflicted();
  const noted = await variant((wb) => {
    const ws = wb.getWorksheet("冲突 Conflicts")!;
    ws.getCell("B2").value = "lead: ask Ana on Monday";
    ws.getCell("N5").value = "备注：周一复核";
  }, merged);
  const { run, out } = await merge(noted, copy);
  expect(run.code).toBe(0);
  const ws = (await load(out)).getWorksheet("冲突 Conflicts")!;
  expect([ws.getCell("B2").value, ws.getCell("N5").value]).toEqual([
    "lead: ask Ana on Monday",
    "备注：周一复核",
  ]);
});

test("team: the user's notes beside the Compare table survive the next compare", async () => {
  const before = await variant(() => undefined);
  const first = fresh("compared.xlsx");
  expect((await cli("compare", before, before, "--out", first)).code).toBe(0);
  const noted = await variant((wb) => {
    const ws = wb.getWorksheet("对比 Compare")!;
    ws.getCell("J3").value = "QBR: discuss 3.0";
  }, first);
  const again = fresh("compared.xlsx");
  const run = await cli("compare", before, noted, "--out", again, "--lang", "en");
  expectClean(run);
  expect(run.code).toBe(0);
  expect((await load(again)).getWorksheet("对比 Compare")!.getCell("J3").value).toBe(
    "QBR: discuss 3.0"
  );
});

/**
 * An output naming a character device (like /dev/null; made here with mknod, so that a rename
 * over it can only replace this node): the device is never replaced by a regular file.
 */
const canMknod = (() => {
  try {
    const probe = `/tmp/epm-mknod-${process.pid}`;
    execFileSync("mknod", [probe, "c", "1", "3"], { stdio: "ignore" });
    rmSync(probe);
    return true;
  } catch {
    return false;
  }
})();

(canMknod ? test : test.skip)(
  "outputs naming a device (as /dev/null): exit 0 or 2, never replaced by a file",
  async () => {
    const device = fresh("null");
    execFileSync("mknod", [device, "c", "1", "3"]);
    const copy = await variant(() => undefined);
    const runs: Array<[string, string[]]> = [
      ["score --out", ["score", template, "--out", device]],
      ["score --summary", ["score", template, "--summary", device]],
      ["merge --out", ["merge", template, copy, "--out", device]],
      ["compare --out", ["compare", template, copy, "--out", device]],
      ["template --out", ["template", "--out", device]],
    ];
    const bad: string[] = [];
    for (const [name, args] of runs) {
      const run = await cli(...args, "--lang", "en");
      expectClean(run);
      if (!lstatSync(device).isCharacterDevice()) {
        bad.push(`${name} (exit ${run.code}) replaced the device with a file`);
        rmSync(device);
        execFileSync("mknod", [device, "c", "1", "3"]);
      }
    }
    expect(bad).toEqual([]);
  }
);
