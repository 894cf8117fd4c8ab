/**
 * The EPM workbook the product writes stays the same, part for part: every sheet, style, defined
 * name, table and chart of a template, two scorings, a team merge and a compare, against the
 * fingerprint in tests/fixtures/epm-layout-fingerprint.json. A change of the layout (a name, a
 * cell, a style) fails here; when it is meant, regenerate with UPDATE_LAYOUT_FINGERPRINT=1 and
 * review the fixture's diff (then prettier --write it).
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { epmV1 } from "../../src/catalogues";
import { loadWorkbook, newWorkbook, type XlsxWorkbook } from "../../src/adapters/xlsx";
import type { Lang, WeightProfile } from "../../src/core/types";
import { createOrUpgrade, scoreAudit, type ActionEnv } from "../../src/workbook/actions";
import { parseRatingsCsv } from "../../src/workbook/ratings-csv";
import { compareAudits, mergeAudits } from "../../src/workbook/team";
import { xlsxFingerprint, type XlsxFingerprint } from "../support/xlsx-fingerprint";
import { C, F, FIXED_NOW, setRating } from "./helpers";

const ROOT = path.resolve(__dirname, "../..");
const FIXTURE = path.join(ROOT, "tests/fixtures/epm-layout-fingerprint.json");
/** The registry's own catalogues (no `catalogues`): the path every front end takes. */
const env: ActionEnv = { now: () => FIXED_NOW, newAuditId: () => "fingerprint-audit" };

/** Every step's file as saved right after it (charts are written only by the step that plans them). */
type Steps = Record<string, Uint8Array>;

function exampleRatings(lang: Lang) {
  const csv = readFileSync(path.join(ROOT, "examples/ratings-example.csv"), "utf8");
  const parsed = parseRatingsCsv(csv, lang);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return { columns: parsed.columns, rows: parsed.ratings };
}

async function scenario(): Promise<Steps> {
  const out: Steps = {};
  const open = (step: string) => loadWorkbook(out[step]);
  for (const lang of ["zh", "en"] as const) {
    const blank = newWorkbook();
    await createOrUpgrade(blank, { lang, catalogue: epmV1 }, env);
    out[`template-${lang}`] = await blank.saveWorkbook();
    const rated = await open(`template-${lang}`);
    await scoreAudit(rated, lang, { ratings: exampleRatings(lang), years: 4 }, env);
    out[`scored-${lang}`] = await rated.saveWorkbook();
  }
  const weights = JSON.parse(
    readFileSync(path.join(ROOT, "examples/weights-heavier-hr.json"), "utf8")
  ) as WeightProfile;
  const reweighted = await open("scored-zh");
  await scoreAudit(reweighted, "zh", { profile: weights, stage: "final" }, env);
  out["rescored-weights"] = await reweighted.saveWorkbook();

  const [master, copyA, copyB] = [
    await open("template-zh"),
    await open("template-zh"),
    await open("template-zh"),
  ];
  setRating(copyA, "1", C, "合规");
  setRating(copyB, "1", C, "部分合规");
  setRating(copyA, "2", F, "良好");
  setRating(copyB, "2", F, "良好");
  const copies = [
    { port: copyA, file: "a.xlsx" },
    { port: copyB, file: "b.xlsx" },
  ];
  await mergeAudits(master, copies, "zh", {}, env);
  out["merged"] = await master.saveWorkbook();

  const after: XlsxWorkbook = await open("scored-zh");
  const before = { port: await open("template-zh"), file: "before.xlsx" };
  await compareAudits(before, { port: after, file: "after.xlsx" }, "zh", after, env);
  out["compared"] = await after.saveWorkbook();
  return out;
}

async function fingerprints(): Promise<Record<string, XlsxFingerprint>> {
  const out: Record<string, XlsxFingerprint> = {};
  for (const [step, bytes] of Object.entries(await scenario()))
    out[step] = await xlsxFingerprint(bytes);
  return out;
}

test("an EPM workbook is written part for part as the fixture records", async () => {
  const now = await fingerprints();
  if (process.env.UPDATE_LAYOUT_FINGERPRINT === "1")
    writeFileSync(FIXTURE, JSON.stringify(now, null, 1) + "\n");
  const recorded = JSON.parse(readFileSync(FIXTURE, "utf8")) as Record<string, XlsxFingerprint>;
  expect(Object.keys(now)).toEqual(Object.keys(recorded));
  for (const step of Object.keys(recorded)) {
    // Names and tables first: their diff says in words what moved.
    expect({ step, names: now[step].names }).toEqual({ step, names: recorded[step].names });
    expect({ step, tables: now[step].tables }).toEqual({ step, tables: recorded[step].tables });
    expect({ step, parts: now[step].parts }).toEqual({ step, parts: recorded[step].parts });
  }
}, 120_000);
