/**
 * What the panels need from the workbook, as one small interface. The real implementation binds
 * the workbook actions (src/workbook/actions.ts) to a WorkbookPort (Office.js in Excel, ExcelJS in
 * the browser page); tests pass fakes. Panels never see a port or Office.js directly.
 */
import type { Catalogue, Lang, Result, Stage, WeightProfile } from "../core/types";
import type { WorkbookState } from "../workbook/actions";
import type { AuditInputs } from "../workbook/inputs";
import type { CompareOutcome, MergeSummary } from "../workbook/team";
import type { FileLike } from "./copies";

export type { CompareOutcome, FileLike, MergeSummary, WorkbookState };

/** The inputs of one scoring, as read from the workbook (nothing scored, nothing written). */
export type { AuditInputs };

export interface CreateOptions {
  /** Content language of the workbook (sheet names stay bilingual). */
  lang: Lang;
  stage?: Stage;
  years?: number;
  /** A catalogue file's catalogue (CatalogueFilePicker); absent: the bundled standard. */
  catalogue?: Catalogue;
}

export interface CreateOutcome {
  created: boolean;
  addedRows: number;
  keptRows: number;
}

/** What the pane may choose instead of the workbook's own inputs (the workbook layer's ScoreOverrides minus a CSV). */
export interface ScoreChoices {
  profile?: WeightProfile;
  years?: number;
  stage?: Stage;
}

export interface Scored {
  result: Result;
  inputs: AuditInputs;
}

export interface AuditService {
  /** What the workbook holds (the Start tab's line); absent where the panels need none. */
  describeWorkbook?(lang: Lang): Promise<WorkbookState>;
  createOrUpgrade(options: CreateOptions): Promise<CreateOutcome>;
  readAudit(lang: Lang): Promise<AuditInputs>;
  scoreAudit(lang: Lang, overrides?: ScoreChoices): Promise<Scored>;
  applyProfile(profile: WeightProfile, lang: Lang): Promise<{ result: Result }>;
  /** Select and show a cell such as "条目 Clauses!G25". */
  select(address: string): Promise<void>;
  /**
   * Calls onChange when the ratings change (live mode); resolves to a function that stops
   * watching. Absent on hosts without change events.
   */
  watchRatings?(onChange: () => void): Promise<() => Promise<void>>;
  /**
   * Team: merge returned copies into this workbook (one write), reporting each file opened;
   * conflicts go to the Conflicts sheet.
   */
  mergeCopies(
    files: readonly FileLike[],
    lang: Lang,
    options: { forceAuditId?: boolean },
    onOpened?: (done: number, total: number) => void
  ): Promise<MergeSummary>;
  /** Team: compare an earlier audit (the file) with this workbook and write the Compare sheet. */
  compareWith(file: FileLike, lang: Lang, thisName: string): Promise<CompareOutcome>;
}
