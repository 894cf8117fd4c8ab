/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { OfficeUnavailable } from "../../src/ui/components/OfficeUnavailable";
import { STRINGS } from "../../src/ui/i18n";

const CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

test("blocked Office.js: names the address, the host to allow and the ways to score anyway", () => {
  render(
    <OfficeUnavailable t={STRINGS.en} reason="officeJsMissing" url={CDN} timeoutSeconds={10} />
  );
  const box = screen.getByRole("alert");
  expect(box.textContent).toContain("Office.js could not be loaded");
  expect(box.textContent).toContain(CDN);
  expect(box.textContent).toContain("allow appsforoffice.microsoft.com");
  expect(box.textContent).toContain("epm-scorer score");
  expect(screen.getByRole("link").getAttribute("href")).toBe("app.html");
});

test("Office.js that did not start: says how long the pane waited, in Chinese", () => {
  render(
    <OfficeUnavailable t={STRINGS.zh} reason="officeJsTimeout" url={CDN} timeoutSeconds={10} />
  );
  const box = screen.getByRole("alert");
  expect(box.textContent).toContain("Office.js 未能启动");
  expect(box.textContent).toContain("10 秒");
  expect(box.textContent).not.toContain("{");
});
