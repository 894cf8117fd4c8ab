/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { OutsideOffice } from "../../src/ui/components/OutsideOffice";
import { STRINGS } from "../../src/ui/i18n";
import { isDark } from "../../src/taskpane/theme";

test("outside Office the pane links to the browser mode", () => {
  render(<OutsideOffice t={STRINGS.en} />);
  expect(screen.getByRole("link", { name: "Open the browser mode" }).getAttribute("href")).toBe(
    "app.html"
  );
});

test("theme follows the Office body background", () => {
  expect(isDark("#1F1F1F")).toBe(true);
  expect(isDark("#FFFFFF")).toBe(false);
  expect(isDark(undefined)).toBe(false);
});
