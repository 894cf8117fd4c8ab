/** @jest-environment jsdom */
/**
 * The pane reads like the report: each top gain shows its module and own-words summary and
 * selects its row when clicked; shortfalls have their units and plurals right in en and zh.
 */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { score } from "../../src/core/score";
import { ScorePanel } from "../../src/ui/panels/ScorePanel";
import { fakeService, makeInputs, renderWith, withRatings } from "./fakes";

test("a top gain shows module and summary, and a click selects its row", async () => {
  const user = userEvent.setup();
  const base = makeInputs({ years: 4 });
  const first = score(base, "en").gap!.topGains[0].id;
  const inputs = withRatings(base, { [first]: { cells: { id: "条目 Clauses!A99" } } });
  const service = fakeService(inputs);
  renderWith(<ScorePanel />, service);
  await user.click(screen.getByRole("button", { name: "Score now" }));

  const item = await screen.findByTestId(`gain-${first}`);
  const module = inputs.catalogue.modules.find((m) =>
    m.items.some((it) => it.clauses.some((c) => c.id === first))
  )!;
  const summary = module.items.flatMap((it) => it.clauses).find((c) => c.id === first)!.summary;
  expect(item.textContent).toContain(`${module.id} ${module.name.en}`);
  expect(item.textContent).toContain(summary.en);
  await user.click(within(item).getByRole("button"));
  expect(service.select).toHaveBeenCalledWith("条目 Clauses!A99");
  // One year short of 5★: singular in English.
  expect(screen.getByText("1 more operating year")).toBeTruthy();
});

test("in Chinese: the shortfall with its unit and the summary in Chinese", async () => {
  const user = userEvent.setup();
  const inputs = makeInputs({ years: 4 });
  const first = score(inputs, "zh").gap!.topGains[0].id;
  renderWith(<ScorePanel />, fakeService(inputs), "zh");
  await user.click(screen.getByRole("button", { name: /评分/ }));
  expect(await screen.findByText("还差 1 年运营年限")).toBeTruthy();
  const zhSummary = inputs.catalogue.modules
    .flatMap((m) => m.items.flatMap((it) => it.clauses))
    .find((c) => c.id === first)!.summary.zh;
  expect((await screen.findByTestId(`gain-${first}`)).textContent).toContain(zhSummary);
});
