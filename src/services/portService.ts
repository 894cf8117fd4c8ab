/**
 * The real AuditService: the workbook actions (src/workbook/actions.ts) bound to one WorkbookPort.
 * Excel passes the Office.js port, the browser page an ExcelJS port; the panels cannot tell.
 */
import type { Lang, WeightProfile } from "../core/types";
import {
  applyProfile,
  cataloguesOf,
  createOrUpgrade,
  describeWorkbook,
  readAudit,
  scoreAudit,
  type ActionEnv,
} from "../workbook/actions";
import type { AuditInputs } from "../workbook/inputs";
import type { WorkbookPort } from "../workbook/plan";
import { standardOf } from "../workbook/standard";
import { openCopy } from "./copies";

// Merge and compare run after the user picked files (whose reader is its own chunk too), so
// their code loads then: the pane's first paint waits for every byte of its initial script.
const team = () => import(/* webpackChunkName: "team" */ "../workbook/team");
import type { AuditService, CreateOptions, ScoreChoices } from "./auditService";

/** A port that can report edits of a table (the Office port can; a file cannot). */
export interface WatchablePort extends WorkbookPort {
  watchTable?(table: string, onChange: () => void): Promise<() => Promise<void>>;
}

export function createAuditService(port: WatchablePort, env?: ActionEnv): AuditService {
  /**
   * The clause table the last read found, of the workbook's standard (it may be one the workbook
   * carries, not a candidate).
   */
  let seen: string | null = null;
  const noting = (inputs: AuditInputs): AuditInputs => {
    seen = inputs.standard.names.tables.clauses;
    return inputs;
  };
  const service: AuditService = {
    describeWorkbook: (lang: Lang) => describeWorkbook(port, lang, env),
    createOrUpgrade: (options: CreateOptions) => createOrUpgrade(port, options, env),
    readAudit: async (lang: Lang) => noting(await readAudit(port, lang, env)),
    scoreAudit: async (lang: Lang, overrides?: ScoreChoices) => {
      const scored = await scoreAudit(port, lang, overrides ?? {}, env);
      noting(scored.inputs);
      return scored;
    },
    applyProfile: (profile: WeightProfile, lang: Lang) => applyProfile(port, profile, lang, env),
    select: (address: string) => port.select(address),
    mergeCopies: async (files, lang, options, onOpened) => {
      const copies = [];
      for (const [n, file] of files.entries()) {
        copies.push({ port: await openCopy(file, lang), file: file.name });
        onOpened?.(n + 1, files.length);
      }
      const { mergeAudits } = await team();
      return mergeAudits(port, copies, lang, options, env);
    },
    compareWith: async (file, lang, thisName) => {
      const [{ compareAudits }, copy] = await Promise.all([team(), openCopy(file, lang)]);
      return compareAudits(
        { port: copy, file: file.name },
        { port, file: thisName },
        lang,
        port,
        env
      );
    },
  };
  // The clause table's name in this workbook: known without a read when every catalogue has the
  // same prefix, else the candidate the workbook holds (one read of those tables, not the audit).
  const clauseTable = async (): Promise<string> => {
    if (seen) return seen;
    const candidates = [
      ...new Set(cataloguesOf(env).map((c) => standardOf(c).names.tables.clauses)),
    ];
    if (candidates.length === 1) return candidates[0];
    const found = await port.read({ tables: candidates, names: [] });
    return candidates.find((name) => found.tables[name]) ?? candidates[0];
  };
  const watch = port.watchTable?.bind(port);
  if (watch) service.watchRatings = async (onChange) => watch(await clauseTable(), onChange);
  return service;
}
