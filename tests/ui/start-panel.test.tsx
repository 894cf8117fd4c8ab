/** @jest-environment jsdom */
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe, toHaveNoViolations } from "jest-axe";
import { StartPanel } from "../../src/ui/panels/StartPanel";
import { fakeService, makeInputs, renderWith } from "./fakes";

expect.extend(toHaveNoViolations);

describe("Start panel", () => {
  test("language, stage and years by keyboard, then create", async () => {
    const user = userEvent.setup();
    const service = fakeService();
    renderWith(<StartPanel />, service, "zh");

    // Radio groups move with the arrow keys.
    screen.getByRole("radio", { name: "中文" }).focus();
    await user.keyboard("{ArrowRight}");
    expect(
      (screen.getByRole("radio", { name: "英文（English）" }) as HTMLInputElement).checked
    ).toBe(true);
    screen.getByRole("radio", { name: "基线评审" }).focus();
    await user.keyboard("{ArrowRight}");
    await user.type(screen.getByRole("textbox", { name: /运营年限/ }), "3");
    screen.getByRole("button", { name: "创建或升级工作簿" }).focus();
    await user.keyboard("{Enter}");

    expect(service.createOrUpgrade).toHaveBeenCalledWith({ lang: "en", stage: "final", years: 3 });
    expect((await screen.findByText("已创建工作簿，共 211 行条目。")).textContent).toBeTruthy();
  });

  test("an upgrade reports added and kept rows", async () => {
    const user = userEvent.setup();
    const service = fakeService();
    service.createOrUpgrade.mockResolvedValueOnce({ created: false, addedRows: 2, keptRows: 209 });
    renderWith(<StartPanel />, service);
    await user.click(screen.getByRole("button", { name: "Create or upgrade workbook" }));
    expect(
      await screen.findByText(
        "Workbook upgraded: 2 clause rows added, 209 kept with their ratings."
      )
    ).toBeTruthy();
    expect(service.createOrUpgrade).toHaveBeenCalledWith({
      lang: "en",
      stage: "baseline",
      years: undefined,
    });
  });

  test("says what the workbook holds when the tab opens, and again after Create", async () => {
    const user = userEvent.setup();
    const service = fakeService();
    const catalogue = makeInputs().catalogue;
    service.describeWorkbook = jest
      .fn()
      .mockResolvedValueOnce({ audit: null })
      .mockResolvedValueOnce({ audit: { catalogue, clauseRows: 211 } });
    renderWith(<StartPanel />, service);
    expect((await screen.findByTestId("workbook-state")).textContent).toBe(
      "This workbook holds no audit yet: Create adds the Clauses, Summary and Weights sheets."
    );
    await user.click(screen.getByRole("button", { name: "Create or upgrade workbook" }));
    expect(await screen.findByText(/holds an audit of/)).toBeTruthy();
    expect(screen.getByTestId("workbook-state").textContent).toBe(
      `This workbook holds an audit of ${catalogue.name.en} (${catalogue.id} ${catalogue.version}) with 211 clause rows. Upgrading adds what is missing and keeps the ratings.`
    );
    expect(service.describeWorkbook).toHaveBeenCalledTimes(2);
    expect(service.describeWorkbook).toHaveBeenCalledWith("en");
  });

  test("a workbook that cannot be read says why when the tab opens, and Create stays possible", async () => {
    const user = userEvent.setup();
    const service = fakeService();
    service.describeWorkbook = jest
      .fn()
      .mockRejectedValueOnce(new Error("The workbook is busy"))
      .mockResolvedValue({ audit: null });
    renderWith(<StartPanel />, service);
    expect(await screen.findByText(/The workbook is busy/)).toBeTruthy();
    expect(screen.queryByTestId("workbook-state")).toBeNull();
    await user.click(screen.getByRole("button", { name: "Create or upgrade workbook" }));
    expect(service.createOrUpgrade).toHaveBeenCalled();
  });

  test("invalid years block creation and say what to enter", async () => {
    const user = userEvent.setup();
    renderWith(<StartPanel />, fakeService());
    await user.type(screen.getByRole("textbox", { name: /Operating years/ }), "-2");
    expect(screen.getByText(/Enter a number of years/)).toBeTruthy();
    expect(
      (screen.getByRole("button", { name: "Create or upgrade workbook" }) as HTMLButtonElement)
        .disabled
    ).toBe(true);
  });

  test("a host without dropdowns gets a warning", () => {
    renderWith(<StartPanel />, fakeService(), "en", { validationLists: false });
    expect(screen.getByText(/no dropdown lists/)).toBeTruthy();
  });

  test("no accessibility violations", async () => {
    const { container } = renderWith(<StartPanel />, fakeService());
    expect(await axe(container)).toHaveNoViolations();
  });
});

test("the Diagnostics line shows what the host reported, selectable for a support email", () => {
  const line = "Excel PC 16.0.10827.20181 · ExcelApi 1.1–1.7 · Internet Explorer 11 (Trident)";
  renderWith(<StartPanel />, fakeService(), "zh", { validationLists: false, diagnostics: line });
  expect(screen.getByTestId("diagnostics").textContent).toBe(
    `诊断信息（可复制到支持邮件中）: ${line}`
  );
});

test("no Diagnostics line outside Excel", () => {
  renderWith(<StartPanel />, fakeService());
  expect(screen.queryByTestId("diagnostics")).toBeNull();
});
