/**
 * The look of the clause table's data rows: number formats, rating dropdowns, the input fill and
 * the conditional formats of the status and ratio columns. Shared by creation and upgrade.
 */
import { scaleLabels, type ScaleId } from "../core/scales";
import type { Lang, Status } from "../core/types";
import { CLAUSE_COLUMNS, type ColumnKey } from "./columns";
import { statusLabel } from "./labels";
import type { PlanOp } from "./plan";
import { area } from "./plan-util";

/** The fill of every cell the auditor types into. */
export const INPUT_FILL = "#FFF8E1";

const STATUS_COLOURS: Record<Status, { fill: string; fontColor: string } | null> = {
  rated: { fill: "#E2EFDA", fontColor: "#375623" },
  "n/a": { fill: "#EDEDED", fontColor: "#595959" },
  pending: { fill: "#FFF2CC", fontColor: "#7F6000" },
  incomplete: { fill: "#FCE4D6", fontColor: "#843C0C" },
  invalid: { fill: "#F8CBAD", fontColor: "#9C0006" },
  unrated: null,
};

function dropdown(scale: ScaleId, lang: Lang): string[] {
  const zh = scaleLabels(scale, "zh");
  return lang === "en" ? [...zh, ...scaleLabels(scale, "en")] : zh;
}

/**
 * Formats, dropdowns and conditional formats over the data rows of the table's columns; a rating
 * outside a dropdown is refused by an alert titled with the standard's short name.
 */
export function clauseFormatOps(
  sheet: string,
  firstRow: number,
  rowCount: number,
  colOf: (key: ColumnKey) => number | undefined,
  words: { lang: Lang; title: string }
): PlanOp[] {
  const { lang, title } = words;
  if (rowCount <= 0) return [];
  const ops: PlanOp[] = [];
  const columnArea = (key: ColumnKey) => {
    const col = colOf(key);
    return col === undefined ? null : area(sheet, firstRow, col, rowCount, 1);
  };
  for (const spec of CLAUSE_COLUMNS) {
    const target = columnArea(spec.key);
    if (target && spec.format)
      ops.push({ op: "setNumberFormat", area: target, format: spec.format });
  }
  const lists: Array<[ColumnKey, ScaleId, boolean]> = [
    ["c", "C", false],
    ["f", "F", true],
    ["i", "I", false],
  ];
  for (const [key, scale, allowOther] of lists) {
    const target = columnArea(key);
    if (target)
      ops.push({
        op: "addValidationList",
        area: target,
        list: dropdown(scale, lang),
        allowOther,
        title,
      });
  }
  const status = columnArea("status");
  if (status) {
    ops.push({ op: "clearConditionalFormats", area: status });
    for (const [key, colours] of Object.entries(STATUS_COLOURS)) {
      if (colours)
        ops.push({
          op: "addConditionalFormat",
          area: status,
          rule: { type: "textEquals", text: statusLabel(key as Status, lang), ...colours },
        });
    }
  }
  const ratio = columnArea("ratio");
  if (ratio) {
    ops.push({ op: "clearConditionalFormats", area: ratio });
    ops.push({
      op: "addConditionalFormat",
      area: ratio,
      rule: { type: "colorScale", min: 0, max: 1, minColor: "#F8696B", maxColor: "#63BE7B" },
    });
  }
  return ops;
}

/** The input fill of the rating columns over `rowCount` rows. */
export function inputStyleOps(
  sheet: string,
  firstRow: number,
  rowCount: number,
  cols: number[]
): PlanOp[] {
  if (rowCount <= 0) return [];
  return cols.map((col) => ({
    op: "setStyle" as const,
    area: area(sheet, firstRow, col, rowCount, 1),
    style: { fill: INPUT_FILL },
  }));
}
