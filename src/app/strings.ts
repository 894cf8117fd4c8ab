/**
 * Strings of the browser page's own chrome (the panels bring theirs, the opening and saving
 * notices are the service layer's), one { zh, en } record per id.
 */
import type { MessageTable } from "../core/i18n";

export const APP_STRINGS = {
  title: { zh: "EPM 星级评分 — 浏览器版", en: "EPM Star Scorer — in your browser" },
  privacy: {
    zh: "完全在本机运行：工作簿不会离开这台电脑。",
    en: "Runs entirely on this computer: the workbook never leaves it.",
  },
  open: { zh: "打开评审工作簿（.xlsx）", en: "Open audit workbook (.xlsx)" },
  drop: { zh: "……或把 .xlsx 文件拖到这里", en: "…or drop an .xlsx file here" },
  newAudit: { zh: "新建空白评审", en: "New blank audit" },
  download: { zh: "下载已评分工作簿", en: "Download scored workbook" },
  loading: { zh: "正在打开工作簿……", en: "Opening the workbook…" },
  selected: { zh: "已选单元格", en: "Selected cell" },
  noWorkbook: {
    zh: "请打开工作簿或新建评审。",
    en: "Open a workbook or start a new audit to begin.",
  },
  language: { zh: "English", en: "中文" },
} satisfies MessageTable;
