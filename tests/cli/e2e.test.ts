/** End to end: the built bundle, as `npm run --silent cli -- …` runs it. */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { epmV1 } from "../../src/catalogues";
import { score } from "../../src/core";
import type { RatingRow, Result } from "../../src/core/types";
import { ROOT, buildCli, spawnCli, tempDir } from "./harness";

const dir = tempDir();
const template = path.join(dir, "audit.xlsx");
const ratings = path.join(ROOT, "examples/ratings-example.csv");
const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

beforeAll(() => {
  buildCli();
  expect(spawnCli(["template", "--out", template, "--lang", "zh"]).code).toBe(0);
});

test("template → score with a CSV overlay → --json equals a direct core score; input unchanged", () => {
  const before = sha(template);
  const run = spawnCli(["score", template, "--ratings", ratings, "--years", "4", "--json"]);
  expect(run.code).toBe(0);
  expect(run.stderr).toBe("");
  const result = JSON.parse(run.stdout) as Result;
  const csv = Papa.parse<Record<string, string>>(readFileSync(ratings, "utf8"), {
    header: true,
    skipEmptyLines: true,
  });
  const rows: RatingRow[] = csv.data.map((r) => ({
    id: r.ID,
    c: r.C || null,
    f: r.F || null,
    i: r.I || null,
  }));
  const direct = score({ catalogue: epmV1, rows, years: 4, profile: { name: "standard" } }, "en");
  expect(result).toEqual(JSON.parse(JSON.stringify(direct)));
  expect(result.stars).toBe(4);
  expect(sha(template)).toBe(before); // never modified without --out
});

test("--out writes the scored workbook; scoring it again needs no CSV", () => {
  const out = path.join(dir, "scored.xlsx");
  expect(
    spawnCli(["score", template, "--ratings", ratings, "--years", "4", "--out", out]).code
  ).toBe(0);
  const again = spawnCli(["score", out, "--json"]);
  expect(JSON.parse(again.stdout).stars).toBe(4);
});

test("issue cells are filled in the JSON", () => {
  const csv = path.join(dir, "bad.csv");
  writeFileSync(csv, "ID,C,F\n20,75%,优秀\n");
  const run = spawnCli(["score", template, "--ratings", csv, "--json"]);
  const result = JSON.parse(run.stdout) as Result;
  const issue = result.issues.find((i) => i.clauseId === "20" && i.field === "c")!;
  expect(issue.cell).toBe("条目 Clauses!G21");
});

test("exit 2 with the reason on stderr and nothing written", () => {
  const out = path.join(dir, "never.xlsx");
  const run = spawnCli(["score", template, "--years", "many", "--out", out]);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/--years "many" is invalid/);
  expect(run.stdout).toBe("");
  expect(existsSync(out)).toBe(false);
  expect(spawnCli(["score", path.join(dir, "missing.xlsx")]).code).toBe(2);
  expect(spawnCli(["bogus"]).code).toBe(2);
});

test("several files: one summary table, and a summary CSV", () => {
  const summary = path.join(dir, "summary.csv");
  const run = spawnCli(["score", template, template, "--summary", summary]);
  expect(run.code).toBe(0);
  expect(run.stdout.split("\n")[0]).toMatch(/^File\s+Stars/);
  const rows = Papa.parse(readFileSync(summary, "utf8").replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: true,
  });
  expect(rows.data).toHaveLength(2);
});

test("npm run --silent cli -- score … --json prints only the JSON", () => {
  const run = spawnSync("npm", ["run", "--silent", "cli", "--", "score", template, "--json"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  expect(run.status).toBe(0);
  expect(() => JSON.parse(run.stdout)).not.toThrow();
});

test("rules 1.1 on the command line: --json names the revision; a profile turns strictCompliance on", () => {
  const lenient = JSON.parse(
    spawnCli(["score", template, "--ratings", ratings, "--years", "4", "--json"]).stdout
  ) as Result;
  expect(lenient).toMatchObject({ rulesRevision: "1.1", strictCompliance: false, stars: 4 });
  expect(lenient.allCompliant).toBe(true); // the example centre has six clauses 部分合规

  const profile = path.join(dir, "strict.json");
  writeFileSync(profile, JSON.stringify({ rules: { strictCompliance: true } }));
  const strict = spawnCli([
    "score",
    template,
    "--ratings",
    ratings,
    "--years",
    "4",
    "--weights",
    profile,
  ]);
  expect(strict.code).toBe(0);
  expect(strict.stdout).toMatch(/All method-compliant: no \(strict: partial not counted\)/);
  expect(strict.stdout).toMatch(/Star level: not certified/);

  writeFileSync(profile, JSON.stringify({ rules: { strictCompliance: "yes" } }));
  const bad = spawnCli(["score", template, "--weights", profile]);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain("$.rules.strictCompliance");
});
