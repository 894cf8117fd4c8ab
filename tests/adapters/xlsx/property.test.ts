/**
 * Property: whatever an auditor puts into the workbook — ratings (valid or not), evidence, extra
 * columns, extra rows, extra sheets, any row order — create/score/re-score/upgrade keep every user
 * cell identical, and scoring twice gives identical workbooks apart from the time stamp.
 */
import fc from "fast-check";
import type ExcelJS from "exceljs";
import { loadWorkbook, type XlsxWorkbook } from "../../../src/adapters/xlsx";
import { createOrUpgrade, scoreAudit } from "../../../src/workbook/actions";
import { smallStandard } from "../../fixtures/catalogues";
import {
  allValues,
  blankAudit,
  clausesSheet,
  columnOf,
  envFor,
  roundTrip,
} from "../../workbook/helpers";

const mini = smallStandard();
const CATALOGUE_IDS = new Set(
  mini.modules.flatMap((m) => m.items.flatMap((it) => it.clauses.map((c) => c.id)))
);
const USER_HEADERS = [
  "ID",
  "标准原文 StandardText",
  "C 方法合规",
  "F 执行到位",
  "I 创新评级",
  "佐证/备注 Evidence/Notes",
];

const cellText = fc.oneof(
  fc.constantFrom(
    "合规",
    "部分合规",
    "不适用",
    "优秀",
    "85%",
    "17/20",
    "卓越",
    "75%",
    "=1+1",
    "+x",
    "@a",
    "-1",
    ""
  ),
  fc.string({ maxLength: 12 })
);
const cellValue = fc.oneof(cellText, fc.double({ min: 0, max: 2, noNaN: true }), fc.constant(null));

const scenario = fc.record({
  ratings: fc.array(fc.tuple(cellValue, cellValue, cellValue, cellText, cellText), {
    minLength: 7,
    maxLength: 7,
  }),
  userColumns: fc.array(fc.array(cellText, { minLength: 7, maxLength: 7 }), { maxLength: 2 }),
  extraRows: fc.array(
    fc.tuple(fc.constantFrom("x7", "x8", "innov-1"), cellText, fc.constantFrom("卓越", "一般", "")),
    {
      maxLength: 2,
    }
  ),
  otherSheet: fc.array(
    fc.tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 8 }), cellValue),
    {
      maxLength: 6,
    }
  ),
  order: fc.array(fc.nat(), { minLength: 10, maxLength: 10 }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

async function auditorWorkbook(s: Scenario): Promise<XlsxWorkbook> {
  const port = await blankAudit(mini, "zh", { years: 2 });
  const extraCols = s.userColumns.map((values, n) => ({ header: `Mine ${n}`, values }));
  await port.apply({
    ops: extraCols.map((c) => ({
      op: "addTableColumn" as const,
      table: "EpmClauses",
      header: c.header,
      values: c.values,
    })),
  });
  const sheet = clausesSheet(port);
  s.ratings.forEach(([c, f, i, evidence, text], k) => {
    const row = 2 + k;
    sheet.getCell(row, columnOf(sheet, "C 方法合规")).value = c;
    sheet.getCell(row, columnOf(sheet, "F 执行到位")).value = f;
    sheet.getCell(row, columnOf(sheet, "I 创新评级")).value = i;
    sheet.getCell(row, columnOf(sheet, "佐证/备注 Evidence/Notes")).value = evidence;
    sheet.getCell(row, columnOf(sheet, "标准原文 StandardText")).value = text;
  });
  const width = sheet.getRow(1).cellCount;
  if (s.extraRows.length) {
    await port.apply({
      ops: [
        {
          op: "appendTableRows",
          table: "EpmClauses",
          values: s.extraRows.map(([id, summary, grade], n) =>
            Array.from({ length: width }, (_, c) => {
              const header = sheet.getCell(1, c + 1).value;
              if (header === "ID") return `${id}-${n}`;
              if (header === "模块 Module") return "X";
              if (header === "摘要 Summary") return summary;
              if (header === "I 创新评级") return grade;
              return null;
            })
          ),
        },
      ],
    });
  }
  // Sort the data rows in a random order (as a user sorting the table would).
  const last = sheet.rowCount;
  const rows = Array.from({ length: last - 1 }, (_, k) =>
    Array.from({ length: width }, (_, c) => sheet.getCell(2 + k, c + 1).value)
  );
  const keyed = rows.map((r, k) => ({ r, key: s.order[k % s.order.length] * 31 + k }));
  keyed.sort((a, b) => a.key - b.key);
  keyed.forEach(({ r }, k) => r.forEach((v, c) => (sheet.getCell(2 + k, c + 1).value = v)));
  const other = port.workbook.addWorksheet("Auditor notes");
  for (const [row, col, value] of s.otherSheet) other.getCell(row, col).value = value;
  return roundTrip(port);
}

/** Every cell a user owns: user columns of the clause table by ID and header, other sheets, inputs. */
function userCells(port: XlsxWorkbook): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const sheet = clausesSheet(port);
  const headers = Array.from({ length: sheet.getRow(1).cellCount }, (_, c) =>
    String(sheet.getCell(1, c + 1).value)
  );
  const owned = headers.map((h) => USER_HEADERS.includes(h) || h.startsWith("Mine"));
  const seen = new Map<string, number>();
  for (let r = 2; r <= sheet.rowCount; r++) {
    const id = String(sheet.getCell(r, 1).value ?? "");
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    // Rows the catalogue does not know are the user's, summary and module included.
    const extra = !CATALOGUE_IDS.has(id);
    headers.forEach((h, c) => {
      if (owned[c] || (extra && (h === "摘要 Summary" || h === "模块 Module")))
        out.set(`${id}#${n}|${h}`, JSON.stringify(sheet.getCell(r, c + 1).value ?? null));
    });
  }
  for (const [key, value] of allValues(port.workbook))
    if (key.startsWith("Auditor notes!")) out.set(key, value);
  for (const name of ["EpmOrganisation", "EpmYears", "EpmStage", "EpmAuditor", "EpmDate"]) {
    const range = (
      port.workbook.definedNames.model as Array<{ name: string; ranges: string[] }>
    ).find((d) => d.name === name)!;
    const [sheetName, ref] = range.ranges[0].replace(/'/g, "").split("!");
    out.set(
      name,
      JSON.stringify(
        port.workbook.getWorksheet(sheetName)!.getCell(ref.replace(/\$/g, "")).value ?? null
      )
    );
  }
  return out;
}

function withoutTime(values: Map<string, unknown>): Map<string, unknown> {
  const stamp = /^\d{4}-\d{2}-\d{2}T/;
  return new Map([...values].filter(([, v]) => !(typeof v === "string" && stamp.test(v))));
}

test("user cells survive create, score, re-score and upgrade; scoring is deterministic", async () => {
  await fc.assert(
    fc.asyncProperty(scenario, async (s) => {
      const original = await auditorWorkbook(s);
      const expected = userCells(original);
      let port = original;
      const steps: Array<(p: XlsxWorkbook) => Promise<unknown>> = [
        (p) => createOrUpgrade(p, { lang: "zh" }, envFor(mini)),
        (p) => scoreAudit(p, "en", {}, envFor(mini, new Date("2025-01-01T00:00:00Z"))),
        (p) => scoreAudit(p, "zh", {}, envFor(mini, new Date("2025-06-01T00:00:00Z"))),
        (p) => createOrUpgrade(p, { lang: "zh" }, envFor(mini)),
      ];
      for (const step of steps) {
        await step(port);
        port = await roundTrip(port);
        expect(userCells(port)).toEqual(expected);
      }
      // Scoring the same workbook twice, at two times: identical apart from the time stamp.
      const bytes = await port.saveWorkbook();
      const once = await loadWorkbook(bytes);
      const twice = await loadWorkbook(bytes);
      await scoreAudit(once, "en", {}, envFor(mini, new Date("2030-01-01T00:00:00Z")));
      await scoreAudit(twice, "en", {}, envFor(mini, new Date("2031-02-03T04:05:06Z")));
      const a = allValues((await roundTrip(once)).workbook as ExcelJS.Workbook);
      const b = allValues((await roundTrip(twice)).workbook as ExcelJS.Workbook);
      expect(withoutTime(a)).toEqual(withoutTime(b));
      expect(a.size).toBe(b.size);
    }),
    { numRuns: 25 }
  );
});
