/** Plain data shared by every layer. The core never does I/O; these are its inputs and outputs. */

export type Lang = "zh" | "en";
export interface Text {
  zh: string;
  en: string;
}

/** "CF": method compliance + execution (modules 1.0–5.0); "I": one innovation grade (6.0). */
export type ScaleKind = "CF" | "I";

export interface CatalogueClause {
  id: string;
  subPoints: number;
  summary: Text;
}
export interface CatalogueItem {
  id: string;
  name: Text;
  clauses: CatalogueClause[];
}
export interface CatalogueModule {
  id: string;
  name: Text;
  scale: ScaleKind;
  /** CF modules: the module's points, split over its clauses by weight. */
  points?: number;
  /** I modules: the module score is capped here. */
  cap?: number;
  /** I modules: points of one clause at weight 1. */
  clausePoints?: number;
  items: CatalogueItem[];
}

/**
 * Threshold table: one number per star level of the catalogue, lowest level first (EPM: 3★, 4★,
 * 5★ at index 0, 1, 2), and how compliance is read.
 */
export interface Rules {
  years: number[];
  fShare: number[];
  score15: number[];
  score6: number[];
  /** When true, 部分合规 is not method-compliant (docs/scoring-rules.md §5). Default false. */
  strictCompliance?: boolean;
}

/** The rules that hold one number per level. */
export type ThresholdKey = "years" | "fShare" | "score15" | "score6";
export const THRESHOLD_KEYS: readonly ThresholdKey[] = ["years", "fShare", "score15", "score6"];

/** Revision of the scoring rules this core implements (docs/scoring-rules.md). */
export const RULES_REVISION = "1.1";

/** A star level a catalogue awards, e.g. { stars: 3, name: { zh: "三星", en: "3★" } }. */
export interface StarLevel {
  stars: number;
  name: Text;
}

export interface Catalogue {
  id: string;
  version: string;
  name: Text;
  /**
   * Starts every table and defined name of its workbooks (EPM: "Epm" → EpmClauses, EpmYears).
   * A catalogue file without one gets the loader's default (src/catalogues/schema.ts).
   */
  prefix: string;
  /** The standard's short name in titles ("EPM"). Absent: the part of the ID after its last hyphen. */
  shortName?: string;
  /**
   * The levels, lowest first; the rules hold one number per level. A catalogue file without them
   * gets the loader's default (src/catalogues/schema.ts).
   */
  levels: StarLevel[];
  rules: Rules;
  modules: CatalogueModule[];
}

/** docs/scoring-rules.md §8 weight profile: every key optional. */
export interface WeightProfile {
  name?: string;
  modules?: Record<string, number>;
  cap6?: number;
  subItems?: Record<string, number>;
  clauses?: Record<string, number>;
  rules?: Partial<Rules>;
}

/**
 * A cell as read from any spreadsheet, classified once by the adapter that read it (the one cell
 * reader of each host): a plain value, an error value, a formula with the result the file or host
 * cached, text carrying a cell link, or a member of a merged range. A non-blank cell is never blank.
 */
export type CellScalar = string | number | boolean | Date;
export type CellError = { error: string };
/** Formula text as the cell holds it (a shared formula translated to this cell), and its cached result. */
export type CellFormula = { formula: string; cached?: CellScalar | CellError | null };
/** Text with a cell link (a hyperlink on the cell, not a HYPERLINK() formula). */
export type CellLink = { text: string; hyperlink: string };
/** A cell of a merged range, its top-left included: the range ("G5:G6") and this cell's own content. */
export type CellMerged = { merged: string; value: PlainCell };
export type PlainCell = CellScalar | null | undefined | CellError | CellFormula | CellLink;
export type RawCell = PlainCell | CellMerged;

export type Field = "id" | "module" | "c" | "f" | "i" | "years" | "stage";

/** One row of ratings as entered. `cells` carries addresses (e.g. "条目 Clauses!G5") for issues. */
export interface RatingRow {
  id: RawCell;
  module?: RawCell;
  item?: RawCell;
  c?: RawCell;
  f?: RawCell;
  i?: RawCell;
  cells?: Partial<Record<Field, string>>;
  /**
   * The merged range ("条目 Clauses!J5:J6") over this row's Evidence/Notes cell: one note cannot
   * stand for several clauses, so the clause is invalid until the range is unmerged.
   */
  mergedNotes?: string;
}

export type Stage = "baseline" | "final";

export interface ScoreInput {
  catalogue: Catalogue;
  rows: RatingRow[];
  /** A validated profile (see validateProfile); missing keys keep the catalogue defaults. */
  profile?: WeightProfile;
  years?: RawCell;
  stage?: Stage;
  /** Address of the years cell, for issues. */
  yearsCell?: string;
}

export type Status = "rated" | "unrated" | "n/a" | "pending" | "incomplete" | "invalid";
export type Severity = "error" | "warning";

export interface Issue {
  severity: Severity;
  clauseId: string | null;
  field: Field | null;
  cell: string | null;
  code: string;
  params: Record<string, string | number>;
  message: string;
}

export interface ClauseResult {
  id: string;
  module: string;
  item: string | null;
  extra: boolean;
  points: number;
  ratio: number;
  score: number;
  status: Status;
  /** Codes of the valid ratings read (e.g. "C", "PE", "G"), null when blank or invalid. */
  c: string | null;
  f: string | null;
  i: string | null;
  /** Execution rate when F was given as a rate, else null. */
  rate: number | null;
  compliant: boolean;
  executionPass: boolean;
}

export interface Block {
  id: string;
  max: number;
  score: number;
}

export type ConditionKey = "years" | "compliance" | "fShare" | "score15" | "score6";
export interface Condition {
  key: ConditionKey;
  required: number;
  /** null only for years when operating years are missing. */
  actual: number | null;
  /** null (unknown) only for years when operating years are missing; unknown does not block. */
  met: boolean | null;
}
export interface Level {
  stars: number;
  met: boolean;
  conditions: Condition[];
}
export interface Shortfall {
  key: ConditionKey;
  required: number;
  actual: number | null;
  /** Points, clauses, or years short, by key. */
  short: number;
  /** For compliance: the clauses that are not method-compliant. */
  clauseIds?: string[];
}
export interface Gain {
  id: string;
  gain: number;
}
export interface Gap {
  stars: number;
  conditions: Shortfall[];
  topGains: Gain[];
}

export interface Result {
  /** The highest level met, or 0 when none is. */
  stars: number;
  provisional: boolean;
  incomplete: boolean;
  stage: Stage;
  years: number | null;
  score15: number;
  max15: number;
  score6: number;
  cap6: number;
  fPassShare: number;
  fPassCount: number;
  clauseCount15: number;
  allCompliant: boolean;
  /** The rule strictCompliance as applied to this result. */
  strictCompliance: boolean;
  /** The revision of the scoring rules that produced this result. */
  rulesRevision: string;
  profileName: string | null;
  catalogue: { id: string; version: string };
  modules: Block[];
  subItems: Block[];
  clauses: ClauseResult[];
  levels: Level[];
  /** The clauses with the largest realisable gains (at most 20), also at 5★; see Gap.topGains. */
  topGains: Gain[];
  gap: Gap | null;
  issues: Issue[];
}
