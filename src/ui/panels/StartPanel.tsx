/** Start: create or upgrade the audit workbook (idempotent) with language, stage and years. */
import { Button, Field, Input, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { parseYearsText } from "../../core";
import type { Catalogue, Lang, Stage } from "../../core/types";
import type { WorkbookState } from "../../services/auditService";
import { CatalogueFilePicker } from "../components/CatalogueFilePicker";
import { ChoiceField } from "../components/ChoiceField";
import { ExcelCheck } from "../components/ExcelCheck";
import { OperationError, PanelLayout } from "../components/PanelLayout";
import { Progress } from "../components/Progress";
import { useAudit } from "../context";
import { fill, type Strings } from "../i18n";
import { useOperation } from "../useOperation";

/**
 * Content language and stage are asked here only: afterwards they live in the workbook (Summary
 * inputs), where scoring reads them.
 */
interface Setup {
  lang: Lang;
  stage: Stage;
}

/** The setup's choices, each with the string keys of its label and of its options' labels. */
const SETUP_CHOICES = [
  { key: "lang", label: "contentLang", options: { zh: "langZh", en: "langEn" } },
  { key: "stage", label: "stage", options: { baseline: "stageBaseline", final: "stageFinal" } },
] as const satisfies ReadonlyArray<{
  key: keyof Setup;
  label: keyof Strings;
  options: Record<string, keyof Strings>;
}>;

export function StartPanel() {
  const { service, t, host, lang } = useAudit();
  const [setup, setSetup] = useState<Setup>({ lang, stage: "baseline" });
  const op = useOperation();
  const [yearsText, setYearsText] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const [catalogue, setCatalogue] = useState<Catalogue | undefined>(undefined);
  const [state, setState] = useState<WorkbookState | null>(null);
  const years = parseYearsText(yearsText);

  // What the workbook holds, read when the tab opens and after each Create: the line says what
  // the button will do, and the click's own read then costs one batch (describeWorkbook).
  const { run } = op;
  const refresh = useCallback(async () => {
    const describe = service.describeWorkbook?.bind(service);
    if (!describe) return;
    setState((await run(() => describe(lang))) ?? null);
  }, [service, run, lang]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const yearsInvalid = years.kind === "invalid";

  const create = async () => {
    setDone(null);
    const outcome = await op.run(() =>
      service.createOrUpgrade({
        ...setup,
        years: years.kind === "years" ? years.years : undefined,
        ...(catalogue && { catalogue }),
      })
    );
    if (!outcome) return;
    setDone(
      fill(outcome.created ? t.created : t.upgraded, {
        added: outcome.addedRows,
        kept: outcome.keptRows,
      })
    );
    void refresh();
  };

  return (
    <PanelLayout heading={t.startHeading} intro={t.startIntro}>
      {state && (
        <Text as="p" data-testid="workbook-state">
          {state.audit
            ? fill(t.workbookHoldsAudit, {
                name: state.audit.catalogue.name[lang],
                id: state.audit.catalogue.id,
                version: state.audit.catalogue.version,
                rows: state.audit.clauseRows,
              })
            : t.workbookHoldsNoAudit}
        </Text>
      )}
      {SETUP_CHOICES.map((choice) => (
        <ChoiceField
          key={choice.key}
          label={t[choice.label]}
          value={setup[choice.key]}
          // The radio group offers only this choice's options, so the value is one of them.
          onChange={(value) => setSetup({ ...setup, [choice.key]: value })}
          options={Object.entries(choice.options).map(([value, label]) => ({
            value,
            label: t[label],
          }))}
        />
      ))}
      <Field
        label={t.years}
        hint={t.yearsHint}
        validationState={yearsInvalid ? "error" : "none"}
        validationMessage={yearsInvalid ? t.yearsInvalid : undefined}
      >
        <Input
          inputMode="decimal"
          value={yearsText}
          onChange={(_, data) => setYearsText(data.value)}
        />
      </Field>
      <CatalogueFilePicker disabled={op.busy} onChange={setCatalogue} />
      <Button appearance="primary" disabled={op.busy || yearsInvalid} onClick={create}>
        {t.createButton}
      </Button>
      <Progress show={op.showProgress} />
      <OperationError op={op} />
      {done && (
        <MessageBar intent="success">
          <MessageBarBody>{done}</MessageBarBody>
        </MessageBar>
      )}
      {!host.validationLists && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.noValidation}</MessageBarBody>
        </MessageBar>
      )}
      {host.diagnostics && (
        <Text as="p" size={200} data-testid="diagnostics" style={{ userSelect: "text" }}>
          {t.diagnostics}: {host.diagnostics}
        </Text>
      )}
      <ExcelCheck />
    </PanelLayout>
  );
}
