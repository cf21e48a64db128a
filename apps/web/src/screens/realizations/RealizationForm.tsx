import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ifMatch, unwrap, useApi } from '../../api/clients';
import { otherMessages, toProblem, type ApiProblem } from '../../api/errors';
import { useSubmit } from '../../api/hooks';
import { FieldError, fieldProps, ProblemBanner } from '../../components/Problem';
import { dottedField, rowsFrom, toEvidence, type EvidenceRow } from './evidence';
import { EvidenceEditor } from './EvidenceEditor';
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

/** The API's problem with evidence paths in one spelling (evidence.0.url). */
function normalized(problem: ApiProblem | undefined): ApiProblem | undefined {
  return problem && { ...problem, fields: problem.fields.map((f) => ({ ...f, field: dottedField(f.field) })) };
}

/** A banner only for what no field shows: a stale form, a problem without a field, or a field the form lacks. */
function needsBanner(problem: ApiProblem | undefined): boolean {
  if (!problem) return false;
  return problem.status === 412 || problem.fields.length === 0 || otherMessages(problem, SHOWN).length > 0;
}

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
  const [reason, setReason] = useState('');
  const [note, setNote] = useState(target.entry?.note ?? '');
  const [rows, setRows] = useState<EvidenceRow[]>(() => rowsFrom(target.entry?.evidence ?? []));
  const [indexOf, setIndexOf] = useState<ReadonlyMap<number, number>>(new Map());
  const [local, setLocal] = useState<ApiProblem | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [target.kpiId]);

  const problem = useMemo(() => local ?? normalized(submission.problem), [local, submission.problem]);
  const hintId = `value-hint`;
  const describedBy = (field: string, extra?: string) => [extra, fieldProps(problem, field)['aria-describedby']].filter(Boolean).join(' ') || undefined;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (submission.pending) return;
    const parsed = valueToSend(value, valueType);
    const localFields: { field: string; message: string }[] = [];
    if (!parsed.ok) localFields.push({ field: 'value', message: t(`form.errors.${kind}.${parsed.error}`) });
    if (correcting && reason.trim() === '') localFields.push({ field: 'reason', message: t('form.errors.reasonEmpty') });
    if (localFields.length > 0 || !parsed.ok) {
      setLocal(toProblem(400, { code: 'CLIENT_INVALID', message: localFields.map((f) => f.message).join('; '), details: localFields.map((f) => ({ field: f.field, errors: [f.message] })) }));
      return;
    }
    setLocal(undefined);
    const { evidence, indexOf: sentIndex } = toEvidence(rows);
    setIndexOf(sentIndex);
    const noteValue = note.trim() || undefined;
    const written = await submission.submit((headers) =>
      target.entry
        ? unwrap<RealizationWritten>(
            api.measurement.POST('/realizations/{kpiId}/{year}/{period}/corrections', {
              params: { path: { kpiId: target.kpiId, year, period }, header: { ...headers, 'If-Match': ifMatch(target.entry.revision) } },
              body: { value: parsed.value, reason: reason.trim(), note: noteValue, evidence },
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
        {correcting && (
          <>
            <label>
              {t('form.reason')}
              <textarea name="reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} {...fieldProps(problem, 'reason')} />
            </label>
            <FieldError problem={problem} field="reason" />
          </>
        )}
        <label>
          {t('form.note')}
          <textarea name="note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} {...fieldProps(problem, 'note')} />
        </label>
        <FieldError problem={problem} field="note" />
        <EvidenceEditor rows={rows} onChange={setRows} problem={problem} indexOf={indexOf} />
        {!local && needsBanner(problem) && <ProblemBanner problem={problem} shownFields={SHOWN} onReload={onReload} />}
        <div className="form-actions">
          <button type="submit" disabled={submission.pending}>
            {submission.pending ? tc('actions.saving') : tc('actions.save')}
          </button>
          <button type="button" className="secondary" onClick={onCancel}>
            {tc('actions.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
