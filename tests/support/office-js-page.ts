/**
 * One built page (see built-pages.ts) opened in a fresh chromium context whose request for
 * Office.js the test answers, as the tests have no network: a stand-in, a refusal or a hold-up.
 * The page's uncaught errors go to the test's list, for it to check they stayed none.
 */
import type { Page, Route } from "playwright-core";
import type { BuiltPages } from "./built-pages";

/** Where the pages load Office.js from. */
export const OFFICE_JS = "https://appsforoffice.microsoft.com/**";

export interface OfficeJsPage {
  /** e.g. "taskpane.html", under the served dist/. */
  page: string;
  /** The browser's language, e.g. "zh-CN"; the pages speak the user's language. */
  locale: string;
  /** The browser's own when not given. */
  userAgent?: string;
  /** Answers the page's request for Office.js. */
  officeJs: (route: Route) => Promise<void>;
  /** "commit" where Office.js is held back: the page's load event waits for it. */
  waitUntil?: "commit" | "load";
  /** Receives the message of each uncaught error in the page. */
  pageErrors: string[];
}

export async function openWithOfficeJs(pages: BuiltPages, options: OfficeJsPage): Promise<Page> {
  const { page, locale, userAgent, officeJs, waitUntil, pageErrors } = options;
  const context = await pages.browser.newContext({ userAgent, locale });
  await context.route(OFFICE_JS, officeJs);
  const tab = await context.newPage();
  tab.on("pageerror", (error) => pageErrors.push(error.message));
  await tab.goto(`${pages.origin}/${page}`, { waitUntil });
  return tab;
}
