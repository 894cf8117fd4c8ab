/**
 * The browser page's state: the workbook it has open (scored as it opened), whether it is busy
 * opening one, the notice to show, and the cell an issue last selected. The flow itself is
 * src/services/pageFlow.ts; this hook only keeps its outcomes.
 */
import { useCallback, useEffect, useState } from "react";
import type { Lang } from "../core/types";
import { preloadXlsx } from "../services/openWorkbook";
import {
  fileOpening,
  newAuditOpening,
  openAndScore,
  saveScored,
  type LoadedWorkbook,
  type Notice,
  type FileToOpen,
  type Opening,
} from "../services/pageFlow";
import { offerDownload } from "./offerDownload";

export interface OpenedWorkbookState {
  /** The open workbook; id counts the workbooks opened, so panels restart with each one. */
  opened: (LoadedWorkbook & { id: number }) | null;
  busy: boolean;
  notice: Notice | null;
  /** The cell an issue's button selected last. */
  selected: string | null;
  openFile(file: FileToOpen | undefined): void;
  newAudit(): void;
  download(): Promise<void>;
}

export function useOpenedWorkbook(
  lang: Lang,
  deliver: (bytes: Uint8Array, fileName: string) => void = offerDownload
): OpenedWorkbookState {
  const [opened, setOpened] = useState<OpenedWorkbookState["opened"]>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [selected, setSelected] = useState<string | null>(null);

  // Once the page is up, warm the .xlsx reader so the first file opens without waiting for it.
  useEffect(() => {
    const idle = window.setTimeout(preloadXlsx, 0);
    return () => window.clearTimeout(idle);
  }, []);

  const open = useCallback(
    async (opening: Opening) => {
      setBusy(true);
      setNotice(null);
      setSelected(null);
      try {
        const outcome = await openAndScore(opening, lang);
        const loaded = outcome.loaded;
        if (loaded) setOpened((previous) => ({ ...loaded, id: (previous?.id ?? 0) + 1 }));
        setNotice(outcome.notice);
      } finally {
        setBusy(false);
      }
    },
    [lang]
  );

  useEffect(() => {
    if (!opened?.scored) return;
    // The frame after React committed the result is the one that shows it.
    const frame = requestAnimationFrame(() => performance.mark("epm:result-shown"));
    return () => cancelAnimationFrame(frame);
  }, [opened]);

  return {
    opened,
    busy,
    notice,
    selected,
    openFile: (file) => {
      if (!file) return;
      // User Timing marks: `npm run bench` measures file chosen → result on screen from them.
      performance.mark("epm:file-chosen");
      void open(fileOpening(file, lang, setSelected));
    },
    newAudit: () => void open(newAuditOpening(lang, setSelected)),
    download: async () => {
      if (!opened) return;
      const failure = await saveScored(opened, deliver, lang);
      if (failure) setNotice(failure);
    },
  };
}
