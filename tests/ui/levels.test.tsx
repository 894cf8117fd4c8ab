/** @jest-environment jsdom */
/**
 * The pane with a catalogue of 1, 2, 4 or 9 levels: the star level and its words, the condition
 * table with a column per level (wide ones scroll instead of squeezing), the gap to the next level
 * and a threshold input per level in the what-if panel.
 */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { conditionsTableWidth } from "../../src/ui/components/ConditionsTable";
import { ScorePanel } from "../../src/ui/panels/ScorePanel";
import { WhatIfPanel } from "../../src/ui/panels/WhatIfPanel";
import {
  catalogueWithLevels,
  perfectRows,
  SOME_LEVEL_COUNTS,
  starsOfLevels,
} from "../fixtures/levels";
import { fakeService, makeInputs, renderWith } from "./fakes";

function inputsFor(count: number, years: number) {
  const catalogue = catalogueWithLevels(count);
  return makeInputs({ catalogue, rows: perfectRows(catalogue), years });
}

describe.each(SOME_LEVEL_COUNTS)("a catalogue of %i level(s)", (count) => {
  const stars = starsOfLevels(count);

  test("Score now: the level reached, a column per level, the gap to the next", async () => {
    const user = userEvent.setup();
    renderWith(<ScorePanel />, fakeService(inputsFor(count, 0)));
    await user.click(screen.getByRole("button", { name: "Score now" }));
    expect((await screen.findByTestId("star-level")).textContent).toBe("1");
    expect(screen.getByRole("group", { name: "Star level: 1 star" })).toBeTruthy();
    const table = screen.getByRole("table", { name: "Conditions per level" });
    const headers = within(table).getAllByRole("columnheader");
    expect(headers.slice(1).map((h) => h.textContent)).toEqual(
      stars.map((n, k) => `${n}★ ${k === 0 ? "✓" : ""}`)
    );
    // Five conditions, each with a verdict in every level's column.
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(within(row).getAllByRole("cell")).toHaveLength(1 + count);
    expect((table.parentElement as HTMLElement).style.minWidth).toBe(
      `${conditionsTableWidth(count)}px`
    );
    if (count > 1) expect(screen.getByText(`To reach ${stars[1]}★`)).toBeTruthy();
    else expect(screen.queryByText(/To reach/)).toBeNull();
  });

  test("what-if: a years input per level; no years for the second level reaches it", async () => {
    const user = userEvent.setup();
    renderWith(<WhatIfPanel />, fakeService(inputsFor(count, 0)));
    await user.click(screen.getByRole("button", { name: "Load the current ratings" }));
    expect((await screen.findByTestId("what-if-star-level")).textContent).toBe("1");
    await user.click(screen.getByText("Thresholds"));
    const group = screen.getByRole("group", { name: "Years" });
    const inputs = within(group).getAllByRole("spinbutton");
    expect(inputs).toHaveLength(count);
    for (const n of stars)
      expect(within(group).getByRole("spinbutton", { name: `${n}★` })).toBeTruthy();
    // The second level (the first with one level) needs no years now: it is reached.
    const next = Math.min(1, count - 1);
    const field = within(group).getByRole("spinbutton", { name: `${stars[next]}★` });
    await user.clear(field);
    await user.type(field, "0");
    expect(screen.getByTestId("what-if-star-level").textContent).toBe(String(stars[next]));
  });
});

test("in Chinese, one level reads 1 星", async () => {
  const user = userEvent.setup();
  renderWith(<ScorePanel />, fakeService(inputsFor(1, 0)), "zh");
  await user.click(screen.getByRole("button", { name: /评分|Score/ }));
  await screen.findByTestId("star-level");
  expect(screen.getByRole("group", { name: /1 星$/ })).toBeTruthy();
});
