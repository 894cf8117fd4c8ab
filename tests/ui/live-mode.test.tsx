/** @jest-environment jsdom */
import { act, fireEvent, screen } from "@testing-library/react";
import { ScorePanel } from "../../src/ui/panels/ScorePanel";
import { LIVE_DEBOUNCE_MS } from "../../src/ui/useLiveScoring";
import { fakeService, renderWith } from "./fakes";

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

test("live mode re-scores once after a burst of edits and stops when off", async () => {
  const service = fakeService();
  let notify: () => void = () => undefined;
  const unwatch = jest.fn(async () => undefined);
  service.watchRatings = jest.fn(async (onChange: () => void) => {
    notify = onChange;
    return unwatch;
  });
  renderWith(<ScorePanel />, service);

  await act(async () => {
    fireEvent.click(screen.getByRole("switch", { name: /Live mode/ }));
  });
  expect(service.watchRatings).toHaveBeenCalledTimes(1);

  // A burst of three edits → one scoring after the pause.
  act(() => {
    notify();
    jest.advanceTimersByTime(300);
    notify();
    notify();
  });
  expect(service.scoreAudit).not.toHaveBeenCalled();
  await act(async () => {
    jest.advanceTimersByTime(LIVE_DEBOUNCE_MS);
  });
  expect(service.scoreAudit).toHaveBeenCalledTimes(1);
  expect((await screen.findByTestId("star-level")).textContent).toBe("4");

  // Another edit later counts again (the port already left out the scorer's own writes:
  // tests/adapters/office/live-mode.test.ts shows that through the real Excel client).
  await act(async () => {
    notify();
    jest.advanceTimersByTime(LIVE_DEBOUNCE_MS);
  });
  expect(service.scoreAudit).toHaveBeenCalledTimes(2);

  await act(async () => {
    fireEvent.click(screen.getByRole("switch", { name: /Live mode/ }));
  });
  expect(unwatch).toHaveBeenCalledTimes(1);
});

test("a failure to watch turns live mode off and is shown", async () => {
  const service = fakeService();
  service.watchRatings = jest.fn(async () => {
    throw Object.assign(new Error("Events are not supported"), { code: "ApiNotFound" });
  });
  renderWith(<ScorePanel />, service);
  await act(async () => {
    fireEvent.click(screen.getByRole("switch", { name: /Live mode/ }));
  });
  expect(screen.getByRole("alert").textContent).toContain("Events are not supported");
  expect((screen.getByRole("switch") as HTMLInputElement).checked).toBe(false);
});

test("no live-mode switch when the host cannot report changes", () => {
  renderWith(<ScorePanel />, fakeService());
  expect(screen.queryByRole("switch")).toBeNull();
});
