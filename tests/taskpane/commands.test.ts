/** @jest-environment jsdom */
/**
 * Score now from the ribbon: the same action as the Score panel over the Office port; success
 * selects the star cell, failure is kept (with what to do) for the pane, never dropped.
 */
import { createOfficePort } from "../../src/adapters/office/port";
import { runScoreNow } from "../../src/commands/scoreNow";
import { takeOutcome } from "../../src/commands/outcome";
import { epmV1 } from "../../src/catalogues";
import { createOrUpgrade } from "../../src/workbook/actions";
import { FakeBook, fakeRunner } from "../office/fakeExcel";

function setup() {
  const book = new FakeBook();
  const { run } = fakeRunner(book);
  return {
    book,
    port: createOfficePort({ run, capabilities: { validationLists: true, pageLayout: true } }),
  };
}

test("success: the result is written and the star level cell is selected", async () => {
  const { book, port } = setup();
  await createOrUpgrade(port, { lang: "zh", catalogue: epmV1, years: 4 });
  const outcome = await runScoreNow({ port, lang: "zh", now: () => new Date(0) });
  expect(outcome).toEqual({ time: "1970-01-01T00:00:00.000Z", ok: true, stars: 0 });
  const stars = book.names.get("EpmStars")!;
  expect(book.selected).toBe(`${stars.sheet}!${stars.row},${stars.col}`);
  expect(takeOutcome()).toEqual(outcome);
  expect(takeOutcome()).toBeNull();
});

test("failure on a workbook without the audit sheets: kept for the pane with a hint", async () => {
  const { port } = setup();
  const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
  const outcome = await runScoreNow({ port, lang: "en" });
  expect(outcome.ok).toBe(false);
  expect(outcome.message).toBeTruthy();
  expect(outcome.hint).toBeTruthy();
  expect(spy).toHaveBeenCalled();
  expect(takeOutcome()).toEqual(outcome);
  spy.mockRestore();
});
