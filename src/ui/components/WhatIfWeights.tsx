/** The editable weights of a what-if draft: module points and 6.0 cap, sub-items, thresholds. */
import { Switch, Text, makeStyles } from "@fluentui/react-components";
import { RULE_KEYS, innovationCap, modulePoints, type RuleKey } from "../../core/inputs";
import { starLevels } from "../../core/standard";
import type { Catalogue, WeightProfile } from "../../core/types";
import { useAudit } from "../context";
import { fill } from "../i18n";
import {
  cfModules,
  multiplier,
  rules,
  withCap6,
  withModulePoints,
  withMultiplier,
  withRule,
  withStrictCompliance,
} from "../whatif";
import { NumberInput } from "./NumberInput";

const RULE_LABEL = {
  years: "thresholdYears",
  fShare: "thresholdFShare",
  score15: "thresholdScore15",
  score6: "thresholdScore6",
} as const satisfies Record<RuleKey, string>;

const useStyles = makeStyles({
  grid: { display: "grid", gridTemplateColumns: "repeat(3, minmax(0, 1fr))", gap: "6px 8px" },
  /** One input per star level (1 to 9), as many to a row as fit: nine levels wrap, never shrink. */
  ruleGrid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(72px, 1fr))",
    gap: "4px 8px",
  },
});

export interface WhatIfWeightsProps {
  catalogue: Catalogue;
  draft: WeightProfile;
  onEdit(next: WeightProfile): void;
}

export function WhatIfWeights({ catalogue, draft, onEdit }: WhatIfWeightsProps) {
  const { t } = useAudit();
  const styles = useStyles();
  const currentRules = rules(catalogue, draft);
  const field = (label: string, value: number, next: (v: number) => WeightProfile) => (
    <NumberInput
      key={label}
      label={label}
      value={value}
      invalidMessage={t.yearsInvalid}
      onValue={(v) => onEdit(next(v))}
    />
  );
  return (
    <>
      <Text as="h3" weight="semibold">
        {t.modulePoints}
      </Text>
      <div className={styles.grid}>
        {cfModules(catalogue).map((m) =>
          field(m.id, modulePoints(catalogue, draft, m.id), (v) => withModulePoints(draft, m.id, v))
        )}
        {field(t.cap6, innovationCap(catalogue, draft), (v) => withCap6(draft, v))}
      </div>

      <details>
        <summary>{t.subItems}</summary>
        <div className={styles.grid}>
          {catalogue.modules
            .flatMap((m) => m.items)
            .map((item) =>
              field(item.id, multiplier(draft, item.id), (v) => withMultiplier(draft, item.id, v))
            )}
        </div>
      </details>

      <details>
        <summary>{t.thresholds}</summary>
        {RULE_KEYS.map((key) => (
          <fieldset key={key}>
            <legend>{t[RULE_LABEL[key]]}</legend>
            <div className={styles.ruleGrid}>
              {starLevels(catalogue).map(({ stars }, level) => (
                <NumberInput
                  key={stars}
                  label={fill(t.level, { n: stars })}
                  percent={key !== "years"}
                  value={currentRules[key][level]}
                  invalidMessage={t.yearsInvalid}
                  onValue={(v) => onEdit(withRule(catalogue, draft, key, level, v))}
                />
              ))}
            </div>
          </fieldset>
        ))}
        <Switch
          label={t.strictCompliance}
          checked={currentRules.strictCompliance === true}
          onChange={(_, data) => onEdit(withStrictCompliance(draft, data.checked))}
        />
      </details>
    </>
  );
}
