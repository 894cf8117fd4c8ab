/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe, toHaveNoViolations } from "jest-axe";
import { App } from "../../src/ui/App";
import { fakeService, renderWith } from "./fakes";

expect.extend(toHaveNoViolations);

test("tabs by keyboard; the official result is shared with the what-if panel", async () => {
  const user = userEvent.setup();
  const service = fakeService();
  const { container } = renderWith(<App />, service);
  // Arrow-key movement between tabs is Tabster's (it needs layout, which jsdom lacks); what is
  // ours is that a focused tab opens its panel from the keyboard.
  screen.getByRole("tab", { name: "Score" }).focus();
  await user.keyboard("{Enter}");
  expect(screen.getByRole("tab", { name: "Score" }).getAttribute("aria-selected")).toBe("true");
  await user.click(screen.getByRole("button", { name: "Score now" }));
  await screen.findByTestId("star-level");

  await user.click(screen.getByRole("tab", { name: "What-if" }));
  // Inputs of the last scoring are reused: no extra read.
  expect(screen.getByTestId("what-if-star-level").textContent).toBe("4");
  expect(service.readAudit).not.toHaveBeenCalled();
  expect(await axe(container)).toHaveNoViolations();
});

test("a notice from the ribbon's Score now is shown above the panels", () => {
  renderWith(<App notice={{ intent: "error", text: "Score now: failed" }} />, fakeService());
  expect(screen.getByText("Score now: failed")).toBeTruthy();
});
