// Validates the add-in's manifests offline, without Microsoft's online services:
// - an .xml manifest against Microsoft's add-in manifest XSDs, with xmllint. Where they are:
//   $OFFICE_MANIFEST_XSD_DIR (CI sets it). Without them, or without xmllint, it says what it
//   needs, checks the rest, and exits 2.
// - a .json (unified) manifest and the localization files it lists against Microsoft's JSON
//   schemas from the @microsoft/app-manifest package, with ajv (scripts/unified-schema.cjs); the
//   icons it names must exist beside it.
// Usage: node scripts/validate-offline.mjs [--dist] [files…]
//   default files: manifest.xml manifest.json; --dist: dist/manifest.xml dist/manifest.json
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const { validateUnified } = require("./unified-schema.cjs");

const args = process.argv.slice(2);
const dist = args.includes("--dist");
const named = args.filter((a) => a !== "--dist");
const files = named.length
  ? named
  : ["manifest.xml", "manifest.json"].map((f) => (dist ? path.join("dist", f) : f));

let failed = false;
let missing = false;

function validateXml(manifest) {
  const dir = process.env.OFFICE_MANIFEST_XSD_DIR ?? "";
  const schema = path.join(dir, "OfficeAppManifestV1_1.xsd");
  if (dir === "" || !existsSync(schema)) {
    console.error(
      `${manifest}: not checked. The XML check needs Microsoft's Office add-in manifest schemas (OfficeAppManifestV1_1.xsd and the files it includes).\n` +
        (dir === "" ? "OFFICE_MANIFEST_XSD_DIR is not set.\n" : `Not found: ${schema}\n`) +
        `Set OFFICE_MANIFEST_XSD_DIR to the folder that holds them. With internet access, \`npm run validate\` checks the manifest online instead.`
    );
    missing = true;
    return;
  }
  const run = spawnSync("xmllint", ["--noout", "--nonet", "--schema", schema, manifest], {
    stdio: "inherit",
  });
  if (run.error) {
    console.error(
      "validate:offline needs xmllint (Debian/Ubuntu: apt-get install libxml2-utils; macOS ships it)."
    );
    missing = true;
    return;
  }
  if (run.status !== 0) failed = true;
}

function checkJson(file, json) {
  const { errors, schema } = validateUnified(json);
  if (errors.length) {
    failed = true;
    console.error(`${file} fails ${schema ?? "the schema check"}:`);
    for (const error of errors) console.error(`  ${error}`);
  } else {
    console.log(`${file} validates against ${schema}`);
  }
}

function validateJson(manifest) {
  let json;
  try {
    json = JSON.parse(readFileSync(manifest, "utf8"));
  } catch (error) {
    console.error(`${manifest}: ${error.message}`);
    failed = true;
    return;
  }
  checkJson(manifest, json);
  const dir = path.dirname(manifest);
  const listed = (json.localizationInfo?.additionalLanguages ?? []).map((l) => l.file);
  if (json.localizationInfo?.defaultLanguageFile)
    listed.push(json.localizationInfo.defaultLanguageFile);
  for (const file of listed) {
    const full = path.join(dir, file);
    if (!existsSync(full)) {
      console.error(`${manifest}: localization file ${file} is missing`);
      failed = true;
    } else checkJson(full, JSON.parse(readFileSync(full, "utf8")));
  }
  for (const icon of [json.icons?.color, json.icons?.outline]) {
    if (icon && !existsSync(path.join(dir, icon))) {
      console.error(`${manifest}: icon ${icon} is missing`);
      failed = true;
    }
  }
}

for (const file of files) {
  if (!existsSync(file)) {
    console.error(`${file}: no such file${dist ? " (run npm run build first)" : ""}`);
    failed = true;
  } else if (file.endsWith(".json")) validateJson(file);
  else validateXml(file);
}
process.exit(failed ? 1 : missing ? 2 : 0);
