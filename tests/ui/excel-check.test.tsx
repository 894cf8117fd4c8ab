/** @jest-environment jsdom */
/**
 * The Start tab's "Check this Excel": disabled outside Excel with the reason; in Excel it asks
 * first (undo history), runs, shows one table row per check with its outcome, and copies a plain
 * report led by the Diagnostics line. The checks themselves are tested against the emulated host
 * (tests/adapters/office/excel-check.test.ts); here the host's runner is a fake.
 */
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { CheckReport } from "../../src/adapters/office/excel-check";
import { StartPanel } from "../../src/ui/panels/StartPanel";
import { fakeService, renderWith } from "./fakes";

const REPORT: CheckReport = {
  results: [
    {
      id: "nullChildren",
      expected: "null objects",
      observed: "the batch failed (InvalidArgument)",
      outcome: "differs",
      detail: "InvalidArgument: GetDataBodyRange of a null object",
    },
    { id: "quotePrefix", expected: "text", observed: 'values ["=1+1"]', outcome: "as assumed" },
    {
      id: "cellEdit",
      expected: "DelayForCellEdit",
      observed: "not available on this Excel",
      outcome: "not available",
    },
    {
      id: "audit",
      expected: "scored",
      observed: "the audit failed (AccessDenied)",
      outcome: "failed",
      detail: "AccessDenied: denied",
    },
  ],
  leftovers: [],
};

// Fluent's dialog and table take a while in jsdom on a busy machine.
const SLOW = { timeout: 5000 };

describe("Check this Excel", () => {
  test("outside Excel the button is disabled and says why", () => {
    renderWith(<StartPanel />, fakeService());
    expect(
      (screen.getByRole("button", { name: "Check this Excel" }) as HTMLButtonElement).disabled
    ).toBe(true);
    expect(screen.getByText(/Available in Excel only/)).toBeTruthy();
  });

  test("asks first: Cancel runs nothing", async () => {
    const user = userEvent.setup();
    const excelCheck = jest.fn(async () => REPORT);
    renderWith(<StartPanel />, fakeService(), "en", { validationLists: true, excelCheck });
    await user.click(screen.getByRole("button", { name: "Check this Excel" }));
    expect(await screen.findByText(/undo history is cleared/, {}, SLOW)).toBeTruthy();
    await user.click(await screen.findByRole("button", { name: "Cancel" }, SLOW));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull(), SLOW);
    expect(excelCheck).not.toHaveBeenCalled();
  });

  // A fresh render: reopening Fluent's dialog right after it closed is slow and flaky in jsdom.
  test("runs once asked, shows the table and copies a plain report", async () => {
    const user = userEvent.setup();
    const excelCheck = jest.fn(async (onResult?: (r: never, n: number, total: number) => void) => {
      onResult?.(REPORT.results[0] as never, 1, 4);
      return REPORT;
    });
    const writeText = jest.fn(async () => undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    renderWith(<StartPanel />, fakeService(), "en", {
      validationLists: true,
      diagnostics: "Excel PC 16.0.1 · ExcelApi 1.1–1.7 · Chromium 120",
      excelCheck,
    });

    await user.click(screen.getByRole("button", { name: "Check this Excel" }));
    await user.click(await screen.findByRole("button", { name: "Run the check" }, SLOW));
    const table = await screen.findByRole("table", { name: "Check this Excel" }, SLOW);
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((row) => within(row).getAllByRole("cell")[1].textContent)).toEqual([
      "differs (the add-in's fallback is used)",
      "as assumed",
      "not available",
      "failed",
    ]);
    expect(within(rows[0]).getByText(/GetDataBodyRange of a null object/)).toBeTruthy();
    expect(screen.getByText("All of the check's sheets and names were removed.")).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Copy report" }));
    expect(writeText).toHaveBeenCalledTimes(1);
    const text = (writeText.mock.calls[0] as unknown as [string])[0];
    expect(text.split("\n")).toEqual([
      "EPM Star Scorer: Check this Excel",
      "Diagnostics (copy into a support email): Excel PC 16.0.1 · ExcelApi 1.1–1.7 · Chromium 120",
      "DIFFERS | Children of missing objects | expected: null objects | observed: the batch failed (InvalidArgument) | InvalidArgument: GetDataBodyRange of a null object",
      'AS ASSUMED | Text with the quote prefix | expected: text | observed: values ["=1+1"]',
      "NOT AVAILABLE | Changes while a cell is being edited | expected: DelayForCellEdit | observed: not available on this Excel",
      "FAILED | Create → rate → Score (small audit) | expected: scored | observed: the audit failed (AccessDenied) | AccessDenied: denied",
      "Leftovers: none",
    ]);
    expect(await screen.findByText(/Report copied/, {}, SLOW)).toBeTruthy();
  });

  test("in Chinese, with leftovers reported", async () => {
    const user = userEvent.setup();
    const excelCheck = jest.fn(async () => ({ ...REPORT, leftovers: ["sheet EpmCheck3"] }));
    renderWith(<StartPanel />, fakeService(), "zh", { validationLists: true, excelCheck });
    await user.click(screen.getByRole("button", { name: "检查此 Excel" }));
    await user.click(await screen.findByRole("button", { name: "运行检查" }, SLOW));
    expect(
      await screen.findByText("无法删除：sheet EpmCheck3。请手动删除。", {}, SLOW)
    ).toBeTruthy();
    expect(screen.getByText("缺失对象的子对象")).toBeTruthy();
  });
});
