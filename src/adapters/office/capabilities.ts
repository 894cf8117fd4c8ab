/**
 * Which optional Excel APIs this host has. The manifest requires ExcelApi 1.7; newer sets are
 * feature-detected here, in one place, and the adapter skips what the host cannot do.
 */
export interface Capabilities {
  /** Dropdown lists on the rating columns (ExcelApi 1.8). */
  validationLists: boolean;
  /** Print orientation of a sheet (ExcelApi 1.9). */
  pageLayout: boolean;
}

export function detectCapabilities(): Capabilities {
  const req = typeof Office !== "undefined" ? Office.context?.requirements : undefined;
  return {
    validationLists: req ? req.isSetSupported("ExcelApi", "1.8") : true,
    pageLayout: req ? req.isSetSupported("ExcelApi", "1.9") : true,
  };
}
