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
        <Tab value="start" id="tab-start" aria-controls="panel">
          {t.tabStart}
        </Tab>
        <Tab value="score" id="tab-score" aria-controls="panel">
          {t.tabScore}
        </Tab>
        <Tab value="whatif" id="tab-whatif" aria-controls="panel">
          {t.tabWhatIf}
        </Tab>
        <Tab value="team" id="tab-team" aria-controls="panel">
          {t.tabTeam}
        </Tab>
      </TabList>
      <div role="tabpanel" id="panel" aria-labelledby={`tab-${panel}`}>
        {panel === "start" && <StartPanel />}
        {panel === "score" && <ScorePanel />}
        {panel === "whatif" && <WhatIfPanel />}
        {panel === "team" && <TeamPanel />}
      </div>
    </main>
  );
}
