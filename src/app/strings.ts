/** Strings of the browser page's own chrome (the panels bring theirs), in zh-CN and en-US. */
import type { Lang } from "../core/types";

export const APP_STRINGS = {
  en: {
    title: "EPM Star Scorer — in your browser",
    privacy: "Runs entirely on this computer: the workbook never leaves it.",
    open: "Open audit workbook (.xlsx)",
    drop: "…or drop an .xlsx file here",
    newAudit: "New blank audit",
    download: "Download scored workbook",
    loading: "Opening the workbook…",
    opened: "Opened {name}.",
    created: "New blank audit: use Start → Create to add the audit sheets.",
    notAudit:
      "{name} is not an audit workbook (it has no {table} table). Use Start → Create to add the audit sheets to it, or open another file.",
    openFailed: "Could not open {name}: {reason}",
    saveUnreadable:
      "The scored copy {name} was not downloaded: it does not open as a workbook ({reason}). The file you opened is unchanged.",
    selected: "Selected cell",
    noWorkbook: "Open a workbook or start a new audit to begin.",
    language: "中文",
  },
  zh: {
    title: "EPM 星级评分 — 浏览器版",
    privacy: "完全在本机运行：工作簿不会离开这台电脑。",
    open: "打开评审工作簿（.xlsx）",
    drop: "……或把 .xlsx 文件拖到这里",
    newAudit: "新建空白评审",
    download: "下载已评分工作簿",
    loading: "正在打开工作簿……",
    opened: "已打开 {name}。",
    created: "已新建空白评审：请在“开始”中点击创建，加入评审工作表。",
    notAudit:
      "{name} 不是评审工作簿（没有 {table} 表）。可在“开始”中点击创建，为其加入评审工作表；或打开其他文件。",
    openFailed: "无法打开 {name}：{reason}",
    saveUnreadable:
      "评分后的副本 {name} 未下载：它无法作为工作簿打开（{reason}）。您打开的文件未被改动。",
    selected: "已选单元格",
    noWorkbook: "请打开工作簿或新建评审。",
    language: "English",
  },
} satisfies Record<Lang, Record<string, string>>;

export type AppStrings = (typeof APP_STRINGS)["en"];

// The page fills its strings with the one filler every layer uses.
export { fill } from "../core/i18n";
