/** @jest-environment jsdom */
import { act, renderHook } from "@testing-library/react";
import { numberOfText, useNumberText } from "../../../src/ui/hooks/useNumberText";

function bound(initial: number, percent = false) {
  const onValue = jest.fn();
  const view = renderHook(({ value }) => useNumberText(value, onValue, percent), {
    initialProps: { value: initial },
  });
  return { onValue, ...view };
}

describe("useNumberText", () => {
  test("shows the value, in percent for a fraction, without float noise", () => {
    expect(bound(300).result.current.text).toBe("300");
    expect(bound(0.7, true).result.current.text).toBe("70");
    expect(bound(0.1 + 0.2).result.current.text).toBe("0.3");
  });

  test("reports each valid number as it is typed, and keeps the typed text", () => {
    const { result, onValue, rerender } = bound(0.7, true);
    act(() => result.current.setText("8"));
    expect(onValue).toHaveBeenLastCalledWith(0.08);
    rerender({ value: 0.08 });
    act(() => result.current.setText("8."));
    rerender({ value: 0.08 });
    expect(result.current.text).toBe("8.");
    expect(result.current.valid).toBe(true);
  });

  test("blank or negative text is invalid and not reported", () => {
    const { result, onValue } = bound(5);
    act(() => result.current.setText(""));
    expect(result.current.valid).toBe(false);
    act(() => result.current.setText("-1"));
    expect(result.current.valid).toBe(false);
    expect(onValue).not.toHaveBeenCalled();
  });

  test("a value changed elsewhere (a preset, an import) replaces the typed text", () => {
    const { result, rerender } = bound(5);
    act(() => result.current.setText(""));
    rerender({ value: 7 });
    expect(result.current.text).toBe("7");
    expect(result.current.valid).toBe(true);
  });
});

test.each([
  ["12", false, 12],
  ["12", true, 0.12],
  [" 0 ", false, 0],
  ["", false, null],
  ["abc", false, null],
  ["-0.5", false, null],
])("numberOfText(%j, percent %s) is %s", (text, percent, expected) => {
  expect(numberOfText(text, percent)).toBe(expected);
});
