/**
 * What the XSD (npm run validate:offline) cannot check: https everywhere, every resid resolving to
 * a resource of the right kind, unique ids, icon files present with the declared pixel size, the
 * FunctionName registered by the commands code, and a zh-CN override for every user-visible string.
 * A small regex reader is enough: the manifest is our own, flat and regular.
 */
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..", "..");
const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const body = xml.replace(/<!--[\s\S]*?-->/g, "");

function attrs(tag: string): Array<Record<string, string>> {
  return [...body.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, "g"))].map((m) =>
    Object.fromEntries([...m[1].matchAll(/([\w:]+)="([^"]*)"/g)].map((a) => [a[1], a[2]]))
  );
}

/** Resources by kind: id → DefaultValue (and the element's inner XML for overrides). */
function resources(section: string): Map<string, { value: string; inner: string }> {
  const block = new RegExp(`<bt:${section}>([\\s\\S]*?)</bt:${section}>`).exec(body)?.[1] ?? "";
  const map = new Map<string, { value: string; inner: string }>();
  for (const m of block.matchAll(
    /<bt:(?:Image|Url|String) id="([^"]+)" DefaultValue="([^"]*)"\s*(?:\/>|>([\s\S]*?)<\/bt:(?:Image|Url|String)>)/g
  )) {
    if (map.has(m[1])) throw new Error(`duplicate resource id ${m[1]}`);
    map.set(m[1], { value: m[2], inner: m[3] ?? "" });
  }
  return map;
}

const images = resources("Images");
const urls = resources("Urls");
const shortStrings = resources("ShortStrings");
const longStrings = resources("LongStrings");

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
  expect(bytes.toString("ascii", 12, 16)).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function localFile(url: string): string {
  return join(ROOT, url.replace("https://localhost:3000/", ""));
}

describe("manifest.xml", () => {
  test("every URL is https", () => {
    const all = [...body.matchAll(/(?:DefaultValue|Value)="([a-z]+:\/\/[^"]+)"/g)].map((m) => m[1]);
    all.push(...[...body.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1]));
    expect(all.length).toBeGreaterThan(8);
    for (const url of all) expect(url).toMatch(/^https:\/\//);
  });

  test("every resid resolves to a resource of the right kind", () => {
    const kind = (element: string) => {
      if (/^bt:Image$/.test(element)) return images;
      if (/^(SourceLocation|FunctionFile|LearnMoreUrl)$/.test(element)) return urls;
      if (/^(Label|Title)$/.test(element)) return shortStrings;
      if (/^Description$/.test(element)) return longStrings;
      throw new Error(`unexpected resid on <${element}>`);
    };
    const uses = [...body.matchAll(/<([\w:]+)\b[^>]*\bresid="([^"]+)"/g)];
    expect(uses.length).toBeGreaterThan(15);
    for (const [, element, resid] of uses) {
      expect({ element, resid, found: kind(element).has(resid) }).toEqual({
        element,
        resid,
        found: true,
      });
    }
  });

  test("ids are unique: resources across kinds, and controls/groups", () => {
    const resourceIds = [images, urls, shortStrings, longStrings].flatMap((m) => [...m.keys()]);
    expect(new Set(resourceIds).size).toBe(resourceIds.length);
    const uiIds = [...attrs("Group"), ...attrs("Control")].map((a) => a.id);
    expect(uiIds.length).toBe(3);
    expect(new Set(uiIds).size).toBe(uiIds.length);
  });

  test("the ribbon group sits on the Home tab with Open and Score now", () => {
    expect(attrs("OfficeTab").map((a) => a.id)).toEqual(["TabHome"]);
    expect(body).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect(body).toMatch(/<Action xsi:type="ExecuteFunction">\s*<FunctionName>scoreNow</);
    expect(body).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
    expect(body).toMatch(/<Host Name="Workbook" \/>/);
    expect(body).toMatch(/<Set Name="ExcelApi" MinVersion="1\.7" \/>/);
  });

  test("every icon exists with the declared pixel size; 16/32/64/80/128 are in assets/", () => {
    for (const image of attrs("bt:Image").filter((a) => a.size)) {
      const file = localFile(images.get(image.resid)!.value);
      const size = Number(image.size);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    for (const [id, { value }] of images) {
      const declared = Number(/(\d+)x\1$/.exec(id)?.[1]);
      expect(pngSize(localFile(value))).toEqual({ width: declared, height: declared });
    }
    const icon = /<IconUrl DefaultValue="([^"]+)"/.exec(body)![1];
    const hiRes = /<HighResolutionIconUrl DefaultValue="([^"]+)"/.exec(body)![1];
    expect(pngSize(localFile(icon))).toEqual({ width: 32, height: 32 });
    expect(pngSize(localFile(hiRes))).toEqual({ width: 64, height: 64 });
    for (const size of [16, 32, 64, 80, 128])
      expect(pngSize(join(ROOT, "assets", `icon-${size}.png`))).toEqual({
        width: size,
        height: size,
      });
  });

  test("every page the manifest names is built by webpack", () => {
    const config = readFileSync(join(ROOT, "webpack.config.js"), "utf8");
    for (const [, { value }] of urls) {
      const page = value.replace("https://localhost:3000/", "");
      const built = config.includes(`filename: "${page}"`) || config.includes(`to: "${page}"`);
      expect({ page, built }).toEqual({ page, built: true });
    }
  });

  test("FunctionName is registered by the commands code", () => {
    const names = [...body.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
    // Load the function file as Office would: it must associate every FunctionName at once.
    const associate = jest.fn();
    const office = { actions: { associate }, onReady: () => new Promise(() => undefined) };
    const global = globalThis as unknown as { Office?: unknown };
    const previous = global.Office;
    global.Office = office;
    try {
      jest.isolateModules(() => require("../../../src/commands/commands"));
    } finally {
      global.Office = previous;
    }
    expect(associate.mock.calls.map(([name]) => name).sort()).toEqual([...names].sort());
  });

  test("every user-visible string has a zh-CN override", () => {
    for (const tag of ["DisplayName", "Description"]) {
      const m = new RegExp(`<${tag} DefaultValue="[^"]+">([\\s\\S]*?)</${tag}>`).exec(body);
      expect(m?.[1]).toMatch(/<Override Locale="zh-CN" Value="[^"]+"/);
    }
    for (const [id, { inner }] of [...shortStrings, ...longStrings]) {
      expect({ id, zh: /<bt:Override Locale="zh-CN" Value="[^"]+"/.test(inner) }).toEqual({
        id,
        zh: true,
      });
    }
  });

  test("icon files referenced exist", () => {
    for (const [, { value }] of images) expect(existsSync(localFile(value))).toBe(true);
  });
});
