import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../api/errors';
import { FieldError, fieldErrorId, fieldProps } from './Problem';

/**
 * Labelled inputs the API may complain about: named by the API's field, marked invalid and
 * described by their hint and the API's message (FieldError under the input).
 */
export interface FieldBase {
  label: ReactNode;
  /** The API's field name (also the input's name). */
  field: string;
  problem: ApiProblem | undefined;
  hint?: ReactNode;
  /** The wrapper's class (the screen's field style). */
  className?: string;
  /** The hint's class (besides `muted`). */
  hintClassName?: string;
  /** Shown between the label and the hint (e.g. a datalist). */
  extra?: ReactNode;
}

export const hintIdOf = (field: string) => `hint-${fieldErrorId(field)}`;

/** The invalid state and the ids an input is described by: its hint and, when the API named it, its message. */
export function describedProps(problem: ApiProblem | undefined, field: string, hintId: string | undefined) {
  const invalid = fieldProps(problem, field);
  return { 'aria-invalid': invalid['aria-invalid'], 'aria-describedby': [hintId, invalid['aria-describedby']].filter(Boolean).join(' ') || undefined } as const;
}

/** The frame of one field: the label around its control, then extra, hint and the API's messages. */
function FieldFrame({ label, field, problem, hint, className = 'field', hintClassName = 'hint', extra, control }: FieldBase & { control(described: ReturnType<typeof describedProps>): ReactNode }) {
  const hintId = hint ? hintIdOf(field) : undefined;
  return (
    <div className={className}>
      <label>
        {label}
        {control(describedProps(problem, field, hintId))}
      </label>
      {extra}
      {hint && (
        <p className={`muted ${hintClassName}`} id={hintId}>
          {hint}
        </p>
      )}
      <FieldError problem={problem} field={field} />
    </div>
  );
}

type Bound<E> = Omit<E, 'value' | 'onChange' | 'name' | 'className'> & { value: string; onChange(v: string): void };

/** A labelled text input. */
export function TextField({ label, field, problem, hint, className, hintClassName, extra, value, onChange, ...input }: FieldBase & Bound<InputHTMLAttributes<HTMLInputElement>>) {
  const frame = { label, field, problem, hint, className, hintClassName, extra };
  return <FieldFrame {...frame} control={(d) => <input type="text" autoComplete="off" {...input} {...d} name={field} value={value} onChange={(e) => onChange(e.target.value)} />} />;
}

/** A labelled text area. */
export function TextAreaField({ label, field, problem, hint, className, hintClassName, extra, value, onChange, ...area }: FieldBase & Bound<TextareaHTMLAttributes<HTMLTextAreaElement>>) {
  const frame = { label, field, problem, hint, className, hintClassName, extra };
  return <FieldFrame {...frame} control={(d) => <textarea rows={3} {...area} {...d} name={field} value={value} onChange={(e) => onChange(e.target.value)} />} />;
}

/** A labelled select of `options` (value, text), with an optional first empty option. */
export function ChoiceField({
  options,
  emptyOption,
  disabled,
  value,
  onChange,
  ...frame
}: FieldBase & { value: string; onChange(v: string): void; options: readonly (readonly [string, string])[]; emptyOption?: string; disabled?: boolean }) {
  return (
    <FieldFrame
      {...frame}
      control={(d) => (
        <select name={frame.field} value={value} disabled={disabled} onChange={(e) => onChange(e.target.value)} {...d}>
          {emptyOption !== undefined && <option value="">{emptyOption}</option>}
          {options.map(([v, text]) => (
            <option key={v} value={v}>
              {text}
            </option>
          ))}
        </select>
      )}
    />
  );
}

/** A submit button that says it is sending (disabled meanwhile, so a second click writes nothing) and, with onCancel, a cancel button. */
export function FormButtons({
  pending,
  disabled = false,
  label,
  sendingLabel,
  cancelLabel,
  onCancel,
  className,
  testId,
}: {
  pending: boolean;
  disabled?: boolean;
  label: ReactNode;
  sendingLabel: ReactNode;
  cancelLabel?: ReactNode;
  onCancel?: () => void;
  className?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <div className={className}>
      <button type="submit" disabled={pending || disabled} data-testid={testId}>
        {pending ? sendingLabel : label}
      </button>
      {onCancel && (
        <button type="button" className="secondary" onClick={onCancel}>
          {cancelLabel ?? t('common:actions.cancel')}
        </button>
      )}
    </div>
  );
}
