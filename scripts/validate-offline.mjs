// Validates manifest.xml against Microsoft's add-in manifest XSDs, offline, with xmllint.
// Microsoft's online check (`npm run validate`) needs the internet; this one needs only the XSDs.
// Where they are: $OFFICE_MANIFEST_XSD_DIR (CI sets it). Without them, or without xmllint, it says
// what it needs and exits 2.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const dir = process.env.OFFICE_MANIFEST_XSD_DIR ?? "";
const schema = path.join(dir, "OfficeAppManifestV1_1.xsd");
const manifest = process.argv[2] ?? "manifest.xml";

if (dir === "" || !existsSync(schema)) {
  console.error(
    `validate:offline needs Microsoft's Office add-in manifest schemas (OfficeAppManifestV1_1.xsd and the files it includes).\n` +
      (dir === "" ? "OFFICE_MANIFEST_XSD_DIR is not set.\n" : `Not found: ${schema}\n`) +
      `Set OFFICE_MANIFEST_XSD_DIR to the folder that holds them. With internet access, \`npm run validate\` checks the manifest online instead.`
  );
  process.exit(2);
}
const run = spawnSync("xmllint", ["--noout", "--nonet", "--schema", schema, manifest], {
  stdio: "inherit",
});
if (run.error) {
  console.error(
    "validate:offline needs xmllint (Debian/Ubuntu: apt-get install libxml2-utils; macOS ships it)."
  );
  process.exit(2);
}
process.exit(run.status ?? 1);
