/** A labelled row of radio buttons for one of a few fixed values. */
import { Field, Radio, RadioGroup } from "@fluentui/react-components";

export interface ChoiceFieldProps<T extends string> {
  label: string;
  value: T;
  onChange(value: T): void;
  options: ReadonlyArray<{ value: T; label: string }>;
}

export function ChoiceField<T extends string>({
  label,
  value,
  onChange,
  options,
}: ChoiceFieldProps<T>) {
  return (
    <Field label={label}>
      <RadioGroup
        value={value}
        // The group offers only the options' values, so the one chosen is a T.
        onChange={(_, data) => onChange(data.value as T)}
        layout="horizontal"
      >
        {options.map((option) => (
          <Radio key={option.value} value={option.value} label={option.label} />
        ))}
      </RadioGroup>
    </Field>
  );
}
