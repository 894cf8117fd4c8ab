/** @jest-environment jsdom */
/**
 * Score now from the ribbon, through Microsoft's Excel client against the emulated host: the
 * function registers at module top level, success selects the star cell in the write's own batch
 * (one read, one write), failure is kept (with what to do) for the pane, never dropped, and the
 * event is always completed.
 */
import { createOfficePort } from "../../src/adapters/office/port";
import { runScoreNow } from "../../src/commands/scoreNow";
import { takeOutcome } from "../../src/services/commandOutcome";
import { ERROR_HINTS } from "../../src/services/messages";
import { epmV1 } from "../../src/catalogues";
import { createOrUpgrade } from "../../src/workbook/actions";
import { ExcelHost } from "../support/excel-host/host";
import { EXCEL_2019, EXCEL_365_WEB, PROFILES } from "../support/excel-host/profiles";

// Ports keep what they learn in localStorage (adapters/office/memory.ts): each test starts afresh.
beforeEach(() => localStorage.clear());

test.each([EXCEL_2019, EXCEL_365_WEB])(
  "success on $name: the result is written and the star level cell is selected",
  async (profile) => {
    const host = new ExcelHost(profile);
    const port = createOfficePort();
    await createOrUpgrade(port, { lang: "zh", catalogue: epmV1, years: 4 });
    const before = host.roundTrips;
    const outcome = await runScoreNow({ port, lang: "zh", now: () => new Date(0) });
    expect(outcome).toEqual({ time: "1970-01-01T00:00:00.000Z", ok: true, stars: 0 });
    // One read, one write (the selection rides in the write's batch).
    expect(host.roundTrips - before).toBe(2);
    const stars = host.model.names.get("epmstars")!.area!;
    expect(host.selected).toBe(
      `'汇总 Summary'!${String.fromCharCode(65 + stars.col)}${stars.row + 1}`
    );
    expect(takeOutcome()).toEqual(outcome);
    expect(takeOutcome()).toBeNull();
  }
);

test("failure on a workbook without the audit sheets: kept for the pane with a hint", async () => {
  new ExcelHost(EXCEL_365_WEB);
  const port = createOfficePort();
  const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
  const outcome = await runScoreNow({ port, lang: "en" });
  expect(outcome.ok).toBe(false);
  expect(outcome.message).toBeTruthy();
  // The pane's hint for the same error, from the service layer's table.
  expect(Object.values(ERROR_HINTS).map((hint) => hint.en)).toContain(outcome.hint);
  expect(spy).toHaveBeenCalled();
  expect(takeOutcome()).toEqual(outcome);
  spy.mockRestore();
});

describe("the function file", () => {
  type Registered = (event: { completed: () => void }) => Promise<void>;
  const office = () => (globalThis as unknown as { Office: Record<string, unknown> }).Office;

  function loadCommands(onReady: () => Promise<unknown>) {
    new ExcelHost(EXCEL_365_WEB);
    const associate = jest.fn();
    office().actions = { associate };
    office().onReady = jest.fn(onReady);
    jest.isolateModules(() => require("../../src/commands/commands"));
    return associate;
  }

  test("registers scoreNow at module top level, before Office is ready", () => {
    const associate = loadCommands(() => new Promise(() => undefined));
    expect(associate).toHaveBeenCalledWith("scoreNow", expect.any(Function));
    expect(typeof (globalThis as unknown as Record<string, unknown>).scoreNow).toBe("function");
  });

  test.each(
    (["propagate", "throw"] as const).flatMap((mode) =>
      PROFILES.map((p) => [mode, p.name, p] as const)
    )
  )(
    "null objects' children %s, %s: each click is one read and one write, the first one included",
    async (nullChildren, _name, profile) => {
      const host = new ExcelHost(profile, { nullChildren });
      // The pane made the audit (its port keeps what it learned; the command's page finds it).
      await createOrUpgrade(createOfficePort(), { lang: "zh", catalogue: epmV1, years: 4 });
      const associate = jest.fn();
      office().actions = { associate };
      office().onReady = jest.fn(() => Promise.resolve({ host: "Excel" }));
      jest.isolateModules(() => require("../../src/commands/commands"));
      const click = associate.mock.calls[0][1] as Registered;
      for (let k = 0; k < 3; k++) {
        const before = host.roundTrips;
        const completed = jest.fn();
        await click({ completed });
        expect(completed).toHaveBeenCalledTimes(1);
        expect(takeOutcome()).toMatchObject({ ok: true, stars: 0 });
        expect(host.roundTrips - before).toBe(2);
      }
      expect(host.selected).toMatch(/^'汇总 Summary'!/);
      expect(host.batches.filter((b) => b.error)).toEqual([]);
    }
  );

  test("completes its event even when Office never becomes ready for it", async () => {
    const associate = loadCommands(() => Promise.reject(new Error("host went away")));
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const completed = jest.fn();
    await (associate.mock.calls[0][1] as Registered)({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(takeOutcome()).toMatchObject({ ok: false, message: expect.stringMatching(/went away/) });
    spy.mockRestore();
  });
});
