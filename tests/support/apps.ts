/**
 * Real applications the end-to-end tests drive (Debian's chromium and LibreOffice). On a machine
 * without them the tests are skipped with a notice — unless REQUIRE_APPS=1 (set by .ci/run), where
 * a missing application fails the run instead of hiding the tests.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export function findExecutable(candidates: string[]): string | null {
  for (const candidate of candidates) {
    if (candidate.startsWith("/")) {
      if (existsSync(candidate)) return candidate;
      continue;
    }
    try {
      const found = execFileSync("sh", ["-c", `command -v ${candidate}`], {
        encoding: "utf8",
      }).trim();
      if (found) return found;
    } catch {
      // not on PATH: try the next name
    }
  }
  return null;
}

export const chromiumPath = findExecutable(["/usr/bin/chromium", "chromium"]);
export const sofficePath = findExecutable(["soffice", "libreoffice", "/usr/bin/soffice"]);
export const pdftoppmPath = findExecutable(["pdftoppm"]);

/** `describe` when the app exists; otherwise skip with a notice, or fail when REQUIRE_APPS=1. */
export function describeWithApp(
  app: string,
  path: string | null,
  name: string,
  body: () => void
): void {
  if (path) {
    describe(name, body);
    return;
  }
  if (process.env.REQUIRE_APPS === "1") {
    describe(name, () => {
      test(`${app} is installed`, () => {
        throw new Error(
          `${app} is required (REQUIRE_APPS=1) but was not found; .ci/run installs it with apt`
        );
      });
    });
    return;
  }
  console.warn(
    `skipping "${name}": ${app} is not installed (apt-get install ${app === "LibreOffice" ? "libreoffice-calc-nogui" : "chromium"})`
  );
  describe.skip(name, body);
}

/**
 * Debian's chromium, headless, as root, on a closed network: without the background-networking
 * flags it keeps trying to reach Google's hosts.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath as string,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}
