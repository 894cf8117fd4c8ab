/**
 * The what-if panel's state: the inputs read from the workbook, the profile draft being edited,
 * the preset it came from, both scorings (official and draft) and the Apply operation.
 */
import { useMemo, useState } from "react";
import { PRESETS } from "../../core/presets";
import type { WeightProfile } from "../../core/types";
import { useAudit } from "../context";
import type { AuditInputs } from "../../services/auditService";
import { useOperation, type Operation } from "../useOperation";
import { scoreWith, type WhatIf } from "../whatif";

export interface WhatIfDraft {
  op: Operation;
  /** null until the inputs are read (or were shared by the last official scoring). */
  inputs: AuditInputs | null;
  draft: WeightProfile;
  /** The preset the draft is, or "" once it was edited by hand or imported. */
  presetId: string;
  /** Whether the draft was written to the workbook since its last edit. */
  applied: boolean;
  official: WhatIf | null;
  whatIf: WhatIf | null;
  load(): Promise<void>;
  /** A hand edit or an import: the draft no longer is a preset nor applied. */
  edit(next: WeightProfile): void;
  choosePreset(id: string | undefined): void;
  apply(): Promise<void>;
}

export function useWhatIfDraft(): WhatIfDraft {
  const { service, lang, official, setOfficial } = useAudit();
  const op = useOperation();
  const [inputs, setInputs] = useState<AuditInputs | null>(official?.inputs ?? null);
  const [draft, setDraft] = useState<WeightProfile>(official?.inputs.profile ?? {});
  const [presetId, setPresetId] = useState("");
  const [applied, setApplied] = useState(false);

  const change = (next: WeightProfile, preset: string) => {
    setDraft(next);
    setPresetId(preset);
    setApplied(false);
  };

  const load = async () => {
    const read = await op.run(() => service.readAudit(lang));
    if (read) {
      setInputs(read);
      setDraft(read.profile);
      setPresetId("");
    }
  };

  const choosePreset = (id: string | undefined) => {
    const preset = PRESETS.find((p) => p.id === id);
    if (preset && inputs) change(preset.profile(inputs.catalogue), preset.id);
  };

  const apply = async () => {
    if (!inputs) return;
    const done = await op.run(() => service.applyProfile(draft, lang));
    if (done) {
      const nextInputs = { ...inputs, profile: draft };
      setInputs(nextInputs);
      setOfficial({ result: done.result, inputs: nextInputs });
      setApplied(true);
    }
  };

  const officialWhatIf = useMemo(
    () => (inputs ? scoreWith(inputs, inputs.profile, lang) : null),
    [inputs, lang]
  );
  const whatIf = useMemo(
    () => (inputs ? scoreWith(inputs, draft, lang) : null),
    [inputs, draft, lang]
  );

  return {
    op,
    inputs,
    draft,
    presetId,
    applied,
    official: officialWhatIf,
    whatIf,
    load,
    edit: (next) => change(next, ""),
    choosePreset,
    apply,
  };
}
