import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../../api/errors';
import { FieldError, fieldProps } from '../../components/Problem';
import type { TargetForm } from './planModel';
import type { Polarity, ValueType } from './types';

/**
 * One target as the KPI's polarity and value type need it: min and max for a range (a fieldset), a
 * date for a milestone, a grade for a categorical KPI, a number otherwise. `field` is the API's field name.
 */
export function TargetField({
  label,
  field,
  target,
  onChange,
  polarity,
  valueType,
  grades,
  problem,
}: {
  label: string;
  field: string;
  target: TargetForm;
  onChange(t: TargetForm): void;
  polarity: Polarity;
  valueType: ValueType;
  grades: readonly string[];
  problem: ApiProblem | undefined;
}) {
  const { t } = useTranslation('plan');
  const name = field.replace(/[^A-Za-z0-9]/g, '-');
  const invalid = fieldProps(problem, field);
  const input = (key: keyof TargetForm, text: string) => (
    <label>
      {text}
      <input
        type={valueType === 'milestone_date' && key === 'value' ? 'date' : 'text'}
        inputMode={valueType === 'milestone_date' || valueType === 'categorical' ? undefined : 'decimal'}
        autoComplete="off"
        name={`${name}-${key}`}
        value={target[key]}
        onChange={(e) => onChange({ ...target, [key]: e.target.value })}
        aria-invalid={invalid['aria-invalid']}
        aria-describedby={invalid['aria-describedby']}
      />
    </label>
  );
  if (polarity === 'range')
    return (
      <fieldset className="target-field" data-field={field}>
        <legend>{label}</legend>
        <div className="form-row">
          {input('min', t('targets.min'))}
          {input('max', t('targets.max'))}
        </div>
        <FieldError problem={problem} field={field} />
      </fieldset>
    );
  return (
    <div className="plan-field target-field" data-field={field}>
      {valueType === 'categorical' ? (
        <label>
          {label}
          <select
            name={`${name}-value`}
            value={target.value}
            onChange={(e) => onChange({ ...target, value: e.target.value })}
            aria-invalid={invalid['aria-invalid']}
            aria-describedby={invalid['aria-describedby']}
          >
            <option value="">{t('targets.none')}</option>
            {grades.map((g) => (
              <option key={g} value={g}>
                {g}
              </option>
            ))}
          </select>
        </label>
      ) : (
        input('value', label)
      )}
      <FieldError problem={problem} field={field} />
    </div>
  );
}
