/** Shown when the task pane page is opened outside Office: points to the browser mode. */
import { Link, makeStyles } from "@fluentui/react-components";
import type { Strings } from "../i18n";
import { PanelHeading } from "./PanelLayout";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "8px", padding: "16px" },
});

export function OutsideOffice({ t, appUrl = "app.html" }: { t: Strings; appUrl?: string }) {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <PanelHeading heading={t.outsideTitle} intro={t.outsideBody} level={1} />
      <Link href={appUrl}>{t.outsideLink}</Link>
    </main>
  );
}
