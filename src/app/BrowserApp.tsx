/**
 * The browser page: open (or drop) an audit workbook, run the same Start / Score / What-if panels
 * over an ExcelJS port, and download the scored workbook. Nothing is sent anywhere.
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
import { useCallback, useEffect, useRef, useState, type DragEvent } from "react";
import { OUTSIDE_OFFICE } from "../adapters/office/capabilities";
import type { Lang } from "../core/types";
import { createAuditService } from "../taskpane/portService";
import type { AuditService, Scored } from "../taskpane/services";
import { hostInfoOf } from "../taskpane/context";
import { Root } from "../taskpane/Root";
import { newAudit, openFile, preloadXlsx, type OpenedWorkbook } from "./openWorkbook";
import { APP_STRINGS, fill } from "./strings";

const useStyles = makeStyles({
  page: { maxWidth: "760px", margin: "0 auto", padding: "12px" },
  bar: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "center", margin: "8px 0" },
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: "6px",
    padding: "10px",
    textAlign: "center",
    color: tokens.colorNeutralForeground3,
  },
  dropActive: { backgroundColor: tokens.colorBrandBackground2 },
  selected: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    border: `1px solid ${tokens.colorPaletteYellowBorder2}`,
    padding: "6px 10px",
    borderRadius: "4px",
  },
});

/** The page prints its result view (Print report; the browser's own Save as PDF). */
const BROWSER_HOST = hostInfoOf(OUTSIDE_OFFICE, { print: true });

type Notice = { intent: "info" | "warning" | "error" | "success"; text: string };

export function BrowserApp({ initialLang }: { initialLang: Lang }) {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  const [opened, setOpened] = useState<{
    workbook: OpenedWorkbook;
    service: AuditService;
    scored: Scored | null;
    name: string;
    id: number;
  } | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const s = APP_STRINGS[lang];
  // Once the page is up, warm the .xlsx reader so the first file opens without waiting for it.
  useEffect(() => {
    const idle = window.setTimeout(preloadXlsx, 0);
    return () => window.clearTimeout(idle);
  }, []);

  const load = useCallback(
    async (
      name: string,
      open: () => Promise<OpenedWorkbook>,
      success: (workbook: OpenedWorkbook) => Notice
    ) => {
      setBusy(true);
      setNotice(null);
      setSelected(null);
      try {
        const workbook = await open();
        const service = createAuditService(workbook.port);
        // An audit workbook is scored as it opens (in memory; the file on disk is untouched), so
        // its result shows at once; Download saves the scored copy.
        let scored: Scored | null = null;
        let scoringError: string | null = null;
        if (workbook.isAudit) {
          try {
            scored = await service.scoreAudit(lang);
          } catch (error) {
            scoringError = (error as Error).message;
          }
        }
        setOpened((previous) => ({ workbook, service, scored, name, id: (previous?.id ?? 0) + 1 }));
        setNotice(scoringError ? { intent: "error", text: scoringError } : success(workbook));
      } catch (error) {
        setNotice({
          intent: "error",
          text: fill(s.openFailed, { name, reason: (error as Error).message }),
        });
      } finally {
        setBusy(false);
      }
    },
    [s, lang]
  );

  const openChosen = (file: File | undefined) => {
    if (!file) return;
    // User Timing marks: `npm run bench` measures file chosen → result on screen from them.
    performance.mark("epm:file-chosen");
    void load(
      file.name,
      () => openFile(file, lang, setSelected),
      (workbook) =>
        workbook.isAudit
          ? { intent: "success", text: fill(s.opened, { name: file.name }) }
          : { intent: "warning", text: fill(s.notAudit, { name: file.name }) }
    );
  };

  const download = async () => {
    if (!opened) return;
    try {
      const bytes = await opened.workbook.save();
      const url = URL.createObjectURL(
        new Blob([bytes as Uint8Array<ArrayBuffer>], {
          type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        })
      );
      const link = document.createElement("a");
      link.href = url;
      link.download = opened.name.replace(/(\.xlsx)?$/i, "-scored.xlsx");
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (error) {
      setNotice({ intent: "error", text: (error as Error).message });
    }
  };

  useEffect(() => {
    if (!opened?.scored) return;
    // The frame after React committed the result is the one that shows it.
    const frame = requestAnimationFrame(() => performance.mark("epm:result-shown"));
    return () => cancelAnimationFrame(frame);
  }, [opened]);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    openChosen(event.dataTransfer.files[0]);
  };

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
            openChosen(event.target.files?.[0]);
            event.target.value = "";
          }}
        />
        <Button
          onClick={() =>
            void load(
              "audit.xlsx",
              () => newAudit(setSelected),
              () => ({ intent: "info", text: s.created })
            )
          }
          disabled={busy}
          data-testid="new-audit"
        >
          {s.newAudit}
        </Button>
        <Button onClick={() => void download()} disabled={!opened || busy} data-testid="download">
          {s.download}
        </Button>
      </div>
      <div
        className={dragging ? `${styles.drop} ${styles.dropActive}` : styles.drop}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="drop-zone"
      >
        {s.drop}
      </div>
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
