/** A small read-only table: one header row, then one row per entry, each cell already rendered. */
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { ReactNode } from "react";

export interface SmallTableRow {
  key: string | number;
  cells: ReactNode[];
}

export function SmallTable({
  label,
  head,
  rows,
}: {
  label: string;
  head: ReactNode[];
  rows: SmallTableRow[];
}) {
  return (
    <Table size="small" aria-label={label}>
      <TableHeader>
        <TableRow>
          {head.map((cell, k) => (
            <TableHeaderCell key={k}>{cell}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.key}>
            {row.cells.map((cell, k) => (
              <TableCell key={k}>{cell}</TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
