/**
 * What-if: edit module points, the 6.0 cap, sub-item multipliers and thresholds; the pane
 * recomputes with core.score over the inputs read from the workbook (nothing is written) and shows
 * the result next to the official one. Apply writes the Weights sheet and re-scores.
 */
import { Button, Dropdown, Option, Switch, Text, makeStyles } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { PRESETS, presetName, starLevels } from "../../core";
import type { WeightProfile } from "../../core/types";
import { ErrorBar } from "../components/ErrorBar";
import { NumberField } from "../components/NumberField";
import { Progress } from "../components/Progress";
import { ProfileExchange } from "../components/ProfileExchange";
import { WhatIfComparison } from "../components/WhatIfComparison";
import { useAudit } from "../context";
import { fmt } from "../i18n";
import type { AuditInputs } from "../services";
import { useOperation } from "../useOperation";
import {
  RULE_KEYS,
  cap6,
  cfModules,
  modulePoints,
  multiplier,
  rules,
  scoreWith,
  withCap6,
  withModulePoints,
  withMultiplier,
  withRule,
  withStrictCompliance,
  type RuleKey,
} from "../whatif";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: "12px" },
  grid: { display: "grid", gridTemplateColumns: "repeat(3, minmax(0, 1fr))", gap: "6px 8px" },
  ruleGrid: { display: "grid", gridTemplateColumns: "repeat(3, minmax(0, 1fr))", gap: "4px 8px" },
  actions: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "center" },
});

const RULE_LABEL = {
  years: "thresholdYears",
  fShare: "thresholdFShare",
  score15: "thresholdScore15",
  score6: "thresholdScore6",
} as const satisfies Record<RuleKey, string>;

export function WhatIfPanel() {
  const { service, t, lang, official, setOfficial } = useAudit();
  const styles = useStyles();
  const op = useOperation();
  const [inputs, setInputs] = useState<AuditInputs | null>(official?.inputs ?? null);
  const [draft, setDraft] = useState<WeightProfile>(official?.inputs.profile ?? {});
  const [presetId, setPresetId] = useState<string>("");
  const [applied, setApplied] = useState(false);

  const load = async () => {
    const read = await op.run(() => service.readAudit(lang));
    if (read) {
      setInputs(read);
      setDraft(read.profile);
      setPresetId("");
    }
  };

  const officialResult = useMemo(
    () => (inputs ? scoreWith(inputs, inputs.profile, lang) : null),
    [inputs, lang]
  );
  const whatIf = useMemo(
    () => (inputs ? scoreWith(inputs, draft, lang) : null),
    [inputs, draft, lang]
  );

  const edit = (next: WeightProfile) => {
    setDraft(next);
    setPresetId("");
    setApplied(false);
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

  if (!inputs) {
    return (
      <div className={styles.panel}>
        <Text as="h2" size={500} weight="semibold">
          {t.whatIfHeading}
        </Text>
        <Text>{t.whatIfIntro}</Text>
        <div className={styles.actions}>
          <Button appearance="primary" disabled={op.busy} onClick={() => void load()}>
            {t.loadInputs}
          </Button>
          <Progress show={op.showProgress} />
        </div>
        <ErrorBar error={op.error} onDismiss={op.clearError} />
      </div>
    );
  }

  const { catalogue } = inputs;
  const currentRules = rules(catalogue, draft);
  const presetLabel = (id: string): string => {
    const preset = PRESETS.find((p) => p.id === id);
    return preset ? presetName(preset, catalogue, lang) : t.presetCustom;
  };
  const invalid = t.yearsInvalid;
  return (
    <div className={styles.panel}>
      <Text as="h2" size={500} weight="semibold">
        {t.whatIfHeading}
      </Text>
      <Text>{t.whatIfIntro}</Text>
      <div className={styles.actions}>
        <Dropdown
          aria-label={t.preset}
          placeholder={t.presetCustom}
          value={presetLabel(presetId)}
          selectedOptions={presetId ? [presetId] : []}
          onOptionSelect={(_, data) => {
            const preset = PRESETS.find((p) => p.id === data.optionValue);
            if (!preset) return;
            setDraft(preset.profile(catalogue));
            setPresetId(preset.id);
            setApplied(false);
          }}
        >
          {PRESETS.map((p) => (
            <Option key={p.id} value={p.id}>
              {presetName(p, catalogue, lang)}
            </Option>
          ))}
        </Dropdown>
        <Button disabled={op.busy} onClick={() => void load()}>
          {t.reload}
        </Button>
      </div>

      {officialResult?.ok && whatIf && (
        <WhatIfComparison official={officialResult.result} whatIf={whatIf} />
      )}

      <Text as="h3" weight="semibold">
        {t.modulePoints}
      </Text>
      <div className={styles.grid}>
        {cfModules(catalogue).map((m) => (
          <NumberField
            key={m.id}
            label={m.id}
            value={modulePoints(catalogue, draft, m.id)}
            invalidMessage={invalid}
            onValue={(v) => edit(withModulePoints(draft, m.id, v))}
          />
        ))}
        <NumberField
          label={t.cap6}
          value={cap6(catalogue, draft)}
          invalidMessage={invalid}
          onValue={(v) => edit(withCap6(draft, v))}
        />
      </div>

      <details>
        <summary>{t.subItems}</summary>
        <div className={styles.grid}>
          {catalogue.modules
            .flatMap((m) => m.items)
            .map((item) => (
              <NumberField
                key={item.id}
                label={item.id}
                value={multiplier(draft, item.id)}
                invalidMessage={invalid}
                onValue={(v) => edit(withMultiplier(draft, item.id, v))}
              />
            ))}
        </div>
      </details>

      <details>
        <summary>{t.thresholds}</summary>
        {RULE_KEYS.map((key) => (
          <fieldset key={key}>
            <legend>{t[RULE_LABEL[key]]}</legend>
            <div className={styles.ruleGrid}>
              {starLevels(catalogue).map(({ stars }, level) => (
                <NumberField
                  key={stars}
                  label={fmt(t.level, { n: stars })}
                  percent={key !== "years"}
                  value={currentRules[key][level]}
                  invalidMessage={invalid}
                  onValue={(v) => edit(withRule(catalogue, draft, key, level, v))}
                />
              ))}
            </div>
          </fieldset>
        ))}
        <Switch
          label={t.strictCompliance}
          checked={currentRules.strictCompliance === true}
          onChange={(_, data) => edit(withStrictCompliance(draft, data.checked))}
        />
      </details>

      <div className={styles.actions}>
        <Button appearance="primary" disabled={op.busy || !whatIf?.ok} onClick={() => void apply()}>
          {t.apply}
        </Button>
        <Progress show={op.showProgress} />
      </div>
      <ErrorBar error={op.error} onDismiss={op.clearError} />
      {applied && <Text role="status">{t.applied}</Text>}

      <ProfileExchange
        catalogue={catalogue}
        profile={draft}
        onImport={(profile) => {
          setDraft(profile);
          setPresetId("");
          setApplied(false);
        }}
      />
    </div>
  );
}
