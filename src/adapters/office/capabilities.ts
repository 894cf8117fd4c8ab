/**
 * Which optional Excel APIs this host has. The manifest requires ExcelApi 1.7; newer sets are
 * feature-detected here, in one place, and the adapter skips what the host cannot do.
 */
export interface Capabilities {
  /** Dropdown lists on the rating columns (ExcelApi 1.8). */
  validationLists: boolean;
  /** Print orientation of a sheet (ExcelApi 1.9). */
  pageLayout: boolean;
  /** The merged areas of a range, read with its values (ExcelApi 1.13). */
  mergedAreas: boolean;
  /**
   * One undo step per Excel.run (ExcelApi 1.20: the run option mergeUndoGroup). Without it every
   * context.sync of an apply is its own step on the user's undo stack.
   */
  undoGroups: boolean;
}

function officeRequirements(): Office.RequirementSetSupport | null {
  return (typeof Office !== "undefined" && Office.context?.requirements) || null;
}

/**
 * The host's capabilities. Without a requirements API (outside Office: tests, the browser page,
 * the command line) everything counts as supported: those hosts have no API set to miss. This is
 * the only place that default is decided. (scripts/check-api-sets.cjs reads the flag lines.)
 */
export function detectCapabilities(
  req: Office.RequirementSetSupport | null = officeRequirements()
): Capabilities {
  return {
    validationLists: req ? req.isSetSupported("ExcelApi", "1.8") : true,
    pageLayout: req ? req.isSetSupported("ExcelApi", "1.9") : true,
    mergedAreas: req ? req.isSetSupported("ExcelApi", "1.13") : true,
    undoGroups: req ? req.isSetSupported("ExcelApi", "1.20") : true,
  };
}

/** The capabilities of any host without Office (every one supported). */
export const OUTSIDE_OFFICE: Readonly<Capabilities> = Object.freeze(detectCapabilities(null));
