/** The Excel hosts the add-in supports, as the emulated host plays them. */
export interface HostProfile {
  name: string;
  /** Highest ExcelApi 1.N the host implements. */
  apiMinor: number;
  /** DelayForCellEdit (Excel.run option delayForCellEdit) is honoured. */
  delayForCellEdit: boolean;
  /** Request and response payload limit in bytes (Excel on the web: 5 MB), or null. */
  payloadLimit: number | null;
  /** Office.context.diagnostics as the host reports it. */
  diagnostics: { host: string; platform: string; version: string };
}

export const EXCEL_2019: HostProfile = {
  name: "Excel 2019 (ExcelApi 1.7)",
  apiMinor: 7,
  delayForCellEdit: false,
  payloadLimit: null,
  diagnostics: { host: "Excel", platform: "PC", version: "16.0.10827.20181" },
};

export const EXCEL_2021: HostProfile = {
  name: "Excel 2021 (ExcelApi 1.14)",
  apiMinor: 14,
  delayForCellEdit: true,
  payloadLimit: null,
  diagnostics: { host: "Excel", platform: "PC", version: "16.0.14332.20763" },
};

export const EXCEL_365_WEB: HostProfile = {
  name: "Microsoft 365 / Excel on the web (latest ExcelApi)",
  apiMinor: 20,
  delayForCellEdit: true,
  payloadLimit: 5 * 1024 * 1024,
  diagnostics: { host: "Excel", platform: "OfficeOnline", version: "16.0.19328.41000" },
};

export const PROFILES = [EXCEL_2019, EXCEL_2021, EXCEL_365_WEB] as const;
