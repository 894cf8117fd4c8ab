/**
 * The browser page's check of what it is about to download: the saved bytes must load back as a
 * workbook, as the command line's output gateway makes sure of its outputs before they replace
 * anything. ExcelJS is fetched lazily (the same chunk openWorkbook.ts loads).
 */
import type { Lang } from "../core/types";

/** Resolves when the bytes open as a workbook; otherwise rejects with the reader's reason. */
export async function loadsAsWorkbook(bytes: Uint8Array, lang: Lang): Promise<void> {
  const { loadWorkbook } = await import(/* webpackChunkName: "xlsx" */ "../adapters/xlsx");
  await loadWorkbook(bytes, lang);
}
