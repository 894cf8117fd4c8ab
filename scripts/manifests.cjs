/**
 * The add-in's two manifests from one source (manifest/addin.json):
 *
 * - manifest.xml: the add-in only (XML) manifest, the primary one; every supported Excel reads it.
 * - manifest.json + manifest.zh-CN.json: the unified manifest for Microsoft 365 (Teams app
 *   schema), for Excel on Microsoft 365 only.
 *
 * Both are written with the development URL (https://localhost:3000/) and committed; the
 * production build (webpack.config.js) moves them to ADDIN_PROD_URL with `retarget`. CommonJS so
 * that webpack.config.js, the .mjs scripts and jest can all load it.
 */
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const SOURCE = path.join(ROOT, "manifest", "addin.json");
const DEV_URL = "https://localhost:3000/";

function readSource(file = SOURCE) {
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

const escapeXml = (text) =>
  String(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

/** The strings of one text in every language: { "en-US": …, "zh-CN": … }. */
function localized(src, text, where) {
  for (const locale of src.locales) {
    if (typeof text?.[locale] !== "string" || text[locale] === "")
      throw new Error(`manifest/addin.json: ${where} has no ${locale} text`);
  }
  return text;
}

function xmlOverrides(src, text, where, indent, prefix = "") {
  const t = localized(src, text, where);
  return src.locales
    .filter((l) => l !== src.defaultLocale)
    .map((l) => `${indent}<${prefix}Override Locale="${l}" Value="${escapeXml(t[l])}" />`)
    .join("\n");
}

function xmlLocalized(src, tag, attrs, text, where, indent, prefix = "") {
  const t = localized(src, text, where);
  return (
    `${indent}<${tag}${attrs} DefaultValue="${escapeXml(t[src.defaultLocale])}">\n` +
    `${xmlOverrides(src, text, where, `${indent}  `, prefix)}\n` +
    `${indent}</${tag}>`
  );
}

/** manifest.xml, as text. */
function xmlManifest(src = readSource()) {
  const base = src.devBaseUrl;
  const origin = new URL(base).origin;
  const url = (page) => `${base}${page}`;
  const { ribbon } = src;
  const iconSizes = Object.keys(src.icons).map(Number);
  const imageId = (size) => `Icon.${size}x${size}`;
  const iconBlock = (indent) =>
    [
      `${indent}<Icon>`,
      ...iconSizes.map((s) => `${indent}  <bt:Image size="${s}" resid="${imageId(s)}" />`),
      `${indent}</Icon>`,
    ].join("\n");
  const sets = src.requirements
    .map((set) => {
      const note = set.note?.length ? `      <!-- ${set.note.join("\n           ")} -->\n` : "";
      return `${note}      <Set Name="${set.name}" MinVersion="${set.minVersion}" />`;
    })
    .join("\n");

  const action = (button) => {
    if (button.action === "showTaskpane")
      return [
        `                  <Action xsi:type="ShowTaskpane">`,
        `                    <TaskpaneId>${ribbon.taskpane.id}</TaskpaneId>`,
        `                    <SourceLocation resid="Taskpane.Url" />`,
        `                    <Title resid="Taskpane.Title" />`,
        `                  </Action>`,
      ].join("\n");
    if (button.action === "executeFunction")
      return [
        `                  <Action xsi:type="ExecuteFunction">`,
        `                    <FunctionName>${button.functionName}</FunctionName>`,
        `                  </Action>`,
      ].join("\n");
    throw new Error(`manifest/addin.json: unknown action ${button.action}`);
  };
  const controls = ribbon.buttons
    .map((b) =>
      [
        `                <Control xsi:type="Button" id="${b.id}">`,
        `                  <Label resid="${b.resid}.Label" />`,
        `                  <Supertip>`,
        `                    <Title resid="${b.resid}.Label" />`,
        `                    <Description resid="${b.resid}.Tooltip" />`,
        `                  </Supertip>`,
        iconBlock("                  "),
        action(b),
        `                </Control>`,
      ].join("\n")
    )
    .join("\n");

  const shortStrings = [
    ["GetStarted.Title", src.getStarted.title],
    ["Group.Label", ribbon.group.label],
    ["Taskpane.Title", ribbon.taskpane.title],
    ...ribbon.buttons.map((b) => [`${b.resid}.Label`, b.label]),
  ];
  const longStrings = [
    ["GetStarted.Description", src.getStarted.description],
    ...ribbon.buttons.map((b) => [`${b.resid}.Tooltip`, b.tooltip]),
  ];
  const strings = (list) =>
    list
      .map(([id, text]) =>
        xmlLocalized(src, "bt:String", ` id="${id}"`, text, id, "        ", "bt:")
      )
      .join("\n");

  return `<?xml version="1.0" encoding="UTF-8"?>
<!--
  EPM Star Scorer: task pane add-in for Excel. Generated from manifest/addin.json by
  npm run manifests (which also writes the unified manifest, manifest.json): edit that file, not
  this one. The localhost (port 3000) URLs below serve the development build; the production build
  (npm run build) rewrites them to ADDIN_PROD_URL in dist/manifest.xml. Only elements from the
  2016-2019 schemas (no Runtimes element), so that npm run validate:offline can check it.
-->
<OfficeApp
  xmlns="http://schemas.microsoft.com/office/appforoffice/1.1"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0"
  xmlns:ov="http://schemas.microsoft.com/office/taskpaneappversionoverrides"
  xsi:type="TaskPaneApp">
  <Id>${src.id}</Id>
  <Version>${src.version}.0</Version>
  <ProviderName>${escapeXml(src.provider)}</ProviderName>
  <DefaultLocale>${src.defaultLocale}</DefaultLocale>
${xmlLocalized(src, "DisplayName", "", src.name, "name", "  ")}
${xmlLocalized(src, "Description", "", src.description, "description", "  ")}
  <IconUrl DefaultValue="${url(src.icons[32])}" />
  <HighResolutionIconUrl DefaultValue="${url(src.icons[64])}" />
  <SupportUrl DefaultValue="${url(src.pages.help)}" />
  <AppDomains>
    <AppDomain>${origin}</AppDomain>
  </AppDomains>
  <Hosts>
    <Host Name="${src.host.xml}" />
  </Hosts>
  <Requirements>
    <Sets DefaultMinVersion="1.1">
${sets}
    </Sets>
  </Requirements>
  <DefaultSettings>
    <SourceLocation DefaultValue="${url(src.pages.taskpane)}" />
  </DefaultSettings>
  <Permissions>${src.permissions.xml}</Permissions>
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="VersionOverridesV1_0">
    <Hosts>
      <Host xsi:type="${src.host.xml}">
        <DesktopFormFactor>
          <GetStarted>
            <Title resid="GetStarted.Title" />
            <Description resid="GetStarted.Description" />
            <LearnMoreUrl resid="GetStarted.LearnMoreUrl" />
          </GetStarted>
          <FunctionFile resid="Commands.Url" />
          <ExtensionPoint xsi:type="PrimaryCommandSurface">
            <OfficeTab id="${ribbon.tab}">
              <Group id="${ribbon.group.id}">
                <Label resid="Group.Label" />
${iconBlock("                ")}
${controls}
              </Group>
            </OfficeTab>
          </ExtensionPoint>
        </DesktopFormFactor>
      </Host>
    </Hosts>
    <Resources>
      <bt:Images>
${iconSizes.map((s) => `        <bt:Image id="${imageId(s)}" DefaultValue="${url(src.icons[s])}" />`).join("\n")}
      </bt:Images>
      <bt:Urls>
        <bt:Url id="Commands.Url" DefaultValue="${url(src.pages.commands)}" />
        <bt:Url id="Taskpane.Url" DefaultValue="${url(src.pages.taskpane)}" />
        <bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="${url(src.pages.help)}" />
      </bt:Urls>
      <bt:ShortStrings>
${strings(shortStrings)}
      </bt:ShortStrings>
      <bt:LongStrings>
${strings(longStrings)}
      </bt:LongStrings>
    </Resources>
  </VersionOverrides>
</OfficeApp>
`;
}

const SCHEMA_BASE = "https://developer.microsoft.com/json-schemas/teams";

/**
 * The unified manifest and its localization files: { "manifest.json": {…}, "manifest.zh-CN.json":
 * {…} } (file name → JSON object). Ribbon icons take at most three sizes (16, 32, 80).
 */
function unifiedManifests(src = readSource()) {
  const base = src.devBaseUrl;
  const def = src.defaultLocale;
  const url = (page) => `${base}${page}`;
  const { ribbon } = src;
  const version = src.unified.manifestVersion;
  const ribbonIcons = [16, 32, 80].map((size) => ({ size, url: url(src.icons[size]) }));
  const actionIdOf = (b) => (b.action === "showTaskpane" ? ribbon.taskpane.id : b.functionName);
  const functions = ribbon.buttons.filter((b) => b.action === "executeFunction");

  const manifest = {
    $schema: `${SCHEMA_BASE}/v${version}/MicrosoftTeams.schema.json`,
    manifestVersion: version,
    version: src.version,
    id: src.id,
    localizationInfo: {
      defaultLanguageTag: def.toLowerCase(),
      additionalLanguages: Object.entries(src.unified.localizationFiles).map(([locale, file]) => ({
        languageTag: locale.toLowerCase(),
        file,
      })),
    },
    developer: {
      name: src.provider,
      websiteUrl: url(src.pages.help),
      // Required by the schema. help.html until the project has its own privacy and terms pages.
      privacyUrl: url(src.pages.privacy),
      termsOfUseUrl: url(src.pages.terms),
    },
    name: { short: src.name[def], full: src.name[def] },
    description: { short: src.shortDescription[def], full: src.description[def] },
    icons: { color: src.appIcons.color, outline: src.appIcons.outline },
    accentColor: src.accentColor,
    validDomains: [new URL(base).host],
    authorization: {
      permissions: { resourceSpecific: [{ name: src.permissions.unified, type: "Delegated" }] },
    },
    extensions: [
      {
        requirements: {
          scopes: [src.host.scope],
          capabilities: src.requirements.map((s) => ({ name: s.name, minVersion: s.minVersion })),
        },
        runtimes: [
          {
            id: "TaskpaneRuntime",
            type: "general",
            code: { page: url(src.pages.taskpane) },
            lifetime: "short",
            actions: [
              {
                id: ribbon.taskpane.id,
                type: "openPage",
                view: ribbon.taskpane.id,
                displayName: ribbon.taskpane.title[def],
              },
            ],
          },
          {
            id: "CommandsRuntime",
            type: "general",
            code: { page: url(src.pages.commands) },
            lifetime: "short",
            actions: functions.map((b) => ({
              id: b.functionName,
              type: "executeFunction",
              displayName: b.label[def],
            })),
          },
        ],
        ribbons: [
          {
            requirements: { formFactors: ["desktop"] },
            contexts: ["default"],
            tabs: [
              {
                builtInTabId: ribbon.tab,
                groups: [
                  {
                    id: ribbon.group.id,
                    label: ribbon.group.label[def],
                    icons: ribbonIcons,
                    controls: ribbon.buttons.map((b) => ({
                      id: b.id,
                      type: "button",
                      label: b.label[def],
                      icons: ribbonIcons,
                      supertip: { title: b.label[def], description: b.tooltip[def] },
                      actionId: actionIdOf(b),
                    })),
                  },
                ],
              },
            ],
          },
        ],
        getStartedMessages: [
          {
            title: src.getStarted.title[def],
            description: src.getStarted.description[def],
            learnMoreUrl: url(src.pages.help),
          },
        ],
      },
    ],
  };

  const files = { "manifest.json": manifest };
  for (const [locale, file] of Object.entries(src.unified.localizationFiles)) {
    const t = (text, where) => localized(src, text, where)[locale];
    const strings = {
      $schema: `${SCHEMA_BASE}/v${version}/MicrosoftTeams.Localization.schema.json`,
      "name.short": t(src.name, "name"),
      "name.full": t(src.name, "name"),
      "description.short": t(src.shortDescription, "shortDescription"),
      "description.full": t(src.description, "description"),
      "extensions[0].runtimes[0].actions[0].displayName": t(ribbon.taskpane.title, "taskpane"),
    };
    functions.forEach((b, i) => {
      strings[`extensions[0].runtimes[1].actions[${i}].displayName`] = t(b.label, b.id);
    });
    const group = "extensions[0].ribbons[0].tabs[0].groups[0]";
    strings[`${group}.label`] = t(ribbon.group.label, "group");
    ribbon.buttons.forEach((b, i) => {
      strings[`${group}.controls[${i}].label`] = t(b.label, b.id);
      strings[`${group}.controls[${i}].supertip.title`] = t(b.label, b.id);
      strings[`${group}.controls[${i}].supertip.description`] = t(b.tooltip, b.id);
    });
    strings["extensions[0].getStartedMessages[0].title"] = t(src.getStarted.title, "getStarted");
    strings["extensions[0].getStartedMessages[0].description"] = t(
      src.getStarted.description,
      "getStarted"
    );
    files[file] = strings;
  }
  return files;
}

/** Every file the generator owns, as text (JSON unformatted: make-manifests runs prettier). */
function generatedFiles(src = readSource()) {
  const out = { "manifest.xml": xmlManifest(src) };
  for (const [file, json] of Object.entries(unifiedManifests(src)))
    out[file] = `${JSON.stringify(json, null, 2)}\n`;
  return out;
}

/**
 * A manifest moved from the development URL to `target` (https, ending in "/"): every URL under
 * https://localhost:3000/, the XML's <AppDomain> origin and the JSON's validDomains host.
 */
function retarget(content, fileName, target) {
  const text = content.toString();
  const dev = new URL(DEV_URL);
  const prod = new URL(target);
  if (fileName.endsWith(".xml"))
    return text
      .replace(`<AppDomain>${dev.origin}</AppDomain>`, `<AppDomain>${prod.origin}</AppDomain>`)
      .split(DEV_URL)
      .join(target);
  const move = (value) => {
    if (typeof value === "string")
      return value.startsWith(DEV_URL) ? target + value.slice(DEV_URL.length) : value;
    if (Array.isArray(value)) return value.map(move);
    if (value && typeof value === "object")
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, move(v)]));
    return value;
  };
  const json = move(JSON.parse(text));
  if (Array.isArray(json.validDomains))
    json.validDomains = json.validDomains.map((d) => (d === dev.host ? prod.host : d));
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** The files of the Teams / admin center app package: the manifests and the two app icons. */
function appPackageFiles(src = readSource()) {
  return [
    "manifest.json",
    ...Object.values(src.unified.localizationFiles),
    src.appIcons.color,
    src.appIcons.outline,
  ];
}

const APP_PACKAGE = "epm-star-scorer-app.zip";

/**
 * The app package as a zip (Buffer): every file of appPackageFiles, read with `read(name)` (a
 * Buffer, or undefined when missing: then it throws). Fixed dates keep the zip reproducible.
 */
async function appPackage(read, src = readSource()) {
  const JSZip = require("jszip");
  const zip = new JSZip();
  for (const file of appPackageFiles(src)) {
    const content = read(file);
    if (!content) throw new Error(`${APP_PACKAGE}: ${file} is not in the build`);
    zip.file(file, content, { date: new Date("2020-01-01T00:00:00Z"), createFolders: false });
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

module.exports = {
  APP_PACKAGE,
  appPackage,
  ROOT,
  SOURCE,
  DEV_URL,
  readSource,
  xmlManifest,
  unifiedManifests,
  generatedFiles,
  retarget,
  appPackageFiles,
};
