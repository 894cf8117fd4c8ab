#!/usr/bin/env node
/**
 * Writes manifest.xml, manifest.json and manifest.zh-CN.json from manifest/addin.json (see
 * scripts/manifests.cjs). With --check it writes nothing and fails when a committed file differs
 * from what the source gives (part of `npm run lint`), so nobody edits a manifest by hand.
 * Run: npm run manifests [-- --check]
 */
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import * as prettier from "prettier";

const require = createRequire(import.meta.url);
const { ROOT, generatedFiles } = require("./manifests.cjs");
const check = process.argv.includes("--check");

let stale = 0;
for (const [file, raw] of Object.entries(generatedFiles())) {
  const target = join(ROOT, file);
  const text = file.endsWith(".json")
    ? await prettier.format(raw, { ...(await prettier.resolveConfig(target)), filepath: target })
    : raw;
  const current = existsSync(target) ? readFileSync(target, "utf8") : null;
  if (current === text) continue;
  if (check) {
    console.error(
      `${file} differs from manifest/addin.json: edit the source, then run npm run manifests`
    );
    stale++;
  } else {
    writeFileSync(target, text);
    console.log(`wrote ${file}`);
  }
}
if (check && stale === 0) console.log("manifests match manifest/addin.json");
process.exit(stale ? 1 : 0);
