/** A plan's conditional-format rule as an ExcelJS rule (text match, colour scale, data bar). */
import type ExcelJS from "exceljs";
import type { ConditionalRule } from "../../workbook/plan";

const argb = (hex: string): string => "FF" + hex.replace(/^#/, "").toUpperCase();

export function conditionalRule(rule: ConditionalRule): ExcelJS.ConditionalFormattingRule {
  if (rule.type === "textEquals") {
    return {
      type: "cellIs",
      operator: "equal",
      priority: 1,
      formulae: [`"${rule.text.replace(/"/g, '""')}"`],
      style: {
        ...(rule.fill
          ? { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.fill) } } }
          : {}),
        ...(rule.fontColor ? { font: { color: { argb: argb(rule.fontColor) } } } : {}),
      },
    } as ExcelJS.ConditionalFormattingRule;
  }
  if (rule.type === "dataBar") {
    return {
      type: "dataBar",
      priority: 1,
      gradient: false,
      cfvo: [
        { type: "num", value: rule.min },
        { type: "num", value: rule.max },
      ],
      color: { argb: argb(rule.color) },
    } as ExcelJS.ConditionalFormattingRule;
  }
  return {
    type: "colorScale",
    priority: 1,
    cfvo: [
      { type: "num", value: rule.min },
      { type: "num", value: rule.max },
    ],
    color: [{ argb: argb(rule.minColor) }, { argb: argb(rule.maxColor) }],
  } as ExcelJS.ConditionalFormattingRule;
}
