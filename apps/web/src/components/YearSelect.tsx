import { useTranslation } from 'react-i18next';
import { usePeriod, YEARS } from './PeriodPicker';
import { SelectField } from './SelectField';

/** The page's year (kept in the URL as ?year=, see usePeriod), picked among `years`. */
export function YearSelect({ years = YEARS }: { years?: readonly number[] }) {
  const { t } = useTranslation();
  const { year, setYear } = usePeriod();
  return <SelectField label={t('common:year')} name="year" value={year} onPick={(v) => setYear(Number(v))} options={years} />;
}
