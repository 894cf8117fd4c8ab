/**
 * Columns of the clause table (…Clauses). Columns are found by header, never by position, so users
 * may insert their own columns, reorder them or sort the rows. Headers are bilingual; a header also
 * matches in its Chinese-only or English-only form.
 */
import { normalizeLabel } from "../core/normalize";

export type ColumnKey =
  | "id"
  | "module"
  | "item"
  | "summary"
  | "standardText"
  | "points"
  | "c"
  | "f"
  | "i"
  | "evidence"
  | "ratio"
  | "score"
  | "status"
  | "message";

/** product: refreshed by the product; input: ratings (user); user: kept as the user left it. */
export type ColumnOwner = "product" | "input" | "user";

export interface ColumnSpec {
  key: ColumnKey;
  header: string;
  aliases: string[];
  owner: ColumnOwner;
  width: number;
  format?: string;
  /** The scoring cannot run without it. */
  required?: boolean;
}

export const CLAUSE_COLUMNS: readonly ColumnSpec[] = [
  { key: "id", header: "ID", aliases: ["编号"], owner: "product", width: 8, required: true },
  { key: "module", header: "模块 Module", aliases: ["模块", "module"], owner: "product", width: 9 },
  { key: "item", header: "子项 Item", aliases: ["子项", "item"], owner: "product", width: 8 },
  {
    key: "summary",
    header: "摘要 Summary",
    aliases: ["摘要", "summary"],
    owner: "product",
    width: 48,
  },
  {
    key: "standardText",
    header: "标准原文 StandardText",
    aliases: ["标准原文", "standardtext", "standard text"],
    owner: "user",
    width: 30,
  },
  {
    key: "points",
    header: "分值 Points",
    aliases: ["分值", "points"],
    owner: "product",
    width: 9,
    format: "0.00",
  },
  {
    key: "c",
    header: "C 方法合规",
    aliases: ["c", "方法合规"],
    owner: "input",
    width: 16,
    required: true,
  },
  {
    key: "f",
    header: "F 执行到位",
    aliases: ["f", "执行到位"],
    owner: "input",
    width: 12,
    required: true,
  },
  {
    key: "i",
    header: "I 创新评级",
    aliases: ["i", "创新评级"],
    owner: "input",
    width: 12,
    required: true,
  },
  {
    key: "evidence",
    header: "佐证/备注 Evidence/Notes",
    aliases: ["佐证/备注", "evidence/notes", "evidence", "notes", "佐证", "备注"],
    owner: "user",
    width: 36,
  },
  {
    key: "ratio",
    header: "得分率 Ratio",
    aliases: ["得分率", "ratio"],
    owner: "product",
    width: 9,
    format: "0%",
  },
  {
    key: "score",
    header: "得分 Score",
    aliases: ["得分", "score"],
    owner: "product",
    width: 9,
    format: "0.00",
  },
  {
    key: "status",
    header: "状态 Status",
    aliases: ["状态", "status"],
    owner: "product",
    width: 10,
  },
  {
    key: "message",
    header: "提示 Message",
    aliases: ["提示", "message"],
    owner: "product",
    width: 48,
  },
];

export const COLUMN: Record<ColumnKey, ColumnSpec> = Object.fromEntries(
  CLAUSE_COLUMNS.map((spec) => [spec.key, spec])
) as Record<ColumnKey, ColumnSpec>;

/** Columns the scoring writes (never an input). */
export const RESULT_KEYS = ["points", "ratio", "score", "status", "message"] as const;

const squash = (text: string): string => normalizeLabel(text).replace(/\s+/g, "");

const HEADER_INDEX = new Map<string, ColumnKey>();
for (const spec of CLAUSE_COLUMNS) {
  for (const form of [spec.header, ...spec.aliases]) HEADER_INDEX.set(squash(form), spec.key);
}

/** The column a header names, or null for a user's own column. */
export function columnOfHeader(header: unknown): ColumnKey | null {
  return typeof header === "string" ? (HEADER_INDEX.get(squash(header)) ?? null) : null;
}

/** Position of each known column in a header row; the first of two same-named headers wins. */
export function locateColumns(header: readonly unknown[]): Partial<Record<ColumnKey, number>> {
  const found: Partial<Record<ColumnKey, number>> = {};
  header.forEach((cell, index) => {
    const key = columnOfHeader(cell);
    if (key && found[key] === undefined) found[key] = index;
  });
  return found;
}
