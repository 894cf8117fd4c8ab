/**
 * The browser page: open (or drop) an audit workbook, run the same Start / Score / What-if panels
 * over an ExcelJS port, and download the scored workbook. Nothing is sent anywhere.
 * The state lives in useOpenedWorkbook and the flow in pageFlow.ts; this file is the markup.
 */
import {
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useRef, useState } from "react";
import { inLanguage } from "../core/i18n";
import type { Lang } from "../core/types";
import { OUTSIDE_OFFICE } from "../adapters/office/capabilities";
import { hostInfoOf } from "../ui/context";
import { Root } from "../ui/Root";
import { DropZone } from "./DropZone";
import { APP_STRINGS } from "./strings";
import { useOpenedWorkbook } from "./useOpenedWorkbook";

/** The page prints its result view (Print report; the browser's own Save as PDF). */
const BROWSER_HOST = hostInfoOf(OUTSIDE_OFFICE, { print: true });

const useStyles = makeStyles({
  page: { maxWidth: "760px", margin: "0 auto", padding: "12px" },
  bar: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "center", margin: "8px 0" },
  selected: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    border: `1px solid ${tokens.colorPaletteYellowBorder2}`,
    padding: "6px 10px",
    borderRadius: "4px",
  },
});

export function BrowserApp({ initialLang }: { initialLang: Lang }) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const page = useOpenedWorkbook(lang);
  const { opened, busy, notice, selected } = page;
  const fileInput = useRef<HTMLInputElement>(null);
  const s = inLanguage(APP_STRINGS, lang);

  return (
    <div className={styles.page}>
      <div className={styles.bar}>
        <Text as="h1" size={500} weight="semibold">
          {s.title}
        </Text>
        <Button
          appearance="subtle"
          onClick={() => setLang(lang === "zh" ? "en" : "zh")}
          data-testid="language"
        >
          {s.language}
        </Button>
      </div>
      <Text size={200}>{s.privacy}</Text>
      <div className={styles.bar}>
        <Button appearance="primary" onClick={() => fileInput.current?.click()} disabled={busy}>
          {s.open}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid="file-input"
          aria-label={s.open}
          hidden
          onChange={(event) => {
            page.openFile(event.target.files?.[0]);
            event.target.value = "";
          }}
        />
        <Button onClick={page.newAudit} disabled={busy} data-testid="new-audit">
          {s.newAudit}
        </Button>
        <Button
          onClick={() => void page.download()}
          disabled={!opened || busy}
          data-testid="download"
        >
          {s.download}
        </Button>
      </div>
      <DropZone onFile={page.openFile}>{s.drop}</DropZone>
      {busy && <Spinner size="small" label={s.loading} />}
      {notice && (
        <MessageBar intent={notice.intent} data-testid="page-notice">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {selected && (
        <div className={styles.selected} role="status" data-testid="selected-cell">
          {s.selected}: <strong>{selected}</strong>
        </div>
      )}
      {opened ? (
        <Root
          key={`${opened.id}-${lang}`}
          service={opened.service}
          initialOfficial={opened.scored}
          lang={lang}
          theme={webLightTheme}
          host={BROWSER_HOST}
        />
      ) : (
        <Text as="p">{s.noWorkbook}</Text>
      )}
    </div>
  );
}
