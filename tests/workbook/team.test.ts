/** Team audits (docs/team.md): merging co-auditors' copies and comparing two audits, over ExcelJS. */
import fc from "fast-check";
import { epmV1 } from "../../src/catalogues";
import { clauseIds } from "../fixtures/catalogues";
import type { XlsxWorkbook } from "../../src/adapters/xlsx";
import { createOrUpgrade, scoreAudit } from "../../src/workbook/actions";
import { AuditInputError } from "../../src/workbook/issues";
import { compareAudits, mergeAudits } from "../../src/workbook/team";
import { smallStandard } from "../fixtures/catalogues";
import {
  C,
  EVIDENCE,
  F,
  I,
  allValues,
  auditorCopy,
  clausesSheet,
  columnOf,
  envFor,
  epmMaster,
  roundTrip,
  rowOfId,
  setInput,
  setRating,
} from "./helpers";
import { newWorkbook } from "../../src/adapters/xlsx";
import { auditIdentity } from "../../src/workbook/identity";
import { standardsReadRequest } from "../../src/workbook/standard";
import { EPM_NAMES } from "../fixtures/catalogues";

const env = { ...envFor(epmV1), newAuditId: () => "audit-1" };

const epmAudit = (auditId = "audit-1") => epmMaster("zh", auditId);

function cellValue(port: XlsxWorkbook, id: string, header: string): unknown {
  const sheet = clausesSheet(port);
  return sheet.getCell(rowOfId(sheet, id), columnOf(sheet, header)).value;
}

const clausesOf = (m: string) =>
  epmV1.modules.find((x) => x.id === m)!.items.flatMap((it) => it.clauses.map((c) => c.id));

/** The lead's master and three copies: A rates 1.0–2.0, B 3.0–4.0, C 5.0–6.0; A also rates 74–85. */
async function teamSetup() {
  const master = await epmAudit();
  const a = await auditorCopy(master, "Ana");
  const b = await auditorCopy(master, "Bo");
  const c = await auditorCopy(master, "Chen");
  for (const id of [...clausesOf("1.0"), ...clausesOf("2.0")]) {
    setRating(a, id, C, "合规");
    setRating(a, id, F, "良好");
  }
  for (const id of [...clausesOf("3.0"), ...clausesOf("4.0")]) {
    setRating(b, id, C, "合规");
    setRating(b, id, F, "优秀");
    setRating(b, id, EVIDENCE, `Bo saw ${id}`);
  }
  for (const id of clausesOf("5.0")) {
    setRating(c, id, C, "合规");
    setRating(c, id, F, "85%");
  }
  for (const id of clausesOf("6.0")) setRating(c, id, I, "优秀");
  // 12 overlapping clauses: A agrees with B on 7, disagrees on C for 5 (74–78).
  const overlap = Array.from({ length: 12 }, (_, k) => String(74 + k));
  overlap.forEach((id, k) => {
    setRating(a, id, C, k < 5 ? "部分合规" : "合规");
    setRating(a, id, F, "优秀");
    setRating(a, id, EVIDENCE, `Ana saw ${id}`);
  });
  const copies = [
    { port: a, file: "ana.xlsx" },
    { port: b, file: "bo.xlsx" },
    { port: c, file: "chen.xlsx" },
  ];
  return { master, copies, overlap };
}

function conflictsSheet(port: XlsxWorkbook) {
  return port.workbook.worksheets.find((ws) => ws.name.includes("Conflicts"));
}

test("Create writes an audit ID and names the catalogue version; upgrade and scoring keep them", async () => {
  const port = await epmAudit("audit-1");
  const read = (p: XlsxWorkbook) => p.read(standardsReadRequest([epmV1]));
  const identity = async () => auditIdentity(await read(port), EPM_NAMES);
  expect(await identity()).toEqual({
    auditId: "audit-1",
    catalogueId: "CC-CMM-EPM",
    catalogueVersion: "1.0",
  });
  await createOrUpgrade(port, { lang: "zh", catalogue: epmV1 }, { ...env, newAuditId: () => "x" });
  await scoreAudit(port, "zh", {}, env);
  expect((await identity()).auditId).toBe("audit-1");
  // Without an injected one, Create makes a random UUID.
  const fresh = newWorkbook();
  await createOrUpgrade(fresh, { lang: "en", catalogue: epmV1 }, envFor(epmV1));
  expect(auditIdentity(await read(fresh), EPM_NAMES).auditId).toMatch(
    /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
  );
});

describe("merge", () => {
  test("three copies: every non-conflicting rating is taken, 5 conflicts listed, conflicting cells unchanged", async () => {
    const { master, copies } = await teamSetup();
    const before = allValues(master.workbook);
    const summary = await mergeAudits(master, copies, "en", {}, env);

    expect(summary.conflicts).toHaveLength(5);
    expect(summary.conflicts.map((c) => `${c.clauseId}${c.column}`)).toEqual([
      "74C",
      "75C",
      "76C",
      "77C",
      "78C",
    ]);
    const first = summary.conflicts[0];
    expect(first.values).toEqual([
      { auditor: "Ana", file: "ana.xlsx", value: "部分合规" },
      { auditor: "Bo", file: "bo.xlsx", value: "合规" },
    ]);
    expect(first.evidence).toEqual([
      { auditor: "Ana", text: "Ana saw 74" },
      { auditor: "Bo", text: "Bo saw 74" },
    ]);
    // 200 C + 200 F + 11 I cells set; 5 C cells in conflict are not taken.
    expect(summary.taken).toBe(200 + 200 + 11 - 5);
    expect(summary.resolved).toBe(0);

    for (const id of ["74", "78"]) expect(cellValue(master, id, C)).toBeNull();
    expect(cellValue(master, "79", C)).toBe("合规");
    expect(cellValue(master, "74", F)).toBe("优秀"); // F agreed (A and B both 优秀)
    expect(cellValue(master, "1", F)).toBe("良好");
    expect(cellValue(master, "177", F)).toBe("85%");
    expect(cellValue(master, "201", I)).toBe("优秀");
    expect(cellValue(master, "80", EVIDENCE)).toBe("[Ana] Ana saw 80\n[Bo] Bo saw 80");

    // The Conflicts sheet lists the five with both auditors' values and evidence.
    const sheet = conflictsSheet(master)!;
    const rows = [4, 5, 6, 7, 8].map((r) => sheet.getRow(r).values as unknown[]);
    expect(rows.map((r) => r[1])).toEqual(["74", "75", "76", "77", "78"]);
    expect(rows[0][5]).toBe("Ana (ana.xlsx): 部分合规\nBo (bo.xlsx): 合规");
    expect(rows[0][6]).toBe("Ana: Ana saw 74\nBo: Bo saw 74");

    // Nothing else changed: every cell that differs is a rating or evidence cell of the clause table.
    const after = allValues(master.workbook);
    const clauses = clausesSheet(master).name;
    const inputCols = [C, F, I, EVIDENCE].map((h) => columnOf(clausesSheet(master), h));
    for (const [key, value] of before) {
      if (JSON.stringify(after.get(key)) === JSON.stringify(value)) continue;
      const [sheetName, address] = key.split("!");
      expect(sheetName).toBe(clauses);
      expect(inputCols).toContain(clausesSheet(master).getCell(address).col);
    }
  });

  test("filled Decisions are applied and their rows removed; merging the same copies again changes nothing", async () => {
    const { master, copies } = await teamSetup();
    await mergeAudits(master, copies, "en", {}, env);
    const sheet = conflictsSheet(master)!;
    for (let r = 4; r <= 8; r++) sheet.getCell(r, 7).value = r % 2 ? "部分合规" : "合规";

    const second = await mergeAudits(master, copies, "en", {}, env);
    expect(second.resolved).toBe(5);
    expect(second.conflicts).toHaveLength(0);
    expect(second.taken).toBe(0);
    expect(cellValue(master, "74", C)).toBe("合规"); // row 4 → 合规
    expect(cellValue(master, "75", C)).toBe("部分合规");
    expect(conflictsSheet(master)!.getCell(4, 1).value).toBeNull();

    const settled = allValues(master.workbook);
    const third = await mergeAudits(master, copies, "en", {}, env);
    expect(third).toMatchObject({ taken: 0, resolved: 0, conflicts: [] });
    expect(allValues(master.workbook)).toEqual(settled);
    // Evidence is never appended twice.
    expect(cellValue(master, "80", EVIDENCE)).toBe("[Ana] Ana saw 80\n[Bo] Bo saw 80");
  });

  test("an invalid Decision names its cell and nothing is written", async () => {
    const { master, copies } = await teamSetup();
    await mergeAudits(master, copies, "en", {}, env);
    conflictsSheet(master)!.getCell(4, 7).value = "mostly";
    const before = allValues(master.workbook);
    const error = await mergeAudits(master, copies, "en", {}, env).catch((e) => e);
    expect(error).toBeInstanceOf(AuditInputError);
    expect(error.message).toMatch(
      /冲突 Conflicts!G4: "mostly" is not a valid C rating; accepted: compliant\/C/
    );
    expect(allValues(master.workbook)).toEqual(before);
  });

  test("a copy of another audit is refused, unless forced", async () => {
    const master = await epmAudit("audit-1");
    const other = await epmAudit("audit-2");
    setRating(other, "1", C, "合规");
    const before = allValues(master.workbook);
    const error = await mergeAudits(
      master,
      [{ port: other, file: "other.xlsx" }],
      "zh",
      {},
      env
    ).catch((e) => e);
    expect(error).toBeInstanceOf(AuditInputError);
    expect(error.message).toContain("other.xlsx：评审编号 audit-2 与主本的 audit-1 不同");
    expect(allValues(master.workbook)).toEqual(before);

    const forced = await mergeAudits(
      master,
      [{ port: other, file: "other.xlsx" }],
      "en",
      { forceAuditId: true },
      env
    );
    expect(forced.taken).toBe(1);
  });

  test("a copy of another standard is refused", async () => {
    const master = await epmAudit();
    const mini = newWorkbook();
    await createOrUpgrade(
      mini,
      { lang: "en", catalogue: smallStandard() },
      envFor(smallStandard())
    );
    const error = await mergeAudits(
      master,
      [{ port: mini, file: "mini.xlsx" }],
      "en",
      {},
      env
    ).catch((e) => e);
    expect(error.message).toMatch(
      /mini.xlsx: audited against MINI 0.1, the master against CC-CMM-EPM 1.0/
    );
  });
});

describe("merge property", () => {
  const mini = smallStandard();
  const miniEnv = { ...envFor(mini), newAuditId: () => "mini-audit" };
  const ids = clauseIds(mini, "CF");
  const cValues = ["合规", "部分合规", "不合规", "不适用"];

  test("copies that change disjoint clauses merge to all their changes; no other cell changes", async () => {
    const base = newWorkbook();
    await createOrUpgrade(base, { lang: "en", catalogue: mini, years: 3 }, miniEnv);
    // A user column and a note beside the table must survive.
    clausesSheet(base).getCell("Z2").value = "lead's own note";
    const saved = await base.saveWorkbook();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.constantFrom(...cValues)), {
          minLength: ids.length,
          maxLength: ids.length,
        }),
        async (plan) => {
          const { loadWorkbook } = await import("../../src/adapters/xlsx");
          const master = await loadWorkbook(saved);
          const expected = await loadWorkbook(saved);
          const copies = await Promise.all([0, 1, 2].map(async () => loadWorkbook(saved)));
          plan.forEach(([owner, value], k) => {
            setRating(copies[owner], ids[k], C, value);
            setRating(expected, ids[k], C, value);
          });
          const files = copies.map((port, n) => ({ port, file: `copy${n}.xlsx` }));
          const summary = await mergeAudits(master, files, "en", {}, miniEnv);
          expect(summary.conflicts).toEqual([]);
          expect(summary.taken).toBe(ids.length);
          expect(allValues(master.workbook)).toEqual(allValues(expected.workbook));
        }
      ),
      { numRuns: 15 }
    );
  });
});

describe("compare", () => {
  test("ten improved ratings: exactly those ten clauses with their point deltas, and the stars change", async () => {
    const before = await epmAudit();
    for (const id of clauseIds(epmV1, "CF")) {
      setRating(before, id, C, "合规");
      setRating(before, id, F, "优秀");
    }
    for (const id of clauseIds(epmV1, "I")) setRating(before, id, I, "卓越");
    await setInput(before, "EpmYears", 6);
    const failing = clausesOf("2.0").slice(0, 25);
    for (const id of failing) setRating(before, id, F, "不合格"); // 175/200 pass F → 4★
    const improved = failing.slice(0, 10); // 185/200 → 5★
    const after = await roundTrip(before);
    for (const id of improved) setRating(after, id, F, "优秀");

    const { comparison } = await compareAudits(
      { port: before, file: "before.xlsx" },
      { port: after, file: "after.xlsx" },
      "en",
      after,
      env
    );
    expect(comparison.before.stars).toBe(4);
    expect(comparison.after.stars).toBe(5);
    expect(comparison.clauses.map((c) => c.id).sort()).toEqual([...improved].sort());
    for (const change of comparison.clauses) {
      expect(change.pointsDelta).toBeCloseTo(1200 / 56, 9);
      expect(change).toMatchObject({ before: "C/U", after: "C/E", ratioBefore: 0, ratioAfter: 1 });
    }
    expect(comparison.conditions.find((c) => c.stars === 5 && c.key === "score15")).toMatchObject({
      before: { met: false },
      after: { met: true },
    });
    expect(comparison.conditions.some((c) => c.key === "years")).toBe(false); // unchanged
    expect(comparison.conditions.find((c) => c.stars === 5 && c.key === "fShare")).toMatchObject({
      before: { actual: 0.875, met: false },
      after: { actual: 0.925, met: true },
    });
    const delta2 = comparison.modules.find((m) => m.id === "2.0")!;
    expect(delta2.delta).toBeCloseTo((10 * 1200) / 56, 9);

    const sheet = after.workbook.worksheets.find((ws) => ws.name.includes("Compare"))!;
    expect(sheet).toBeDefined();
    const table = sheet.getTable("EpmCompare");
    expect(table).toBeDefined();
    // Comparing again replaces the sheet rather than adding a second one.
    await compareAudits(
      { port: before, file: "before.xlsx" },
      { port: after, file: "after.xlsx" },
      "en",
      after,
      env
    );
    expect(after.workbook.worksheets.filter((ws) => ws.name.includes("Compare"))).toHaveLength(1);
    await scoreAudit(after, "en", {}, env); // the Compare sheet does not disturb scoring
  });
});
