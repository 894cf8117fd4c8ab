/**
 * The layer checks of `npm run lint`: scripts/check-import-cycles.cjs refuses files that import
 * each other, and eslint.config.mjs refuses a front end importing another (or a layer importing
 * one above it). src itself passes both.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const { findImportCycles } = require("../../scripts/check-import-cycles.cjs");

const ROOT = path.resolve(__dirname, "../..");

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "cycles-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe("import cycles", () => {
  test("two files importing each other are one cycle; a file importing them is not in it", () => {
    const dir = tree({
      "a.ts": 'import { b } from "./b";\nexport const a = 1;',
      "b.ts": 'import type { a } from "./a";\nexport const b = 2;',
      "c.ts": 'import { a } from "./a";\nimport { b } from "./b";',
    });
    expect(findImportCycles(dir)).toEqual([["a.ts", "b.ts"]]);
  });

  test("a longer loop through folders, index files and re-exports is found", () => {
    const dir = tree({
      "x/index.ts": 'export { y } from "../y";',
      "y.tsx": 'const z = () => import("./z/deep");\nexport const y = z;',
      "z/deep.ts": 'import "../x";',
      "free.ts": 'import { y } from "./y";',
    });
    expect(findImportCycles(dir)).toEqual([["x/index.ts", "y.tsx", "z/deep.ts"]]);
  });

  test("a file importing itself is a cycle; packages and missing files are not followed", () => {
    const dir = tree({
      "self.ts": 'import "./self";\nimport React from "react";\nimport "./missing";',
    });
    expect(findImportCycles(dir)).toEqual([["self.ts"]]);
  });

  test("src has none", () => {
    expect(findImportCycles(path.join(ROOT, "src"))).toEqual([]);
  });

  test("the command exits 1 and names the files of a cycle", () => {
    const dir = tree({ "a.ts": 'import "./b";', "b.ts": 'import "./a";' });
    const run = spawnSync(process.execPath, ["scripts/check-import-cycles.cjs", dir], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("a.ts ⇄ b.ts");
  });
});

describe("front ends import none of each other", () => {
  const lint = (file: string, code: string) =>
    spawnSync(
      process.execPath,
      ["node_modules/eslint/bin/eslint.js", "--stdin", "--stdin-filename", file],
      { cwd: ROOT, input: code, encoding: "utf8" }
    );

  test.each([
    ["src/app/page.ts", 'import { Root } from "../taskpane/index";'],
    ["src/taskpane/pane.ts", 'import { scoreNow } from "../commands/commands";'],
    [
      "src/commands/ribbon.ts",
      'import { APP_STRINGS } from "../app/strings";\nexport { APP_STRINGS };',
    ],
    ["src/services/service.ts", 'import { App } from "../ui/App";\nexport { App };'],
    [
      "src/core/rule.ts",
      'import { describeError } from "../services/errors";\nexport { describeError };',
    ],
  ])("%s: %s is refused", (file, code) => {
    const run = lint(file, code);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("no-restricted-imports");
  });

  test("a front end may import the panels and the service layer", () => {
    const code =
      'import { Root } from "../ui/Root";\nimport { createAuditService } from "../services/portService";\nexport { Root, createAuditService };\n';
    expect(lint("src/app/page.ts", code).stdout).not.toContain("no-restricted-imports");
  });
});
