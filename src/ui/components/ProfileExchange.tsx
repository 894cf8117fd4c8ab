/**
 * Export and import of the weight profile JSON (docs/scoring-rules.md §8). Import validates with the core's
 * validateProfile; every error names its JSON path. Export offers copy and download, since a
 * download link does not work in every Office webview.
 */
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
  makeStyles,
} from "@fluentui/react-components";
import { useState, type ChangeEvent } from "react";
import type { Catalogue, WeightProfile } from "../../core/types";
import { useAudit } from "../context";
import { fill } from "../i18n";
import { exportProfile, importProfile, type ImportOutcome } from "../whatif";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: "8px" },
  actions: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "center" },
});

export interface ProfileExchangeProps {
  catalogue: Catalogue;
  profile: WeightProfile;
  onImport: (profile: WeightProfile) => void;
}

export function ProfileExchange({ catalogue, profile, onImport }: ProfileExchangeProps) {
  const { t, lang } = useAudit();
  const styles = useStyles();
  const [text, setText] = useState("");
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [copyError, setCopyError] = useState<string | null>(null);
  const exported = exportProfile(profile);

  const use = (json: string) => {
    const result = importProfile(json, catalogue, lang);
    setOutcome(result);
    if (result.ok) onImport(result.profile);
  };

  const readFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    void file.text().then(
      (content) => {
        setText(content);
        use(content);
      },
      (error: Error) => setOutcome({ ok: false, jsonError: error.message })
    );
  };

  const copy = () => {
    setCopyError(null);
    navigator.clipboard
      .writeText(exported)
      .catch((error: Error) => setCopyError(`${error.message} — ${t.download}`));
  };

  return (
    <section className={styles.box} aria-label={t.profileJson}>
      <details>
        <summary>{t.exportProfile}</summary>
        <div className={styles.box}>
          <Field label={t.exportedJson}>
            <Textarea readOnly value={exported} resize="vertical" rows={6} />
          </Field>
          <div className={styles.actions}>
            <Button size="small" onClick={copy}>
              {t.copy}
            </Button>
            <a
              href={`data:application/json;charset=utf-8,${encodeURIComponent(exported)}`}
              download="epm-weights.json"
            >
              {t.download}
            </a>
          </div>
          {copyError && <Text role="alert">{copyError}</Text>}
        </div>
      </details>
      <details>
        <summary>{t.importProfile}</summary>
        <div className={styles.box}>
          <Field label={t.importFile}>
            <input type="file" accept=".json,application/json" onChange={readFile} />
          </Field>
          <Field label={t.pasteJson}>
            <Textarea
              value={text}
              onChange={(_, data) => setText(data.value)}
              resize="vertical"
              rows={6}
            />
          </Field>
          <Button size="small" onClick={() => use(text)} disabled={text.trim() === ""}>
            {t.importApply}
          </Button>
          {outcome && !outcome.ok && (
            <MessageBar intent="error" layout="multiline" role="alert">
              <MessageBarBody>
                {"jsonError" in outcome ? (
                  fill(t.importInvalidJson, { message: outcome.jsonError })
                ) : (
                  <>
                    {t.importErrors}
                    <ul data-testid="import-errors">
                      {outcome.errors.map((e) => (
                        <li key={e.path + e.message}>
                          <code>{e.path}</code>: {e.message}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
              </MessageBarBody>
            </MessageBar>
          )}
        </div>
      </details>
    </section>
  );
}
