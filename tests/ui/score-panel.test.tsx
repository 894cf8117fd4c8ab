/** @jest-environment jsdom */
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe, toHaveNoViolations } from "jest-axe";

expect.extend(toHaveNoViolations);
import { ScorePanel } from "../../src/ui/panels/ScorePanel";
import { uniformRows } from "../fixtures/catalogues";
import { fakeService, makeInputs, renderWith, withRatings } from "./fakes";
import { exampleCatalogue } from "../support/example-catalogue";

describe("Score panel", () => {
  test("Score now by keyboard shows stars, totals and issues; an issue click selects its cell", async () => {
    const user = userEvent.setup();
    const inputs = withRatings(makeInputs(), {
      "20": { f: "85", cells: { f: "条目 Clauses!G21" } },
    });
    const service = fakeService(inputs);
    renderWith(<ScorePanel />, service);

    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Score now" }));
    await user.keyboard("{Enter}");

    expect((await screen.findByTestId("star-level")).textContent).toBe("3");
    expect(screen.getByTestId("issues-count").textContent).toContain("1");
    expect(screen.getByText("Incomplete")).toBeTruthy();
    expect(screen.getByTestId("score6").textContent).toContain("400");
    expect(service.scoreAudit).toHaveBeenCalledWith("en");

    const goTo = screen.getByRole("button", { name: "Go to 条目 Clauses!G21" });
    goTo.focus();
    await user.keyboard("{Enter}");
    expect(service.select).toHaveBeenCalledWith("条目 Clauses!G21");
  });

  test("4 stars with totals; the condition table lists all three levels", async () => {
    const user = userEvent.setup();
    const service = fakeService();
    renderWith(<ScorePanel />, service);
    await user.click(screen.getByRole("button", { name: "Score now" }));
    expect((await screen.findByTestId("star-level")).textContent).toBe("4");
    expect(screen.getByTestId("score15").textContent).toContain("3,200");
    const table = screen.getByRole("table", { name: "Conditions per level" });
    expect(within(table).getAllByRole("columnheader")).toHaveLength(4);
    expect(screen.getByText("To reach 5★")).toBeTruthy();
  });

  test("a workbook of another standard: totals and conditions name its own modules", async () => {
    const user = userEvent.setup();
    const catalogue = exampleCatalogue;
    const service = fakeService(
      makeInputs({ catalogue, rows: uniformRows(catalogue, "合规", "良好", "优秀") })
    );
    renderWith(<ScorePanel />, service);
    await user.click(screen.getByRole("button", { name: "Score now" }));
    await screen.findByTestId("star-level");
    expect(screen.getByText("Modules A–B")).toBeTruthy();
    expect(screen.getByText("Module X (innovation)")).toBeTruthy();
    const table = screen.getByRole("table", { name: "Conditions per level" });
    expect(within(table).getByText("Score A–B ≥")).toBeTruthy();
    expect(within(table).getByText("Score X ≥")).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/1\.0–5\.0|\b6\.0\b|\{(cf|i)\}/);
  });

  test("an error is shown with what to do, and the panel stays usable", async () => {
    const user = userEvent.setup();
    const service = fakeService();
    service.scoreAudit.mockRejectedValueOnce(
      Object.assign(new Error("The operation failed"), { code: "InvalidOperationInCellEditMode" })
    );
    renderWith(<ScorePanel />, service);
    await user.click(screen.getByRole("button", { name: "Score now" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("The operation failed");
    expect(alert.textContent).toContain("Press Enter or Esc");
    await user.click(screen.getByRole("button", { name: "Score now" }));
    expect((await screen.findByTestId("star-level")).textContent).toContain("4");
  });

  test("a slow operation shows progress after half a second", async () => {
    const real = await fakeService().scoreAudit("en");
    jest.useFakeTimers();
    try {
      const service = fakeService();
      let finish: () => void = () => undefined;
      service.scoreAudit.mockImplementationOnce(
        () =>
          new Promise((resolve) => {
            finish = () => resolve(real);
          })
      );
      renderWith(<ScorePanel />, service);
      act(() => screen.getByRole("button", { name: "Score now" }).click());
      expect(screen.queryByText("Working…")).toBeNull();
      act(() => jest.advanceTimersByTime(600));
      expect(screen.getByText("Working…")).toBeTruthy();
      await act(async () => finish());
      expect(screen.queryByText("Working…")).toBeNull();
    } finally {
      jest.useRealTimers();
    }
  });

  test("Chinese strings when the UI language is zh", async () => {
    const user = userEvent.setup();
    renderWith(<ScorePanel />, fakeService(), "zh");
    await user.click(screen.getByRole("button", { name: "立即评分" }));
    expect(await screen.findByText("4 星")).toBeTruthy();
  });

  test("no accessibility violations with a result shown", async () => {
    const user = userEvent.setup();
    const { container } = renderWith(<ScorePanel />, fakeService());
    await user.click(screen.getByRole("button", { name: "Score now" }));
    await screen.findByTestId("star-level");
    expect(await axe(container)).toHaveNoViolations();
  });
});

test("input problems that block scoring are listed, each with a way to its cell", async () => {
  const user = userEvent.setup();
  const service = fakeService();
  const issue = {
    severity: "error" as const,
    clauseId: null,
    field: null,
    cell: "汇总 Summary!B5",
    code: "badStage",
    params: {},
    message: "The review stage is not one of the listed values.",
  };
  service.scoreAudit.mockRejectedValueOnce(
    Object.assign(new Error(issue.message), { name: "AuditInputError", issues: [issue] })
  );
  renderWith(<ScorePanel />, service);
  await user.click(screen.getByRole("button", { name: "Score now" }));
  const alert = await screen.findByRole("alert");
  expect(alert.textContent).toContain("Fix these cells");
  await user.click(within(alert).getByRole("button", { name: "Go to 汇总 Summary!B5" }));
  expect(service.select).toHaveBeenCalledWith("汇总 Summary!B5");
});
