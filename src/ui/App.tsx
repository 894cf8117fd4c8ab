/** The task pane: three panels in tabs. The same component runs in the browser page. */
import {
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { useAudit } from "./context";
import type { Strings } from "./i18n";
import { ScorePanel } from "./panels/ScorePanel";
import { StartPanel } from "./panels/StartPanel";
import { TeamPanel } from "./panels/TeamPanel";
import { WhatIfPanel } from "./panels/WhatIfPanel";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: "12px",
    padding: "12px",
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
});

type PanelId = "start" | "score" | "whatif" | "team";

/** The tabs in order: each panel with the string key of its tab's label. */
const PANELS = [
  { id: "start", label: "tabStart", Panel: StartPanel },
  { id: "score", label: "tabScore", Panel: ScorePanel },
  { id: "whatif", label: "tabWhatIf", Panel: WhatIfPanel },
  { id: "team", label: "tabTeam", Panel: TeamPanel },
] as const satisfies ReadonlyArray<{ id: PanelId; label: keyof Strings; Panel: () => JSX.Element }>;

export interface AppProps {
  initial?: PanelId;
  notice?: { intent: "error" | "success"; text: string } | null;
}

export function App({ initial = "start", notice = null }: AppProps) {
  const { t } = useAudit();
  const styles = useStyles();
  const [panel, setPanel] = useState<PanelId>(initial);
  return (
    <main className={styles.root}>
      <Text as="h1" size={600} weight="semibold">
        {t.appTitle}
      </Text>
      {notice && (
        <MessageBar intent={notice.intent} layout="multiline">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      <TabList
        selectedValue={panel}
        onTabSelect={(_, data) => setPanel(data.value as PanelId)}
        aria-label={t.appTitle}
      >
        {PANELS.map(({ id, label }) => (
          <Tab key={id} value={id} id={`tab-${id}`} aria-controls="panel">
            {t[label]}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id="panel" aria-labelledby={`tab-${panel}`}>
        {PANELS.map(({ id, Panel }) => id === panel && <Panel key={id} />)}
      </div>
    </main>
  );
}
