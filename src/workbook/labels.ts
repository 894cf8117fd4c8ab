/**
 * Words the workbook shows and the messages of the workbook layer, in zh-CN and en-US. Column
 * headers are bilingual and fixed (see columns.ts); everything else follows the content language.
 */
import { fill, type Params } from "../core/i18n";
import type { Lang, Stage, Status } from "../core/types";

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

const WORDS = {
  title: { zh: "呼叫中心 EPM 星级评分", en: "Contact centre EPM star rating" },
  organisation: { zh: "组织", en: "Organisation" },
  years: { zh: "运营年限（年）", en: "Operating years" },
  stage: { zh: "评审阶段", en: "Review stage" },
  auditor: { zh: "审核员", en: "Auditor" },
  date: { zh: "日期", en: "Date" },
  resultHeading: { zh: "评分结果", en: "Result" },
  starLevel: { zh: "认证等级", en: "Star level" },
  flags: { zh: "结果标记", en: "Flags" },
  score15: { zh: "1.0–5.0 得分", en: "Score 1.0–5.0" },
  score6: { zh: "6.0 得分", en: "Score 6.0" },
  fShare: { zh: "执行通过率", en: "F-pass share" },
  compliance: { zh: "方法全部合规", en: "All method-compliant" },
  issues: { zh: "问题数（错误/警告）", en: "Issues (errors/warnings)" },
  freshness: { zh: "结果状态", en: "Result state" },
  scoredInputsTitle: {
    zh: "评分时的输入（供“结果状态”比较，请勿修改）",
    en: "Inputs as scored (compared by the Result state; do not edit)",
  },
  scoredRows: { zh: "有编号的行数", en: "Rows with an ID" },
  upToDate: { zh: "结果为最新", en: "up to date" },
  changed: { zh: "评分后评级已更改", en: "ratings changed since scoring" },
  notScored: { zh: "尚未评分", en: "not scored yet" },
  conditionsHeading: { zh: "认证条件", en: "Star conditions" },
  conditionsMatrixHeading: {
    zh: "认证条件（实际 / 要求）",
    en: "Star conditions (actual / required)",
  },
  level: { zh: "等级", en: "Level" },
  condition: { zh: "条件", en: "Condition" },
  required: { zh: "要求", en: "Required" },
  actual: { zh: "实际", en: "Actual" },
  met: { zh: "达成", en: "Met" },
  modulesHeading: { zh: "模块得分", en: "Module scores" },
  subItemsHeading: { zh: "子项得分", en: "Sub-item scores" },
  module: { zh: "模块", en: "Module" },
  subItem: { zh: "子项", en: "Sub-item" },
  name: { zh: "名称", en: "Name" },
  max: { zh: "满分", en: "Max" },
  score: { zh: "得分", en: "Score" },
  percent: { zh: "得分率", en: "%" },
  gapHeading: { zh: "距下一等级", en: "Gap to the next level" },
  short: { zh: "差距", en: "Short" },
  clauses: { zh: "条目", en: "Clauses" },
  topLevel: { zh: "已达最高等级", en: "top level reached" },
  topGainsHeading: { zh: "提分空间最大的 10 个条目", en: "Top 10 clauses by points at stake" },
  chartTitle: { zh: "模块得分率", en: "Module score %" },
  page: { zh: "第 &P 页，共 &N 页", en: "Page &P of &N" },
  scoredAt: { zh: "评分时间", en: "Scored" },
  rank: { zh: "序", en: "#" },
  summary: { zh: "摘要", en: "Summary" },
  atStake: { zh: "可提升分", en: "Points at stake" },
  recordHeading: { zh: "计算记录", en: "Calculation record" },
  product: { zh: "产品版本", en: "Product version" },
  catalogue: { zh: "标准目录", en: "Catalogue" },
  catalogueVersion: { zh: "目录版本", en: "Catalogue version" },
  profile: { zh: "权重方案", en: "Weight profile" },
  time: { zh: "计算时间", en: "Time" },
  fingerprint: { zh: "输入指纹", en: "Input fingerprint" },
  language: { zh: "内容语言", en: "Content language" },
  rules: { zh: "评分规则修订版", en: "Scoring rules revision" },
  auditId: { zh: "评审编号", en: "Audit ID" },
  conflictsTitle: {
    zh: "合并冲突：在“决定”列填写采用的评级，然后再次合并",
    en: "Merge conflicts: write the rating to keep in Decision, then merge again",
  },
  yes: { zh: "是", en: "yes" },
  no: { zh: "否", en: "no" },
  unknown: { zh: "未知", en: "unknown" },
  provisional: { zh: "临时结果（有待审核条目）", en: "provisional (pending clauses)" },
  incomplete: { zh: "不完整（有未评或无效条目，或缺运营年限）", en: "incomplete" },
  complete: { zh: "完整", en: "complete" },
  notCertified: { zh: "未达星级", en: "not certified" },
  stars: { zh: "星", en: "stars" },
  weightsModules: { zh: "模块分值（6.0 为封顶分）", en: "Module points (6.0: cap)" },
  weightsItems: { zh: "子项倍数", en: "Sub-item multipliers" },
  weightsClauses: { zh: "条目权重", en: "Clause weights" },
  weightsRules: { zh: "认证门槛", en: "Star thresholds" },
  points: { zh: "分值", en: "Points" },
  multiplier: { zh: "倍数", en: "Multiplier" },
  weight: { zh: "权重", en: "Weight" },
  rule: { zh: "规则", en: "Rule" },
  ignoredRow: { zh: "此行未计分", en: "row not scored" },
} as const;

export type Word = keyof typeof WORDS;

export function word(key: Word, lang: Lang): string {
  return WORDS[key][lang];
}

export const CONDITION_LABELS: Record<string, { zh: string; en: string }> = {
  years: { zh: "运营年限 ≥", en: "operating years ≥" },
  compliance: { zh: "1.0–5.0 方法合规条目数", en: "1.0–5.0 clauses method-compliant" },
  fShare: { zh: "执行通过率 ≥", en: "F-pass share ≥" },
  score15: { zh: "1.0–5.0 得分 ≥", en: "score 1.0–5.0 ≥" },
  score6: { zh: "6.0 得分 ≥", en: "score 6.0 ≥" },
};

export const RULE_LABELS: Record<string, { zh: string; en: string }> = {
  years: { zh: "运营年限（年）", en: "operating years" },
  fShare: { zh: "执行通过率（比例）", en: "F-pass share (fraction)" },
  score15: { zh: "1.0–5.0 得分（占满分比例）", en: "score 1.0–5.0 (fraction of max)" },
  score6: { zh: "6.0 得分（占封顶分比例）", en: "score 6.0 (fraction of cap)" },
  strictCompliance: {
    zh: "严格方法合规（TRUE 时部分合规不计为合规；默认 FALSE）",
    en: "strict compliance (TRUE: partial is not compliant; default FALSE)",
  },
};

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
    zh: "CSV 第 {line} 行（表头）：须含 ID 列及 C、F、I 中至少一列；读到的表头：{found}",
    en: "CSV line {line} (header): it must name ID and at least one of C, F, I; found: {found}",
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
    zh: "{file}：评审编号 {copy} 与主本的 {master} 不同，是另一次评审的文件（确为同一评审时可强制合并）",
    en: "{file}: audit ID {copy} differs from the master's {master}: it is a copy of another audit (force the merge if it really is this audit)",
  },
  mergeOtherCatalogue: {
    zh: "{file}：按 {copy} 评审，主本按 {master}；不同标准或版本的评审不能合并",
    en: "{file}: audited against {copy}, the master against {master}; audits of different standards or versions cannot be merged",
  },
  mergeNotAudit: {
    zh: "{file}：不是评分工作簿（找不到表格 EpmClauses）",
    en: "{file}: not an audit workbook (table EpmClauses was not found)",
  },
  mergeUnknownRow: {
    zh: "{file}：主本没有条目 {id} 的行，此行未合并（请先在主本中添加该行）",
    en: "{file}: the master has no row for clause {id}, so that row was not merged (add the row to the master first)",
  },
  conflictDecision: {
    zh: "{cell}：“{value}”不是有效的 {column} 评级；可用：{accepted}",
    en: '{cell}: "{value}" is not a valid {column} rating; accepted: {accepted}',
  },
  csvUnknownId: {
    zh: "CSV 第 {line} 行：ID“{id}”不是标准条目，也不是工作簿中的行（可用：{accepted}，或工作簿中已有的自定义 6.x 条目）",
    en: 'CSV line {line}: ID "{id}" is neither a clause of the catalogue nor a row of the workbook (accepted: {accepted}, or an extra 6.x row already in the workbook)',
  },
  csvNoRow: {
    zh: "CSV 第 {line} 行：条目 {id} 在工作簿中没有对应行（请先升级工作簿）",
    en: "CSV line {line}: clause {id} has no row in the workbook (upgrade the workbook first)",
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
  nameRecreated: {
    zh: "工作簿中缺少名称 {name}，已在新工作表“{cell}”上重新创建（原有单元格未改动）",
    en: 'the workbook had no name {name}; it was made again on the new sheet "{cell}" (the existing cells were left as they were)',
  },
};

export function message(code: string, params: Params, lang: Lang): string {
  return fill(MESSAGES[code][lang], params);
}
