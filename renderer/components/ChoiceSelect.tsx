import type { SelectHTMLAttributes } from 'react';

/** A select over a fixed list of values (roles, channel kinds), each shown by `labelOf`. */
export function ChoiceSelect<T extends string>({
  value,
  choices,
  labelOf,
  onChoose,
  ...rest
}: {
  value: T;
  choices: readonly T[];
  labelOf: (choice: T) => string;
  onChoose: (choice: T) => void;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'>) {
  return (
    <select value={value} onChange={(e) => onChoose(e.target.value as T)} {...rest}>
      {choices.map((choice) => (
        <option key={choice} value={choice}>
          {labelOf(choice)}
        </option>
      ))}
    </select>
  );
}
