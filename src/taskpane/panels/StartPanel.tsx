/** Start: create or upgrade the audit workbook (idempotent) with language, stage and years. */
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
} from "@fluentui/react-components";
import { useState } from "react";
import type { Lang, Stage } from "../../core/types";
import { ErrorBar } from "../components/ErrorBar";
import { Progress } from "../components/Progress";
import { useAudit } from "../context";
import { fmt } from "../i18n";
import { useOperation } from "../useOperation";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: "12px" },
});

/** "" → no years given; a number ≥ 0 → years; anything else → invalid (null). */
export function parseYearsInput(text: string): number | undefined | null {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) && value >= 0 ? value : null;
}

export function StartPanel() {
  const { service, t, host, lang } = useAudit();
  // Content language and stage are asked here only: afterwards they live in the workbook
  // (Summary inputs), where scoring reads them.
  const [contentLang, setContentLang] = useState<Lang>(lang);
  const [stage, setStage] = useState<Stage>("baseline");
  const styles = useStyles();
  const op = useOperation();
  const [yearsText, setYearsText] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const years = parseYearsInput(yearsText);

  const create = async () => {
    setDone(null);
    const outcome = await op.run(() =>
      service.createOrUpgrade({ lang: contentLang, stage, years: years ?? undefined })
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
    <div className={styles.panel}>
      <Text as="h2" size={500} weight="semibold">
        {t.startHeading}
      </Text>
      <Text>{t.startIntro}</Text>
      <Field label={t.contentLang}>
        <RadioGroup
          value={contentLang}
          onChange={(_, data) => setContentLang(data.value as Lang)}
          layout="horizontal"
        >
          <Radio value="zh" label={t.langZh} />
          <Radio value="en" label={t.langEn} />
        </RadioGroup>
      </Field>
      <Field label={t.stage}>
        <RadioGroup
          value={stage}
          onChange={(_, data) => setStage(data.value as Stage)}
          layout="horizontal"
        >
          <Radio value="baseline" label={t.stageBaseline} />
          <Radio value="final" label={t.stageFinal} />
        </RadioGroup>
      </Field>
      <Field
        label={t.years}
        hint={t.yearsHint}
        validationState={years === null ? "error" : "none"}
        validationMessage={years === null ? t.yearsInvalid : undefined}
      >
        <Input
          inputMode="decimal"
          value={yearsText}
          onChange={(_, data) => setYearsText(data.value)}
        />
      </Field>
      <Button appearance="primary" disabled={op.busy || years === null} onClick={create}>
        {t.createButton}
      </Button>
      <Progress show={op.showProgress} />
      <ErrorBar error={op.error} onDismiss={op.clearError} />
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
    </div>
  );
}
