/** Core benchmarks: full EPM scorings per second, and one scoring of a 100,000-clause catalogue. */
import { epmV1 } from "../../src/catalogues";
import { PRESETS, score } from "../../src/core";
import type { Catalogue, RatingRow, ScoreInput } from "../../src/core/types";

const C = ["合规", "合规", "合规", "部分合规", "合规", "合规", "未审核"];
const F = ["优秀", "良好", "85%", "17/20", "一般", "合格", "0.92"];
const I = ["卓越", "优秀", "一般", null, "未涉及"];

function realisticRows(catalogue: Catalogue): RatingRow[] {
  let k = 0;
  return catalogue.modules.flatMap((m) =>
    m.items.flatMap((item) =>
      item.clauses.map((clause) => {
        k += 1;
        return m.scale === "CF"
          ? {
              id: clause.id,
              c: C[k % C.length],
              f: F[(k * 3) % F.length],
              cells: { c: `Clauses!G${k + 1}`, f: `Clauses!H${k + 1}` },
            }
          : { id: clause.id, i: I[k % I.length], cells: { i: `Clauses!I${k + 1}` } };
      })
    )
  );
}

function syntheticCatalogue(clauses: number): Catalogue {
  const perModule = clauses / 5;
  const modules = Array.from({ length: 5 }, (_, m) => ({
    id: `${m + 1}.0`,
    name: { zh: "模块", en: "module" },
    scale: "CF" as const,
    points: 1000,
    items: Array.from({ length: 100 }, (_, i) => ({
      id: `${m + 1}.${i + 1}`,
      name: { zh: "子项", en: "item" },
      clauses: Array.from({ length: perModule / 100 }, (_, c) => ({
        id: `${m + 1}-${i + 1}-${c + 1}`,
        subPoints: 0,
        summary: { zh: "条目", en: "clause" },
      })),
    })),
  }));
  return { ...epmV1, id: "SYN", modules };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Milliseconds of CPU this process has used: unlike wall time, other processes on the machine barely move it. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Median of five 400 ms (CPU) rounds of full scorings, after a warm-up. */
function scoringsPerCpuSecond(input: ScoreInput): number {
  for (let k = 0; k < 20_000; k++) score(input);
  const runs: number[] = [];
  for (let round = 0; round < 5; round++) {
    let count = 0;
    const start = cpuMs();
    while (cpuMs() - start < 400) {
      for (let k = 0; k < 500; k++) score(input);
      count += 500;
    }
    runs.push((count * 1000) / (cpuMs() - start));
  }
  return median(runs);
}

const perSecond = (value: number): string => `${Math.round(value).toLocaleString("en")} /s`;

export function benchCore(): Array<[string, string, string]> {
  const rows = realisticRows(epmV1);
  const input: ScoreInput = { catalogue: epmV1, rows, years: 4, yearsCell: "Summary!C4" };
  // A what-if recompute: the same profile object scored again (the core validates it once).
  const whatIf: ScoreInput = { ...input, profile: PRESETS[1].profile(epmV1) };
  const [bigMedian, coldMs] = benchBig();
  return [
    [
      "full EPM scorings per CPU-second (211 clauses)",
      perSecond(scoringsPerCpuSecond(input)),
      "≥ 50,000 /s",
    ],
    ["  same, with a what-if weight profile", perSecond(scoringsPerCpuSecond(whatIf)), "–"],
    [
      "score a 100,000-clause catalogue (CPU ms, median of 9)",
      `${bigMedian.toFixed(1)} ms`,
      "≤ 50 ms",
    ],
    ["  same, first call (builds the points layout)", `${coldMs.toFixed(1)} ms`, "–"],
  ];
}

/** Median and first-call time of scoring a synthetic 100,000-clause catalogue. */
function benchBig(): [number, number] {
  const big = syntheticCatalogue(100_000);
  const bigRows = realisticRows(big);
  const cold = cpuMs();
  score({ catalogue: big, rows: bigRows, years: 4 });
  const coldMs = cpuMs() - cold;
  const times: number[] = [];
  for (let k = 0; k < 9; k++) {
    const start = cpuMs();
    score({ catalogue: big, rows: bigRows, years: 4 });
    times.push(cpuMs() - start);
  }
  return [median(times), coldMs];
}
