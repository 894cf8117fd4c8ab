/**
 * The built pages (dist/, rebuilt when stale) served on 127.0.0.1 with one chromium, for the
 * describe block that calls it: registers the beforeAll/afterAll that start and stop both.
 * `prepare` runs after the build and before the server starts (e.g. to make the files a test opens).
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import type { Browser } from "playwright-core";
import { ROOT } from "../cli/harness";
import { launchChromium } from "./apps";
import { distIsFresh, serveDirectory } from "./static-server";

export interface BuiltPages {
  readonly browser: Browser;
  /** e.g. http://127.0.0.1:41234, serving dist/. */
  readonly origin: string;
}

export function useBuiltPages(prepare?: () => Promise<void>): BuiltPages {
  let browser: Browser | undefined;
  let server: { origin: string; close: () => Promise<void> } | undefined;

  beforeAll(async () => {
    if (!distIsFresh(ROOT))
      execFileSync("npx", ["webpack", "--mode", "production"], { cwd: ROOT, stdio: "ignore" });
    await prepare?.();
    server = await serveDirectory(path.join(ROOT, "dist"));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    get browser() {
      if (!browser) throw new Error("the browser starts in beforeAll");
      return browser;
    },
    get origin() {
      if (!server) throw new Error("the server starts in beforeAll");
      return server.origin;
    },
  };
}
