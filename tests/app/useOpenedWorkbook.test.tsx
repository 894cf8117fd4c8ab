/** @jest-environment jsdom */
import { act, renderHook, waitFor } from "@testing-library/react";
import { newWorkbook, saveWorkbook } from "../../src/adapters/xlsx";
import { useOpenedWorkbook } from "../../src/app/useOpenedWorkbook";
import { createAuditService } from "../../src/services/portService";

// jsdom's performance has no User Timing; the page's marks are for the bench only.
const marks: string[] = [];
beforeAll(() => {
  Object.assign(performance, { mark: (name: string) => marks.push(name) });
});

async function auditFile(name: string) {
  const workbook = newWorkbook();
  await createAuditService(workbook).createOrUpgrade({ lang: "en", years: 4 });
  const bytes = await saveWorkbook(workbook);
  return {
    name,
    size: bytes.byteLength,
    arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer,
  };
}

function page() {
  const deliver = jest.fn();
  return { deliver, ...renderHook(() => useOpenedWorkbook("en", deliver)) };
}

describe("useOpenedWorkbook", () => {
  test("nothing open at first; a chosen audit opens scored, busy meanwhile", async () => {
    const { result } = page();
    expect(result.current.opened).toBeNull();
    const file = await auditFile("site.xlsx");
    act(() => result.current.openFile(file));
    expect(result.current.busy).toBe(true);
    await waitFor(() => expect(result.current.busy).toBe(false));
    expect(result.current.opened?.scored).not.toBeNull();
    expect(result.current.opened?.id).toBe(1);
    expect(result.current.notice).toEqual({ intent: "success", text: "Opened site.xlsx." });
    expect(marks).toContain("epm:file-chosen");
  });

  test("no file chosen (a cancelled dialog) changes nothing", () => {
    const { result } = page();
    act(() => result.current.openFile(undefined));
    expect(result.current.busy).toBe(false);
    expect(result.current.notice).toBeNull();
  });

  test("each workbook opened gets the next id, so the panels restart", async () => {
    const { result } = page();
    act(() => result.current.newAudit());
    await waitFor(() => expect(result.current.opened?.id).toBe(1));
    act(() => result.current.newAudit());
    await waitFor(() => expect(result.current.opened?.id).toBe(2));
    expect(result.current.notice?.intent).toBe("info");
  });

  test("a selected cell shows until the next workbook opens", async () => {
    const { result } = page();
    const file = await auditFile("site.xlsx");
    act(() => result.current.openFile(file));
    await waitFor(() => expect(result.current.opened).not.toBeNull());
    await act(() => result.current.opened!.service.select("Clauses!H6"));
    expect(result.current.selected).toBe("Clauses!H6");
    act(() => result.current.newAudit());
    expect(result.current.selected).toBeNull();
    await waitFor(() => expect(result.current.busy).toBe(false));
  });

  test("download hands the scored copy over; nothing to download before a workbook opens", async () => {
    const { result, deliver } = page();
    await act(() => result.current.download());
    expect(deliver).not.toHaveBeenCalled();
    act(() => result.current.newAudit());
    await waitFor(() => expect(result.current.opened).not.toBeNull());
    // A new workbook without sheets saves bytes that no reader opens: not offered, said why.
    await act(() => result.current.download());
    expect(deliver).not.toHaveBeenCalled();
    expect(result.current.notice?.text).toMatch(
      /^The scored copy audit-scored\.xlsx was not downloaded/
    );
    await act(() => result.current.opened!.service.createOrUpgrade({ lang: "en", years: 4 }));
    await act(() => result.current.download());
    expect(deliver).toHaveBeenCalledWith(expect.any(Uint8Array), "audit-scored.xlsx");
  });
});
