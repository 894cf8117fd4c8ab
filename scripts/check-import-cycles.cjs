// `npm run lint`: fails when files under src import each other, directly or round a longer loop.
// A loop makes the load order decide which module sees the other half-initialised, and it blurs
// which layer sits below which. Type-only imports count too: they are the same dependency on paper.
// Usage: node scripts/check-import-cycles.cjs [folder] (default: src).
const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");

const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;
const RESOLVE_ENDINGS = [
  "",
  ".ts",
  ".tsx",
  ".js",
  ".mjs",
  ".cjs",
  "/index.ts",
  "/index.tsx",
  "/index.js",
];

function sourceFiles(dir) {
  const files = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(full));
    else if (SOURCE.test(entry.name) && !entry.name.endsWith(".d.ts")) files.push(full);
  }
  return files;
}

/** The file a relative specifier names, or null (a package, or a file outside the set). */
function resolve(from, specifier, known) {
  if (!specifier.startsWith(".")) return null;
  const base = path.resolve(path.dirname(from), specifier);
  for (const ending of RESOLVE_ENDINGS) if (known.has(base + ending)) return base + ending;
  return null;
}

/** file → the files of the set it imports (static, dynamic, re-exports, type-only). */
function importGraph(files) {
  const known = new Set(files);
  const graph = new Map();
  for (const file of files) {
    const info = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
    const targets = info.importedFiles
      .map((imported) => resolve(file, imported.fileName, known))
      .filter((target) => target !== null);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Strongly connected components with more than one file, or a file importing itself (Tarjan). */
function loops(graph) {
  let counter = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  const visit = (file) => {
    index.set(file, counter);
    low.set(file, counter);
    counter += 1;
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file)) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file), low.get(next)));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file), index.get(next)));
    }
    if (low.get(file) !== index.get(file)) return;
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || graph.get(file).includes(file)) found.push(component.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}

/** The import loops among the source files under `dir`, each as its files relative to `dir`. */
function findImportCycles(dir) {
  const root = path.resolve(dir);
  return loops(importGraph(sourceFiles(root))).map((component) =>
    component.map((file) => path.relative(root, file).split(path.sep).join("/"))
  );
}

module.exports = { findImportCycles };

if (require.main === module) {
  const dir = process.argv[2] ?? path.join(__dirname, "..", "src");
  const cycles = findImportCycles(dir);
  for (const cycle of cycles) console.error(`import cycle in ${dir}: ${cycle.join(" ⇄ ")}`);
  if (cycles.length > 0) {
    console.error(`${cycles.length} import cycle(s): make one side stop importing the other.`);
    process.exit(1);
  }
  console.log(`No import cycles in ${path.relative(process.cwd(), dir) || "."}.`);
}
