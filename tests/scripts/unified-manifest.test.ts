/**
 * The two manifests (manifest.xml, the primary; manifest.json + manifest.zh-CN.json, the unified
 * manifest for Microsoft 365) come from one source, manifest/addin.json, through
 * scripts/manifests.cjs. These tests keep them from drifting apart or from the source, check the
 * unified manifest against Microsoft's JSON schema offline (@microsoft/app-manifest), and follow
 * both through the production build's ADDIN_PROD_URL rewrite and the app package.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { inflateSync } from "node:zlib";
import JSZip from "jszip";
import { ROOT } from "../cli/harness";

type Json = Record<string, any>;
const manifests = require(path.join(ROOT, "scripts", "manifests.cjs"));
const { validateUnified } = require(path.join(ROOT, "scripts", "unified-schema.cjs")) as {
  validateUnified: (json: Json) => { errors: string[]; schema: string | null };
};

const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");
const xml = read("manifest.xml").replace(/<!--[\s\S]*?-->/g, "");
const json: Json = JSON.parse(read("manifest.json"));
const zh: Json = JSON.parse(read("manifest.zh-CN.json"));
const source: Json = JSON.parse(read("manifest/addin.json"));

/** The value of the first match of `re` in manifest.xml (group 1). */
function one(re: RegExp): string {
  const m = re.exec(xml);
  if (!m) throw new Error(`manifest.xml: no match for ${re}`);
  return m[1];
}
/** A string resource of manifest.xml: its default (en-US) and zh-CN texts. */
function resource(id: string): { en: string; zh: string } {
  const m = new RegExp(
    `<bt:String id="${id.replace(/\./g, "\\.")}" DefaultValue="([^"]*)">\\s*<bt:Override Locale="zh-CN" Value="([^"]*)"`
  ).exec(xml);
  if (!m) throw new Error(`manifest.xml: no string ${id}`);
  return { en: m[1], zh: m[2] };
}
function localizedXml(tag: string): { en: string; zh: string } {
  const m = new RegExp(
    `<${tag} DefaultValue="([^"]*)">\\s*<Override Locale="zh-CN" Value="([^"]*)"`
  ).exec(xml);
  if (!m) throw new Error(`manifest.xml: no ${tag}`);
  return { en: m[1], zh: m[2] };
}
const urlOf = (id: string) => one(new RegExp(`<bt:Url id="${id}" DefaultValue="([^"]+)"`));

const extension = json.extensions[0];
const group = extension.ribbons[0].tabs[0].groups[0];
const runtimeById = (id: string) => extension.runtimes.find((r: Json) => r.id === id);
const G = "extensions[0].ribbons[0].tabs[0].groups[0]";

describe("one source: manifest/addin.json", () => {
  test("manifest.xml is exactly what the source gives (edit the source, not the file)", () => {
    expect(read("manifest.xml")).toBe(manifests.xmlManifest());
  });

  test("manifest.json and manifest.zh-CN.json are what the source gives", () => {
    const generated = manifests.unifiedManifests() as Record<string, Json>;
    expect(Object.keys(generated).sort()).toEqual(["manifest.json", "manifest.zh-CN.json"]);
    for (const [file, content] of Object.entries(generated))
      expect({ file, content: JSON.parse(read(file)) }).toEqual({ file, content });
  });

  test("a change in the source reaches both manifests", () => {
    const changed = structuredClone(source);
    changed.version = "1.2.3";
    changed.requirements[0].minVersion = "1.8";
    changed.ribbon.buttons[1].label["zh-CN"] = "马上评分";
    const xmlOut: string = manifests.xmlManifest(changed);
    const out = manifests.unifiedManifests(changed) as Record<string, Json>;
    expect(xmlOut).toContain("<Version>1.2.3.0</Version>");
    expect(xmlOut).toContain('<Set Name="ExcelApi" MinVersion="1.8" />');
    expect(xmlOut).toContain('<bt:Override Locale="zh-CN" Value="马上评分" />');
    expect(out["manifest.json"].version).toBe("1.2.3");
    expect(out["manifest.json"].extensions[0].requirements.capabilities).toEqual([
      { name: "ExcelApi", minVersion: "1.8" },
    ]);
    expect(out["manifest.zh-CN.json"][`${G}.controls[1].label`]).toBe("马上评分");
  });

  test("a text without its zh-CN translation stops the generator", () => {
    const changed = structuredClone(source);
    delete changed.ribbon.buttons[0].tooltip["zh-CN"];
    expect(() => manifests.xmlManifest(changed)).toThrow(/EpmScorer\.Open|Open\.Tooltip/);
    expect(() => manifests.unifiedManifests(changed)).toThrow(/zh-CN/);
  });
});

describe("unified manifest against Microsoft's JSON schema (offline)", () => {
  test("manifest.json and manifest.zh-CN.json validate", () => {
    for (const file of [json, zh]) {
      const { errors, schema } = validateUnified(file);
      expect(errors).toEqual([]);
      expect(schema).toMatch(/v1\.23 \(@microsoft\/app-manifest \d/);
    }
    expect(json.localizationInfo).toEqual({
      defaultLanguageTag: "en-us",
      additionalLanguages: [{ languageTag: "zh-cn", file: "manifest.zh-CN.json" }],
    });
  });

  test("the check does catch mistakes (too long a name, a fourth ribbon icon, an unknown key)", () => {
    const bad = structuredClone(json);
    bad.name.short = "EPM Star Scorer for contact centres";
    bad.extensions[0].ribbons[0].tabs[0].groups[0].icons.push({ size: 64, url: "https://x/" });
    const { errors } = validateUnified(bad);
    expect(errors.join("\n")).toMatch(/\/name\/short/);
    expect(errors.join("\n")).toMatch(/groups\/0\/icons must NOT have more than 3/);
    expect(validateUnified({ ...zh, "name.tiny": "x" }).errors).toEqual([
      expect.stringMatching(/additional properties/),
    ]);
    expect(validateUnified({ ...json, $schema: "https://example.com/schema.json" }).errors).toEqual(
      [expect.stringMatching(/not a Teams/)]
    );
  });
});

describe("the unified manifest agrees with manifest.xml", () => {
  test("id, version, provider", () => {
    expect(json.id).toBe(one(/<Id>([^<]+)<\/Id>/));
    expect(`${json.version}.0`).toBe(one(/<Version>([^<]+)<\/Version>/));
    expect(json.developer.name).toBe(one(/<ProviderName>([^<]+)</));
  });

  test("names and descriptions in en-US and zh-CN", () => {
    const name = localizedXml("DisplayName");
    const description = localizedXml("Description");
    expect([json.name.short, zh["name.short"]]).toEqual([name.en, name.zh]);
    expect([json.description.full, zh["description.full"]]).toEqual([
      description.en,
      description.zh,
    ]);
    expect(json.description.short.length).toBeLessThanOrEqual(80);
  });

  test("requirement set, host, permissions", () => {
    expect(extension.requirements).toEqual({
      scopes: ["workbook"],
      capabilities: [
        { name: "ExcelApi", minVersion: one(/<Set Name="ExcelApi" MinVersion="([^"]+)"/) },
      ],
    });
    expect(one(/<Host Name="([^"]+)"/)).toBe("Workbook");
    expect(one(/<Permissions>([^<]+)</)).toBe("ReadWriteDocument");
    expect(json.authorization.permissions.resourceSpecific).toEqual([
      { name: "Document.ReadWrite.User", type: "Delegated" },
    ]);
  });

  test("the ribbon group on the Home tab, its buttons, labels and tooltips in both languages", () => {
    expect(extension.ribbons[0].tabs[0].builtInTabId).toBe(one(/<OfficeTab id="([^"]+)"/));
    expect(group.id).toBe(one(/<Group id="([^"]+)"/));
    expect([group.label, zh[`${G}.label`]]).toEqual(Object.values(resource("Group.Label")));
    const xmlControls = [
      ...xml.matchAll(
        /<Control xsi:type="Button" id="([^"]+)">\s*<Label resid="([^"]+)"[\s\S]*?<Description resid="([^"]+)"/g
      ),
    ];
    expect(group.controls.map((c: Json) => c.id)).toEqual(xmlControls.map((m) => m[1]));
    group.controls.forEach((control: Json, i: number) => {
      const label = resource(xmlControls[i][2]);
      const tooltip = resource(xmlControls[i][3]);
      expect([control.label, zh[`${G}.controls[${i}].label`]]).toEqual([label.en, label.zh]);
      expect([
        control.supertip.description,
        zh[`${G}.controls[${i}].supertip.description`],
      ]).toEqual([tooltip.en, tooltip.zh]);
    });
  });

  test("actions: the task pane page and the function the commands page registers", () => {
    const [open, scoreNow] = group.controls;
    const taskpane = runtimeById("TaskpaneRuntime");
    const commands = runtimeById("CommandsRuntime");
    expect(taskpane.code.page).toBe(urlOf("Taskpane.Url"));
    expect(taskpane.actions).toEqual([
      expect.objectContaining({
        id: open.actionId,
        type: "openPage",
        view: one(/<TaskpaneId>([^<]+)</),
      }),
    ]);
    expect(commands.code.page).toBe(urlOf("Commands.Url"));
    expect(scoreNow.actionId).toBe(one(/<FunctionName>([^<]+)</));
    expect(commands.actions).toEqual([
      expect.objectContaining({ id: scoreNow.actionId, type: "executeFunction" }),
    ]);
  });

  test("icons, get-started message, domains", () => {
    const images = [...xml.matchAll(/<bt:Image id="[^"]+" DefaultValue="([^"]+)"/g)].map(
      (m) => m[1]
    );
    for (const icon of [...group.icons, ...group.controls.flatMap((c: Json) => c.icons)])
      expect(images).toContain(icon.url);
    const title = resource("GetStarted.Title");
    const description = resource("GetStarted.Description");
    expect(extension.getStartedMessages).toEqual([
      {
        title: title.en,
        description: description.en,
        learnMoreUrl: urlOf("GetStarted.LearnMoreUrl"),
      },
    ]);
    expect(zh["extensions[0].getStartedMessages[0].title"]).toBe(title.zh);
    expect(zh["extensions[0].getStartedMessages[0].description"]).toBe(description.zh);
    expect(json.validDomains).toEqual([new URL(one(/<AppDomain>([^<]+)</)).host]);
  });
});

describe("app icons of the unified manifest", () => {
  function png(file: string): { width: number; height: number; rgba: Buffer } {
    const bytes = readFileSync(path.join(ROOT, file));
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    expect([bytes[24], bytes[25]]).toEqual([8, 6]); // 8-bit RGBA, as make-icons writes them
    const idat: Buffer[] = [];
    for (let at = 8; at < bytes.length;) {
      const length = bytes.readUInt32BE(at);
      if (bytes.toString("ascii", at + 4, at + 8) === "IDAT")
        idat.push(bytes.subarray(at + 8, at + 8 + length));
      at += length + 12;
    }
    const raw = inflateSync(Buffer.concat(idat));
    const rgba = Buffer.alloc(width * height * 4);
    for (let y = 0; y < height; y++) {
      expect(raw[y * (width * 4 + 1)]).toBe(0); // filter "none" on every line
      raw.copy(rgba, y * width * 4, y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1));
    }
    return { width, height, rgba };
  }

  test("color is 192×192 and opaque; outline is 32×32, white on transparent", () => {
    const color = png(json.icons.color);
    expect([color.width, color.height]).toEqual([192, 192]);
    let opaqueMissing = 0;
    for (let o = 3; o < color.rgba.length; o += 4) if (color.rgba[o] !== 255) opaqueMissing++;
    expect(opaqueMissing).toBe(0);
    const outline = png(json.icons.outline);
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let drawn = 0;
    let coloured = 0;
    for (let o = 0; o < outline.rgba.length; o += 4) {
      if (outline.rgba[o + 3] === 0) continue;
      drawn++;
      if (outline.rgba[o] + outline.rgba[o + 1] + outline.rgba[o + 2] !== 3 * 255) coloured++;
    }
    expect(drawn).toBeGreaterThan(100);
    expect(coloured).toBe(0);
  });
});

describe("production build: ADDIN_PROD_URL in both manifests, and the app package", () => {
  type Pattern = { from: string; transform?: (content: Buffer, file: string) => string | Buffer };
  type Config = { plugins: Array<{ patterns?: Pattern[] }> };
  const makeConfig = require(path.join(ROOT, "webpack.config.js")) as (
    env: object,
    argv: { mode: string }
  ) => Promise<Config>;

  async function built(file: string, prodUrl: string): Promise<string> {
    const before = process.env.ADDIN_PROD_URL;
    process.env.ADDIN_PROD_URL = prodUrl;
    try {
      const config = await makeConfig({}, { mode: "production" });
      const patterns = config.plugins.flatMap((p) => p.patterns ?? []);
      const pattern = patterns.find((p) => p.from === `manifest*${path.extname(file)}`);
      expect(pattern?.transform).toBeDefined();
      const absolute = path.join(ROOT, file);
      return String(await pattern!.transform!(readFileSync(absolute), absolute));
    } finally {
      if (before === undefined) delete process.env.ADDIN_PROD_URL;
      else process.env.ADDIN_PROD_URL = before;
    }
  }

  test("every URL moves to ADDIN_PROD_URL, in the XML and in the JSON (validDomains too)", async () => {
    const prod = "https://addins.example.com/epm/";
    const outXml = await built("manifest.xml", prod);
    const outJson = JSON.parse(await built("manifest.json", prod)) as Json;
    const outZh = JSON.parse(await built("manifest.zh-CN.json", prod)) as Json;
    expect(outXml).not.toContain("https://localhost:3000");
    expect(outXml).toContain("<AppDomain>https://addins.example.com</AppDomain>");
    expect(outXml).toContain(
      '<SourceLocation DefaultValue="https://addins.example.com/epm/taskpane.html" />'
    );
    const text = JSON.stringify(outJson);
    expect(text).not.toContain("localhost");
    const urls = [...text.matchAll(/"(https?:\/\/[^"]+)"/g)]
      .map((m) => m[1])
      .filter((u) => !u.includes("json-schemas"));
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url.startsWith(prod)).toBe(true);
    expect(outJson.validDomains).toEqual(["addins.example.com"]);
    expect(outJson.extensions[0].runtimes[0].code.page).toBe(`${prod}taskpane.html`);
    expect(validateUnified(outJson).errors).toEqual([]);
    expect(outZh).toEqual(zh);
    // The same answer as the XML, element by element: the pages both name.
    expect(outJson.extensions[0].runtimes[1].code.page).toBe(
      /<bt:Url id="Commands.Url" DefaultValue="([^"]+)"/.exec(outXml)![1]
    );
  });

  test("a port in ADDIN_PROD_URL stays in validDomains", () => {
    const out = JSON.parse(
      manifests.retarget(
        read("manifest.json"),
        "manifest.json",
        "https://intranet.example.cn:8443/addins/epm/"
      )
    ) as Json;
    expect(out.validDomains).toEqual(["intranet.example.cn:8443"]);
    expect(out.developer.privacyUrl).toBe("https://intranet.example.cn:8443/addins/epm/help.html");
  });

  test("the app package holds manifest.json, the zh-CN strings and the two icons, reproducibly", async () => {
    const files = new Map<string, Buffer>();
    const readFile = (file: string) => {
      const content = readFileSync(path.join(ROOT, file));
      files.set(file, content);
      return content;
    };
    const zip: Buffer = await manifests.appPackage(readFile);
    expect(await manifests.appPackage(readFile)).toEqual(zip);
    const unpacked = await JSZip.loadAsync(zip);
    const names = Object.keys(unpacked.files).sort();
    expect(names).toEqual([
      "assets/color-192.png",
      "assets/outline-32.png",
      "manifest.json",
      "manifest.zh-CN.json",
    ]);
    for (const name of names)
      expect(await unpacked.file(name)!.async("nodebuffer")).toEqual(files.get(name));
    await expect(manifests.appPackage(() => undefined)).rejects.toThrow(
      /manifest\.json is not in the build/
    );
  });
});
