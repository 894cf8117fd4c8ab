/** Parts of ExcelJS 4.4 that its typings leave out but its documented API uses. */
import type ExcelJS from "exceljs";

export interface WorksheetInternals {
  dataValidations: {
    model: Record<string, unknown>;
    add(address: string, validation: ExcelJS.DataValidation): void;
  };
  conditionalFormattings: Array<{ ref: string; rules: unknown[] }>;
  tables: Record<string, unknown>;
  /**
   * The merged ranges, by their top-left address (1-based rows and columns); a range unmerged
   * since may stay as undefined.
   */
  _merges: Record<string, MergedBox | undefined>;
}

export interface MergedBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The sheet's merged ranges. */
export function mergedBoxes(worksheet: ExcelJS.Worksheet): MergedBox[] {
  return Object.values(internals(worksheet)._merges ?? {}).filter((box) => box !== undefined);
}

export function internals(worksheet: ExcelJS.Worksheet): WorksheetInternals {
  return worksheet as unknown as WorksheetInternals;
}
