/**
 * What the service layer says to the user, for every front end alike: the hint under an error
 * (errors.ts) and the notices of opening and saving a workbook (pageFlow.ts). One record shape,
 * filled with core fill().
 */
import type { MessageTable } from "../core/i18n";

export const ERROR_HINTS = {
  hintGeneric: {
    zh: "请重试。如果仍然失败，请保存工作簿、关闭后重新打开，并报告上面的消息。",
    en: "Try again. If it keeps failing, save the workbook, close and reopen it, then report the message above.",
  },
  hintFixInputs: {
    zh: "未评分。请修正以下单元格后重试：",
    en: "Nothing was scored. Fix these cells, then try again:",
  },
  hintCellEdit: {
    zh: "Excel 正在编辑单元格。请按 Enter 或 Esc 退出编辑，然后重试。",
    en: "Excel is editing a cell. Press Enter or Esc to leave the cell, then try again.",
  },
  hintNotFound: {
    zh: "未找到审核工作簿的组成部分。请在“开始”选项卡中点击“创建或升级工作簿”。",
    en: "The audit workbook parts were not found. Open the Start tab and press Create or upgrade workbook.",
  },
  hintPayload: {
    zh: "工作簿太大，无法一次提交。请保存后在 Excel 桌面版中打开并重试。",
    en: "The workbook is too large for one request. Save it, reopen it in Excel desktop, and try again.",
  },
  hintNetwork: {
    zh: "请检查网络连接后重试。",
    en: "Check the network connection and try again.",
  },
} satisfies MessageTable;

export type HintKey = keyof typeof ERROR_HINTS;

export const FLOW_MESSAGES = {
  opened: { zh: "已打开 {name}。", en: "Opened {name}." },
  created: {
    zh: "已新建空白评审：请在“开始”中点击创建，加入评审工作表。",
    en: "New blank audit: use Start → Create to add the audit sheets.",
  },
  notAudit: {
    zh: "{name} 不是评审工作簿（没有 {table} 表）。可在“开始”中点击创建，为其加入评审工作表；或打开其他文件。",
    en: "{name} is not an audit workbook (it has no {table} table). Use Start → Create to add the audit sheets to it, or open another file.",
  },
  openFailed: { zh: "无法打开 {name}：{reason}", en: "Could not open {name}: {reason}" },
  saveUnreadable: {
    zh: "评分后的副本 {name} 未下载：它无法作为工作簿打开（{reason}）。您打开的文件未被改动。",
    en: "The scored copy {name} was not downloaded: it does not open as a workbook ({reason}). The file you opened is unchanged.",
  },
} satisfies MessageTable;
