/** What is missing for the next star, and the clauses with the most points at stake. */
import { Text, makeStyles } from "@fluentui/react-components";
import type { Gap } from "../../core/types";
import { useAudit } from "../context";
import { SHORTFALL_LABEL, num } from "../format";
import { fmt } from "../i18n";

const useStyles = makeStyles({ list: { margin: "4px 0", paddingLeft: "20px" } });
const MAX_IDS = 12;

export function GapView({ gap }: { gap: Gap | null }) {
  const { t, lang } = useAudit();
  const styles = useStyles();
  if (!gap) return <Text>{t.gapNone}</Text>;
  return (
    <section aria-label={fmt(t.gapHeading, { n: gap.stars })}>
      <Text weight="semibold">{fmt(t.gapHeading, { n: gap.stars })}</Text>
      <ul className={styles.list}>
        {gap.conditions.map((c) => {
          const ids = c.clauseIds ?? [];
          const shown = ids.slice(0, MAX_IDS).join(", ") + (ids.length > MAX_IDS ? " …" : "");
          return (
            <li key={c.key}>
              {fmt(t[SHORTFALL_LABEL[c.key]], { short: num(c.short, lang), ids: shown })}
            </li>
          );
        })}
      </ul>
      {gap.topGains.length > 0 && (
        <>
          <Text weight="semibold">{t.topGains}</Text>
          <ol className={styles.list}>
            {gap.topGains.map((g) => (
              <li key={g.id}>
                {t.clause} {g.id}: +{num(g.gain, lang)} {t.points}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
