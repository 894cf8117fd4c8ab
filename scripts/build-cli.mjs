// Bundle the command line (src/cli/main.ts) into build/cli/epm-scorer.cjs with esbuild.
// --if-stale: build only when a source is newer than the bundle, and print nothing then, so that
// `npm run --silent cli -- score … --json` prints only the JSON.
import { build } from "esbuild";
import { promises as fs } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outfile = path.join(root, "build/cli/epm-scorer.cjs");
const sources = [
  path.join(root, "src"),
  path.join(root, "package.json"),
  fileURLToPath(import.meta.url),
];

async function newest(entry) {
  const stat = await fs.stat(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const name of await fs.readdir(entry))
    latest = Math.max(latest, await newest(path.join(entry, name)));
  return latest;
}

async function stale() {
  let built;
  try {
    built = (await fs.stat(outfile)).mtimeMs;
  } catch {
    return true;
  }
  for (const source of sources) if ((await newest(source)) > built) return true;
  return false;
}

if (!process.argv.includes("--if-stale") || (await stale())) {
  await build({
    entryPoints: [path.join(root, "src/cli/main.ts")],
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    // Dependencies are bundled too: resolving and compiling exceljs's hundreds of files one by
    // one costs a command-line run more time than scoring the workbook.
    minifyWhitespace: true,
    banner: { js: "#!/usr/bin/env node" },
    logLevel: "error",
    legalComments: "none",
  });
  await fs.chmod(outfile, 0o755);
}
