/** @jest-environment jsdom */
import { act, renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { AuditProvider } from "../../../src/ui/context";
import { useWhatIfDraft } from "../../../src/ui/hooks/useWhatIfDraft";
import type { AuditService } from "../../../src/services/auditService";
import { fakeService, makeInputs } from "../fakes";

function draftOver(service: AuditService) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <AuditProvider service={service} lang="en">
      {children}
    </AuditProvider>
  );
  return renderHook(() => useWhatIfDraft(), { wrapper });
}

async function loaded(service = fakeService()) {
  const view = draftOver(service);
  await act(() => view.result.current.load());
  return { service, ...view };
}

describe("useWhatIfDraft", () => {
  test("nothing to edit until the inputs are read; then both scorings agree", async () => {
    const view = draftOver(fakeService());
    expect(view.result.current.inputs).toBeNull();
    expect(view.result.current.whatIf).toBeNull();
    await act(() => view.result.current.load());
    const { official, whatIf } = view.result.current;
    expect(official?.ok && whatIf?.ok && whatIf.result.stars).toBe(
      official?.ok && official.result.stars
    );
  });

  test("an edit rescores the draft only; the official result stays", async () => {
    const { result } = await loaded();
    const before = result.current.official;
    act(() => result.current.edit({ rules: { score15: [0.1, 0.2, 0.3] } }));
    expect(result.current.official).toBe(before);
    expect(result.current.whatIf?.ok && result.current.whatIf.result.stars).toBe(5);
  });

  test("a preset names the draft; an edit after it drops the name", async () => {
    const { result } = await loaded();
    act(() => result.current.choosePreset("equalClauses"));
    expect(result.current.presetId).toBe("equalClauses");
    act(() => result.current.edit({ cap6: 500 }));
    expect(result.current.presetId).toBe("");
  });

  test("an unknown preset changes nothing", async () => {
    const { result } = await loaded();
    const draft = result.current.draft;
    act(() => result.current.choosePreset("no-such-preset"));
    expect(result.current.draft).toBe(draft);
  });

  test("apply writes the draft, makes it official, and a later edit clears 'applied'", async () => {
    const { result, service } = await loaded();
    act(() => result.current.edit({ cap6: 500 }));
    await act(() => result.current.apply());
    expect(service.applyProfile).toHaveBeenCalledWith({ cap6: 500 }, "en");
    expect(result.current.applied).toBe(true);
    expect(result.current.inputs?.profile).toEqual({ cap6: 500 });
    act(() => result.current.edit({ cap6: 450 }));
    expect(result.current.applied).toBe(false);
  });

  test("a failed read keeps the panel empty and shows the error", async () => {
    const service = fakeService();
    service.readAudit.mockRejectedValueOnce(new Error("no Clauses table"));
    const { result } = draftOver(service);
    await act(() => result.current.load());
    expect(result.current.inputs).toBeNull();
    await waitFor(() => expect(result.current.op.error?.message).toMatch(/no Clauses table/));
  });

  test("an invalid draft gives profile errors, not a result", async () => {
    const { result } = await loaded(fakeService(makeInputs()));
    act(() => result.current.edit({ cap6: -1 }));
    expect(result.current.whatIf?.ok).toBe(false);
  });
});
