import { commandNotice } from "../../src/ui/commandNotice";

const at = "2025-06-01T08:00:00.000Z";

test("the ribbon's outcome in the pane names the level as the result view does", () => {
  expect(commandNotice({ time: at, ok: true, stars: 1 }, "en")?.text).toBe("Score now: 1 star");
  expect(commandNotice({ time: at, ok: true, stars: 4 }, "en")?.text).toBe("Score now: 4 stars");
  expect(commandNotice({ time: at, ok: true, stars: 0 }, "en")?.text).toBe(
    "Score now: Not certified"
  );
  expect(commandNotice({ time: at, ok: true, stars: 5 }, "zh")).toEqual({
    intent: "success",
    text: "立即评分: 5 星",
  });
});

test("a failed Score now shows its message and hint; no outcome shows nothing", () => {
  expect(
    commandNotice({ time: at, ok: false, message: "Cell B4 is invalid.", hint: "Fix it." }, "en")
  ).toEqual({ intent: "error", text: "Score now: Cell B4 is invalid. Fix it." });
  expect(commandNotice(null, "zh")).toBeNull();
});
