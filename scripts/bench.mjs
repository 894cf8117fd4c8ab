#!/usr/bin/env node
// npm run bench — prints each figure next to its budget. Sections are TypeScript modules under
// scripts/bench/, bundled with esbuild so that the code measured is the code shipped.
import { build } from "esbuild";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "build", "bench");
mkdirSync(out, { recursive: true });
const require = createRequire(import.meta.url);

const sections = [
  ["core", "benchCore"],
  ["cli", "benchCli"],
  ["browser", "benchBrowser"],
];
// `npm run bench -- core` runs only the named sections.
const wanted = process.argv.slice(2);
const rows = [];
for (const [file, fn] of sections.filter(
  ([name]) => wanted.length === 0 || wanted.includes(name)
)) {
  const outfile = join(out, `${file}.cjs`);
  await build({
    entryPoints: [join(root, "scripts", "bench", `${file}.ts`)],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    outfile,
    // playwright-core and chromium-bidi stay outside the bundle; exceljs is bundled as in the CLI.
    external: ["playwright-core", "chromium-bidi/*"],
    logLevel: "error",
  });
  rows.push(...(await require(outfile)[fn](root)));
}
const width = Math.max(...rows.map((r) => r[0].length));
console.log(`${"measure".padEnd(width)}  ${"measured".padStart(14)}  budget`);
for (const [name, value, budget] of rows)
  console.log(`${name.padEnd(width)}  ${value.padStart(14)}  ${budget}`);
