/** A fake AuditService over the core (no workbook) and a render helper with the providers. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { score } from "../../src/core";
import type { Lang, RatingRow, WeightProfile } from "../../src/core/types";
import { AuditProvider, type HostInfo } from "../../src/ui/context";
import type {
  AuditInputs,
  AuditService,
  CreateOptions,
  CreateOutcome,
} from "../../src/services/auditService";
import { epmShape, uniformRows, withRows } from "../fixtures/catalogues";
import { standardOf } from "../../src/workbook/standard";

/*
 * jsdom lacks two browser APIs Fluent uses: ResizeObserver (MessageBar reflow) and CSS.escape
 * (Tabster's arrow-key navigation). Minimal stand-ins; layout is not under test.
 */
class NoopResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const g = globalThis as unknown as { ResizeObserver?: unknown; CSS?: { escape?: unknown } };
g.ResizeObserver ??= NoopResizeObserver;
if (typeof window !== "undefined") {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= NoopResizeObserver;
}
g.CSS ??= {};
g.CSS.escape ??= (value: string) => value.replace(/[^a-zA-Z0-9_-]/g, (ch) => `\\${ch}`);

export function makeInputs(overrides: Partial<AuditInputs> = {}): AuditInputs {
  const catalogue = epmShape();
  return {
    catalogue,
    standard: standardOf(catalogue),
    rows: uniformRows(catalogue, "合规", "良好", "优秀"),
    years: 6,
    yearsCell: "汇总 Summary!B4",
    stage: "baseline",
    profile: {},
    profileErrors: [],
    readIssues: [],
    lang: "en",
    issues: [],
    ...overrides,
  };
}

export function withRatings(inputs: AuditInputs, changes: Record<string, Partial<RatingRow>>) {
  return { ...inputs, rows: withRows(inputs.rows, changes) };
}

export function fakeService(inputs: AuditInputs = makeInputs()): jest.Mocked<AuditService> {
  let current = inputs;
  const scoreNow = (lang: Lang, profile?: WeightProfile) =>
    score({ ...current, profile: profile ?? current.profile }, lang);
  return {
    createOrUpgrade: jest.fn<Promise<CreateOutcome>, [CreateOptions]>(async () => ({
      created: true,
      addedRows: 211,
      keptRows: 0,
    })),
    readAudit: jest.fn<Promise<AuditInputs>, [Lang]>(async () => current),
    scoreAudit: jest.fn(async (lang: Lang) => ({ result: scoreNow(lang), inputs: current })),
    applyProfile: jest.fn(async (profile: WeightProfile, lang: Lang) => {
      current = { ...current, profile };
      return { result: scoreNow(lang, profile) };
    }),
    select: jest.fn<Promise<void>, [string]>(async () => undefined),
    mergeCopies: jest.fn<
      ReturnType<AuditService["mergeCopies"]>,
      Parameters<AuditService["mergeCopies"]>
    >(async () => ({ taken: 0, same: 0, resolved: 0, conflicts: [], issues: [] })),
    compareWith: jest.fn<
      ReturnType<AuditService["compareWith"]>,
      Parameters<AuditService["compareWith"]>
    >(async () => {
      throw new Error("compareWith: not set up in this test");
    }),
  };
}

export function renderWith(
  ui: ReactElement,
  service: AuditService,
  lang: Lang = "en",
  host?: HostInfo
) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <AuditProvider service={service} lang={lang} host={host}>
        {ui}
      </AuditProvider>
    </FluentProvider>
  );
}
