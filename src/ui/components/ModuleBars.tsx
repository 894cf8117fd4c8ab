/** One bar per module: score out of its maximum. */
import { Field, ProgressBar } from "@fluentui/react-components";
import type { Block } from "../../core/types";
import { useAudit } from "../context";
import { numberText } from "../format";

export function ModuleBars({ modules }: { modules: Block[] }) {
  const { lang } = useAudit();
  return (
    <div>
      {modules.map((m) => (
        <Field
          key={m.id}
          label={`${m.id}  ${numberText(m.score, lang)} / ${numberText(m.max, lang)}`}
          validationState="none"
        >
          <ProgressBar value={m.max > 0 ? Math.min(1, m.score / m.max) : 0} thickness="large" />
        </Field>
      ))}
    </div>
  );
}
