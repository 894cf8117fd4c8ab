/** @jest-environment jsdom */
/**
 * The Team panel over the real service and an ExcelJS port (the browser page's host): copies are
 * parsed with the lazily loaded ExcelJS module, merged in one write, conflicts listed and selectable.
 */
import { fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { axe, toHaveNoViolations } from "jest-axe";
import { loadWorkbook, newWorkbook, type XlsxWorkbook } from "../../src/adapters/xlsx";
import { epmV1 } from "../../src/catalogues";
import { createOrUpgrade } from "../../src/workbook/actions";
import { TeamPanel } from "../../src/ui/panels/TeamPanel";
import { createAuditService } from "../../src/services/portService";
import { C, F, allValues, setRating } from "../workbook/helpers";
import { renderWith } from "./fakes";

expect.extend(toHaveNoViolations);
const env = { catalogues: [epmV1], newAuditId: () => "pane-audit" };

function fileOf(name: string, bytes: Uint8Array) {
  return { name, size: bytes.byteLength, arrayBuffer: async () => bytes.slice().buffer };
}

async function setup() {
  const master = newWorkbook();
  await createOrUpgrade(master, { lang: "en", catalogue: epmV1, years: 4 }, env);
  const saved = await master.saveWorkbook();
  const copy = async (ratings: Record<string, string>): Promise<Uint8Array> => {
    const port: XlsxWorkbook = await loadWorkbook(saved);
    for (const [id, c] of Object.entries(ratings)) {
      setRating(port, id, C, c);
      setRating(port, id, F, "优秀");
    }
    return port.saveWorkbook();
  };
  const files = [
    fileOf("ana.xlsx", await copy({ "1": "合规", "2": "部分合规" })),
    fileOf("bo.xlsx", await copy({ "2": "合规", "3": "合规" })),
  ];
  const select = jest.spyOn(master, "select").mockResolvedValue(undefined);
  const service = createAuditService(master, env);
  return { master, files, select, service };
}

test("merge copies: counts, a conflict listed, a click selects the master's cell", async () => {
  const user = userEvent.setup();
  const { files, select, service } = await setup();
  const { container } = renderWith(<TeamPanel />, service, "en");
  fireEvent.change(screen.getByTestId("copies-input"), { target: { files } });
  const summary = await screen.findByTestId("merge-summary", {}, { timeout: 10000 });
  expect(summary.textContent).toContain("Taken 5, same 0, resolved 0, conflicts 1.");
  const conflict = within(summary).getByRole("button", {
    name: /Clause 2 C: ana.xlsx: 部分合规 · bo.xlsx: 合规/,
  });
  await user.click(conflict);
  expect(select).toHaveBeenCalledWith(expect.stringMatching(/^条目 Clauses!G3$/));
  expect(await axe(container)).toHaveNoViolations();
});

test("compare with an earlier audit: stars and changed clauses; the Compare sheet is written", async () => {
  const { master, files, service } = await setup();
  renderWith(<TeamPanel />, service, "zh");
  fireEvent.change(screen.getByTestId("earlier-input"), { target: { files: [files[0]] } });
  const summary = await screen.findByTestId("compare-summary", {}, { timeout: 10000 });
  expect(summary.textContent).toContain("2 个条目有变化");
  expect(master.workbook.worksheets.some((ws) => ws.name === "对比 Compare")).toBe(true);
});

test("a copy of another audit shows the reason and writes nothing", async () => {
  const { master, service } = await setup();
  const other = newWorkbook();
  await createOrUpgrade(other, { lang: "en", catalogue: epmV1 }, { ...env, newAuditId: () => "x" });
  renderWith(<TeamPanel />, service, "en");
  const before = allValues(master.workbook);
  fireEvent.change(screen.getByTestId("copies-input"), {
    target: { files: [fileOf("x.xlsx", await other.saveWorkbook())] },
  });
  expect(
    await screen.findByText(/x.xlsx: audit ID x differs/, {}, { timeout: 10000 })
  ).toBeTruthy();
  expect(allValues(master.workbook)).toEqual(before);
});
