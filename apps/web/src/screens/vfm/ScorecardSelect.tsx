import { useTranslation } from 'react-i18next';
import { unwrap, useApi } from '../../api/clients';
import { useLoad } from '../../api/hooks';
import type { ScorecardSummary } from '../../api/schemas';
import { ProblemBanner } from '../../components/Problem';
import { SelectField } from '../../components/SelectField';

/** A labelled select of the year's scorecards (by title); '' while none is picked. */
export function ScorecardSelect({
  year,
  value,
  onPick,
  label,
  aria,
}: {
  year: number;
  value: string;
  onPick(scorecardId: string): void;
  label: string;
  /** aria-invalid / aria-describedby of a form that checks the choice (fieldProps). */
  aria?: { 'aria-invalid'?: boolean; 'aria-describedby'?: string };
}) {
  const { t } = useTranslation('vfm');
  const api = useApi();
  const list = useLoad(() => unwrap<ScorecardSummary[]>(api.planning.GET('/scorecards', { params: { query: { year: String(year) } } })), [api, year]);
  const known = list.data?.some((s) => s.scorecardId === value) ?? false;
  return (
    <>
      <SelectField label={label} name="scorecardId" value={value} onPick={onPick} emptyOption={list.loading ? t('common:loading') : t('pickScorecard')} disabled={list.loading && !list.data} {...aria}>
        {value && !known && <option value={value}>{value}</option>}
        {(list.data ?? []).map((s) => (
          <option key={s.scorecardId} value={s.scorecardId}>
            {s.title}
          </option>
        ))}
      </SelectField>
      <ProblemBanner problem={list.problem} onReload={list.reload} />
    </>
  );
}
