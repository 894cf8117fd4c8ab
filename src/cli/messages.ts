/**
 * What the command line says, one { zh, en } record per id (the message shape of every layer),
 * grouped by the file that says it. cliText() fills one in the user's language.
 */
import { messageText, type MessageTable, type Params } from "../core/i18n";
import type { Lang } from "../core/types";

export const CLI_MESSAGES = {
  // template.ts
  badStandard: {
    zh: "--standard “{id}” 无效：可用 {accepted}",
    en: '--standard "{id}" is invalid: use {accepted}',
  },
  standardAndCatalogue: {
    zh: "--standard 与 --catalogue 只能二选一：--standard 选内置标准，--catalogue 使用标准文件",
    en: "--standard and --catalogue cannot be used together: --standard picks a bundled standard, --catalogue uses a catalogue file",
  },
  bundledEditionDiffers: {
    zh: "{file}：{edition} 是本产品内置的标准，但文件内容与内置的不同；按内置标准计分（文件副本随工作簿保存，但不使用）",
    en: "{file}: {edition} is bundled with this product, but the file differs from the bundled one; the bundled one is used for scoring (the file's copy is kept in the workbook, unused)",
  },

  // score.ts
  badYears: {
    zh: "--years “{text}” 无效：须为 ≥ 0 的数字（可含小数），如 --years 4",
    en: '--years "{text}" is invalid: give a number ≥ 0 (fractions allowed), e.g. --years 4',
  },
  badStage: {
    zh: "--stage “{text}” 无效：可用 baseline 或 final",
    en: '--stage "{text}" is invalid: use baseline or final',
  },
  totalRow: {
    zh: "{file}：表 {table} 有汇总行，本工具无法在其下方添加行；请在 Excel 中关闭“汇总行”（表设计 → 汇总行）后重试，未写入任何内容",
    en: "{file}: table {table} has a Total row, below which this tool cannot add rows; turn the Total row off in Excel (Table Design → Total Row) and try again; nothing was written",
  },
  cannotSave: {
    zh: "{file}：无法写出评分后的工作簿（{reason}），未写入任何内容",
    en: "{file}: the scored workbook cannot be written ({reason}); nothing was written",
  },
  outOneInput: { zh: "--out 只能用于一个输入文件", en: "--out takes a single input file" },
  pdfOneInput: { zh: "--pdf 只能用于一个输入文件", en: "--pdf takes a single input file" },
  inputRole: { zh: "输入", en: "input" },
  someNotScored: {
    zh: "有文件无法评分，未写出任何文件。\n",
    en: "Some files could not be scored; nothing was written.\n",
  },

  // report.ts
  noReport: {
    zh: "{file}：不是评分工作簿（找不到汇总页或条目表），无法打印报告",
    en: "{file}: not an audit workbook (no Summary or clause table), so there is no report to print",
  },

  // pdf.ts
  installLibreOffice: {
    zh: "找不到 LibreOffice（soffice），无法生成 PDF。请安装 LibreOffice（Debian/Ubuntu：sudo apt-get install libreoffice-calc；macOS：brew install --cask libreoffice；Windows：https://www.libreoffice.org/download/），或用 --soffice 指定 soffice 的路径。",
    en: "LibreOffice (soffice) was not found, so no PDF can be made. Install LibreOffice (Debian/Ubuntu: sudo apt-get install libreoffice-calc; macOS: brew install --cask libreoffice; Windows: https://www.libreoffice.org/download/) or give the path of soffice with --soffice.",
  },
  sofficeMissing: {
    zh: "--soffice：找不到 {option}。",
    en: "--soffice: {option} does not exist. ",
  },
  sofficeFolder: {
    zh: "--soffice：{option} 是一个文件夹，请给出 soffice 程序本身的路径（如 /usr/bin/soffice）",
    en: "--soffice: {option} is a folder; give the path of the soffice program itself (e.g. /usr/bin/soffice)",
  },
  sofficeNotExecutable: {
    zh: "--soffice：{option} 不是可执行程序（没有执行权限），请给出 LibreOffice 的 soffice 程序",
    en: "--soffice: {option} is not executable (no execute permission); give LibreOffice's soffice program",
  },
  pdfFailed: {
    zh: "LibreOffice（{soffice}）未能生成 PDF：{why}，未写入任何内容",
    en: "LibreOffice ({soffice}) made no PDF: {why}; nothing was written",
  },

  // files.ts
  cannotRead: { zh: "{file}：无法读取（{reason}）", en: "{file}: cannot read it ({reason})" },
  noSuchFile: {
    zh: "{file}：文件不存在（请检查路径）",
    en: "{file}: no such file (check the path)",
  },
  notAFile: { zh: "{file}：不是文件", en: "{file}: not a file" },
  tooLarge: {
    zh: "{file}：文件太大（{size} MB，上限 {limit} MB），未读取；评分 CSV 或权重 JSON 通常只有几 KB",
    en: "{file}: the file is too large ({size} MB; the limit is {limit} MB) and was not read; a ratings CSV or weight profile is usually a few KB",
  },

  // encoding.ts
  acceptedEncodings: {
    zh: "可用编码：UTF-8（可带 BOM）、带 BOM 的 UTF-16、GB18030/GBK（中文版 Excel 的 CSV）",
    en: "accepted: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK (Excel's Chinese CSV)",
  },
  utf8OrGb18030: { zh: "UTF-8 或 GB18030", en: "UTF-8 or GB18030" },
  undecodable: {
    zh: "{file}：无法按 {encoding} 读取（编码不受支持或文件已损坏），未写入任何内容；{accepted}",
    en: "{file}: cannot be read as {encoding} (unsupported encoding or a damaged file); nothing was written; {accepted}",
  },
  replacementChar: {
    zh: "{file} 第 {line} 行：含替换字符 �（文件曾以错误编码保存，文字已丢失），未写入任何内容；请从原始文件重新导出",
    en: "{file} line {line}: contains the replacement character � (the file was once saved in a wrong encoding and text was lost); nothing was written; export it again from the original",
  },

  // outputs.ts
  noScratchFolder: {
    zh: "无法在临时文件夹 {parent} 中建立工作文件夹（{reason}），未写入任何内容；请释放磁盘空间，或将 TMPDIR 设为可写的文件夹",
    en: "cannot make a working folder in the temporary folder {parent} ({reason}); nothing was written; free some disk space or set TMPDIR to a writable folder",
  },
  scratchUnwritable: {
    zh: "无法写入临时文件夹 {dir}（{reason}），未写入任何内容；请释放磁盘空间，或将 TMPDIR 设为可写的文件夹",
    en: "cannot write to the temporary folder {dir} ({reason}); nothing was written; free some disk space or set TMPDIR to a writable folder",
  },

  // output-checks.ts
  cannotWrite: {
    zh: "{file}：无法写入（{reason}），未写出任何文件",
    en: "{file}: cannot write it ({reason}); nothing was written",
  },
  danglingLink: {
    zh: "{role} {file} 是一个指向不存在文件的符号链接（{code}），未写入任何内容；请给出一个文件路径，或先修复该链接",
    en: "{role} {file} is a symbolic link that leads to no file ({code}); nothing was written; give a file path, or repair the link first",
  },
  outputIsFolder: {
    zh: "{role} {file} 是一个文件夹，请给出文件名，未写入任何内容",
    en: "{role} {file} is a directory; give a file name; nothing was written",
  },
  outputNotRegular: {
    zh: "{role} {file} 不是普通文件（而是设备、管道或套接字），不会被替换，未写入任何内容；请给出一个普通文件的路径",
    en: "{role} {file} is not a regular file (a device, pipe or socket) and is never replaced; nothing was written; give the path of a regular file",
  },
  outputIsWorkbook: {
    zh: "{role} {file} 是一个 Excel 工作簿（可能是一份审核），不会被 PDF 或 CSV 覆盖，未写入任何内容；请换一个文件名",
    en: "{role} {file} is an Excel workbook (it may be an audit) and is not replaced by a PDF or CSV; nothing was written; give another file name",
  },
  outputExists: {
    zh: "{role} {file} 已存在，未覆盖（它可能是一份已有评分的审核工作簿），未写入任何内容。要替换它请加 --force",
    en: "{role} {file} exists and was not replaced (it may be an audit with ratings); nothing was written. Add --force to replace it",
  },
  outputExistsHint: { zh: "；{hint}", en: "; {hint}" },
  sameFile: {
    zh: "{role} {file} 与 {otherRole} {other} 是同一个文件：输出不能覆盖输入或另一个输出，未写入任何内容",
    en: "{role} {file} names the same file as {otherRole} {other}: an output may not overwrite an input or another output; nothing was written",
  },

  // format.ts
  starLevel: { zh: "认证等级", en: "Star level" },
  stage: { zh: "评审阶段", en: "Stage" },
  years: { zh: "运营年限", en: "Operating years" },
  weights: { zh: "权重方案", en: "Weights" },
  fPassShare: { zh: "执行通过率", en: "F-pass share" },
  allCompliant: { zh: "方法全部合规", en: "All method-compliant" },
  yes: { zh: "是", en: "yes" },
  no: { zh: "否", en: "no" },
  strict: { zh: "（严格口径：部分合规不计）", en: " (strict: partial not counted)" },
  condition: { zh: "条件", en: "Condition" },
  notCompliant: { zh: "条未合规", en: "clauses not compliant" },
  shortBy: { zh: "差", en: "short by" },
  gapTo: { zh: "距", en: "Gap to" },
  mostAtStake: { zh: "提分空间最大", en: "Most points at stake" },
  issues: { zh: "问题", en: "Issues" },
  errorsCount: { zh: "个错误", en: "errors" },
  warningsCount: { zh: "个警告", en: "warnings" },
  moreIssues: {
    zh: "个未列出（见工作簿“提示”列或 --json）",
    en: "more (see the Message column or --json)",
  },
  columnFile: { zh: "文件", en: "File" },
  columnStars: { zh: "星级", en: "Stars" },
  columnFlags: { zh: "标记", en: "Flags" },
  columnErrors: { zh: "错误", en: "Errors" },
  columnWarnings: { zh: "警告", en: "Warnings" },
  flagsLegend: {
    zh: "标记：P = 临时结果，I = 不完整",
    en: "Flags: P = provisional, I = incomplete",
  },

  // team.ts
  mergedOne: {
    zh: "已将 {count} 份副本合并到 {master} → {out}",
    en: "Merged {count} copy into {master} → {out}",
  },
  mergedMany: {
    zh: "已将 {count} 份副本合并到 {master} → {out}",
    en: "Merged {count} copies into {master} → {out}",
  },
  mergeCounts: {
    zh: "  采纳 {taken}，相同 {same}，已决定 {resolved}，冲突 {conflicts}",
    en: "  taken {taken}, same {same}, resolved {resolved}, conflicts {conflicts}",
  },
  mergeConflicts: {
    zh: "  冲突（在“冲突 Conflicts”表的“决定”列填写后再次合并）：",
    en: "  Conflicts (fill Decision on the 冲突 Conflicts sheet, then merge again):",
  },
  master: { zh: "主本", en: "master" },
  compare: { zh: "对比", en: "Compare" },
  conditionsChanged: { zh: "条件变化", en: "Conditions changed" },
  clausesChanged: { zh: "变化的条目（{count}）", en: "Clauses changed ({count})" },
  moreClauses: { zh: "条更多（见 --json 或 --out）", en: "more (see --json or --out)" },
} satisfies MessageTable;

export type CliMessageId = keyof typeof CLI_MESSAGES;

/** The message `id` in `lang`, its placeholders filled from `params`. */
export function cliText(id: CliMessageId, lang: Lang, params: Params = {}): string {
  return messageText(CLI_MESSAGES[id], lang, params);
}
