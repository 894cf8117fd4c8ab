import { batchOps, estimateOpBytes, PAYLOAD_BUDGET } from "../../../src/adapters/office/payload";
import type { PlanOp } from "../../../src/workbook/plan";

const rows = (n: number, text: string): PlanOp => ({
  op: "setValues",
  sheet: "S",
  row: 0,
  col: 0,
  values: Array.from({ length: n }, (_, r) => [String(r), text]),
});

describe("payload batching (Excel on the web: 5 MB a request)", () => {
  test("a normal plan is one batch", () => {
    const ops: PlanOp[] = [{ op: "addSheet", name: "S" }, rows(5000, "客户联络中心条目摘要")];
    expect(batchOps(ops)).toHaveLength(1);
  });
  test("Chinese text counts 3 bytes a character", () => {
    const zh = estimateOpBytes(rows(1, "合规合规合规合规"));
    const en = estimateOpBytes(rows(1, "abcdabcd"));
    expect(zh - en).toBe(16);
  });
  test("an oversized setValues is cut into row bands that cover every row once, in order", () => {
    const big = rows(1000, "x".repeat(200));
    const batches = batchOps([big], 50_000);
    expect(batches.length).toBeGreaterThan(3);
    const bands = batches.flat() as Array<Extract<PlanOp, { op: "setValues" }>>;
    let next = 0;
    for (const band of bands) {
      expect(band.row).toBe(next);
      expect(estimateOpBytes(band)).toBeLessThanOrEqual(50_000);
      next += band.values.length;
    }
    expect(next).toBe(1000);
  });
  test("ops keep their order across batches", () => {
    const ops: PlanOp[] = [
      rows(300, "y".repeat(100)),
      { op: "freezePanes", sheet: "S", rows: 1, cols: 0 },
    ];
    const flat = batchOps(ops, 10_000).flat();
    expect(flat[flat.length - 1].op).toBe("freezePanes");
    expect(PAYLOAD_BUDGET).toBeLessThan(5 * 1024 * 1024);
  });
});
