import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ifMatch, unwrap, useApi } from '../../api/clients';
import { useSubmit } from '../../api/hooks';
import { NoteEvidenceFields, useNoteEvidence, type LocalMessage } from '../../components/NoteEvidenceFields';
import { FieldError, fieldProps } from '../../components/Problem';
import type { PlanKpi, RealizationEntry, RealizationWritten, ReportPeriod } from './types';
import { inputKindOf, valueToSend } from './valueInput';
import { formatValue } from '../../format';

export interface FormTarget {
  kpiId: string;
  code: string;
  name: string;
  kpi: PlanKpi | undefined;
  /** Present: the form corrects this reported value. */
  entry?: RealizationEntry;
}

const SHOWN = ['value', 'reason', 'note', 'evidence'];

/** Records a first value for a KPI and period, or corrects the reported one with a reason. */
/** `onDone` after a write; `onReload` when the value changed under the form (412): close it and read again. */
export function RealizationForm({ target, year, period, onDone, onCancel, onReload }: { target: FormTarget; year: number; period: ReportPeriod; onDone(): void; onCancel(): void; onReload(): void }) {
  const { t, i18n } = useTranslation('realizations');
  const { t: tc } = useTranslation();
  const api = useApi();
  const submission = useSubmit<RealizationWritten>();
  const correcting = target.entry !== undefined;
  const valueType = target.kpi?.valueType ?? 'number';
  const kind = inputKindOf(valueType);
  const [value, setValue] = useState(target.entry?.value ?? '');
  const form = useNoteEvidence(target.entry, submission.problem);
  const { problem } = form;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [target.kpiId]);

  const hintId = `value-hint`;
  const describedBy = (field: string, extra?: string) => [extra, fieldProps(problem, field)['aria-describedby']].filter(Boolean).join(' ') || undefined;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (submission.pending) return;
    const parsed = valueToSend(value, valueType);
    const localFields: LocalMessage[] = [];
    if (!parsed.ok) localFields.push({ field: 'value', message: t(`form.errors.${kind}.${parsed.error}`) });
    if (correcting && form.reason.trim() === '') localFields.push({ field: 'reason', message: t('form.errors.reasonEmpty') });
    if (!form.check(localFields) || !parsed.ok) return;
    const evidence = form.evidence();
    const noteValue = form.note.trim() || undefined;
    const written = await submission.submit((headers) =>
      target.entry
        ? unwrap<RealizationWritten>(
            api.measurement.POST('/realizations/{kpiId}/{year}/{period}/corrections', {
              params: { path: { kpiId: target.kpiId, year, period }, header: { ...headers, 'If-Match': ifMatch(target.entry.revision) } },
              body: { value: parsed.value, reason: form.reason.trim(), note: noteValue, evidence },
            }),
          )
        : unwrap<RealizationWritten>(
            api.measurement.POST('/realizations', {
              params: { header: headers },
              body: { kpiId: target.kpiId, year, period, value: parsed.value, note: noteValue, evidence: evidence.length > 0 ? evidence : undefined },
            }),
          ),
    );
    if (written) onDone();
  };

  const title = correcting ? t('form.correctTitle', { code: target.code, name: target.name }) : t('form.recordTitle', { code: target.code, name: target.name });
  return (
    <section className="panel realization-form" aria-labelledby="realization-form-title" data-testid="realization-form">
      <h2 id="realization-form-title" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      <p className="muted">
        {t('form.periodLine', { period: tc(`periods.${period}`, { defaultValue: period }), year })}
        {target.kpi?.unitOfMeasure ? ` · ${t('form.unitOfMeasure', { unit: target.kpi.unitOfMeasure })}` : ''}
      </p>
      {correcting && target.entry && <p>{t('form.currentValue', { value: formatValue(target.entry.value, valueType, i18n.language) })}</p>}
      <form onSubmit={submit} noValidate>
        {kind === 'decimal' && (
          <label>
            {t('form.value')}
            <input
              name="value"
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={value}
              onChange={(e) => setValue(e.target.value)}
              {...fieldProps(problem, 'value')}
              aria-describedby={describedBy('value', hintId)}
            />
          </label>
        )}
        {kind === 'grade' && (
          <label>
            {t('form.value')}
            <select name="value" value={value} onChange={(e) => setValue(e.target.value)} {...fieldProps(problem, 'value')} aria-describedby={describedBy('value', hintId)}>
              <option value="">{t('form.chooseGrade')}</option>
              {(target.kpi?.grades ?? []).map((g) => (
                <option key={g} value={g}>
                  {g}
                </option>
              ))}
            </select>
          </label>
        )}
        {kind === 'date' && (
          <label>
            {t('form.value')}
            <input name="value" type="date" value={value} onChange={(e) => setValue(e.target.value)} {...fieldProps(problem, 'value')} aria-describedby={describedBy('value', hintId)} />
          </label>
        )}
        <p className="muted hint" id={hintId}>
          {t(`form.hints.${valueType}`)}
        </p>
        <FieldError problem={problem} field="value" />
        <NoteEvidenceFields
          form={form}
          reasonLabel={correcting ? t('form.reason') : undefined}
          noteLabel={t('form.note')}
          shown={SHOWN}
          onReload={onReload}
          pending={submission.pending}
          saveLabel={tc('actions.save')}
          sendingLabel={tc('actions.saving')}
          onCancel={onCancel}
        />
      </form>
    </section>
  );
}
