import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SelectField } from './SelectField';

export const PERIODS = ['Q1', 'Q2', 'Q3', 'Q4', 'S1', 'S2', 'Y'] as const;
export type Period = (typeof PERIODS)[number];
export const DEFAULT_YEAR = 2026;
/** The years a page offers: the default one and its neighbours. */
export const YEARS = [DEFAULT_YEAR - 1, DEFAULT_YEAR, DEFAULT_YEAR + 1];

/** Year and period of the page, kept in the URL (?year=2026&period=Q2) so a link shows the same view. */
export function usePeriod(): { year: number; period: Period; setYear(y: number): void; setPeriod(p: Period): void } {
  const [params, setParams] = useSearchParams();
  const y = Number(params.get('year'));
  const year = Number.isInteger(y) && y >= 2000 && y <= 2100 ? y : DEFAULT_YEAR;
  const p = params.get('period');
  const period = (PERIODS as readonly string[]).includes(p ?? '') ? (p as Period) : 'Q2';
  const set = (key: string, value: string) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      next.set(key, value);
      return next;
    });
  return { year, period, setYear: (v) => set('year', String(v)), setPeriod: (v) => set('period', v) };
}

export function PeriodPicker({ periods = PERIODS }: { periods?: readonly Period[] }) {
  const { t } = useTranslation();
  const { year, period, setYear, setPeriod } = usePeriod();
  return (
    <div className="period-picker">
      <SelectField label={t('year')} name="year" value={year} onPick={(v) => setYear(Number(v))} options={YEARS} />
      <SelectField label={t('period')} name="period" value={period} onPick={(v) => setPeriod(v as Period)} options={periods} optionLabel={(p) => t(`periods.${p}`)} />
    </div>
  );
}
