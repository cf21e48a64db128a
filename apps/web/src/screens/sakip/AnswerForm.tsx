import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/clients';
import { useSubmit } from '../../api/hooks';
import { NoteEvidenceFields, useNoteEvidence } from '../../components/NoteEvidenceFields';
import { FieldError, fieldProps } from '../../components/Problem';
import { formatDecimal, labelOf } from '../../format';
import { answerCriterion, reviseAnswer } from './api';
import { scaleOptions, type CriterionRow } from './model';
import type { SakipAnswered, SakipRevised } from './types';

export type AnswerMode = 'answer' | 'revise';

/** What a write changed, for the screen's confirmation. */
export type AnswerWritten = { kind: 'answer'; code: string; written: SakipAnswered } | { kind: 'revise'; code: string; written: SakipRevised };

const SHOWN = ['answer', 'note', 'reason', 'evidence'];

/**
 * Answers a criterion (the system's suggestion is pre-selected) or, once answered, revises the
 * answer with a reason; both with a note and evidence links.
 */
export function AnswerForm({
  row,
  mode,
  unitId,
  year,
  revision,
  onDone,
  onCancel,
  onReload,
}: {
  row: CriterionRow;
  mode: AnswerMode;
  unitId: string;
  year: number;
  /** The stream revision the screen shows (If-Match). */
  revision: number;
  onDone(written: AnswerWritten): void;
  onCancel(): void;
  onReload(): void;
}) {
  const { t, i18n } = useTranslation('sakip');
  const { t: tc } = useTranslation();
  const lang = i18n.language;
  const api = useApi();
  const submission = useSubmit<AnswerWritten>();
  const code = row.criterion.code;
  const current = row.answer;
  const [answer, setAnswer] = useState(mode === 'revise' ? (current?.answer ?? '') : (row.suggestion?.answer ?? ''));
  const form = useNoteEvidence(current, submission.problem);
  const { problem } = form;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [code, mode]);
  const options = scaleOptions(row.scale);
  const headingId = `answer-form-${code.replace(/[^A-Za-z0-9_-]/g, '_')}`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (submission.pending) return;
    if (!form.check(answer === '' ? [{ field: 'answer', message: t('form.chooseAnswerError') }] : [])) return;
    const body = { answer, note: form.note.trim(), evidence: form.evidence() };
    const written = await submission.submit(async (headers): Promise<AnswerWritten> => {
      if (mode === 'revise') return { kind: 'revise', code, written: await reviseAnswer(api, unitId, year, code, { ...body, reason: form.reason.trim() }, headers, revision) };
      return { kind: 'answer', code, written: await answerCriterion(api, unitId, year, code, { ...body, note: body.note || undefined }, headers, revision) };
    });
    if (written) onDone(written);
  };

  return (
    <section className="sakip-answer-form" aria-labelledby={headingId} data-testid="answer-form" data-mode={mode}>
      <h5 id={headingId} ref={heading} tabIndex={-1}>
        {mode === 'revise' ? t('form.reviseTitle', { code }) : t('form.answerTitle', { code })}
      </h5>
      <p className="muted">{labelOf(row.criterion.text, lang)}</p>
      {row.suggestion && mode === 'answer' && <p className="muted">{t('form.suggestionPicked', { answer: row.suggestion.answer })}</p>}
      <form onSubmit={submit} noValidate>
        <label>
          {t('form.answer')}
          <select name="answer" value={answer} onChange={(e) => setAnswer(e.target.value)} {...fieldProps(problem, 'answer')}>
            <option value="">{t('form.chooseAnswer')}</option>
            {options.map((o) => (
              <option key={o.code} value={o.code}>
                {o.label ? `${o.code} — ${labelOf(o.label, lang)} (${formatDecimal(o.value, lang)})` : `${o.code} (${formatDecimal(o.value, lang)})`}
              </option>
            ))}
          </select>
        </label>
        <FieldError problem={problem} field="answer" />
        <NoteEvidenceFields
          form={form}
          reasonLabel={mode === 'revise' ? t('form.reason') : undefined}
          noteLabel={t('form.note')}
          shown={SHOWN}
          onReload={onReload}
          pending={submission.pending}
          saveLabel={mode === 'revise' ? t('form.saveRevision') : tc('actions.save')}
          sendingLabel={tc('actions.saving')}
          onCancel={onCancel}
        />
      </form>
    </section>
  );
}
