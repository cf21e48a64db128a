import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../../api/errors';
import { FieldError, fieldProps } from '../../components/Problem';
import { addRow, removeRow, updateRow, type EvidenceRow } from './evidence';

/** Evidence links (url + label): add and remove rows; the API's message for a row appears on it. */
export function EvidenceEditor({
  rows,
  onChange,
  problem,
  indexOf,
}: {
  rows: EvidenceRow[];
  onChange(rows: EvidenceRow[]): void;
  problem: ApiProblem | undefined;
  indexOf: ReadonlyMap<number, number>;
}) {
  const { t } = useTranslation('realizations');
  const listProblem = problem && { ...problem, fields: problem.fields.filter((f) => f.field === 'evidence') };
  return (
    <fieldset className="evidence">
      <legend>{t('form.evidence')}</legend>
      <FieldError problem={listProblem} field="evidence" />
      {rows.length === 0 && <p className="muted">{t('form.noEvidence')}</p>}
      {rows.map((row, i) => {
        const sent = indexOf.get(row.key);
        const field = sent === undefined ? `evidence-row-${row.key}` : `evidence.${sent}`;
        return (
          <div className="evidence-row" key={row.key} data-testid="evidence-row">
            <label>
              {t('form.evidenceUrl', { n: i + 1 })}
              <input
                type="url"
                name={`evidence-url-${row.key}`}
                value={row.url}
                placeholder="https://"
                onChange={(e) => onChange(updateRow(rows, row.key, { url: e.target.value }))}
                {...fieldProps(problem, `${field}.url`)}
              />
            </label>
            <label>
              {t('form.evidenceLabel', { n: i + 1 })}
              <input
                type="text"
                name={`evidence-label-${row.key}`}
                value={row.label}
                onChange={(e) => onChange(updateRow(rows, row.key, { label: e.target.value }))}
                {...fieldProps(problem, `${field}.label`)}
              />
            </label>
            <button type="button" className="secondary" onClick={() => onChange(removeRow(rows, row.key))}>
              {t('form.removeEvidence', { n: i + 1 })}
            </button>
            <div className="evidence-errors">
              <FieldError problem={problem} field={`${field}.url`} />
              <FieldError problem={problem} field={`${field}.label`} />
            </div>
          </div>
        );
      })}
      <div>
        <button type="button" className="secondary" onClick={() => onChange(addRow(rows))}>
          {t('form.addEvidence')}
        </button>
      </div>
    </fieldset>
  );
}
