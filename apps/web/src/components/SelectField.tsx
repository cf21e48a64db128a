import type { ReactNode, SelectHTMLAttributes } from 'react';

export interface SelectFieldProps<V extends string | number> extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange' | 'children'> {
  label: ReactNode;
  value: V;
  /** The picked option's value, as the DOM gives it (a string). */
  onPick(value: string): void;
  /** One option per value, after the empty option and the children. */
  options?: readonly V[];
  optionLabel?(option: V): ReactNode;
  /** A first option with the value '' (e.g. "every unit"). */
  emptyOption?: ReactNode;
  /** Options the caller writes itself. */
  children?: ReactNode;
}

/** A labelled select; the other props (name, aria-*) go to the <select>. */
export function SelectField<V extends string | number>({ label, value, onPick, options = [], optionLabel = (o) => o, emptyOption, children, ...select }: SelectFieldProps<V>) {
  return (
    <label>
      {label}
      <select {...select} value={value} onChange={(e) => onPick(e.target.value)}>
        {emptyOption !== undefined && <option value="">{emptyOption}</option>}
        {children}
        {options.map((o) => (
          <option key={o} value={o}>
            {optionLabel(o)}
          </option>
        ))}
      </select>
    </label>
  );
}
