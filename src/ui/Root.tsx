/** Theme and providers around the App; shared by the task pane and the browser page. */
import { FluentProvider, type Theme } from "@fluentui/react-components";
import type { Lang } from "../core/types";
import { App } from "./App";
import { AuditProvider, type HostInfo } from "./context";
import type { AuditService, Scored } from "../services/auditService";

export interface RootProps {
  service: AuditService;
  lang: Lang;
  theme: Theme;
  host?: HostInfo;
  /** A message to show above the panels (e.g. the outcome of the ribbon's Score now). */
  notice?: { intent: "error" | "success"; text: string } | null;
  /** A scoring already done by the host: shown at once, on the Score panel. */
  initialOfficial?: Scored | null;
}

export function Root({ service, lang, theme, host, notice, initialOfficial }: RootProps) {
  return (
    <FluentProvider theme={theme}>
      <AuditProvider service={service} lang={lang} host={host} initialOfficial={initialOfficial}>
        <App notice={notice ?? null} initial={initialOfficial ? "score" : "start"} />
      </AuditProvider>
    </FluentProvider>
  );
}
