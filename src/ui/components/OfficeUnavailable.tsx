/**
 * Shown when Office.js never arrived (a firewall or proxy blocks Microsoft's CDN, or the computer is
 * offline) or arrived but did not start: says so in the user's language, with what to do and how
 * to score the same workbook without the pane. Never a blank pane, never "open this from Excel".
 */
import { Link, makeStyles } from "@fluentui/react-components";
import type { NoHostReason } from "../../adapters/office/host";
import { fill, type StringKey, type Strings } from "../i18n";
import { PanelHeading } from "./PanelLayout";

const useStyles = makeStyles({
  // The Office.js address is one long word: it wraps rather than runs off a narrow pane.
  root: {
    display: "flex",
    flexDirection: "column",
    gap: "8px",
    padding: "16px",
    overflowWrap: "anywhere",
  },
  list: { margin: 0, paddingLeft: "20px", lineHeight: "1.5" },
});

/** The pane's own reasons, and officeJsSlow: Office.js had not arrived when office-wait.js gave up. */
export type UnavailableReason = Exclude<NoHostReason, "outsideOffice"> | "officeJsSlow";

const TEXTS: Record<UnavailableReason, { title: StringKey; body: StringKey }> = {
  officeJsMissing: { title: "officeMissingTitle", body: "officeMissingBody" },
  officeJsTimeout: { title: "officeTimeoutTitle", body: "officeTimeoutBody" },
  officeJsSlow: { title: "officeSlowTitle", body: "officeSlowBody" },
};

export interface OfficeUnavailableProps {
  t: Strings;
  reason: UnavailableReason;
  /** The Office.js address the page tried. */
  url: string;
  timeoutSeconds: number;
  appUrl?: string;
  /** Where "Try again" leads; absent: no such link (the pane itself is open). */
  retryUrl?: string;
}

export function OfficeUnavailable({
  t,
  reason,
  url,
  timeoutSeconds,
  appUrl = "app.html",
  retryUrl,
}: OfficeUnavailableProps) {
  const styles = useStyles();
  const host = hostOf(url);
  const texts = TEXTS[reason];
  return (
    <main className={styles.root} role="alert" data-testid="office-unavailable">
      <PanelHeading
        heading={t[texts.title]}
        intro={fill(t[texts.body], { url, seconds: timeoutSeconds })}
        level={1}
      />
      {retryUrl && <Link href={retryUrl}>{t.officeRetry}</Link>}
      <strong>{t.officeWhatToDo}</strong>
      <ul className={styles.list}>
        <li>{fill(t.officeAskIt, { host })}</li>
        <li>{t.officeReopen}</li>
        <li>
          {t.officeMeanwhile} <Link href={appUrl}>{t.outsideLink}</Link>
        </li>
        <li>{t.officeCli}</li>
      </ul>
    </main>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
