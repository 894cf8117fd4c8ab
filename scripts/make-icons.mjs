#!/usr/bin/env node
/**
 * Writes the add-in icons (assets/icon-16.png … icon-128.png): a gold five-pointed star on a
 * transparent background; and the two app icons the unified manifest's app package needs
 * (manifest.json "icons"): color-192.png, the star on the accent colour of manifest/addin.json,
 * and outline-32.png, the star's silhouette in white on transparent (as Teams requires). Plain Node (zlib + a hand-written PNG encoder) so that regenerating the
 * icons needs no image tool or extra package. Run: node scripts/make-icons.mjs
 */
import { deflateSync } from "node:zlib";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const SIZES = [16, 32, 64, 80, 128];
const GOLD = [0xf2, 0xa9, 0x00];
const OUTLINE = [0x8a, 0x5a, 0x00];
/** Samples per pixel side: anti-aliasing by supersampling keeps the 16 px icon legible. */
const SS = 4;

/** CRC-32 as the PNG chunk checksum requires (polynomial 0xEDB88320). */
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  // Each scanline starts with filter type 0 (none).
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** The ten vertices of a star centred in a unit square, point up. */
function starPolygon(outer, inner) {
  return Array.from({ length: 10 }, (_, k) => {
    const r = k % 2 === 0 ? outer : inner;
    const a = -Math.PI / 2 + (k * Math.PI) / 5;
    return [0.5 + r * Math.cos(a), 0.53 + r * Math.sin(a)];
  });
}

function inside(poly, x, y) {
  let hit = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

/** The star at `scale` of the square, on a solid `background` colour or on transparent. */
function drawStar(size, background = null, scale = 1) {
  const outerStar = starPolygon(0.5 * scale, 0.2 * scale);
  // A thinner inner star painted in gold over a darker one gives a visible outline.
  const border = Math.max(1 / size, 0.03);
  const innerStar = starPolygon((0.5 - border * 1.9) * scale, (0.2 - border * 0.8) * scale);
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let cover = 0;
      let fill = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const u = (x + (sx + 0.5) / SS) / size;
          const v = (y + (sy + 0.5) / SS) / size;
          if (inside(outerStar, u, v)) {
            cover++;
            if (inside(innerStar, u, v)) fill++;
          }
        }
      }
      const o = (y * size + x) * 4;
      const share = cover ? fill / cover : 0;
      const alpha = cover / (SS * SS);
      for (let c = 0; c < 3; c++) {
        const star = GOLD[c] * share + OUTLINE[c] * (1 - share);
        rgba[o + c] = Math.round(background ? star * alpha + background[c] * (1 - alpha) : star);
      }
      rgba[o + 3] = background ? 255 : Math.round(255 * alpha);
    }
  }
  return rgba;
}

/** The outline icon: white, the star's coverage as alpha, nothing else. */
function drawOutline(size) {
  const rgba = drawStar(size);
  for (let o = 0; o < rgba.length; o += 4) rgba.fill(0xff, o, o + 3);
  return rgba;
}

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const assets = join(root, "assets");
const source = JSON.parse(readFileSync(join(root, "manifest", "addin.json"), "utf8"));
const accent = source.accentColor.match(/[0-9a-f]{2}/gi).map((hex) => parseInt(hex, 16));
mkdirSync(assets, { recursive: true });
const icons = SIZES.map((size) => [`icon-${size}.png`, encodePng(size, drawStar(size))]);
// A smaller star on the colour icon leaves the margin Teams' icon guidelines ask for.
icons.push([basename(source.appIcons.color), encodePng(192, drawStar(192, accent, 0.72))]);
icons.push([basename(source.appIcons.outline), encodePng(32, drawOutline(32))]);
for (const [name, png] of icons) {
  const file = join(assets, name);
  writeFileSync(file, png);
  console.log(`wrote ${file}`);
}
