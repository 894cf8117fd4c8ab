/** Parts of ExcelJS 4.4 that its typings leave out but its documented API uses. */
import type ExcelJS from "exceljs";

export interface WorksheetInternals {
  dataValidations: {
    model: Record<string, unknown>;
    add(address: string, validation: ExcelJS.DataValidation): void;
  };
  conditionalFormattings: Array<{ ref: string; rules: unknown[] }>;
  tables: Record<string, unknown>;
}

export function internals(worksheet: ExcelJS.Worksheet): WorksheetInternals {
  return worksheet as unknown as WorksheetInternals;
}
