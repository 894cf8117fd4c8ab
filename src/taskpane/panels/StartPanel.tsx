/** Start: create or upgrade the audit workbook (idempotent) with language, stage and years. */
import { Button, Field, Input, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useState } from "react";
import { parseYearsText } from "../../core/inputs";
import type { Lang, Stage } from "../../core/types";
import { ChoiceField } from "../components/ChoiceField";
import { OperationError, PanelLayout } from "../components/PanelLayout";
import { Progress } from "../components/Progress";
import { useAudit } from "../context";
import { fmt } from "../i18n";
import { useOperation } from "../useOperation";

export function StartPanel() {
  const { service, t, host, lang } = useAudit();
  // Content language and stage are asked here only: afterwards they live in the workbook
  // (Summary inputs), where scoring reads them.
  const [contentLang, setContentLang] = useState<Lang>(lang);
  const [stage, setStage] = useState<Stage>("baseline");
  const op = useOperation();
  const [yearsText, setYearsText] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const years = parseYearsText(yearsText);
  const yearsInvalid = years.kind === "invalid";

  const create = async () => {
    setDone(null);
    const outcome = await op.run(() =>
      service.createOrUpgrade({
        lang: contentLang,
        stage,
        years: years.kind === "years" ? years.years : undefined,
      })
    );
    if (outcome)
      setDone(
        fmt(outcome.created ? t.created : t.upgraded, {
          added: outcome.addedRows,
          kept: outcome.keptRows,
        })
      );
  };

  return (
    <PanelLayout heading={t.startHeading} intro={t.startIntro}>
      <ChoiceField<Lang>
        label={t.contentLang}
        value={contentLang}
        onChange={setContentLang}
        options={[
          { value: "zh", label: t.langZh },
          { value: "en", label: t.langEn },
        ]}
      />
      <ChoiceField<Stage>
        label={t.stage}
        value={stage}
        onChange={setStage}
        options={[
          { value: "baseline", label: t.stageBaseline },
          { value: "final", label: t.stageFinal },
        ]}
      />
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
    </PanelLayout>
  );
}
