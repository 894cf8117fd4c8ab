/**
 * Text files (ratings CSV, weight profile JSON) as bytes → text, in the encodings Excel saves "CSV"
 * in: UTF-8 with or without BOM, UTF-16 with BOM ("Unicode text"), and GB18030/GBK (the default of
 * Excel on Chinese Windows). Decoding is strict: a file in any other encoding is refused naming it,
 * never read with replacement characters that would then overwrite ratings and notes.
 */
import type { Lang } from "../core/types";
import { InputError } from "./errors";
import { cliText } from "./messages";

type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

function strict(encoding: Encoding, bytes: Uint8Array): string | null {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: false });
  } catch {
    return null; // a Node build without this encoding (small ICU)
  }
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

function bomOf(bytes: Uint8Array): Encoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/** 1-based line of a character offset. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let k = text.indexOf("\n"); k >= 0 && k < offset; k = text.indexOf("\n", k + 1)) line++;
  return line;
}

/** The text of `bytes`, or an InputError naming the file, the encoding problem and what is accepted. */
export function decodeText(bytes: Uint8Array, file: string, lang: Lang): string {
  const accepted = cliText("acceptedEncodings", lang);
  const bom = bomOf(bytes);
  // UTF-16 text without a BOM has a NUL byte beside every ASCII character.
  const head = bytes.subarray(0, 4096);
  const zeros = head.filter((b) => b === 0).length;
  let text: string | null;
  let encoding: string;
  if (bom) {
    encoding = bom;
    text = strict(bom, bytes);
  } else if (zeros > head.length / 5) {
    encoding = "UTF-16 without BOM";
    text = null;
  } else {
    encoding = "UTF-8";
    text = strict("utf-8", bytes);
    if (text === null) {
      encoding = "GB18030";
      text = strict("gb18030", bytes);
    }
  }
  if (text === null)
    throw new InputError(
      cliText("undecodable", lang, {
        file,
        encoding: encoding === "GB18030" ? cliText("utf8OrGb18030", lang) : encoding,
        accepted,
      })
    );
  text = text.replace(/^\uFEFF/, "");
  const replacement = text.indexOf("\uFFFD");
  if (replacement >= 0)
    throw new InputError(
      cliText("replacementChar", lang, { file, line: lineOf(text, replacement) })
    );
  return text;
}
