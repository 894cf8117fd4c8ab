/** Shown when the task pane page is opened outside Office: points to the browser mode. */
import { Link, Text, makeStyles } from "@fluentui/react-components";
import type { Strings } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "8px", padding: "16px" },
});

export function OutsideOffice({ t, appUrl = "app.html" }: { t: Strings; appUrl?: string }) {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Text as="h1" size={500} weight="semibold">
        {t.outsideTitle}
      </Text>
      <Text>{t.outsideBody}</Text>
      <Link href={appUrl}>{t.outsideLink}</Link>
    </main>
  );
}
