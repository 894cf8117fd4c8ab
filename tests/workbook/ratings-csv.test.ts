/** Ratings CSV (SCORING.md §8, issue 17): the separator from the header line, a column named twice. */
import { csvDelimiter, parseRatingsCsv } from "../../src/workbook/ratings-csv";
import { decodeText } from "../../src/cli/encoding";

const parsed = (text: string, lang: "zh" | "en" = "en") => parseRatingsCsv(text, lang);
const messages = (text: string, lang: "zh" | "en" = "en") => {
  const p = parsed(text, lang);
  return p.ok ? [] : p.issues.map((i) => i.message);
};

test("a column named twice in the header is refused, naming line 1 and the column", () => {
  expect(messages("ID,C,C\n1,合规,不合规\n")).toEqual([
    expect.stringMatching(/^CSV line 1 \(header\): column "C" appears twice \(columns 2 and 3\)/),
  ]);
  expect(messages("ID,C,C\n1,合规,不合规\n", "zh")[0]).toMatch(/CSV 第 1 行.*“C”列出现两次/);
  // Two spellings of one column are the same column.
  expect(messages("编号,ID,C\n1,1,合规\n")[0]).toMatch(/column "ID" appears twice/);
  expect(messages("ID,C,Evidence,Evidence\n1,合规,a,b\n")[0]).toMatch(/"Evidence" appears twice/);
  // Columns the product ignores may repeat.
  expect(parsed("ID,C,Extra,Extra\n1,合规,a,b\n").ok).toBe(true);
});

test("the separator comes from the header line: a tab when it has tabs and no comma", () => {
  expect(csvDelimiter("ID\tC\tF\r\n1\t合规\t优秀")).toBe("\t");
  expect(csvDelimiter("\r\nID\tC\n")).toBe("\t");
  expect(csvDelimiter("ID,C\tx\n")).toBe(",");
  expect(csvDelimiter("ID,C\n1\t2,3\n")).toBe(",");
  expect(csvDelimiter("ID;C\n")).toBe(",");
  const tab = parsed('ID\tC\tF\tEvidence\r\n1\t合规\t优秀\t"a, b"\r\n2\t不合规\t\tc\r\n');
  expect(tab).toEqual({
    ok: true,
    columns: ["c", "f", "evidence"],
    ratings: [
      { id: "1", line: 2, values: { c: "合规", f: "优秀", evidence: "a, b" } },
      { id: "2", line: 3, values: { c: "不合规", f: "", evidence: "c" } },
    ],
  });
});

test("Excel's Unicode text (UTF-16 LE, BOM, tabs) is read", () => {
  const bytes = Uint8Array.from(
    Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from("ID\tC\tF\r\n1\t合规\t优秀\r\n20\t部分合规\t合格\r\n", "utf16le"),
    ])
  );
  const p = parsed(decodeText(bytes, "r.txt", "en"));
  expect(p.ok && p.ratings.map((r) => [r.id, r.values.c, r.values.f])).toEqual([
    ["1", "合规", "优秀"],
    ["20", "部分合规", "合格"],
  ]);
});

test("a file that still cannot be read names the accepted separators", () => {
  expect(messages("ID;C;F\n1;合规;优秀\n")[0]).toMatch(
    /separated by commas or tabs; found: ID;C;F/
  );
  expect(messages("ID;C;F\n1;合规;优秀\n", "zh")[0]).toMatch(/逗号或制表符/);
});

test("invisible characters (soft hyphen, zero-width, word joiner, inner BOM) are dropped from headers, IDs and ratings, not from notes", () => {
  const p = parsed(
    "I\u200bD,\u00adC,F\u2060,Evidence\n\u200b1\u00ad,合\u00ad规,优\u200d秀,a\u200bb\n"
  );
  expect(p).toEqual({
    ok: true,
    columns: ["c", "f", "evidence"],
    ratings: [{ id: "1", line: 2, values: { c: "合规", f: "优秀", evidence: "a\u200bb" } }],
  });
  expect(messages("ID,C,C\u200b\n1,合规,合规\n")[0]).toMatch(/column "C" appears twice/);
});
