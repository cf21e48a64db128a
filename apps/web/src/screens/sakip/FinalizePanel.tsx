import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/clients';
import { useSubmit } from '../../api/hooks';
import { FormButtons } from '../../components/Field';
import { FieldError, fieldProps, ProblemBanner } from '../../components/Problem';
import { labelOf } from '../../format';
import { finalizeEvaluation, reopenEvaluation } from './api';
import { criterionAnchor, unansweredFromProblem, type CriterionRow } from './model';
import type { EvaluationStatus, SakipFinalized, SakipReopened } from './types';

export type StatusWritten = { kind: 'finalize'; written: SakipFinalized } | { kind: 'reopen'; written: SakipReopened };

/**
 * Finalize (every criterion answered, else the API refuses and the screen lists what is
 * unanswered), or reopen a finalized evaluation with a reason.
 */
export function FinalizePanel({
  status,
  rows,
  unitId,
  year,
  revision,
  onWritten,
  onReload,
}: {
  status: EvaluationStatus;
  rows: readonly CriterionRow[];
  unitId: string;
  year: number;
  revision: number;
  onWritten(written: StatusWritten): void;
  onReload(): void;
}) {
  const { t, i18n } = useTranslation('sakip');
  const lang = i18n.language;
  const api = useApi();
  const finalize = useSubmit<SakipFinalized>();
  const reopen = useSubmit<SakipReopened>();
  const [reason, setReason] = useState('');
  const refused = unansweredFromProblem(finalize.problem, rows);
  const refusedCount = refused.rows.length + refused.unknown.length;

  const onFinalize = async () => {
    reopen.reset();
    const written = await finalize.submit((headers) => finalizeEvaluation(api, unitId, year, headers, revision));
    if (written) onWritten({ kind: 'finalize', written });
  };
  const onReopen = async (e: FormEvent) => {
    e.preventDefault();
    finalize.reset();
    const written = await reopen.submit((headers) => reopenEvaluation(api, unitId, year, reason.trim(), headers, revision));
    if (written) {
      setReason('');
      onWritten({ kind: 'reopen', written });
    }
  };

  if (status === 'finalized') {
    return (
      <section className="panel sakip-status" aria-labelledby="sakip-reopen-heading" data-testid="reopen-panel">
        <h2 id="sakip-reopen-heading">{t('reopen.heading')}</h2>
        <p>{t('reopen.intro')}</p>
        <form onSubmit={onReopen} noValidate>
          <label>
            {t('reopen.reason')}
            <textarea name="reopen-reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} {...fieldProps(reopen.problem, 'reason')} />
          </label>
          <FieldError problem={reopen.problem} field="reason" />
          {reopen.problem && !reopen.problem.fields.some((f) => f.field === 'reason') && <ProblemBanner problem={reopen.problem} onReload={onReload} />}
          <FormButtons className="form-actions" pending={reopen.pending} label={t('reopen.submit')} sendingLabel={t('reopen.sending')} />
        </form>
      </section>
    );
  }

  return (
    <section className="panel sakip-status" aria-labelledby="sakip-finalize-heading" data-testid="finalize-panel">
      <h2 id="sakip-finalize-heading">{t('finalize.heading')}</h2>
      <p>{t('finalize.intro')}</p>
      <div className="form-actions">
        <button type="button" onClick={() => void onFinalize()} disabled={finalize.pending} data-testid="finalize">
          {finalize.pending ? t('finalize.sending') : t('finalize.submit')}
        </button>
      </div>
      {refusedCount > 0 ? (
        <div className="banner banner-error" role="alert" data-testid="finalize-refused">
          <p>
            <strong>{t('finalize.refused', { count: refusedCount })}</strong>
          </p>
          <ul className="sakip-unanswered" data-testid="unanswered-list">
            {refused.rows.map((r) => (
              <li key={r.criterion.code} data-code={r.criterion.code}>
                <a href={`#${criterionAnchor(r.criterion.code)}`} title={labelOf(r.criterion.text, lang)}>
                  {r.criterion.code}
                  <span className="visually-hidden"> · {labelOf(r.criterion.text, lang)}</span>
                </a>
                {r.answer && <span> ({t('finalize.answeredSince')})</span>}
              </li>
            ))}
            {refused.unknown.map((code) => (
              <li key={code} data-code={code}>
                {code}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <ProblemBanner problem={finalize.problem} onReload={onReload} />
      )}
    </section>
  );
}
