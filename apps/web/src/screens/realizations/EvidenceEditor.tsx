import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../../api/errors';
import { FieldError, fieldProps } from '../../components/Problem';
import { addRow, removeRow, updateRow, type EvidenceRow } from './evidence';

/** The two inputs of an evidence row, in order: the link, then its label. */
const PARTS = [
  { part: 'url', type: 'url', text: 'form.evidenceUrl', placeholder: 'https://' },
  { part: 'label', type: 'text', text: 'form.evidenceLabel', placeholder: undefined },
] as const;

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
            {PARTS.map(({ part, type, text, placeholder }) => (
              <label key={part}>
                {t(text, { n: i + 1 })}
                <input
                  type={type}
                  name={`evidence-${part}-${row.key}`}
                  value={row[part]}
                  placeholder={placeholder}
                  onChange={(e) => onChange(updateRow(rows, row.key, { [part]: e.target.value }))}
                  {...fieldProps(problem, `${field}.${part}`)}
                />
              </label>
            ))}
            <button type="button" className="secondary" onClick={() => onChange(removeRow(rows, row.key))}>
              {t('form.removeEvidence', { n: i + 1 })}
            </button>
            <div className="evidence-errors">
              {PARTS.map(({ part }) => (
                <FieldError key={part} problem={problem} field={`${field}.${part}`} />
              ))}
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
