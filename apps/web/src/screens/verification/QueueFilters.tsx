import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DEFAULT_YEAR, PERIODS } from '../../components/PeriodPicker';
import type { UnitOption } from './catalog';
import { usePeriodLabel } from './labels';

export interface QueueFilter {
  /** '' = every unit. */
  unit: string;
  year: number;
  /** '' = every period. */
  period: string;
}

export const YEARS = [DEFAULT_YEAR - 1, DEFAULT_YEAR, DEFAULT_YEAR + 1];

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
      <label>
        {t('queue.unit')}
        <select name="queue-unit" value={filter.unit} onChange={(e) => onChange({ unit: e.target.value })}>
          <option value="">{t('queue.allUnits')}</option>
          <UnitOptions units={units} />
        </select>
      </label>
      <label>
        {t('queue.year')}
        <select name="queue-year" value={filter.year} onChange={(e) => onChange({ year: Number(e.target.value) })}>
          {YEARS.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('queue.period')}
        <select name="queue-period" value={filter.period} onChange={(e) => onChange({ period: e.target.value })}>
          <option value="">{t('queue.allPeriods')}</option>
          {PERIODS.map((p) => (
            <option key={p} value={p}>
              {periodLabel(p)}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
