/**
 * `template --catalogue FILE.json`: any catalogue file of the documented format makes a workbook;
 * a bad file is refused (exit 2, nothing written) with each error at its JSON path and what is
 * accepted there, in the user's language; --standard beside it is refused.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { epmV1 } from "../../src/catalogues";
import { EXAMPLE_CATALOGUE_FILE } from "../support/example-catalogue";
import { cli, tempDir } from "./harness";

const dir = tempDir();
const example = JSON.parse(readFileSync(EXAMPLE_CATALOGUE_FILE, "utf8"));
const at = (name: string) => path.join(dir, name);
function file(name: string, json: unknown): string {
  writeFileSync(at(name), typeof json === "string" ? json : JSON.stringify(json));
  return at(name);
}
const changed = (edit: (json: typeof example) => void) => {
  const copy = JSON.parse(JSON.stringify(example));
  edit(copy);
  return copy;
};

/** A refused template: exit 2, no workbook, stderr as given. */
async function refused(lang: "zh" | "en", ...args: string[]): Promise<string> {
  const out = at(`refused-${lang}.xlsx`);
  const run = await cli("template", "--out", out, "--lang", lang, ...args);
  expect(run.code).toBe(2);
  expect(existsSync(out)).toBe(false);
  return run.stderr;
}

test("the example file makes a workbook", async () => {
  const run = await cli("template", "--catalogue", EXAMPLE_CATALOGUE_FILE, "--out", at("ok.xlsx"));
  expect(run.code).toBe(0);
  expect(run.stderr).toBe("");
  expect(existsSync(at("ok.xlsx"))).toBe(true);
});

test.each([
  [
    "malformed JSON",
    () => file("malformed.json", '{ "id": "X", '),
    /malformed\.json: \$: not valid JSON: /,
    /malformed\.json: \$: 不是有效的 JSON：/,
  ],
  [
    "a missing key",
    () =>
      file(
        "missing.json",
        changed((j) => delete j.rules.fShare)
      ),
    /missing\.json: \$\.rules\.fShare: the required key "fShare" is missing \(it must be an array/,
    /missing\.json: \$\.rules\.fShare: 缺少必填的键“fShare”/,
  ],
  [
    "a wrong type",
    () =>
      file(
        "type.json",
        changed((j) => (j.modules[2].cap = "20"))
      ),
    /type\.json: \$\.modules\[2\]\.cap: must be a number/,
    /type\.json: \$\.modules\[2\]\.cap: 须为数字/,
  ],
  [
    "an unknown key",
    () =>
      file(
        "key.json",
        changed((j) => (j.modules[0].weight = 1))
      ),
    /key\.json: \$\.modules\[0\]: unknown key\(s\): weight \(accepted here: id, name, scale, points, items\)/,
    /key\.json: \$\.modules\[0\]: 未知的键：weight（此处可用：id, name, scale, points, items）/,
  ],
  [
    "a scale that does not exist",
    () =>
      file(
        "scale.json",
        changed((j) => (j.modules[0].scale = "X"))
      ),
    /scale\.json: \$\.modules\[0\]\.scale: invalid value; accepted: "CF" \| "I"/,
    /scale\.json: \$\.modules\[0\]\.scale: 无效的值；可用："CF" \| "I"/,
  ],
  [
    "a duplicate clause ID",
    () =>
      file(
        "dup.json",
        changed((j) => (j.modules[1].items[0].clauses[0].id = "1"))
      ),
    /dup\.json: \$\.modules\[1\]\.items\[0\]\.clauses\[0\]\.id: duplicate clause ID "1"; each ID may appear only once/,
    /dup\.json: \$\.modules\[1\]\.items\[0\]\.clauses\[0\]\.id: 条目编号“1”重复/,
  ],
  [
    "a file that is not there",
    () => at("nowhere.json"),
    /nowhere\.json: no such file \(check the path\)/,
    /nowhere\.json：文件不存在（请检查路径）/,
  ],
])("%s is refused at its JSON path, in English and Chinese", async (_what, make, en, zh) => {
  const catalogue = make();
  expect(await refused("en", "--catalogue", catalogue)).toMatch(en);
  expect(await refused("zh", "--catalogue", catalogue)).toMatch(zh);
});

test("--standard and --catalogue together are refused, before any file is read", async () => {
  const nowhere = at("not-read.json");
  expect(await refused("en", "--standard", "CC-CMM-EPM", "--catalogue", nowhere)).toBe(
    "--standard and --catalogue cannot be used together: --standard picks a bundled standard, --catalogue uses a catalogue file\n"
  );
  expect(await refused("zh", "--standard", "CC-CMM-EPM", "--catalogue", nowhere)).toContain(
    "--standard 与 --catalogue 只能二选一"
  );
});

test("a file of a bundled ID and version with other content: warned, the bundled rules used", async () => {
  const other = { ...epmV1, rules: { ...epmV1.rules, years: [0, 1, 2] } };
  const run = await cli(
    "template",
    "--catalogue",
    file("epm-edited.json", other),
    "--out",
    at("epm.xlsx"),
    "--lang",
    "en"
  );
  expect(run.code).toBe(0);
  expect(run.stderr).toContain(
    "CC-CMM-EPM 1.0 is bundled with this product, but the file differs from the bundled one; the bundled one is used"
  );
  const scored = await cli("score", at("epm.xlsx"), "--json", "--lang", "en");
  const result = JSON.parse(scored.stdout);
  expect(result.issues.map((i: { code: string }) => i.code)).toContain("embeddedCatalogueDiffers");
});

test("the catalogue file is a declared input: --out may not overwrite it, even with --force", async () => {
  const catalogue = file("own.json", example);
  const before = readFileSync(catalogue);
  const run = await cli("template", "--catalogue", catalogue, "--out", catalogue, "--force");
  expect(run.code).toBe(2);
  expect(run.stderr).toContain(`names the same file as --catalogue ${catalogue}`);
  expect(readFileSync(catalogue).equals(before)).toBe(true);
});
