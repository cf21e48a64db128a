import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { unwrap, useApi } from '../../api/clients';
import { useSubmit } from '../../api/hooks';
import { FormButtons, TextAreaField } from '../../components/Field';
import { ProblemBanner } from '../../components/Problem';
import { labelOf } from '../../format';
import { acceptBody, rejectBody } from './recommendationsModel';
import type { Recommendation, RecommendationDecided } from './types';

export type Decision = 'accept' | 'reject';

/** Accept (with an optional note) or reject (with a reason, and a note) one recommendation; the API's messages appear on their fields. */
export function DecisionForm({ recommendation: r, decision, onDone, onCancel }: { recommendation: Recommendation; decision: Decision; onDone(): void; onCancel(): void }) {
  const { t, i18n } = useTranslation('recommendations');
  const api = useApi();
  const write = useSubmit<RecommendationDecided>();
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const form = useRef<HTMLFormElement>(null);
  // The first text area: the reason of a rejection, the note of an acceptance.
  useEffect(() => form.current?.querySelector('textarea')?.focus(), []);
  const recommendationId = r.recommendationId;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const written = await write.submit((headers) =>
      decision === 'accept'
        ? unwrap<RecommendationDecided>(api.evaluation.POST('/recommendations/{recommendationId}/accept', { params: { path: { recommendationId }, header: headers }, body: acceptBody(note) }))
        : unwrap<RecommendationDecided>(api.evaluation.POST('/recommendations/{recommendationId}/reject', { params: { path: { recommendationId }, header: headers }, body: rejectBody(reason, note) })),
    );
    if (written) onDone();
  };

  return (
    <form ref={form} className="panel rec-decision" onSubmit={submit} noValidate aria-labelledby="decision-heading" data-testid="decision-form">
      <h2 id="decision-heading">{t(`form.heading.${decision}`)}</h2>
      <p>
        <strong>
          {r.unitName} — {t(`kinds.${r.kind}`)} ({r.period})
        </strong>
        <br />
        {labelOf(r.reason, i18n.language)}
      </p>
      {decision === 'reject' && <TextAreaField label={t('form.reason')} field="reason" problem={write.problem} value={reason} onChange={setReason} />}
      <TextAreaField label={decision === 'accept' ? t('form.noteOptional') : t('form.noteReject')} field="note" problem={write.problem} rows={2} value={note} onChange={setNote} />
      <ProblemBanner problem={write.problem} shownFields={['note', 'reason']} />
      <FormButtons className="rec-form-actions" pending={write.pending} label={t(`form.submit.${decision}`)} sendingLabel={t('form.sending')} onCancel={onCancel} />
    </form>
  );
}
