/**
 * What every panel gets from its host: the audit service, the UI language and strings, and the
 * shared official result. The Excel task pane and the browser page provide different services.
 */
import { createContext, useContext, useMemo, useState, type ReactNode } from "react";
import { OUTSIDE_OFFICE, type Capabilities } from "../adapters/office/capabilities";
import type { CheckReport, CheckResult } from "../adapters/office/excel-check-report";
import { DEFAULT_CATALOGUE } from "../catalogues";
import { standardTerms } from "../core/standard";
import type { Lang } from "../core/types";
import { stringsFor, type Strings } from "./i18n";
import type { AuditService, Scored } from "../services/auditService";

/** What the panels know of their host: the capabilities they show (from the adapter's) and extras. */
export interface HostInfo extends Pick<Capabilities, "validationLists"> {
  /** Host, platform, version, ExcelApi sets and webview, for support emails (Excel only). */
  diagnostics?: string | null;
  /** Whether the host can print the result view (the browser page: Print report). */
  print?: boolean;
  /** "Check this Excel" (Excel only): runs the checks, reporting each as it finishes. */
  excelCheck?: (
    onResult?: (result: CheckResult, done: number, total: number) => void
  ) => Promise<CheckReport>;
}

export function hostInfoOf(
  capabilities: Readonly<Capabilities>,
  extras: Omit<HostInfo, keyof Capabilities> = {}
): HostInfo {
  return { validationLists: capabilities.validationLists, ...extras };
}

const NO_HOST_INFO = hostInfoOf(OUTSIDE_OFFICE);

export interface AuditContextValue {
  service: AuditService;
  host: HostInfo;
  lang: Lang;
  /** The strings in `lang`, naming the modules of the official result's standard (else the default's). */
  t: Strings;
  /** The last official scoring (from Score, Apply or live mode), shared by the panels. */
  official: Scored | null;
  setOfficial: (scored: Scored | null) => void;
}

const AuditContext = createContext<AuditContextValue | null>(null);

export function useAudit(): AuditContextValue {
  const value = useContext(AuditContext);
  if (!value) throw new Error("useAudit() outside <AuditProvider>");
  return value;
}

export interface AuditProviderProps {
  service: AuditService;
  lang: Lang;
  host?: HostInfo;
  /** A scoring already done by the host (the browser page scores a workbook as it opens it). */
  initialOfficial?: Scored | null;
  children: ReactNode;
}

export function AuditProvider({
  service,
  lang,
  host,
  initialOfficial,
  children,
}: AuditProviderProps) {
  const [official, setOfficial] = useState<Scored | null>(initialOfficial ?? null);
  const value = useMemo<AuditContextValue>(
    () => ({
      service,
      host: host ?? NO_HOST_INFO,
      lang,
      t: stringsFor(lang, standardTerms(official?.inputs.catalogue ?? DEFAULT_CATALOGUE)),
      official,
      setOfficial,
    }),
    [service, host, lang, official]
  );
  return <AuditContext.Provider value={value}>{children}</AuditContext.Provider>;
}
