/**
 * Words the workbook shows and the messages of the workbook layer, in zh-CN and en-US. Column
 * headers are bilingual and fixed (see columns.ts); everything else follows the content language.
 */
import { fill, type Params } from "../core/i18n";
import { visibleParams } from "../core/messages";
import words from "./words.json";
import type { StandardTerms } from "../core/standard";
import type { ConditionKey, Lang, Stage, Status, ThresholdKey } from "../core/types";

const STATUS: Record<Status, { zh: string; en: string }> = {
  rated: { zh: "已评分", en: "rated" },
  unrated: { zh: "未评分", en: "unrated" },
  "n/a": { zh: "不适用", en: "n/a" },
  pending: { zh: "待审核", en: "pending" },
  incomplete: { zh: "不完整", en: "incomplete" },
  invalid: { zh: "无效", en: "invalid" },
};

export function statusLabel(status: Status, lang: Lang): string {
  return STATUS[status][lang];
}

export const STAGE_LABELS: Record<Lang, Record<Stage, string>> = {
  zh: { baseline: "基线评审", final: "最终评审" },
  en: { baseline: "baseline", final: "final" },
};

/** The workbook's own words (titles, headings, row labels), as data: words.json. */
const WORDS: Record<keyof typeof words, { zh: string; en: string }> = words;

export type Word = keyof typeof WORDS;

/**
 * A word in the content language. The title, the score labels and the module points heading name
 * the standard ({standard}, {cf}, {i}): those need the catalogue's terms (core standardTerms).
 */
export function word(key: Word, lang: Lang, terms?: StandardTerms): string {
  return fill(WORDS[key][lang], terms ?? {});
}

const CONDITION_LABELS: Record<ConditionKey, { zh: string; en: string }> = {
  years: { zh: "运营年限 ≥", en: "operating years ≥" },
  compliance: { zh: "{cf} 方法合规条目数", en: "{cf} clauses method-compliant" },
  fShare: { zh: "执行通过率 ≥", en: "F-pass share ≥" },
  score15: { zh: "{cf} 得分 ≥", en: "score {cf} ≥" },
  score6: { zh: "{i} 得分 ≥", en: "score {i} ≥" },
};

/** A star condition's label, e.g. "score 1.0–5.0 ≥", with the catalogue's module ranges. */
export function conditionLabel(key: ConditionKey, lang: Lang, terms: StandardTerms): string {
  return fill(CONDITION_LABELS[key][lang], terms);
}

const RULE_LABELS: Record<ThresholdKey | "strictCompliance", { zh: string; en: string }> = {
  years: { zh: "运营年限（年）", en: "operating years" },
  fShare: { zh: "执行通过率（比例）", en: "F-pass share (fraction)" },
  score15: { zh: "{cf} 得分（占满分比例）", en: "score {cf} (fraction of max)" },
  score6: { zh: "{i} 得分（占封顶分比例）", en: "score {i} (fraction of cap)" },
  strictCompliance: {
    zh: "严格方法合规（TRUE 时部分合规不计为合规；默认 FALSE）",
    en: "strict compliance (TRUE: partial is not compliant; default FALSE)",
  },
};

/** A row label of the Weights sheet's rules table, with the catalogue's module ranges. */
export function ruleLabel(
  key: ThresholdKey | "strictCompliance",
  lang: Lang,
  terms: StandardTerms
): string {
  return fill(RULE_LABELS[key][lang], terms);
}

/** Messages of the workbook layer (read, weights, CSV, files). Each names where and what is accepted. */
const MESSAGES: Record<string, { zh: string; en: string }> = {
  missingTable: {
    zh: "不是评分工作簿：找不到表格 {table}（请先用“创建/升级”或 template 命令生成评分表）",
    en: "not an audit workbook: table {table} was not found (create one with Start / the template command first)",
  },
  missingColumn: {
    zh: "表格 {table} 缺少列“{header}”（表头第 {row} 行；可用表头：{accepted}）",
    en: 'table {table} has no column "{header}" (header row {row}; accepted headers: {accepted})',
  },
  badStage: {
    zh: "{cell}：评审阶段“{value}”无效；可用：基线评审、最终评审（或 baseline、final），留空为基线评审",
    en: '{cell}: review stage "{value}" is invalid; accepted: baseline, final (or 基线评审, 最终评审); blank means baseline',
  },
  badRuleFlag: {
    zh: "{cell}：“{value}”不是有效的开关值；可用：TRUE/FALSE、是/否、yes/no、1/0，留空为 FALSE",
    en: '{cell}: "{value}" is not a valid switch; accepted: TRUE/FALSE, yes/no, 是/否, 1/0; blank means FALSE',
  },
  badWeight: {
    zh: "{cell}：“{value}”不是有效数字；可用：≥ 0 的数字{extra}",
    en: '{cell}: "{value}" is not a valid number; accepted: a number ≥ 0{extra}',
  },
  badWeightKey: {
    zh: "{cell}：未知的编号“{value}”（{accepted}）",
    en: '{cell}: unknown ID "{value}" ({accepted})',
  },
  profileError: { zh: "{cell}（{path}）：{message}", en: "{cell} ({path}): {message}" },
  weightsMissing: {
    zh: "找不到权重表 {table}，按标准默认权重计分（“创建/升级”会补建权重页）",
    en: "weights table {table} was not found; the standard default weights are used (Start / upgrade recreates the Weights sheet)",
  },
  unknownCatalogue: {
    zh: "{cell}：工作簿使用的标准目录“{value}”本产品不认识（可用：{accepted}）",
    en: '{cell}: the workbook uses catalogue "{value}", which this product does not know (accepted: {accepted})',
  },
  badLang: {
    zh: "{cell}：内容语言“{value}”无效（可用：zh、en），按 {lang} 处理",
    en: '{cell}: content language "{value}" is invalid (accepted: zh, en); {lang} is used',
  },
  yearsOverride: {
    zh: "运营年限“{value}”无效：请填写 ≥ 0 的数字（可含小数）",
    en: 'operating years "{value}" is invalid: give a number ≥ 0 (fractions allowed)',
  },
  csvHeader: {
    zh: "CSV 第 {line} 行（表头）：须含 ID 列及 C、F、I 中至少一列，以逗号或制表符（Tab）分隔；读到的表头：{found}",
    en: "CSV line {line} (header): it must name ID and at least one of C, F, I, separated by commas or tabs; found: {found}",
  },
  csvDuplicateColumn: {
    zh: "CSV 第 {line} 行（表头）：“{column}”列出现两次（第 {first} 列和第 {second} 列），无法确定用哪一列；请删去其中一列",
    en: 'CSV line {line} (header): column "{column}" appears twice (columns {first} and {second}), so which one counts is unclear; delete one of them',
  },
  csvEmpty: {
    zh: "CSV 文件为空，须有表头行（ID,C,F,I）",
    en: "the CSV file is empty; it needs a header row (ID,C,F,I)",
  },
  csvNoId: {
    zh: "CSV 第 {line} 行：有评级但 ID 为空",
    en: "CSV line {line}: ratings without an ID",
  },
  csvDuplicate: {
    zh: "CSV 第 {line} 行：ID“{id}”已在第 {first} 行出现",
    en: 'CSV line {line}: ID "{id}" already appears on line {first}',
  },
  mergeOtherAudit: {
    zh: "{file}：评审编号 {copy} 与主本的 {master} 不同，是另一次评审的文件（确为同一评审时仍可合并：命令行加 --other-audit，或在“团队”选项卡中勾选对应选项）",
    en: "{file}: audit ID {copy} differs from the master's {master}: it is a copy of another audit (if it really is this audit, merge it anyway: --other-audit on the command line, or the Team tab's option)",
  },
  mergeOtherCatalogue: {
    zh: "{file}：按 {copy} 评审，主本按 {master}；不同标准或版本的评审不能合并",
    en: "{file}: audited against {copy}, the master against {master}; audits of different standards or versions cannot be merged",
  },
  compareOtherCatalogue: {
    zh: "{before} 按 {beforeCatalogue} 评审，{after} 按 {afterCatalogue}；不同标准或版本的评审不能对比",
    en: "{before} was audited against {beforeCatalogue}, {after} against {afterCatalogue}; audits of different standards or versions cannot be compared",
  },
  compareTableMoved: {
    zh: "工作表“{sheet}”上的表格 {table} 被移到了本产品的汇总行中，无处写入对比汇总；请把表格下移，或删除该工作表后再对比",
    en: 'table {table} on sheet "{sheet}" was moved up into the rows of the comparison summary, so there is no room for it; move the table down, or delete the sheet and compare again',
  },
  mergeNotAudit: {
    zh: "{file}：不是评分工作簿（找不到表格 {table}）",
    en: "{file}: not an audit workbook (table {table} was not found)",
  },
  mergeUnknownRow: {
    zh: "{file}：主本没有条目 {id} 的行，此行未合并（请先在主本中添加该行）",
    en: "{file}: the master has no row for clause {id}, so that row was not merged (add the row to the master first)",
  },
  conflictDecision: {
    zh: "{cell}：“{value}”不是有效的 {column} 评级；可用：{accepted}",
    en: '{cell}: "{value}" is not a valid {column} rating; accepted: {accepted}',
  },
  conflictDecisionFormula: {
    zh: "{cell}：决定“{value}”是公式或错误值，不被接受；请把 {column} 评级写成文字（可用：{accepted}）",
    en: '{cell}: the Decision "{value}" is a formula or an error value, which is not accepted; write the {column} rating as text (accepted: {accepted})',
  },
  mergeMasterMerged: {
    zh: "{cell}：属于合并单元格 {range}；合并从不写入合并单元格，此单元格保持原样（取消合并 {range} 后再合并）",
    en: "{cell}: part of the merged cells {range}; merge never writes into merged cells, so this cell was left as it is (unmerge {range} and merge again)",
  },
  mergeCopyMerged: {
    zh: "{file}：{cell} 属于合并单元格 {range}；每行只按本行的单元格合并（合并区域的值只在其第一个单元格）。请在副本中取消合并 {range} 并核对",
    en: "{file}: {cell} is part of the merged cells {range}; each row is merged from its own cell only (the value of merged cells is in their first cell). Unmerge {range} in the copy and check it",
  },
  mergeCopyEvidenceFormula: {
    zh: "{file}：{cell} 的佐证是公式或错误值（{value}），未合并；请把佐证写成文字",
    en: "{file}: the notes in {cell} are a formula or an error value ({value}) and were not merged; write the notes as text",
  },
  mergeEvidenceLocked: {
    zh: "{cell}：主本的佐证是公式（{value}），合并从不覆盖公式；副本的以下佐证未写入：{notes}",
    en: "{cell}: the master's notes are a formula ({value}), which merge never overwrites; these notes from the copies were not added: {notes}",
  },
  mergeEvidenceFull: {
    zh: "{cell}：佐证已达 Excel 单元格上限 {max} 个字符；副本的 {count} 行佐证未写入（仍在副本中）：{notes}",
    en: "{cell}: the notes reached Excel's limit of {max} characters a cell; {count} lines from the copies were not added (they stay in the copies): {notes}",
  },
  csvUnknownId: {
    zh: "CSV 第 {line} 行：ID“{id}”不是标准条目，也不是工作簿中的行（可用：{accepted}，或工作簿中已有的自定义创新条目）",
    en: 'CSV line {line}: ID "{id}" is neither a clause of the catalogue nor a row of the workbook (accepted: {accepted}, or an extra innovation row already in the workbook)',
  },
  csvNoRow: {
    zh: "CSV 第 {line} 行：条目 {id} 在工作簿中没有对应行（请先升级工作簿）",
    en: "CSV line {line}: clause {id} has no row in the workbook (upgrade the workbook first)",
  },
  csvMergedCell: {
    zh: "{cell}：CSV 第 {line} 行（条目 {id}）的值未写入：该单元格属于合并区域 {range}；请取消合并后重试（取消前此条目计为无效）",
    en: "{cell}: the value of CSV line {line} (clause {id}) was not written: the cell is part of the merged range {range}; unmerge it and run again (until then the clause counts as invalid)",
  },
  csvSyntax: { zh: "CSV 第 {line} 行：{detail}", en: "CSV line {line}: {detail}" },
  csvTooLong: {
    zh: "CSV 第 {line} 行“{column}”列：文字有 {length} 个字符，超过 Excel 单元格上限 {max}；请缩短或改放在单独的文件中",
    en: 'CSV line {line}, column "{column}": the text has {length} characters, more than an Excel cell holds ({max}); shorten it or keep it in a separate file',
  },
  duplicateWeightKey: {
    zh: "{cell}：“{value}”在权重表中出现两次（另见 {first}）；请删去其中一行",
    en: '{cell}: "{value}" appears twice in the weights table (also at {first}); delete one of the rows',
  },
  embeddedCatalogueJson: {
    zh: "{cell}（名称 {name}）：工作簿所带的标准目录不是有效的 JSON（{detail}）；请用原标准文件重新生成工作簿",
    en: "{cell} (name {name}): the catalogue this workbook carries is not valid JSON ({detail}); make the workbook again from the catalogue file",
  },
  embeddedCatalogueInvalid: {
    zh: "{cell}（名称 {name}）：工作簿所带的标准目录在 {path} 处有误：{message}",
    en: "{cell} (name {name}): the catalogue this workbook carries is invalid at {path}: {message}",
  },
  embeddedCatalogueDiffers: {
    zh: "{cell}：工作簿所带的 {catalogue} 与本产品内置的同名同版本标准不同；按内置标准计分（工作簿中的副本未使用）",
    en: "{cell}: the copy of {catalogue} this workbook carries differs from the one bundled with this product; the bundled one is used (the workbook's copy is ignored)",
  },
  mergeOtherContent: {
    zh: "{file}：与主本同为 {catalogue}，但所带的标准目录内容不同；内容不同的标准不能合并",
    en: "{file}: audited against {catalogue} as the master is, but the catalogue it carries has other content; audits of different catalogues cannot be merged",
  },
  compareOtherContent: {
    zh: "{before} 与 {after} 同为 {catalogue}，但所带的标准目录内容不同；内容不同的标准不能对比",
    en: "{before} and {after} are both audited against {catalogue}, but the catalogues they carry differ in content; audits of different catalogues cannot be compared",
  },
  nameRecreated: {
    zh: "工作簿中缺少名称 {name}，已在新工作表“{cell}”上重新创建（原有单元格未改动）",
    en: 'the workbook had no name {name}; it was made again on the new sheet "{cell}" (the existing cells were left as they were)',
  },
};

export function message(code: string, params: Params, lang: Lang): string {
  return fill(MESSAGES[code][lang], visibleParams(params));
}
