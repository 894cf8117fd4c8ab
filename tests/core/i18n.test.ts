import { fileError } from "../../src/adapters/xlsx/file";
import { langOf } from "../../src/cli/lang";
import { fill, messageText, resolveLang } from "../../src/core/i18n";
import { render } from "../../src/core/messages";
import { FLOW_MESSAGES } from "../../src/services/messages";
import { fill as paneFill } from "../../src/ui/i18n";
import { message } from "../../src/workbook/labels";
import { shortfallText } from "../../src/workbook/units";

describe("one template filler", () => {
  test("fills every placeholder, repeated ones too, with strings and numbers", () => {
    expect(fill("{a} and {a}: {n}", { a: "x", n: 0 })).toBe("x and x: 0");
  });

  test("a placeholder without a value stays visible", () => {
    expect(fill("{n} stars {x}", { n: 4 })).toBe("4 stars {x}");
    expect(fill("{toString}", {})).toBe("{toString}");
  });

  test("a value is inserted as it is, never filled again", () => {
    expect(fill("{a}", { a: "{b}", b: "no" })).toBe("{b}");
    expect(fill("{a}", { a: "$1 $&" })).toBe("$1 $&");
  });

  test("every layer fills with it: a missing value shows the same everywhere", () => {
    expect(paneFill).toBe(fill);
    expect(messageText(FLOW_MESSAGES.openFailed, "en", { name: "a.xlsx" })).toBe(
      "Could not open a.xlsx: {reason}"
    );
    expect(render("missingRow", {}, "en")).toContain("clause {id} ");
    expect(message("csvNoId", {}, "en")).toBe("CSV line {line}: ratings without an ID");
    expect(message("csvNoId", { line: 7 }, "zh")).toBe("CSV 第 7 行：有评级但 ID 为空");
    expect(shortfallText({ key: "years", short: 2 }, "en")).toBe("2 more years");
    expect(fileError("damaged", "en").message).toMatch(/truncated.*: \{detail\}$/);
  });
});

describe("one language resolver", () => {
  test.each([
    ["zh", "zh"],
    ["zh-CN", "zh"],
    ["zh-TW", "zh"],
    ["ZH-hant", "zh"],
    ["zh_CN.UTF-8", "zh"],
    [" zh-CN ", "zh"],
    ["en", "en"],
    ["en-US", "en"],
    ["de-DE", "en"],
    ["C.UTF-8", "en"],
    ["", "en"],
    [undefined, "en"],
    [null, "en"],
  ])("%p → %p", (locale, lang) => {
    expect(resolveLang(locale)).toBe(lang);
  });

  test("the command line: --lang first, then LC_ALL, LC_MESSAGES, LANG through the resolver", () => {
    expect(langOf("en", { LANG: "zh_CN.UTF-8" })).toBe("en");
    expect(langOf(undefined, { LANG: "zh_CN.UTF-8" })).toBe("zh");
    expect(langOf(undefined, { LC_ALL: "en_US.UTF-8", LANG: "zh_CN.UTF-8" })).toBe("en");
    expect(langOf(undefined, { LC_MESSAGES: "zh_TW", LANG: "en_US" })).toBe("zh");
    expect(langOf(undefined, {})).toBe("en");
  });
});
