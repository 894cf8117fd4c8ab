/**
 * After a write fails, Excel keeps what the actions before the failing one did. Sheets the failed
 * apply added hold nothing but the product's own half-built content, and a half-built sheet would
 * make the next Create choose "汇总 Summary (2)" instead of finishing the job. So they are
 * removed; names left pointing at them become #REF! and the next write replaces them, tables on
 * them go with them. Sheets that existed before the apply are never touched.
 */
import type { Runner } from "./runner";

export async function removeAddedSheets(run: Runner, added: readonly string[]): Promise<void> {
  if (added.length === 0) return;
  await run(async (context) => {
    const sheets = added.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
    await context.sync();
    for (const sheet of sheets) if (!sheet.isNullObject) sheet.delete();
    await context.sync();
  });
}
