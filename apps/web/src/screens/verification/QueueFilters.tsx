import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DEFAULT_YEAR, PERIODS, YEARS } from '../../components/PeriodPicker';
import { SelectField } from '../../components/SelectField';
import type { UnitOption } from './catalog';
import { usePeriodLabel } from './labels';

export interface QueueFilter {
  /** '' = every unit. */
  unit: string;
  year: number;
  /** '' = every period. */
  period: string;
}

/** The queue's filter, kept in the URL (?unit=bpkad&year=2026&qperiod=Q1) so a link shows the same queue. */
export function useQueueFilter(): [QueueFilter, (change: Partial<QueueFilter>) => void] {
  const [params, setParams] = useSearchParams();
  const y = Number(params.get('year'));
  const p = params.get('qperiod') ?? '';
  const filter: QueueFilter = {
    unit: params.get('unit') ?? '',
    year: Number.isInteger(y) && y >= 2000 && y <= 2100 ? y : DEFAULT_YEAR,
    period: (PERIODS as readonly string[]).includes(p) ? p : '',
  };
  const set = (change: Partial<QueueFilter>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (change.unit !== undefined) {
        if (change.unit) next.set('unit', change.unit);
        else next.delete('unit');
      }
      if (change.year !== undefined) next.set('year', String(change.year));
      if (change.period !== undefined) {
        if (change.period) next.set('qperiod', change.period);
        else next.delete('qperiod');
      }
      return next;
    });
  return [filter, set];
}

export function UnitOptions({ units }: { units: readonly UnitOption[] }) {
  return (
    <>
      {units.map((u) => (
        <option key={u.unitId} value={u.unitId}>
          {`${'\u00a0\u00a0'.repeat(u.depth)}${u.name}`}
        </option>
      ))}
    </>
  );
}

export function QueueFilters({ filter, onChange, units }: { filter: QueueFilter; onChange(change: Partial<QueueFilter>): void; units: readonly UnitOption[] }) {
  const { t } = useTranslation('verification');
  const periodLabel = usePeriodLabel();
  return (
    <fieldset className="toolbar verif-filters">
      <legend>{t('queue.filters')}</legend>
      <SelectField label={t('queue.unit')} name="queue-unit" value={filter.unit} onPick={(unit) => onChange({ unit })} emptyOption={t('queue.allUnits')}>
        <UnitOptions units={units} />
      </SelectField>
      <SelectField label={t('common:year')} name="queue-year" value={filter.year} onPick={(v) => onChange({ year: Number(v) })} options={YEARS} />
      <SelectField
        label={t('common:period')}
        name="queue-period"
        value={filter.period}
        onPick={(period) => onChange({ period })}
        emptyOption={t('queue.allPeriods')}
        options={PERIODS}
        optionLabel={periodLabel}
      />
    </fieldset>
  );
}
