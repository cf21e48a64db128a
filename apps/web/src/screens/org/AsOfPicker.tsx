import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { instantFromWib, wibFromInstant } from './model';

/** Picks the instant (in WIB, to the second) of the tree to show; "now" clears it. */
export function AsOfPicker({ asOf, onPick }: { asOf: string | undefined; onPick(instant: string | undefined): void }) {
  const { t } = useTranslation('org');
  const [value, setValue] = useState(asOf ? wibFromInstant(asOf) : '');
  const [invalid, setInvalid] = useState(false);
  useEffect(() => setValue(asOf ? wibFromInstant(asOf) : ''), [asOf]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const instant = instantFromWib(value);
    setInvalid(!instant);
    if (instant) onPick(instant);
  };
  return (
    <form className="org-as-of" onSubmit={submit} noValidate aria-labelledby="org-as-of-legend">
      <h2 id="org-as-of-legend" className="org-small-heading">
        {t('asOf.legend')}
      </h2>
      <div className="toolbar">
        <label>
          {t('asOf.label')}
          <input
            type="datetime-local"
            name="asOf"
            step={1}
            value={value}
            onChange={(e) => setValue(e.target.value)}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? 'org-as-of-error' : undefined}
          />
        </label>
        <button type="submit">{t('asOf.show')}</button>
        {asOf && (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setInvalid(false);
              onPick(undefined);
            }}
          >
            {t('asOf.now')}
          </button>
        )}
      </div>
      {invalid && (
        <p className="field-error" id="org-as-of-error" role="alert">
          {t('asOf.invalid')}
        </p>
      )}
    </form>
  );
}
