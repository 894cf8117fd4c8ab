/**
 * Validates a unified manifest (manifest.json) or one of its localization files against
 * Microsoft's JSON schema, offline: the schemas come from the @microsoft/app-manifest package
 * (build/json-schemas/teams/v<version>/), picked by the file's own "$schema" address, and are
 * checked with ajv (draft-04, as the schemas declare). The package's own validateManifest()
 * downloads the schema; this never touches the network.
 */
const fs = require("fs");
const path = require("path");
const AjvDraft04 = require("ajv-draft-04").default;
const addFormats = require("ajv-formats").default;

const PACKAGE = path.dirname(require.resolve("@microsoft/app-manifest/package.json"));
const SCHEMAS = path.join(PACKAGE, "build", "json-schemas", "teams");
const SCHEMA_URL =
  /^https:\/\/developer\.microsoft\.com\/(?:en-us\/)?json-schemas\/teams\/v(\d+\.\d+)\/(MicrosoftTeams(?:\.Localization)?\.schema\.json)$/;

/** The local copy of the schema a "$schema" address names, or an error message. */
function schemaFileFor(schemaUrl) {
  const m = SCHEMA_URL.exec(String(schemaUrl ?? ""));
  if (!m)
    return { error: `"$schema" is not a Teams / Microsoft 365 app schema address: ${schemaUrl}` };
  const file = path.join(SCHEMAS, `v${m[1]}`, m[2]);
  if (!fs.existsSync(file))
    return { error: `@microsoft/app-manifest ${packageVersion()} has no schema v${m[1]}/${m[2]}` };
  return { file, version: m[1], name: m[2] };
}

function packageVersion() {
  return JSON.parse(fs.readFileSync(path.join(PACKAGE, "package.json"), "utf8")).version;
}

const compiled = new Map();
function validatorFor(file) {
  if (!compiled.has(file)) {
    // Microsoft's schemas carry a "\a" in a regular expression that JavaScript rejects
    // (microsoft-teams-app-schema issue 190); @microsoft/app-manifest applies the same fix.
    const schema = JSON.parse(fs.readFileSync(file, "utf8").replace(/\\a/g, "\\x07"));
    // Without the u flag: the localization schema's key patterns ("\b]") are not valid as
    // unicode regular expressions.
    const ajv = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv, ["uri", "email", "regex"]);
    compiled.set(file, ajv.compile(schema));
  }
  return compiled.get(file);
}

/**
 * Errors of one manifest or localization file (an empty list when it is valid), and the schema
 * it was checked against.
 */
function validateUnified(json) {
  const schema = schemaFileFor(json?.$schema);
  if (schema.error) return { errors: [schema.error], schema: null };
  const validate = validatorFor(schema.file);
  const ok = validate(json);
  const errors = ok
    ? []
    : validate.errors.map(
        (e) =>
          `${e.instancePath || "/"} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ""}`
      );
  return {
    errors,
    schema: `${schema.name} v${schema.version} (@microsoft/app-manifest ${packageVersion()})`,
  };
}

module.exports = { validateUnified, schemaFileFor, packageVersion };
