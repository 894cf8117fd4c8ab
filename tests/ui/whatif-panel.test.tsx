/** @jest-environment jsdom */
import { fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe, toHaveNoViolations } from "jest-axe";
import { WhatIfPanel } from "../../src/ui/panels/WhatIfPanel";
import { fakeService, makeInputs, renderWith, withRatings } from "./fakes";

expect.extend(toHaveNoViolations);

async function loaded() {
  const user = userEvent.setup();
  const service = fakeService();
  const view = renderWith(<WhatIfPanel />, service);
  await user.click(screen.getByRole("button", { name: "Load the current ratings" }));
  await screen.findByTestId("what-if-star-level");
  return { user, service, ...view };
}

describe("What-if panel", () => {
  test("a threshold change recomputes in the pane; nothing is written", async () => {
    const { user, service } = await loaded();
    expect(screen.getByTestId("what-if-star-level").textContent).toBe("4");

    await user.click(screen.getByText("Thresholds"));
    const group = screen.getByRole("group", { name: "Score 1.0–5.0 %" });
    const fiveStars = within(group).getByRole("spinbutton", { name: "5★" });
    await user.clear(fiveStars);
    await user.type(fiveStars, "80");

    expect(screen.getByTestId("what-if-star-level").textContent).toBe("5");
    expect(service.applyProfile).not.toHaveBeenCalled();
    expect(service.scoreAudit).not.toHaveBeenCalled();
  });

  test("the strict-compliance switch recomputes with 部分合规 not compliant, and exports the rule", async () => {
    const user = userEvent.setup();
    const service = fakeService(withRatings(makeInputs(), { "20": { c: "部分合规" } }));
    renderWith(<WhatIfPanel />, service);
    await user.click(screen.getByRole("button", { name: "Load the current ratings" }));
    // The half credit costs points (3★), but 部分合规 still counts as method-compliant.
    expect((await screen.findByTestId("what-if-star-level")).textContent).toBe("3");

    await user.click(screen.getByText("Thresholds"));
    await user.click(screen.getByRole("switch", { name: /Strict reading: partial compliance/ }));
    expect(screen.getByTestId("what-if-star-level").textContent).toBe("0");
    expect(service.applyProfile).not.toHaveBeenCalled();

    await user.click(screen.getByText("Export profile JSON"));
    const exported = screen.getByRole("textbox", { name: "Current weights as profile JSON" });
    expect(JSON.parse((exported as HTMLTextAreaElement).value)).toEqual({
      rules: { strictCompliance: true },
    });
  });

  test("module points change the totals and the per-module delta", async () => {
    const { user } = await loaded();
    const field = screen.getByRole("spinbutton", { name: "4.0" });
    await user.clear(field);
    await user.type(field, "1200");
    expect(screen.getByTestId("what-if-score15").textContent).toBe("3,680");
    expect(screen.getByTestId("delta-4.0").textContent).toBe("+480");
    expect(screen.getByTestId("delta-1.0").textContent).toBe("0");
  });

  test("a preset from the core, then Apply writes the profile and re-scores", async () => {
    const { user, service } = await loaded();
    await user.click(screen.getByRole("combobox", { name: "Preset" }));
    await user.click(screen.getByRole("option", { name: "Equal points per clause (4000 in all)" }));
    // 1.0 goes from 300 to 17 × 20 = 340 points; at ratio 0.8 its score gains 32.
    expect(screen.getByTestId("delta-1.0").textContent).toBe("+32");

    await user.click(screen.getByRole("button", { name: "Apply to workbook and re-score" }));
    expect(service.applyProfile).toHaveBeenCalledTimes(1);
    const [profile, lang] = service.applyProfile.mock.calls[0];
    expect(lang).toBe("en");
    expect(profile.name).toBe("equal points per clause");
    expect(profile.modules?.["1.0"]).toBeCloseTo(340);
    expect(await screen.findByText(/Weights written/)).toBeTruthy();
  });

  test("an invalid import names the JSON path; a valid one is used", async () => {
    const { user } = await loaded();
    await user.click(screen.getByText("Import profile JSON"));
    const box = screen.getByRole("textbox", { name: "Paste profile JSON" });
    fireEvent.change(box, { target: { value: '{"modules":{"9.0":100},"cap6":-1}' } });
    await user.click(screen.getByRole("button", { name: "Use this profile" }));
    const errors = screen.getByTestId("import-errors").textContent ?? "";
    expect(errors).toContain("$.cap6");

    fireEvent.change(box, { target: { value: '{"modules":{"9.0":100}}' } });
    await user.click(screen.getByRole("button", { name: "Use this profile" }));
    expect(screen.getByTestId("import-errors").textContent).toContain("$.modules.9.0");

    fireEvent.change(box, { target: { value: "{oops" } });
    await user.click(screen.getByRole("button", { name: "Use this profile" }));
    expect(screen.getByText(/This is not valid JSON/)).toBeTruthy();

    fireEvent.change(box, { target: { value: '{"rules":{"score15":[0.7,0.8,0.8]}}' } });
    await user.click(screen.getByRole("button", { name: "Use this profile" }));
    expect(screen.getByTestId("what-if-star-level").textContent).toBe("5");
  });

  test("export shows the draft as weight profile JSON", async () => {
    const { user } = await loaded();
    const field = screen.getByRole("spinbutton", { name: "6.0 cap" });
    await user.clear(field);
    await user.type(field, "500");
    await user.click(screen.getByText("Export profile JSON"));
    const exported = screen.getByRole("textbox", { name: "Current weights as profile JSON" });
    expect(JSON.parse((exported as HTMLTextAreaElement).value)).toEqual({ cap6: 500 });
  });

  test("no accessibility violations", async () => {
    const { container } = await loaded();
    expect(await axe(container)).toHaveNoViolations();
  });
});
