/**
 * The output gateway (src/cli/outputs.ts) under hostile output paths, for every command: the same
 * file reached another way (symbolic link, hard link, `x/../`), a device, a pipe, a dangling link,
 * a link to an audit, an existing file without --force. Each refusal is exit 2 naming the path,
 * with the folder exactly as it was: inputs unchanged, nothing written, no temporary file.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  copyFileSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { loadWorkbook } from "../../src/adapters/xlsx";
import { cli, tempDir, type Run } from "./harness";

let dir = "";
let counter = 0;
/** A fresh folder holding a template audit `audit.xlsx` and a ratings CSV. */
function folder(): { at: (name: string) => string; audit: string; ratings: string } {
  dir = path.join(root, `case-${++counter}`);
  mkdirSync(dir);
  const at = (name: string) => path.join(dir, name);
  copyFileSync(template, at("audit.xlsx"));
  writeFileSync(at("ratings.csv"), "ID,C\n1,合规\n");
  return { at, audit: at("audit.xlsx"), ratings: at("ratings.csv") };
}

const root = tempDir();
const template = path.join(root, "template.xlsx");
/** Stands in for soffice: report refuses its output before it would run. */
const SOFFICE = process.execPath;

beforeAll(async () => {
  expect((await cli("template", "--out", template, "--lang", "en")).code).toBe(0);
});

/** Every entry of the folder: kind, and content hash for files (pipes are never opened). */
function snapshot(at: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(at)) {
    const file = path.join(at, name);
    const stat = lstatSync(file);
    if (stat.isSymbolicLink()) out[name] = `link → ${readlinkSync(file)}`;
    else if (stat.isDirectory()) out[name] = `dir ${JSON.stringify(snapshot(file))}`;
    else if (stat.isFile())
      out[name] = createHash("sha256").update(readFileSync(file)).digest("hex");
    else out[name] = `special ${stat.mode.toString(8)}`;
  }
  return out;
}

/** Runs the command and asserts a refusal: exit 2, the path named, the folder untouched. */
async function refused(args: string[], named: string, message: RegExp): Promise<Run> {
  const before = snapshot(dir);
  const run = await cli(...args, "--lang", "en");
  expect(run.stderr).toContain(named);
  expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(/internal error/);
  expect(run.code).toBe(2);
  expect(snapshot(dir)).toEqual(before);
  return run;
}

const sameFile = /names the same file as .*nothing was written/;
const notRegular = /is not a regular file \(a device, pipe or socket\).*nothing was written/;
const dangling = /is a symbolic link that leads to no file.*nothing was written/;
const exists = /exists and was not replaced.*nothing was written.*--force/;
const temporaries = () => readdirSync(dir).filter((name) => name.endsWith(".tmp"));

describe("an output that is an input reached another way", () => {
  test.each([
    ["a symbolic link to it", (audit: string, link: string) => symlinkSync(audit, link)],
    ["a hard link to it", (audit: string, link: string) => linkSync(audit, link)],
  ])("score --out %s", async (_, make) => {
    const { at, audit } = folder();
    make(audit, at("other.xlsx"));
    await refused(["score", audit, "--out", at("other.xlsx")], at("other.xlsx"), sameFile);
  });

  test("score --out sub/../audit.xlsx", async () => {
    const { at, audit } = folder();
    mkdirSync(at("sub"));
    const roundabout = `${dir}/sub/../audit.xlsx`;
    await refused(["score", audit, "--out", roundabout], roundabout, sameFile);
  });

  test("score --summary a hard link to --ratings", async () => {
    const { at, audit, ratings } = folder();
    linkSync(ratings, at("summary.csv"));
    await refused(
      ["score", audit, "--ratings", ratings, "--summary", at("summary.csv")],
      at("summary.csv"),
      sameFile
    );
  });

  test.each([
    ["its input", (audit: string) => audit],
    [
      "a symbolic link to its input",
      (audit: string, at: (n: string) => string) => {
        symlinkSync(audit, at("report.pdf"));
        return at("report.pdf");
      },
    ],
    [
      "a hard link to its input",
      (audit: string, at: (n: string) => string) => {
        linkSync(audit, at("report.pdf"));
        return at("report.pdf");
      },
    ],
  ])("report --pdf naming %s (even with --force)", async (_, name) => {
    const { at, audit } = folder();
    const pdf = name(audit, at);
    await refused(["report", audit, "--pdf", pdf, "--soffice", SOFFICE, "--force"], pdf, sameFile);
  });

  test("merge --out a hard link to a copy; compare --out a symbolic link to the earlier audit", async () => {
    const { at, audit } = folder();
    copyFileSync(audit, at("copy.xlsx"));
    linkSync(at("copy.xlsx"), at("merged.xlsx"));
    await refused(
      ["merge", audit, at("copy.xlsx"), "--out", at("merged.xlsx")],
      at("merged.xlsx"),
      sameFile
    );
    symlinkSync(audit, at("compared.xlsx"));
    await refused(
      ["compare", audit, at("copy.xlsx"), "--out", at("compared.xlsx")],
      at("compared.xlsx"),
      sameFile
    );
  });
});

describe("an output that is no regular file", () => {
  test.each(["score", "template", "demo", "merge", "compare", "report"])(
    "%s: /dev/null and a fifo are refused and stay what they are",
    async (command) => {
      const { at, audit, ratings } = folder();
      execFileSync("mkfifo", [at("pipe")]);
      // The pipe first: were the check gone, that test fails before /dev/null could be replaced.
      for (const out of [at("pipe"), "/dev/null"]) {
        const args: Record<string, string[]> = {
          score: ["score", audit, "--out", out],
          template: ["template", "--out", out, "--force"],
          demo: ["demo", "--ratings", ratings, "--out", out, "--force"],
          merge: ["merge", audit, audit, "--out", out],
          compare: ["compare", audit, audit, "--out", out],
          report: ["report", audit, "--pdf", out, "--soffice", SOFFICE, "--force"],
        };
        await refused(args[command], out, notRegular);
      }
      expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
      expect(lstatSync(at("pipe")).isFIFO()).toBe(true);
    }
  );

  test("a dangling symbolic link is refused and stays a link", async () => {
    const { at, audit } = folder();
    symlinkSync(at("nowhere/scored.xlsx"), at("link.xlsx"));
    await refused(["score", audit, "--out", at("link.xlsx")], at("link.xlsx"), dangling);
    await refused(["template", "--out", at("link.xlsx")], at("link.xlsx"), dangling);
    expect(lstatSync(at("link.xlsx")).isSymbolicLink()).toBe(true);
  });

  test("a folder given as --pdf is refused", async () => {
    const { at, audit } = folder();
    mkdirSync(at("report.pdf"));
    await refused(
      ["report", audit, "--pdf", at("report.pdf"), "--soffice", SOFFICE],
      at("report.pdf"),
      /is a directory/
    );
  });
});

describe("an existing output without --force", () => {
  test("demo --out an existing audit: refused; with --force replaced", async () => {
    const { at, ratings } = folder();
    copyFileSync(template, at("mine.xlsx"));
    await refused(
      ["demo", "--ratings", ratings, "--out", at("mine.xlsx")],
      at("mine.xlsx"),
      exists
    );
    const forced = await cli("demo", "--ratings", ratings, "--out", at("mine.xlsx"), "--force");
    expect(forced.code).toBe(0);
    expect(readFileSync(at("mine.xlsx")).equals(readFileSync(template))).toBe(false);
    expect(temporaries()).toEqual([]);
  });

  test("report --pdf over an existing file (an audit): refused", async () => {
    const { at, audit } = folder();
    copyFileSync(template, at("other.xlsx"));
    await refused(
      ["report", audit, "--pdf", at("other.xlsx"), "--soffice", SOFFICE],
      at("other.xlsx"),
      exists
    );
  });

  test("template --out a symbolic link to an audit: refused; with --force written through the link", async () => {
    const { at, audit } = folder();
    const ratedBefore = readFileSync(audit);
    symlinkSync(audit, at("link.xlsx"));
    await refused(["template", "--out", at("link.xlsx"), "--lang", "zh"], at("link.xlsx"), exists);
    expect(readFileSync(audit).equals(ratedBefore)).toBe(true);
    expect((await cli("template", "--out", at("link.xlsx"), "--force", "--lang", "zh")).code).toBe(
      0
    );
    expect(lstatSync(at("link.xlsx")).isSymbolicLink()).toBe(true);
    // The zh template replaced the en one at the link's target.
    expect(readFileSync(audit).equals(ratedBefore)).toBe(false);
    expect(temporaries()).toEqual([]);
  });

  /** score, merge and compare of `audit` (and a copy of it), each with the --out it writes. */
  function auditWriters(at: (name: string) => string, audit: string): [string[], string][] {
    copyFileSync(audit, at("copy.xlsx"));
    return [
      [["score", audit, "--out", at("scored.xlsx")], at("scored.xlsx")],
      [["merge", audit, at("copy.xlsx"), "--out", at("merged.xlsx")], at("merged.xlsx")],
      [["compare", audit, at("copy.xlsx"), "--out", at("compared.xlsx")], at("compared.xlsx")],
    ];
  }

  /** What stands at --out before score, merge or compare writes it, and how it is replaced. */
  interface Existing {
    put: (out: string) => void;
    /** Replaced only with --force: without it, refused. */
    force: boolean;
    replaced: (out: string) => Promise<void>;
  }

  test.each<[string, Existing]>([
    [
      "score, merge and compare: an existing workbook at --out (a copy someone went on rating) only with --force",
      {
        put: (out) => copyFileSync(template, out),
        force: true,
        replaced: async (out) =>
          expect(readFileSync(out).equals(readFileSync(template))).toBe(false),
      },
    ],
    [
      "score, merge and compare replace an existing file that is no workbook",
      {
        put: (out) => writeFileSync(out, "old"),
        force: false,
        replaced: (out) => expect(loadWorkbook(readFileSync(out))).resolves.toBeDefined(),
      },
    ],
  ])("%s", async (_, { put, force, replaced }) => {
    const { at, audit } = folder();
    for (const [args, out] of auditWriters(at, audit)) {
      put(out);
      if (force) await refused([...args], out, exists);
      const run = await cli(...args, ...(force ? ["--force"] : []));
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      await replaced(out);
    }
    expect(temporaries()).toEqual([]);
  });

  test("score --summary or --pdf over an existing workbook (another audit): refused; an old CSV is replaced", async () => {
    const { at, audit } = folder();
    copyFileSync(template, at("other.xlsx"));
    const workbook =
      /is an Excel workbook \(it may be an audit\) and is not replaced by a PDF or CSV; nothing was written/;
    await refused(["score", audit, "--summary", at("other.xlsx")], at("other.xlsx"), workbook);
    symlinkSync(at("other.xlsx"), at("report.pdf"));
    await refused(
      ["score", audit, "--pdf", at("report.pdf"), "--soffice", SOFFICE],
      at("report.pdf"),
      workbook
    );
    writeFileSync(at("summary.csv"), "old");
    expect((await cli("score", audit, "--summary", at("summary.csv"))).code).toBe(0);
    expect(readFileSync(at("summary.csv"), "utf8")).toMatch(/^\uFEFF.*\r\n/s);
  });

  test("score --out a symbolic link to another audit: refused; with --force written through, the link stays a link", async () => {
    const { at, audit } = folder();
    mkdirSync(at("elsewhere"));
    copyFileSync(template, at("elsewhere/target.xlsx"));
    symlinkSync(at("elsewhere/target.xlsx"), at("link.xlsx"));
    await refused(["score", audit, "--out", at("link.xlsx")], at("link.xlsx"), exists);
    const run = await cli(
      "score",
      audit,
      "--out",
      at("link.xlsx"),
      "--ratings",
      at("ratings.csv"),
      "--force"
    );
    expect(run.code).toBe(0);
    expect(lstatSync(at("link.xlsx")).isSymbolicLink()).toBe(true);
    expect(readFileSync(at("elsewhere/target.xlsx")).equals(readFileSync(template))).toBe(false);
    // The temporary file was made beside the target, and is gone.
    expect(readdirSync(at("elsewhere"))).toEqual(["target.xlsx"]);
    expect(temporaries()).toEqual([]);
  });
});
