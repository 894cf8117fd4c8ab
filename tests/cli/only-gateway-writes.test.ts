/**
 * The command line writes files only through its output gateway (src/cli/outputs.ts): a source
 * under src/cli/ that writes, renames, removes or makes a file or folder any other way fails here,
 * since such a write would skip the checks (inputs, devices, links, --force) and the temp-file
 * cleanup. LibreOffice's scratch files go through the gateway's scratchDir()/writeScratch().
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const GATEWAY = "outputs.ts";
const CLI = path.resolve(__dirname, "../../src/cli");

/** Calls that change the file system, by Node's names (the ...Sync twins too). */
const WRITERS = [
  "writeFile",
  "appendFile",
  "createWriteStream",
  "rename",
  "copyFile",
  "cp",
  "open",
  "mkdir",
  "mkdtemp",
  "rm",
  "rmdir",
  "unlink",
  "truncate",
  "symlink",
  "link",
  "chmod",
  "chown",
  "utimes",
  "write",
  "writev",
];
const isWriter = (name: string) => WRITERS.includes(name.replace(/Sync$/, ""));
const FS_MODULE = /^(node:)?fs(\/promises)?$/;

/** The ways a source writes to the file system, e.g. `fs.writeFile`, `import { renameSync }`. */
export function fileWrites(source: string): string[] {
  const found: string[] = [];
  const aliases: string[] = [];
  for (const [, clause, from] of source.matchAll(/import\s+([^;]*?)\s+from\s+["']([^"']+)["']/g)) {
    if (!FS_MODULE.test(from) || /^type\s/.test(clause)) continue;
    const named = /\{([^}]*)\}/.exec(clause)?.[1] ?? "";
    for (const part of named
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean)) {
      const [name, alias] = part.replace(/^type\s+/, "").split(/\s+as\s+/);
      if (isWriter(name)) found.push(`import { ${name} } from "${from}"`);
      if (name === "promises") aliases.push(alias ?? name);
    }
    const whole = /^(?:\*\s+as\s+)?([A-Za-z_$][\w$]*)/.exec(clause.replace(/\{[^}]*\}/, "").trim());
    if (whole) aliases.push(whole[1]);
  }
  // Any object's writer call (fs.rename, ExcelJS's workbook.xlsx.writeFile), except write(),
  // which is also how text goes to stdout and stderr: that one only on the fs module.
  const isWrite = (name: string) => /^writev?(Sync)?$/.test(name);
  for (const [call, name] of source.matchAll(/\.(\w+)\s*\(/g))
    if (isWriter(name) && !isWrite(name)) found.push(call);
  for (const alias of aliases)
    for (const [call, name] of source.matchAll(new RegExp(`\\b${alias}\\.(\\w+)\\s*\\(`, "g")))
      if (isWrite(name)) found.push(call);
  for (const [call] of source.matchAll(
    /(?:require|import)\s*\(\s*["'](?:node:)?fs(?:\/promises)?["']\s*\)/g
  ))
    found.push(call);
  return found;
}

test("the detector finds writes in their usual spellings, and not reads", () => {
  expect(
    fileWrites(`import { promises as fs } from "node:fs";\nawait fs.writeFile(f, d);`)
  ).toEqual([".writeFile("]);
  expect(fileWrites(`import { writeFileSync, statSync } from "fs";`)).toEqual([
    'import { writeFileSync } from "fs"',
  ]);
  expect(fileWrites(`import * as fsp from "node:fs/promises";\nfsp.rename(a, b);`)).toEqual([
    ".rename(",
  ]);
  expect(fileWrites(`import fs from "fs";\nfs.write(fd, "x");`)).toEqual(["fs.write("]);
  expect(fileWrites(`await workbook.xlsx.writeFile(out);`)).toEqual([".writeFile("]);
  expect(fileWrites(`const fs = require("node:fs");`)).toEqual(['require("node:fs")']);
  expect(
    fileWrites(
      `import { existsSync, promises as fs, statSync } from "node:fs";\n` +
        `await fs.readFile(f); await fs.stat(f); io.stderr.write("x"); process.stdout.write("y");`
    )
  ).toEqual([]);
});

test("the gateway itself is where the writes are (the detector sees them there)", () => {
  const gateway = fileWrites(readFileSync(path.join(CLI, GATEWAY), "utf8"));
  expect(gateway).toEqual(expect.arrayContaining([".writeFile(", ".rename(", ".mkdtemp("]));
});

test("no other source under src/cli/ writes a file", () => {
  const sources = readdirSync(CLI, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith(".ts") && name !== GATEWAY);
  expect(sources.length).toBeGreaterThan(5);
  const writes = Object.fromEntries(
    sources
      .map((name) => [name, fileWrites(readFileSync(path.join(CLI, name), "utf8"))] as const)
      .filter(([, found]) => found.length)
  );
  expect(writes).toEqual({});
});
