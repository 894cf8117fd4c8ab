/**
 * "Check this Excel" on the Start tab: asks first (the check deletes sheets, which clears Excel's
 * undo history), runs the checks of adapters/office/excel-check.ts one by one, shows a pass/fail
 * table with Excel's own error details, and copies a plain-text report (the Diagnostics line, one
 * line per check; no content of the workbook). Outside Excel the button is disabled and says why.
 */
import {
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  MessageBar,
  MessageBarBody,
  Text,
  type BadgeProps,
} from "@fluentui/react-components";
import { useState } from "react";
import {
  CHECK_IDS,
  reportText,
  type CheckId,
  type CheckOutcome,
  type CheckReport,
} from "../../adapters/office/excel-check-report";
import { useAudit } from "../context";
import { fill, type Strings } from "../i18n";
import { useOperation } from "../useOperation";
import { OperationError } from "./PanelLayout";
import { SmallTable } from "./SmallTable";

const OUTCOMES: Record<CheckOutcome, { label: keyof Strings; color: BadgeProps["color"] }> = {
  "as assumed": { label: "excelCheckAsAssumed", color: "success" },
  differs: { label: "excelCheckDiffers", color: "warning" },
  failed: { label: "excelCheckFailed", color: "danger" },
  "not available": { label: "excelCheckNotAvailable", color: "informative" },
};

export function checkTitles(t: Strings): Record<CheckId, string> {
  return Object.fromEntries(CHECK_IDS.map((id) => [id, t[`check_${id}`]])) as Record<
    CheckId,
    string
  >;
}

/** The report as the Copy button gives it: title, Diagnostics line, one line per check. */
export function copyText(report: CheckReport, t: Strings, diagnostics?: string | null): string {
  const header = [t.excelCheckReportTitle];
  if (diagnostics) header.push(`${t.diagnostics}: ${diagnostics}`);
  return reportText(report, checkTitles(t), header);
}

/** navigator.clipboard where the webview allows it, else a selected textarea and execCommand. */
async function copyToClipboard(text: string): Promise<void> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return;
    }
  } catch {
    // Some Office webviews refuse the clipboard API: the fallback below still works there.
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  try {
    document.execCommand("copy");
  } finally {
    area.remove();
  }
}

export function ExcelCheck() {
  const { t, host } = useAudit();
  const op = useOperation();
  const [asking, setAsking] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [report, setReport] = useState<CheckReport | null>(null);
  const [copied, setCopied] = useState(false);
  const excelCheck = host.excelCheck;
  const titles = checkTitles(t);

  const start = async () => {
    setAsking(false);
    if (!excelCheck) return;
    setReport(null);
    setCopied(false);
    setProgress({ done: 0, total: CHECK_IDS.length });
    const done = await op.run(() => excelCheck((_, n, total) => setProgress({ done: n, total })));
    setProgress(null);
    if (done) setReport(done);
  };

  const copy = async () => {
    if (!report) return;
    await copyToClipboard(copyText(report, t, host.diagnostics));
    setCopied(true);
  };

  return (
    <section aria-label={t.excelCheckButton} data-testid="excel-check">
      <Text as="p" size={200}>
        {excelCheck ? t.excelCheckIntro : t.excelCheckOutside}
      </Text>
      <Dialog open={asking} onOpenChange={(_, data) => setAsking(data.open)}>
        <DialogTrigger disableButtonEnhancement>
          <Button disabled={!excelCheck || op.busy}>{t.excelCheckButton}</Button>
        </DialogTrigger>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{t.excelCheckConfirmTitle}</DialogTitle>
            <DialogContent>{t.excelCheckConfirmBody}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={start}>
                {t.excelCheckRun}
              </Button>
              <DialogTrigger disableButtonEnhancement>
                <Button>{t.excelCheckCancel}</Button>
              </DialogTrigger>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      {progress && (
        <Text as="p" size={200} role="status">
          {fill(t.excelCheckRunning, progress)}
        </Text>
      )}
      <OperationError op={op} />
      {report && (
        <>
          <SmallTable
            label={t.excelCheckButton}
            head={[t.excelCheckColCheck, t.excelCheckColOutcome, t.excelCheckColObserved]}
            rows={report.results.map((r) => ({
              key: r.id,
              cells: [
                titles[r.id],
                <Badge key="outcome" color={OUTCOMES[r.outcome].color} appearance="tint">
                  {t[OUTCOMES[r.outcome].label]}
                </Badge>,
                <span key="observed" style={{ userSelect: "text" }}>
                  {r.observed}
                  {r.detail && (
                    <>
                      <br />
                      <code>{r.detail}</code>
                    </>
                  )}
                  <br />
                  <Text size={100}>
                    {t.excelCheckExpected}: {r.expected}
                  </Text>
                </span>,
              ],
            }))}
          />
          <MessageBar intent={report.leftovers.length ? "warning" : "success"}>
            <MessageBarBody>
              {report.leftovers.length
                ? fill(t.excelCheckLeftovers, { items: report.leftovers.join(", ") })
                : t.excelCheckClean}
            </MessageBarBody>
          </MessageBar>
          <Button onClick={copy}>{t.excelCheckCopy}</Button>
          {copied && (
            <Text as="p" size={200} role="status">
              {t.excelCheckCopied}
            </Text>
          )}
        </>
      )}
    </section>
  );
}
