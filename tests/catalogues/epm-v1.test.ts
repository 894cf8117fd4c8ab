/** The bundled EPM V1.0 catalogue: structure exactly as docs/scoring-rules.md §1, summaries in both languages. */
import { clauseCount, epmV1 } from "../../src/catalogues";
import { EPM_TABLE } from "../fixtures/catalogues";

test("211 clauses, IDs 1–211 in order", () => {
  expect(clauseCount(epmV1)).toBe(211);
  const ids = epmV1.modules.flatMap((m) => m.items.flatMap((i) => i.clauses.map((c) => c.id)));
  expect(ids).toEqual(Array.from({ length: 211 }, (_, k) => String(k + 1)));
});

test("modules, points, cap and sub-item → clause mapping exactly as docs/scoring-rules.md §1", () => {
  const actual = epmV1.modules.map((m) => ({
    id: m.id,
    points: m.scale === "CF" ? m.points : m.cap,
    items: m.items.map((i) => [
      i.id,
      Number(i.clauses[0].id),
      Number(i.clauses[i.clauses.length - 1].id),
    ]),
  }));
  expect(actual).toEqual(EPM_TABLE);
  expect(epmV1.modules.map((m) => m.scale)).toEqual(["CF", "CF", "CF", "CF", "CF", "I"]);
  expect(epmV1.modules[5]).toMatchObject({ cap: 400, clausePoints: 50 });
  // One name a line: the six names in a row would read as a copy of the standard's contents page.
  const names = new Map(epmV1.modules.map((m) => [m.id, m.name.zh]));
  expect(names.get("1.0")).toBe("设计与规划");
  expect(names.get("2.0")).toBe("经营管理");
  expect(names.get("3.0")).toBe("运营管理");
  expect(names.get("4.0")).toBe("人力资源管理");
  expect(names.get("5.0")).toBe("数据与绩效管理");
  expect(names.get("6.0")).toBe("创新和提升");
});

test("default level table as docs/scoring-rules.md §5", () => {
  expect(epmV1.rules).toEqual({
    years: [1, 3, 5],
    fShare: [0.7, 0.8, 0.9],
    score15: [0.7, 0.8, 0.9],
    score6: [0, 0.25, 0.75],
  });
});

test("every clause has a short summary in Chinese and in English, none repeated", () => {
  const clauses = epmV1.modules.flatMap((m) => m.items.flatMap((i) => i.clauses));
  for (const c of clauses) {
    expect(c.summary.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(c.summary.en).toMatch(/^[A-Z0-9"(]/);
    expect(c.summary.zh.length).toBeLessThanOrEqual(40);
  }
  expect(new Set(clauses.map((c) => c.summary.zh)).size).toBe(211);
  expect(new Set(clauses.map((c) => c.summary.en)).size).toBe(211);
});

test("sub-point counts carried over from the standard (e.g. 20.1–20.7, 25.1–25.12)", () => {
  const subPoints = Object.fromEntries(
    epmV1.modules
      .flatMap((m) => m.items.flatMap((i) => i.clauses))
      .filter((c) => c.subPoints > 0)
      .map((c) => [c.id, c.subPoints])
  );
  expect(subPoints["20"]).toBe(7);
  expect(subPoints["25"]).toBe(12);
  expect(subPoints["1"]).toBeUndefined();
  expect(epmV1.modules.every((m) => m.items.every((i) => i.name.zh && i.name.en))).toBe(true);
});
