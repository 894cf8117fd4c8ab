/**
 * The sizes an xlsx (zip) file declares for its parts, read from the zip's central directory without
 * inflating anything, so that a zip bomb is refused before it costs seconds and gigabytes.
 */

/** Inflated size above which a workbook is refused; an audit workbook inflates to a few MB. */
export const MAX_INFLATED_BYTES = 256 * 1024 * 1024;

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const ZIP64_MARK = 0xffffffff;

/**
 * The total declared inflated size of the parts, Infinity for a ZIP64 entry (no audit workbook
 * needs one), or null when there is no readable directory (the zip parser then reports the damage).
 */
export function declaredInflatedSize(data: Uint8Array): number | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const earliest = Math.max(0, data.byteLength - 22 - 0xffff);
  let end = -1;
  for (let at = data.byteLength - 22; at >= earliest; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  if (at === ZIP64_MARK) return Infinity;
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > data.byteLength || view.getUint32(at, true) !== DIRECTORY_ENTRY) return null;
    const inflated = view.getUint32(at + 24, true);
    if (inflated === ZIP64_MARK) return Infinity;
    total += inflated;
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  return total;
}
