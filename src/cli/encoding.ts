/**
 * Text files (ratings CSV, weight profile JSON) as bytes → text, in the encodings Excel saves "CSV"
 * in: UTF-8 with or without BOM, UTF-16 with BOM ("Unicode text"), and GB18030/GBK (the default of
 * Excel on Chinese Windows). Decoding is strict: a file in any other encoding is refused naming it,
 * never read with replacement characters that would then overwrite ratings and notes.
 */
import type { Lang } from "../core/types";
import { InputError } from "./errors";
import { say } from "./lang";

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
  const accepted = say(
    lang,
    "可用编码：UTF-8（可带 BOM）、带 BOM 的 UTF-16、GB18030/GBK（中文版 Excel 的 CSV）",
    "accepted: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK (Excel's Chinese CSV)"
  );
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
      say(
        lang,
        `${file}：无法按 ${encoding === "GB18030" ? "UTF-8 或 GB18030" : encoding} 读取（编码不受支持或文件已损坏），未写入任何内容；${accepted}`,
        `${file}: cannot be read as ${encoding === "GB18030" ? "UTF-8 or GB18030" : encoding} (unsupported encoding or a damaged file); nothing was written; ${accepted}`
      )
    );
  text = text.replace(/^\uFEFF/, "");
  const replacement = text.indexOf("\uFFFD");
  if (replacement >= 0)
    throw new InputError(
      say(
        lang,
        `${file} 第 ${lineOf(text, replacement)} 行：含替换字符 �（文件曾以错误编码保存，文字已丢失），未写入任何内容；请从原始文件重新导出`,
        `${file} line ${lineOf(text, replacement)}: contains the replacement character � (the file was once saved in a wrong encoding and text was lost); nothing was written; export it again from the original`
      )
    );
  return text;
}
