/**
 * The command line's score of workbooks whose catalogue has 1, 2, 4 or 9 levels: the text shows a
 * column per level with a verdict in each row and the gap to the next level, in English and
 * Chinese; --json carries every level. The test catalogues are known to the command line only
 * in this test (a registry stand-in), never added to the bundled registry.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { newWorkbook } from "../../src/adapters/xlsx";
import { runScore } from "../../src/cli/score";
import type { Catalogue, Result } from "../../src/core/types";
import { createOrUpgrade } from "../../src/workbook/actions";
import {
  catalogueWithLevels,
  ratePerfectly,
  SOME_LEVEL_COUNTS,
  starsOfLevels,
} from "../fixtures/levels";

jest.mock("../../src/catalogues", () => {
  const actual = jest.requireActual("../../src/catalogues");
  const { catalogueWithLevels: make } = jest.requireActual("../fixtures/levels");
  const catalogues: Catalogue[] = [...actual.CATALOGUES, ...[1, 2, 4, 9].map((n) => make(n))];
  return {
    ...actual,
    CATALOGUES: catalogues,
    findCatalogue: (id: string) => catalogues.find((c) => c.id === id) ?? null,
  };
});

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "levels-cli-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A workbook of the catalogue with every clause rated perfectly and `years` operating years. */
async function auditFile(catalogue: Catalogue, years: number): Promise<string> {
  const port = newWorkbook();
  await createOrUpgrade(port, { lang: "en", catalogue, years }, { catalogues: [catalogue] });
  ratePerfectly(port);
  const file = join(dir, `${catalogue.id}-${years}.xlsx`);
  writeFileSync(file, await port.saveWorkbook());
  return file;
}

async function cliScore(file: string, lang: "zh" | "en", json = false): Promise<string> {
  let out = "";
  const io = { stdout: (t: string) => (out += t), stderr: () => undefined, progress: false };
  expect(await runScore([file], { lang, json }, io)).toBe(0);
  return out;
}

describe.each(SOME_LEVEL_COUNTS)("a catalogue of %i level(s)", (count) => {
  const catalogue = catalogueWithLevels(count);
  const stars = starsOfLevels(count);

  test("the text has a column per level, a verdict per cell, and the gap", async () => {
    const file = await auditFile(catalogue, 0);
    const text = await cliScore(file, "en");
    const lines = text.split("\n");
    const header = lines.find((l) => l.trimStart().startsWith("Condition"))!;
    expect(header.match(/\d★/g)).toEqual(stars.map((n) => `${n}★`));
    const years = lines.find((l) => l.trimStart().startsWith("operating years"))!;
    // Years 0: only the first level's years condition is met.
    expect(years.match(/[✓✗?]/g)).toEqual(stars.map((_, k) => (k === 0 ? "✓" : "✗")));
    expect(text).toMatch(/Star level: ★ 1 star(?!s)/);
    if (count > 1) expect(text).toContain(`Gap to ${stars[1]}★`);
    else expect(text).not.toContain("Gap to");
  });

  test("in Chinese too, and --json carries every level", async () => {
    const file = await auditFile(catalogue, count - 1);
    const text = await cliScore(file, "zh");
    const header = text.split("\n").find((l) => l.trimStart().startsWith("条件"))!;
    expect(header.match(/\d★/g)).toEqual(stars.map((n) => `${n}★`));
    expect(text).toContain(`${stars[count - 1]} 星`);
    const result = JSON.parse(await cliScore(file, "en", true)) as Result;
    expect(result.levels.map((level) => [level.stars, level.met])).toEqual(
      stars.map((n) => [n, true])
    );
    expect(result.stars).toBe(stars[count - 1]);
    expect(result.gap).toBeNull();
  });
});
