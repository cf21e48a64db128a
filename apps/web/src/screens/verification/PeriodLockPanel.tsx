import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { unwrap, useApi } from '../../api/clients';
import { toProblem, type ApiProblem } from '../../api/errors';
import { useSubmit } from '../../api/hooks';
import { FieldError, fieldProps, ProblemBanner } from '../../components/Problem';
import { DEFAULT_YEAR, PERIODS, YEARS, type Period } from '../../components/PeriodPicker';
import { SelectField } from '../../components/SelectField';
import type { Units } from './catalog';
import { usePeriodLabel } from './labels';
import { UnitOptions } from './QueueFilters';
import type { PeriodLocked, PeriodUnlocked } from './types';

type LockAction = 'lock' | 'unlock';

/** The answer of the last successful action, as shown. */
interface Answer {
  action: LockAction;
  locked: boolean;
  data: { unitId: string; year: number; period: string };
  text: string | null;
}
const FIELDS = ['unitId', 'year', 'period', 'reason', 'note'];

/** Lock or unlock one period of one unit, with a reason; shows the answer of the last action. */
export function PeriodLockPanel({ units }: { units: Units }) {
  const { t } = useTranslation('verification');
  const api = useApi();
  const periodLabel = usePeriodLabel();
  const [unitId, setUnitId] = useState('');
  const [year, setYear] = useState(DEFAULT_YEAR);
  const [period, setPeriod] = useState<Period>('Q1');
  const [reason, setReason] = useState('');
  const [last, setLast] = useState<LockAction>('lock');
  const lock = useSubmit<PeriodLocked>();
  const unlock = useSubmit<PeriodUnlocked>();
  const [answer, setAnswer] = useState<Answer | undefined>();
  const current = last === 'lock' ? lock : unlock;
  const [localProblem, setLocalProblem] = useState<ApiProblem | undefined>();
  const problem = localProblem ?? current.problem;
  const pending = lock.pending || unlock.pending;

  const act = async (action: LockAction) => {
    setLast(action);
    setAnswer(undefined);
    if (!unitId) {
      setLocalProblem(toProblem(400, { code: 'UNIT_REQUIRED', field: 'unitId', message: t('lock.unitRequired') }));
      return;
    }
    setLocalProblem(undefined);
    const path = { unitId, year, period };
    const text = reason.trim();
    let next: Answer | undefined;
    if (action === 'lock') {
      const written = await lock.submit((headers) => unwrap(api.measurement.POST('/periods/{unitId}/{year}/{period}/lock', { params: { path, header: headers }, body: text ? { note: text } : {} })));
      if (written) next = { action, locked: true, data: written.data, text: written.data.note };
    } else {
      const written = await unlock.submit((headers) => unwrap(api.measurement.POST('/periods/{unitId}/{year}/{period}/unlock', { params: { path, header: headers }, body: { reason: text } })));
      if (written) next = { action, locked: false, data: written.data, text: written.data.reason };
    }
    if (next) {
      setAnswer(next);
      setReason('');
    }
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void act('lock');
  };
  const reasonInvalid = fieldProps(problem, 'reason')['aria-invalid'] || fieldProps(problem, 'note')['aria-invalid'];
  const reasonDescribed = [fieldProps(problem, 'reason')['aria-describedby'], fieldProps(problem, 'note')['aria-describedby'], 'lock-reason-hint'].filter(Boolean).join(' ');

  return (
    <section className="panel" aria-labelledby="lock-heading">
      <h2 id="lock-heading">{t('lock.heading')}</h2>
      <p className="muted">{t('lock.intro')}</p>
      <form onSubmit={onSubmit} noValidate className="verif-lock" data-testid="lock-form">
        <div className="verif-lock-row">
          <SelectField label={t('lock.unit')} name="lock-unit" value={unitId} onPick={setUnitId} emptyOption={t('lock.chooseUnit')} {...fieldProps(problem, 'unitId')}>
            <UnitOptions units={units.options} />
          </SelectField>
          <SelectField label={t('common:year')} name="lock-year" value={year} onPick={(v) => setYear(Number(v))} options={YEARS} {...fieldProps(problem, 'year')} />
          <SelectField
            label={t('common:period')}
            name="lock-period"
            value={period}
            onPick={(v) => setPeriod(v as Period)}
            options={PERIODS}
            optionLabel={periodLabel}
            {...fieldProps(problem, 'period')}
          />
        </div>
        <FieldError problem={problem} field="unitId" />
        <FieldError problem={problem} field="year" />
        <FieldError problem={problem} field="period" />
        <label>
          {t('lock.reason')}
          <textarea name="lock-reason" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} aria-invalid={reasonInvalid} aria-describedby={reasonDescribed} />
        </label>
        <p className="muted verif-hint" id="lock-reason-hint">
          {t('lock.reasonHint')}
        </p>
        <FieldError problem={problem} field="reason" />
        <FieldError problem={problem} field="note" />
        <ProblemBanner problem={problem} shownFields={FIELDS} />
        <div className="verif-actions">
          <button type="submit" disabled={pending} data-testid="lock-submit">
            {lock.pending ? t('lock.sending') : t('lock.lock')}
          </button>
          <button type="button" className="secondary" disabled={pending} onClick={() => void act('unlock')} data-testid="unlock-submit">
            {unlock.pending ? t('lock.sending') : t('lock.unlock')}
          </button>
        </div>
      </form>
      <div role="status" aria-live="polite">
        {answer ? (
          <div className="banner banner-ok" data-testid="lock-state" data-locked={String(answer.locked)}>
            <p>
              <strong>{t(answer.locked ? 'lock.locked' : 'lock.unlocked', { period: periodLabel(answer.data.period), year: answer.data.year, unit: units.nameOf(answer.data.unitId) })}</strong>
            </p>
            {answer.text && <p>{t(answer.locked ? 'lock.note' : 'lock.reasonGiven', { text: answer.text })}</p>}
          </div>
        ) : (
          <p className="muted">{t('lock.stateUnknown')}</p>
        )}
      </div>
    </section>
  );
}
