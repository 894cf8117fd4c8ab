/**
 * End-to-end command-line benchmarks: wall time of `score` on the full catalogue workbook and on a
 * synthetic 10,000-clause workbook (211 catalogue rows + extra 6.x innovation rows), including
 * Node's start, as a user runs it.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadWorkbook, saveWorkbook } from "../../src/adapters/xlsx";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function run(root: string, args: string[]): number {
  const start = performance.now();
  const done = spawnSync(process.execPath, [path.join(root, "build/cli/epm-scorer.cjs"), ...args], {
    encoding: "utf8",
  });
  const ms = performance.now() - start;
  if (done.status !== 0) throw new Error(`epm-scorer ${args.join(" ")} failed: ${done.stderr}`);
  return ms;
}

async function withExtraRows(file: string, out: string, extra: number): Promise<void> {
  const port = await loadWorkbook(readFileSync(file));
  const grades = ["卓越", "优秀", "一般", "合格", "未涉及"];
  const snapshot = await port.read({ tables: ["EpmClauses"], names: [] });
  const header = snapshot.tables.EpmClauses!.header;
  const column = (prefix: string) => header.findIndex((h) => h.startsWith(prefix));
  const [idAt, moduleAt, itemAt, iAt, notesAt] = [
    column("ID"),
    column("模块"),
    column("子项"),
    column("I "),
    column("佐证"),
  ];
  const values = Array.from({ length: extra }, (_, k) => {
    const row: Array<string | null> = header.map(() => null);
    row[idAt] = `X-${k + 1}`;
    row[moduleAt] = "6.0";
    row[itemAt] = `6.${(k % 4) + 1}`;
    row[iAt] = grades[k % grades.length];
    row[notesAt] = `programme ${k + 1}`;
    return row;
  });
  await port.apply({ ops: [{ op: "appendTableRows", table: "EpmClauses", values }] });
  writeFileSync(out, await saveWorkbook(port));
}

export async function benchCli(root: string): Promise<Array<[string, string, string]>> {
  const build = spawnSync(process.execPath, [path.join(root, "scripts/build-cli.mjs")], {
    encoding: "utf8",
  });
  if (build.status !== 0) throw new Error(build.stderr);
  const dir = mkdtempSync(path.join(os.tmpdir(), "epm-bench-"));
  const template = path.join(dir, "template.xlsx");
  const full = path.join(dir, "full.xlsx");
  run(root, ["template", "--out", template, "--lang", "zh"]);
  run(root, [
    "score",
    template,
    "--ratings",
    path.join(root, "examples/ratings-example.csv"),
    "--out",
    full,
  ]);
  const fullTimes = Array.from({ length: 5 }, () =>
    run(root, ["score", full, "--out", path.join(dir, "out.xlsx"), "--force"])
  );

  const big = path.join(dir, "big.xlsx");
  await withExtraRows(full, big, 10_000 - 211);
  const bigTimes = Array.from({ length: 3 }, () =>
    run(root, ["score", big, "--out", path.join(dir, "big-out.xlsx"), "--force"])
  );
  return [
    [
      "CLI score, full catalogue workbook (median of 5, incl. Node start)",
      `${median(fullTimes).toFixed(0)} ms`,
      "≤ 1,500 ms",
    ],
    [
      "CLI score, synthetic 10,000-clause workbook (median of 3)",
      `${median(bigTimes).toFixed(0)} ms`,
      "≤ 10,000 ms",
    ],
  ];
}
