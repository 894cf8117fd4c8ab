#!/usr/bin/env node
/**
 * Gzipped size of the JavaScript each page loads initially (the <script> tags webpack put in the
 * page), checked against budgets. Run after `npm run build`: node scripts/bundle-size.mjs
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const DIST = "dist";
const BUDGETS_KB = { "taskpane.html": 300 };

let failed = false;
for (const page of ["taskpane.html", "commands.html", "app.html"]) {
  const html = readFileSync(join(DIST, page), "utf8");
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+\.js)/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/.test(src));
  const sizes = scripts.map((src) => {
    const bytes = readFileSync(join(DIST, src));
    return { src, raw: bytes.length, gz: gzipSync(bytes, { level: 9 }).length };
  });
  const gz = sizes.reduce((n, s) => n + s.gz, 0) / 1024;
  const raw = sizes.reduce((n, s) => n + s.raw, 0) / 1024;
  const budget = BUDGETS_KB[page];
  const verdict = budget ? (gz <= budget ? `≤ ${budget} KB ok` : `> ${budget} KB OVER BUDGET`) : "";
  console.log(`${page}: ${gz.toFixed(1)} KB gzipped (${raw.toFixed(1)} KB raw) ${verdict}`);
  for (const s of sizes) console.log(`  ${s.src}: ${(s.gz / 1024).toFixed(1)} KB gz`);
  if (budget && gz > budget) failed = true;
}
process.exit(failed ? 1 : 0);
