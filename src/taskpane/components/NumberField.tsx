/**
 * A number input that lets the user type freely ("1.", "") and reports only valid numbers ≥ 0.
 * Its text resets when the value changes from outside (a preset, an import).
 */
import { Field, Input } from "@fluentui/react-components";
import { useEffect, useState } from "react";

export interface NumberFieldProps {
  label: string;
  value: number;
  onValue: (value: number) => void;
  invalidMessage: string;
  /** Shown and typed in percent, stored as a fraction. */
  percent?: boolean;
}

function show(value: number, percent: boolean): string {
  const v = percent ? value * 100 : value;
  return String(Math.round(v * 1e6) / 1e6);
}

export function NumberField({ label, value, onValue, invalidMessage, percent }: NumberFieldProps) {
  const [text, setText] = useState(show(value, !!percent));
  useEffect(() => {
    // Keep what the user is typing ("1." is 1) unless the value really changed elsewhere.
    setText((prev) => {
      const n = Number(prev);
      const same = prev.trim() !== "" && (percent ? n / 100 : n) === value;
      return same ? prev : show(value, !!percent);
    });
  }, [value, percent]);
  const parsed = text.trim() === "" ? NaN : Number(text);
  const valid = Number.isFinite(parsed) && parsed >= 0;
  return (
    <Field
      label={label}
      validationState={valid ? "none" : "error"}
      validationMessage={valid ? undefined : invalidMessage}
      size="small"
    >
      <Input
        size="small"
        inputMode="decimal"
        value={text}
        onChange={(_, data) => {
          setText(data.value);
          const n = Number(data.value);
          if (data.value.trim() !== "" && Number.isFinite(n) && n >= 0)
            onValue(percent ? n / 100 : n);
        }}
      />
    </Field>
  );
}
