/** @jest-environment jsdom */
/**
 * "Use a catalogue file…" on the Start tab (the Excel pane and the browser page share it): a valid
 * file goes to Create; an invalid one shows each error at its JSON path, in the user's language,
 * and Create keeps the bundled standard.
 */
import { readFileSync } from "node:fs";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StartPanel } from "../../src/ui/panels/StartPanel";
import { EXAMPLE_CATALOGUE_FILE, exampleCatalogue } from "../support/example-catalogue";
import { fakeService, renderWith } from "./fakes";

const exampleText = readFileSync(EXAMPLE_CATALOGUE_FILE, "utf8");
const jsonFile = (name: string, text: string) =>
  new File([text], name, { type: "application/json" });

test("a valid catalogue file is named and Create uses it", async () => {
  const user = userEvent.setup();
  const service = fakeService();
  renderWith(<StartPanel />, service, "en");
  await user.upload(
    screen.getByLabelText("Use a catalogue file…"),
    jsonFile("service.json", exampleText)
  );
  expect(
    await screen.findByText(
      "Create uses the catalogue file service.json: Service Operations Lite (example) (SVC-LITE 0.1)."
    )
  ).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "Create or upgrade workbook" }));
  expect(service.createOrUpgrade).toHaveBeenCalledWith({
    lang: "en",
    stage: "baseline",
    years: undefined,
    catalogue: exampleCatalogue,
  });

  // Back to the bundled standard: Create is given no catalogue.
  await user.click(screen.getByRole("button", { name: "Use the bundled standard" }));
  await user.click(screen.getByRole("button", { name: "Create or upgrade workbook" }));
  expect(service.createOrUpgrade).toHaveBeenLastCalledWith({
    lang: "en",
    stage: "baseline",
    years: undefined,
  });
});

test("an invalid file shows each error at its JSON path in the user's language; Create keeps the bundled standard", async () => {
  const user = userEvent.setup();
  const service = fakeService();
  renderWith(<StartPanel />, service, "zh");
  const broken = JSON.parse(exampleText);
  delete broken.rules.years;
  broken.modules[0].points = "60";
  await user.upload(
    screen.getByLabelText("使用标准文件…"),
    jsonFile("broken.json", JSON.stringify(broken))
  );
  expect(await screen.findByText(/broken\.json 不是有效的标准文件/)).toBeTruthy();
  expect(screen.getByText("$.rules.years: 缺少必填的键“years”（须为数组 […]）")).toBeTruthy();
  expect(screen.getByText("$.modules[0].points: 须为数字")).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "创建或升级工作簿" }));
  expect(service.createOrUpgrade).toHaveBeenCalledWith({
    lang: "zh",
    stage: "baseline",
    years: undefined,
  });
});

test("a file that is not JSON says so at $", async () => {
  const user = userEvent.setup();
  renderWith(<StartPanel />, fakeService(), "en");
  await user.upload(screen.getByLabelText("Use a catalogue file…"), jsonFile("notes.json", "{id:"));
  expect(await screen.findByText(/^\$: not valid JSON: /)).toBeTruthy();
});
