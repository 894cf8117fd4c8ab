/** Browser mode (app.html): the scorer without Office, over .xlsx files opened on this machine. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { resolveLang } from "../core/i18n";
import { BrowserApp } from "./BrowserApp";

createRoot(document.getElementById("root") as HTMLElement).render(
  <FluentProvider theme={webLightTheme}>
    <BrowserApp initialLang={resolveLang(navigator.language)} />
  </FluentProvider>
);
