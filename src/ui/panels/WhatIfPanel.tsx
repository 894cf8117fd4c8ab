/**
 * What-if: edit module points, the 6.0 cap, sub-item multipliers and thresholds; the pane
 * recomputes with core.score over the inputs read from the workbook (nothing is written) and shows
 * the result next to the official one. Apply writes the Weights sheet and re-scores.
 * The state lives in useWhatIfDraft; this file is the markup.
 */
import { Button, Dropdown, Option, Text } from "@fluentui/react-components";
import { PRESETS, presetName } from "../../core/presets";
import { OperationError, PanelActions, PanelLayout } from "../components/PanelLayout";
import { ProfileExchange } from "../components/ProfileExchange";
import { WhatIfComparison } from "../components/WhatIfComparison";
import { WhatIfWeights } from "../components/WhatIfWeights";
import { useAudit } from "../context";
import { useWhatIfDraft } from "../hooks/useWhatIfDraft";

export function WhatIfPanel() {
  const { t, lang } = useAudit();
  const what = useWhatIfDraft();
  const { op, inputs } = what;
  const load = (
    <Button
      appearance={inputs ? undefined : "primary"}
      disabled={op.busy}
      onClick={() => void what.load()}
    >
      {inputs ? t.reload : t.loadInputs}
    </Button>
  );

  if (!inputs) {
    return (
      <PanelLayout heading={t.whatIfHeading} intro={t.whatIfIntro}>
        <PanelActions op={op}>{load}</PanelActions>
        <OperationError op={op} />
      </PanelLayout>
    );
  }

  const presetLabel = (id: string): string => {
    const preset = PRESETS.find((p) => p.id === id);
    return preset ? presetName(preset, inputs.catalogue, lang) : t.presetCustom;
  };
  return (
    <PanelLayout heading={t.whatIfHeading} intro={t.whatIfIntro}>
      <PanelActions>
        <Dropdown
          aria-label={t.preset}
          placeholder={t.presetCustom}
          value={presetLabel(what.presetId)}
          selectedOptions={what.presetId ? [what.presetId] : []}
          onOptionSelect={(_, data) => what.choosePreset(data.optionValue)}
        >
          {PRESETS.map((p) => (
            <Option key={p.id} value={p.id}>
              {presetName(p, inputs.catalogue, lang)}
            </Option>
          ))}
        </Dropdown>
        {load}
      </PanelActions>

      {what.official?.ok && what.whatIf && (
        <WhatIfComparison official={what.official.result} whatIf={what.whatIf} />
      )}

      <WhatIfWeights catalogue={inputs.catalogue} draft={what.draft} onEdit={what.edit} />

      <PanelActions op={op}>
        <Button
          appearance="primary"
          disabled={op.busy || !what.whatIf?.ok}
          onClick={() => void what.apply()}
        >
          {t.apply}
        </Button>
      </PanelActions>
      <OperationError op={op} />
      {what.applied && <Text role="status">{t.applied}</Text>}

      <ProfileExchange catalogue={inputs.catalogue} profile={what.draft} onImport={what.edit} />
    </PanelLayout>
  );
}
