/** Issue messages of the core, in zh-CN and en-US. Each names what was found and what is accepted. */
import { SCALES, type Rejection, type ScaleId } from "./scales";
import { fill, messageText, type MessageTable, type Params } from "./i18n";
import { visibleText } from "./normalize";
import type { Lang } from "./types";

const SCALE_NAME: MessageTable<ScaleId> = {
  C: { zh: "方法合规(C)", en: "method compliance (C)" },
  F: { zh: "执行到位(F)", en: "execution (F)" },
  I: { zh: "创新评级(I)", en: "innovation grade (I)" },
};

/** Why a rating was refused; placeholders as rejectionText() fills them. */
export const REJECTIONS = {
  unknown: { zh: "“{text}”不是可识别的评级", en: '"{text}" is not a known rating' },
  numberNotLevel: {
    zh: "数值 {percent}% 不是评级档位（不做取整）",
    en: "the number {percent}% is not a level (it is not rounded to one)",
  },
  bareNumberTooLarge: {
    zh: "{value} 不是执行率；可用：评级、0%–100% 的执行率（如 85%）或抽样（如 17/20）",
    en: "{value} is not an execution rate; accepted: a level, a rate between 0% and 100% (e.g. 85%) or a sample (e.g. 17/20)",
  },
  bareNumber: {
    zh: "{value} 大于 1；执行率请写成 {value}%",
    en: "{value} is above 1; write an execution rate as {value}%",
  },
  rateOutOfRange: {
    zh: "执行率“{text}”不在 0%–100% 之间",
    en: 'the execution rate "{text}" is not between 0% and 100%',
  },
  badSample: {
    zh: "抽样“{text}”无效：需 通过数/抽样数，抽样数 > 0 且通过数 ≤ 抽样数",
    en: 'the sample "{text}" is invalid: write passed/sampled with sampled > 0 and passed ≤ sampled',
  },
  formulaShowing: {
    zh: "评级单元格含公式 {text}（显示为“{shows}”）；公式不计分，请直接填写评级",
    en: 'the rating cell holds a formula ({text}, showing "{shows}"); formulas are not scored, enter the rating itself',
  },
  formula: {
    zh: "评级单元格含公式 {text}；请直接填写评级",
    en: "the rating cell holds a formula ({text}); enter the rating itself",
  },
  merged: {
    zh: "评级单元格属于合并区域 {range}；请取消合并，每个条目在自己的行中单独评级",
    en: "the rating cell is part of the merged range {range}; unmerge it and rate each clause in its own row",
  },
  errorValue: {
    zh: "评级单元格为错误值 {text}",
    en: "the rating cell holds the error value {text}",
  },
  wrongType: { zh: "“{text}”不是评级", en: '"{text}" is not a rating' },
} satisfies MessageTable;

/** The pieces an invalid rating's message is made of. */
export const RATING_MESSAGES = {
  invalidRating: {
    zh: "{scale}：{reason}。可用：{accepted}。",
    en: "{scale}: {reason}. Accepted: {accepted}.",
  },
  acceptedLabel: { zh: "{label}/{code}", en: "{label}/{code}" },
  acceptedSeparator: { zh: "、", en: ", " },
  acceptedRate: {
    zh: "，或执行率如 85%、0.85、17/20",
    en: ", or an execution rate such as 85%, 0.85 or 17/20",
  },
} satisfies MessageTable;

export function acceptedForms(scale: ScaleId, lang: Lang): string {
  const labels = SCALES[scale].map((l) =>
    messageText(RATING_MESSAGES.acceptedLabel, lang, { label: l.label[lang], code: l.code })
  );
  const rate = scale === "F" ? messageText(RATING_MESSAGES.acceptedRate, lang) : "";
  return labels.join(messageText(RATING_MESSAGES.acceptedSeparator, lang)) + rate;
}

function rejectionText(r: Rejection, lang: Lang): string {
  const text = (id: keyof typeof REJECTIONS, params: Params = {}) =>
    messageText(REJECTIONS[id], lang, params);
  switch (r.reason) {
    case "unknown":
      return text("unknown", { text: visibleText(r.text) });
    case "numberNotLevel":
      return text("numberNotLevel", { percent: +(r.value * 100).toFixed(6) });
    case "bareNumber":
      // Only a number that could be a percentage gets the "write it as N%" hint (not 1e308 or a date).
      return text(r.value > 100 ? "bareNumberTooLarge" : "bareNumber", { value: r.value });
    case "rateOutOfRange":
      return text("rateOutOfRange", { text: r.text });
    case "badSample":
      return text("badSample", { text: r.text });
    case "formula":
      if (r.shows !== undefined)
        return text("formulaShowing", { text: r.text, shows: visibleText(r.shows) });
      return text("formula", { text: r.text });
    case "merged":
      return text("merged", { range: r.range });
    case "errorValue":
      return text("errorValue", { text: r.text });
    case "wrongType":
      return text("wrongType", { text: visibleText(r.text) });
  }
}

export function invalidRatingMessage(scale: ScaleId, rejection: Rejection, lang: Lang): string {
  return messageText(RATING_MESSAGES.invalidRating, lang, {
    scale: SCALE_NAME[scale][lang],
    reason: rejectionText(rejection, lang),
    accepted: acceptedForms(scale, lang),
  });
}

export const TEMPLATES: MessageTable = {
  wrongScale: {
    zh: "{module} 模块的条目不使用{column}，请留空",
    en: "clauses of module {module} take no {column}; leave it blank",
  },
  naWithF: {
    zh: "方法合规为“不适用”，填写的执行到位“{value}”不计分",
    en: 'method compliance is "not applicable"; the execution value "{value}" is ignored',
  },
  pendingFinal: {
    zh: "最终评审阶段不接受“未审核/待补充佐证”，请给出方法合规评级",
    en: 'the final review does not accept "pending"; give a method compliance rating',
  },
  missingF: {
    zh: "已填方法合规，缺少执行到位评级",
    en: "method compliance is rated but execution (F) is missing",
  },
  missingC: {
    zh: "已填执行到位，缺少方法合规评级",
    en: "execution is rated but method compliance (C) is missing",
  },
  missingRow: {
    zh: "条目 {id} 在表中没有对应行，按未评分计",
    en: "clause {id} has no row in the table; it is scored as unrated",
  },
  duplicateRow: {
    zh: "条目 {id} 重复出现，此行被忽略（以第一行为准）",
    en: "clause {id} appears again; this row is ignored (the first row counts)",
  },
  unknownId: {
    zh: "编号“{id}”不在标准条目中；只有 {modules} 模块可增加自定义创新条目，此行被忽略",
    en: 'ID "{id}" is not a clause of the standard; only module {modules} takes extra innovation clauses, so this row is ignored',
  },
  extraIdLookalike: {
    zh: "编号“{id}”被当作新的自定义创新条目，但它很像“{like}”；若指同一条，请把编号改为“{like}”",
    en: 'ID "{id}" is counted as a new extra innovation clause, but it looks like "{like}"; if it means the same clause, write "{like}"',
  },
  ratingWithoutId: {
    zh: "此行有评级但没有编号，被忽略",
    en: "this row has ratings but no ID; it is ignored",
  },
  mergedNotes: {
    zh: "佐证/备注单元格属于合并区域 {range}；请取消合并，让每个条目有自己的佐证（取消前此条目计为无效）",
    en: "the Evidence/Notes cell is part of the merged range {range}; unmerge it so that each clause has its own notes (until then the clause counts as invalid)",
  },
  yearsMissing: {
    zh: "未填写运营年限：年限条件记为未知，不影响显示的星级",
    en: "operating years are missing: the years condition is unknown and does not block the stars shown",
  },
  yearsInvalid: {
    zh: "运营年限“{value}”无效：请填写 ≥ 0 的数字（可含小数）",
    en: 'operating years "{value}" is invalid: enter a number ≥ 0 (fractions allowed)',
  },
};

const rendered = new Map<string, string>();

/** The column name of a scale in the user's language, for messages. */
export function scaleName(scale: ScaleId, lang: Lang): string {
  return SCALE_NAME[scale][lang];
}

/** Params as a message shows them: an invisible character left in a value is written as <U+…>. */
export function visibleParams(params: Params): Params {
  const shown: Params = {};
  for (const name in params) {
    const value = params[name];
    shown[name] = typeof value === "string" ? visibleText(value) : value;
  }
  return shown;
}

export function render(code: string, params: Params, lang: Lang): string {
  // The same few messages recur on many rows: fill each distinct template once.
  let key = lang + "\u0000" + code;
  for (const name in params) key += "\u0000" + params[name];
  let message = rendered.get(key);
  if (message === undefined) {
    message = fill(TEMPLATES[code][lang], visibleParams(params));
    if (rendered.size >= 10_000) rendered.clear();
    rendered.set(key, message);
  }
  return message;
}
