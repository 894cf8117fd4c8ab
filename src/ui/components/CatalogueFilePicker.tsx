/**
 * "Use a catalogue file…": picks a .json catalogue file, validates it as the command line does, and
 * hands the catalogue to Create; its errors, each at its JSON path, show in the user's language.
 * Used by the Start tab in Excel and on the browser page alike.
 */
import { Button, MessageBar, MessageBarBody, makeStyles } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { loadCatalogueText } from "../../catalogues";
import type { Catalogue } from "../../core/types";
import { useAudit } from "../context";
import { fill } from "../i18n";

const JSON_FILES = ".json,application/json";
const useStyles = makeStyles({
  hidden: { display: "none" },
  bar: { display: "flex", flexWrap: "wrap", gap: "8px" },
  errors: { margin: "4px 0 0", paddingLeft: "18px" },
});

/** The text of a chosen file (File.text where the browser has it). */
function textOf(file: Blob): Promise<string> {
  if (typeof file.text === "function") return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

type Picked =
  | { file: string; catalogue: Catalogue }
  | { file: string; errors: Array<{ path: string; message: string }> };

export function CatalogueFilePicker(props: {
  disabled?: boolean;
  onChange: (catalogue: Catalogue | undefined) => void;
}) {
  const { t, lang } = useAudit();
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [picked, setPicked] = useState<Picked | null>(null);

  const choose = async (file: File) => {
    const loaded = loadCatalogueText(await textOf(file), lang);
    const next: Picked = loaded.ok
      ? { file: file.name, catalogue: loaded.catalogue }
      : { file: file.name, errors: loaded.errors };
    setPicked(next);
    props.onChange(loaded.ok ? loaded.catalogue : undefined);
  };
  const clear = () => {
    setPicked(null);
    props.onChange(undefined);
  };

  return (
    <>
      <div className={styles.bar}>
        <Button disabled={props.disabled} onClick={() => input.current?.click()}>
          {t.catalogueFileButton}
        </Button>
        {picked && (
          <Button appearance="subtle" disabled={props.disabled} onClick={clear}>
            {t.catalogueFileClear}
          </Button>
        )}
      </div>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept={JSON_FILES}
        aria-label={t.catalogueFileButton}
        data-testid="catalogue-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so that choosing the same file again (after fixing it) is a change too.
          event.target.value = "";
          if (file) void choose(file);
        }}
      />
      {picked && "catalogue" in picked && (
        <MessageBar intent="info">
          <MessageBarBody>
            {fill(t.catalogueFileChosen, {
              file: picked.file,
              name: picked.catalogue.name[lang],
              id: picked.catalogue.id,
              version: picked.catalogue.version,
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      {picked && "errors" in picked && (
        <MessageBar intent="error">
          <MessageBarBody>
            {fill(t.catalogueFileInvalid, { file: picked.file })}
            <ul className={styles.errors}>
              {picked.errors.map((e, k) => (
                <li key={k}>
                  {e.path}: {e.message}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
