/** The official result next to the what-if result: stars, totals and per-module delta. */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Result } from "../../core/types";
import { useAudit } from "../context";
import { numberText } from "../format";
import { moduleDeltas, type WhatIf } from "../whatif";
import { SmallTable } from "./SmallTable";
import { useSrOnly } from "./srOnly";

function signed(value: number, text: string): string {
  return value > 1e-9 ? `+${text}` : text;
}

export function WhatIfComparison({ official, whatIf }: { official: Result; whatIf: WhatIf }) {
  const { t, lang } = useAudit();
  const { srOnly } = useSrOnly();
  if (!whatIf.ok) {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          {t.profileInvalid}
          <ul>
            {whatIf.errors.map((e) => (
              <li key={e.path + e.message}>
                <code>{e.path}</code>: {e.message}
              </li>
            ))}
          </ul>
        </MessageBarBody>
      </MessageBar>
    );
  }
  const other = whatIf.result;
  const starDelta = other.stars - official.stars;
  const totals = [
    { id: t.score15, a: official.score15, b: other.score15, testId: "what-if-score15" },
    { id: t.score6, a: official.score6, b: other.score6, testId: "what-if-score6" },
  ];
  return (
    <SmallTable
      label={`${t.official} / ${t.whatIf}`}
      head={[
        <span key="measure" className={srOnly}>
          {t.measure}
        </span>,
        t.official,
        t.whatIf,
        t.delta,
      ]}
      rows={[
        {
          key: "stars",
          cells: [
            t.starLevel,
            `${official.stars}★`,
            <span key="whatIf">
              <span data-testid="what-if-star-level">{other.stars}</span>★
            </span>,
            signed(starDelta, String(starDelta)),
          ],
        },
        ...totals.map((row) => ({
          key: row.id,
          cells: [
            row.id,
            numberText(row.a, lang),
            <span key="whatIf" data-testid={row.testId}>
              {numberText(row.b, lang)}
            </span>,
            signed(row.b - row.a, numberText(row.b - row.a, lang)),
          ],
        })),
        ...moduleDeltas(official, other).map((row) => ({
          key: row.id,
          cells: [
            row.id,
            numberText(row.official, lang),
            numberText(row.whatIf, lang),
            <span key="delta" data-testid={`delta-${row.id}`}>
              {signed(row.delta, numberText(row.delta, lang))}
            </span>,
          ],
        })),
      ]}
    />
  );
}
