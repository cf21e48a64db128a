import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { unwrap, useApi, type FetchOutcome } from '../../api/clients';
import { useSubmit } from '../../api/hooks';
import { localize, type ApiProblem } from '../../api/errors';
import { FieldError, fieldProps, ProblemBanner } from '../../components/Problem';
import type { ScorecardPlan, ScorecardWritten } from './types';
import { FormButtons } from '../../components/Field';

interface FormProps {
  plan: ScorecardPlan;
  /** The ETag of the plan as loaded (If-Match of the write). */
  etag: string | undefined;
  onDone(message: string): void;
  onReload(): void;
}

/**
 * The API's reasons for refusing an approval (weights not 100, KPIs without an owner...), each
 * message once; empty for a problem the form shows otherwise (a stale form, the signer field, no network).
 */
export function approvalRefusal(problem: ApiProblem | undefined): string[] {
  if (!problem || problem.status === 0 || problem.status === 412 || problem.status === 401 || problem.status === 403) return [];
  const rest = problem.fields.filter((f) => f.field !== 'signedBy').flatMap((f) => f.messages);
  if (problem.fields.length > 0 && rest.length === 0) return [];
  return [...new Set(rest.length > 0 ? rest : [problem.message])];
}

/** A write of the loaded plan: the form's submission, sent with If-Match on the plan's ETag; `done` once it succeeded. */
function usePlanWrite(etag: string | undefined) {
  const submission = useSubmit<ScorecardWritten>();
  const send = (post: (header: Record<string, string>) => Promise<FetchOutcome<ScorecardWritten>>, done: () => void) => async (e: FormEvent) => {
    e.preventDefault();
    if (await submission.submit((headers) => unwrap<ScorecardWritten>(post(etag ? { ...headers, 'If-Match': etag } : headers)))) done();
  };
  return { ...submission, send };
}

/** Approve the draft or the open revision as the next version of the Perjanjian Kinerja. */
export function ApproveForm({ plan, etag, onDone, onReload }: FormProps) {
  const { t, i18n } = useTranslation('agreement');
  const api = useApi();
  const approve = usePlanWrite(etag);
  const [signedBy, setSignedBy] = useState(plan.approvals.at(-1)?.signedBy ?? '');
  const next = plan.version + 1;
  const refusal = approvalRefusal(approve.problem);

  const send = approve.send(
    (header) => api.planning.POST('/scorecards/{scorecardId}/approve', { params: { path: { scorecardId: plan.scorecardId }, header }, body: { signedBy } }),
    () => onDone(t('approve.done', { version: next })),
  );

  return (
    <form onSubmit={send} noValidate className="agreement-form" aria-labelledby="approve-title" data-testid="approve-form">
      <h3 id="approve-title">{plan.status === 'in_revision' ? t('approve.againTitle', { version: next }) : t('approve.title')}</h3>
      <p className="muted">{t('approve.intro')}</p>
      <label>
        {t('approve.signedBy')}
        <span className="muted hint">{t('approve.signedByHint')}</span>
        <input name="signedBy" value={signedBy} onChange={(e) => setSignedBy(e.target.value)} maxLength={200} {...fieldProps(approve.problem, 'signedBy')} />
      </label>
      <FieldError problem={approve.problem} field="signedBy" />
      <FormButtons pending={approve.pending} label={t('approve.submit', { version: next })} sendingLabel={t('approve.sending')} testId="agreement-approve" />
      {refusal.length > 0 ? (
        <div className="banner banner-error" role="alert" data-testid="approve-refused" data-code={approve.problem?.code}>
          <p>
            <strong>{t('approve.refused')}</strong>
          </p>
          <ul>
            {refusal.map((m, i) => (
              <li key={i}>{localize(m, i18n.language)}</li>
            ))}
          </ul>
        </div>
      ) : (
        <ProblemBanner problem={approve.problem} shownFields={['signedBy']} onReload={onReload} />
      )}
    </form>
  );
}

/** Open a revision of the approved plan, with the reason the history keeps. */
export function RevisionForm({ plan, etag, onDone, onReload }: FormProps) {
  const { t } = useTranslation('agreement');
  const api = useApi();
  const revise = usePlanWrite(etag);
  const [reason, setReason] = useState('');
  const send = revise.send(
    (header) => api.planning.POST('/scorecards/{scorecardId}/revisions', { params: { path: { scorecardId: plan.scorecardId }, header }, body: { reason } }),
    () => onDone(t('revise.done', { version: plan.version })),
  );

  return (
    <form onSubmit={send} noValidate className="agreement-form" aria-labelledby="revise-title" data-testid="revision-form">
      <h3 id="revise-title">{t('revise.title')}</h3>
      <p className="muted">{t('revise.intro', { version: plan.version })}</p>
      <label>
        {t('revise.reason')}
        <span className="muted hint">{t('revise.reasonHint')}</span>
        <textarea name="reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} {...fieldProps(revise.problem, 'reason')} />
      </label>
      <FieldError problem={revise.problem} field="reason" />
      <FormButtons pending={revise.pending} label={t('revise.submit')} sendingLabel={t('revise.sending')} testId="agreement-revise" />
      <ProblemBanner problem={revise.problem} shownFields={['reason']} onReload={onReload} />
    </form>
  );
}
