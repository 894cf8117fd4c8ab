/** A number ≥ 0 in Fluent's Field: a native number input, its error shown by the Field. */
import { Field, Input } from "@fluentui/react-components";
import { useNumberText } from "../hooks/useNumberText";

export interface NumberInputProps {
  label: string;
  value: number;
  onValue(value: number): void;
  invalidMessage: string;
  /** Shown and typed in percent, stored as a fraction. */
  percent?: boolean;
}

export function NumberInput({ label, value, onValue, invalidMessage, percent }: NumberInputProps) {
  const { text, valid, setText } = useNumberText(value, onValue, percent);
  return (
    <Field
      label={label}
      validationState={valid ? "none" : "error"}
      validationMessage={valid ? undefined : invalidMessage}
      size="small"
    >
      <Input
        type="number"
        min={0}
        step="any"
        size="small"
        inputMode="decimal"
        value={text}
        onChange={(_, data) => setText(data.value)}
      />
    </Field>
  );
}
