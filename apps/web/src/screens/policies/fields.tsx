import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../../api/errors';
import { describedProps } from '../../components/Field';
import { FieldError, fieldProps } from '../../components/Problem';
import { SelectField } from '../../components/SelectField';

/** The keys of a form whose values an input edits (texts and switches). */
type Editable<F> = { [K in keyof F]: F[K] extends string | boolean ? K : never }[keyof F];

/**
 * One input of a policy form, as a row of a table: the kind of input follows the form's value (a
 * checkbox for a switch, a select when it has options, else a text input, a number unless `text`).
 * The label is the text `<section>.<key>` of the policies namespace unless given.
 */
export interface FieldSpec<F> {
  key: Editable<F>;
  /** The API's field (also the input's name): its message appears under the input. */
  field: string;
  label?: string;
  size?: number;
  /** Letters, not a number (no decimal keyboard). */
  text?: boolean;
  /** The key of the hint under the input (in the form's section). */
  hint?: string;
  /** A select's values, labelled by the texts `<section>.<optionLabels>.<value>`. */
  options?: readonly string[];
  optionLabels?: string;
  /** The API's messages on this field are shown on another input (a label's English half, under its Indonesian one). */
  quiet?: boolean;
}

export interface PolicyFieldsProps<F> {
  form: F;
  onChange(form: F): void;
  problem: ApiProblem | undefined;
  /** The form's section of the policies namespace (`scoring`, `rewards`...). */
  section: string;
  /** Prefix of the hints' ids (the edited form and a stored version can be shown together). */
  idPrefix: string;
  fields: readonly FieldSpec<F>[];
  /** In one line (`pol-row`). */
  row?: boolean;
}

/**
 * Inputs of a policy form: labelled, named by the API's field, marked invalid and linked to the
 * API's message when it names them (FieldError under the input). Read-only forms (a stored
 * version) disable them through their fieldset.
 */
export function PolicyFields<F>({ form, onChange, problem, section, idPrefix, fields, row = false }: PolicyFieldsProps<F>) {
  const { t } = useTranslation('policies');
  const inputs = fields.map((spec) => {
    const value: unknown = form[spec.key];
    const label = spec.label ?? t(`${section}.${String(spec.key)}`);
    const set = (v: string | boolean) => onChange({ ...form, [spec.key]: v });
    const shown = spec.quiet ? undefined : problem;
    return (
      <div className={typeof value === 'boolean' ? 'pol-field pol-check' : 'pol-field'} key={spec.field}>
        {typeof value === 'boolean' ? (
          <label>
            <input type="checkbox" name={spec.field} checked={value} onChange={(e) => set(e.target.checked)} {...fieldProps(shown, spec.field)} />
            {label}
          </label>
        ) : spec.options ? (
          <SelectField
            label={label}
            name={spec.field}
            value={String(value)}
            options={spec.options}
            optionLabel={(v) => t(`${section}.${spec.optionLabels}.${v}`)}
            onPick={set}
            {...fieldProps(shown, spec.field)}
          />
        ) : (
          <TextInput spec={spec} label={label} value={String(value)} onChange={set} problem={shown} hintId={`${idPrefix}-${String(spec.key)}-hint`} hint={spec.hint && t(`${section}.${spec.hint}`)} />
        )}
        <FieldError problem={shown} field={spec.field} />
      </div>
    );
  });
  return row ? <div className="pol-row">{inputs}</div> : <>{inputs}</>;
}

function TextInput<F>({
  spec,
  label,
  value,
  onChange,
  problem,
  hint,
  hintId,
}: {
  spec: FieldSpec<F>;
  label: string;
  value: string;
  onChange(v: string): void;
  problem: ApiProblem | undefined;
  hint: ReactNode;
  hintId: string;
}) {
  return (
    <>
      <label>
        {label}
        <input
          type="text"
          name={spec.field}
          value={value}
          size={spec.size}
          inputMode={spec.text ? undefined : 'decimal'}
          autoComplete="off"
          onChange={(e) => onChange(e.target.value)}
          {...describedProps(problem, spec.field, hint ? hintId : undefined)}
        />
      </label>
      {hint && (
        <p className="muted pol-hint" id={hintId}>
          {hint}
        </p>
      )}
    </>
  );
}
