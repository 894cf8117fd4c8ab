/** The official result next to the what-if result: stars, totals and per-module delta. */
import {
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { Result } from "../../core/types";
import { useAudit } from "../context";
import { num } from "../format";
import { moduleDeltas, type WhatIf } from "../whatif";
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
  const totals = [
    { id: t.score15, a: official.score15, b: other.score15 },
    { id: t.score6, a: official.score6, b: other.score6 },
  ];
  return (
    <Table size="small" aria-label={`${t.official} / ${t.whatIf}`}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>
            <span className={srOnly}>{t.measure}</span>
          </TableHeaderCell>
          <TableHeaderCell>{t.official}</TableHeaderCell>
          <TableHeaderCell>{t.whatIf}</TableHeaderCell>
          <TableHeaderCell>{t.delta}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        <TableRow>
          <TableCell>{t.starLevel}</TableCell>
          <TableCell>{official.stars}★</TableCell>
          <TableCell>
            <span data-testid="what-if-star-level">{other.stars}</span>★
          </TableCell>
          <TableCell>
            {signed(other.stars - official.stars, String(other.stars - official.stars))}
          </TableCell>
        </TableRow>
        {totals.map((row) => (
          <TableRow key={row.id}>
            <TableCell>{row.id}</TableCell>
            <TableCell>{num(row.a, lang)}</TableCell>
            <TableCell data-testid={row.id === t.score15 ? "what-if-score15" : "what-if-score6"}>
              {num(row.b, lang)}
            </TableCell>
            <TableCell>{signed(row.b - row.a, num(row.b - row.a, lang))}</TableCell>
          </TableRow>
        ))}
        {moduleDeltas(official, other).map((row) => (
          <TableRow key={row.id}>
            <TableCell>{row.id}</TableCell>
            <TableCell>{num(row.official, lang)}</TableCell>
            <TableCell>{num(row.whatIf, lang)}</TableCell>
            <TableCell data-testid={`delta-${row.id}`}>
              {signed(row.delta, num(row.delta, lang))}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
