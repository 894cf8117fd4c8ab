/**
 * What is missing for the next star (in its own units), and the clauses with the most points at
 * stake, each with its module and own-words summary; a click selects the clause's row.
 */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Gap } from "../../core/types";
import { useAudit } from "../context";
import { numberText, shortfallKey } from "../format";
import { fill } from "../i18n";

const useStyles = makeStyles({
  list: { margin: "4px 0", paddingLeft: "20px" },
  gain: { display: "block", textAlign: "start", height: "auto", padding: "2px 4px" },
  meta: { color: tokens.colorNeutralForeground3 },
});
const MAX_IDS = 12;

/** What the pane shows of a clause: its module ("4.0 人力资源管理") and summary. */
export interface ClauseInfo {
  module: string;
  summary: string;
}

export interface GapViewProps {
  gap: Gap | null;
  clauseInfo?: (id: string) => ClauseInfo | undefined;
  /** Select the clause's row in the workbook; absent when the host cannot select. */
  onSelectClause?: (id: string) => void;
}

export function GapView({ gap, clauseInfo, onSelectClause }: GapViewProps) {
  const { t, lang } = useAudit();
  const styles = useStyles();
  if (!gap) return <Text>{t.gapNone}</Text>;
  return (
    <section aria-label={fill(t.gapHeading, { n: gap.stars })}>
      <Text weight="semibold">{fill(t.gapHeading, { n: gap.stars })}</Text>
      <ul className={styles.list}>
        {gap.conditions.map((c) => {
          const ids = c.clauseIds ?? [];
          const shown = ids.slice(0, MAX_IDS).join(", ") + (ids.length > MAX_IDS ? " …" : "");
          return (
            <li key={c.key}>
              {fill(t[shortfallKey(c.key, c.short)], {
                short: numberText(c.short, lang),
                ids: shown,
              })}
            </li>
          );
        })}
      </ul>
      {gap.topGains.length > 0 && (
        <>
          <Text weight="semibold">{t.topGains}</Text>
          <ol className={styles.list}>
            {gap.topGains.map((g) => {
              const info = clauseInfo?.(g.id);
              const gain = fill(t.gainLine, {
                gain: numberText(g.gain, lang),
                points: g.gain === 1 ? t.pointOne : t.points,
              });
              const body = (
                <>
                  <Text weight="semibold">
                    {t.clause} {g.id}
                  </Text>{" "}
                  {info && <Text className={styles.meta}>· {info.module}</Text>} <Text>{gain}</Text>
                  {info?.summary && <Text block>{info.summary}</Text>}
                </>
              );
              return (
                <li key={g.id} data-testid={`gain-${g.id}`}>
                  {onSelectClause ? (
                    <Button
                      appearance="subtle"
                      className={styles.gain}
                      title={fill(t.selectClause, { id: g.id })}
                      onClick={() => onSelectClause(g.id)}
                    >
                      {body}
                    </Button>
                  ) : (
                    body
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
