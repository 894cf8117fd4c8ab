/**
 * The frame every panel shares: a heading with its intro, rows of actions that show progress
 * while their operation runs, and the operation's error bar.
 */
import { Text, makeStyles } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Operation } from "../useOperation";
import { ErrorBar } from "./ErrorBar";
import { Progress } from "./Progress";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: "12px" },
  actions: { display: "flex", alignItems: "center", gap: "8px 12px", flexWrap: "wrap" },
});

const HEADING_TAG = { 1: "h1", 2: "h2", 3: "h3" } as const;

export interface PanelHeadingProps {
  heading: string;
  intro?: ReactNode;
  /** 1 for a page of its own, 2 for a panel, 3 for a section inside a panel. */
  level?: 1 | 2 | 3;
}

export function PanelHeading({ heading, intro, level = 2 }: PanelHeadingProps) {
  return (
    <>
      <Text as={HEADING_TAG[level]} size={level === 3 ? undefined : 500} weight="semibold">
        {heading}
      </Text>
      {intro !== undefined && <Text>{intro}</Text>}
    </>
  );
}

export function PanelLayout({ children, ...heading }: PanelHeadingProps & { children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.panel}>
      <PanelHeading {...heading} />
      {children}
    </div>
  );
}

/** A row of buttons; the operation's progress shows at its end while the operation runs. */
export function PanelActions({ op, children }: { op?: Operation; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.actions}>
      {children}
      {op && <Progress show={op.showProgress} />}
    </div>
  );
}

export function OperationError({ op }: { op: Operation }) {
  return <ErrorBar error={op.error} onDismiss={op.clearError} />;
}
