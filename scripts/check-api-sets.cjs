/**
 * Requirement-set check (part of `npm run lint`): lists every Excel member the add-in's code uses,
 * with the ExcelApi set that introduced it (the `[Api set: ExcelApi 1.N]` tags of
 * @types/office-js), and fails for a member above the manifest's minimum that is not behind a
 * capability check (an enclosing `if`, or an earlier `if (...) return` in the same block, whose
 * condition reads a flag of capabilities.ts that guarantees that set, or calls isSetSupported).
 *
 * Usage: node scripts/check-api-sets.cjs [--quiet]
 */
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

const ROOT = path.resolve(__dirname, "..");
const OFFICE_TYPES = path.join("@types", "office-js", "index.d.ts");

/** "1.7" → 7 (ExcelApi minor versions; every set so far is 1.N). */
const minorOf = (version) => Number(String(version).split(".")[1]);

function manifestMinimum(manifestPath) {
  const xml = fs.readFileSync(manifestPath, "utf8");
  const m = /<Set\s+Name="ExcelApi"\s+MinVersion="([\d.]+)"/.exec(xml);
  if (!m) throw new Error(`${manifestPath}: no <Set Name="ExcelApi" MinVersion=…>`);
  return minorOf(m[1]);
}

/** Capability flags and the ExcelApi set each guarantees, from capabilities.ts. */
function capabilityFlags(file) {
  const text = fs.readFileSync(file, "utf8");
  const flags = {};
  const re = /(\w+):\s*req\s*\?\s*req\.isSetSupported\("ExcelApi",\s*"([\d.]+)"\)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) flags[m[1]] = minorOf(m[2]);
  return flags;
}

/** The ExcelApi minor of a declaration, "other" for another set, null when untagged. */
function apiSetOf(decl) {
  const text = decl.getSourceFile().getFullText();
  const ranges = ts.getLeadingCommentRanges(text, decl.getFullStart()) || [];
  for (const range of ranges.reverse()) {
    const comment = text.slice(range.pos, range.end);
    const m = /\[Api set: ([A-Za-z]+) ([\d.]+|BETA[^\]]*)\]/.exec(comment);
    if (m) return m[1] === "ExcelApi" && /^[\d.]+$/.test(m[2]) ? minorOf(m[2]) : `${m[1]} ${m[2]}`;
  }
  return null;
}

/** "Excel.Range.values" for a member declared in the Excel namespace of @types/office-js. */
function excelMemberName(decl) {
  if (!decl.getSourceFile().fileName.endsWith(OFFICE_TYPES.split(path.sep).join("/"))) return null;
  const parts = [];
  for (let node = decl; node; node = node.parent) {
    if (node.name && ts.isIdentifier(node.name)) parts.unshift(node.name.text);
    if (ts.isModuleDeclaration(node) && node.name.text === "Excel") return parts.join(".");
  }
  return null;
}

/** The minor version a capability check around `node` guarantees (0 when none). */
function guardAround(node, flags) {
  let best = 0;
  const guarantee = (condition) => {
    const text = condition.getText();
    let level = 0;
    for (const [flag, minor] of Object.entries(flags))
      if (new RegExp(`capabilities\\.${flag}\\b`).test(text)) level = Math.max(level, minor);
    const set = /isSetSupported\("ExcelApi",\s*"([\d.]+)"\)/.exec(text);
    if (set) level = Math.max(level, minorOf(set[1]));
    return level;
  };
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent) && parent.thenStatement === child)
      best = Math.max(best, guarantee(parent.expression));
    if (ts.isBlock(parent) || ts.isSourceFile(parent) || ts.isCaseClause(parent)) {
      // An earlier `if (!capabilities.x) return;` in the same block guards what follows.
      for (const statement of parent.statements) {
        if (statement === child) break;
        if (
          ts.isIfStatement(statement) &&
          /^\s*(\{\s*)?return\b/.test(statement.thenStatement.getText())
        )
          best = Math.max(best, guarantee(statement.expression));
      }
    }
  }
  return best;
}

/**
 * Every Excel member used in `files`, with its set, uses and violations.
 * Returns { members: Map<name, {set, uses, guarded}>, violations: [{name, set, at}] }.
 */
function checkApiSets({ files, minimum, flags, compilerOptions }) {
  const program = ts.createProgram(files, compilerOptions);
  const checker = program.getTypeChecker();
  const members = new Map();
  const violations = [];
  const record = (nameNode, symbol, site) => {
    const decls = ((symbol && symbol.declarations) || []).filter(excelMemberName);
    if (decls.length === 0) return;
    const name = excelMemberName(decls[0]);
    // Overloads: the tag sits on one of them.
    const set = decls.map(apiSetOf).find((s) => s !== null) ?? null;
    const entry = members.get(name) || { set, uses: 0, guarded: 0 };
    entry.uses += 1;
    members.set(name, entry);
    if (typeof set !== "number" || set <= minimum) return;
    if (guardAround(site, flags) >= set) {
      entry.guarded += 1;
      return;
    }
    const source = site.getSourceFile();
    const { line } = source.getLineAndCharacterOfPosition(nameNode.getStart());
    violations.push({ name, set, at: `${path.relative(ROOT, source.fileName)}:${line + 1}` });
  };
  for (const source of program.getSourceFiles()) {
    if (!files.includes(path.resolve(source.fileName))) continue;
    const visit = (node) => {
      if (ts.isPropertyAccessExpression(node))
        record(node.name, checker.getSymbolAtLocation(node.name), node);
      if (ts.isPropertyAssignment(node) && ts.isObjectLiteralExpression(node.parent)) {
        const type = checker.getContextualType(node.parent);
        const property = type && node.name && checker.getPropertyOfType(type, node.name.getText());
        if (property) record(node.name, property, node);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { members, violations };
}

function sourceFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path.resolve(full)] : [];
  });
}

const setLabel = (set) => (typeof set === "number" ? `ExcelApi 1.${set}` : (set ?? "(untagged)"));

function main() {
  const quiet = process.argv.includes("--quiet");
  const minimum = manifestMinimum(path.join(ROOT, "manifest.xml"));
  const flags = capabilityFlags(path.join(ROOT, "src/adapters/office/capabilities.ts"));
  const { members, violations } = checkApiSets({
    files: sourceFiles(path.join(ROOT, "src")),
    minimum,
    flags,
    compilerOptions: {
      target: ts.ScriptTarget.ES2020,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      jsx: ts.JsxEmit.ReactJSX,
      strict: true,
      skipLibCheck: true,
      noEmit: true,
      resolveJsonModule: true,
      esModuleInterop: true,
      types: ["office-js"],
    },
  });
  if (!quiet) {
    const rows = [...members.entries()].sort(
      ([a, x], [b, y]) =>
        (typeof y.set === "number" ? y.set : 0) - (typeof x.set === "number" ? x.set : 0) ||
        a.localeCompare(b)
    );
    const width = Math.max(...rows.map(([name]) => name.length), 6);
    console.log(`Excel members used by src/ (manifest minimum: ExcelApi 1.${minimum})`);
    console.log(`${"member".padEnd(width)}  ${"set".padEnd(14)}  uses  status`);
    for (const [name, m] of rows) {
      const above = typeof m.set === "number" && m.set > minimum;
      const status = !above
        ? "ok"
        : m.guarded === m.uses
          ? "behind a capability check"
          : "ABOVE MINIMUM";
      console.log(
        `${name.padEnd(width)}  ${setLabel(m.set).padEnd(14)}  ${String(m.uses).padStart(4)}  ${status}`
      );
    }
  }
  for (const v of violations)
    console.error(
      `${v.at}: ${v.name} needs ExcelApi 1.${v.set}, above the manifest's 1.${minimum}, and no capability check guards it`
    );
  if (violations.length > 0) process.exit(1);
}

module.exports = { checkApiSets, capabilityFlags, manifestMinimum };
if (require.main === module) main();
