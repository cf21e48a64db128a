import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { unwrap, useApi } from '../../api/clients';
import { useLoad } from '../../api/hooks';
import { usePeriod, YEARS } from '../../components/PeriodPicker';
import { SelectField } from '../../components/SelectField';
import { Loading, ProblemBanner } from '../../components/Problem';
import { unitNames, type OrgTree } from '../dashboard/org';
import type { ScorecardSummary } from './types';
import { DataTable } from '../../components/DataTable';

/** Every scorecard of a year, with its unit's name, version and status. */
export default function ScorecardListScreen() {
  const { t } = useTranslation('scorecard');
  const api = useApi();
  const { year, setYear } = usePeriod();
  const list = useLoad(() => unwrap<ScorecardSummary[]>(api.planning.GET('/scorecards', { params: { query: { year: String(year) } } })), [api, year]);
  const tree = useLoad(() => unwrap<OrgTree>(api.planning.GET('/org/tree')), [api]);
  const names = tree.data ? unitNames(tree.data.roots) : new Map<string, string>();
  const rows = [...(list.data ?? [])].sort((a, b) => a.unitId.localeCompare(b.unitId) || (a.theme ?? '').localeCompare(b.theme ?? ''));
  return (
    <>
      <h1>{t('listTitle', { year })}</h1>
      <p>{t('listIntro')}</p>
      <div className="toolbar">
        <SelectField label={t('common:year')} name="year" value={year} onPick={(v) => setYear(Number(v))} options={YEARS} />
      </div>
      <ProblemBanner problem={list.problem ?? tree.problem} onReload={list.problem ? list.reload : tree.reload} />
      {list.loading && !list.data ? (
        <Loading />
      ) : rows.length === 0 ? (
        <p className="muted">{t('common:empty')}</p>
      ) : (
        <DataTable testId="scorecard-list" wrapClassName="panel" columns={[t('columns.scorecard'), t('columns.unit'), t('columns.version'), t('columns.status'), t('columns.content')]}>
          {rows.map((s) => (
            <tr key={s.scorecardId} data-testid={`scorecard-${s.scorecardId}`}>
              <th scope="row">
                <Link to={`/scorecards/${encodeURIComponent(s.scorecardId)}?year=${s.year}`}>{s.title}</Link>
                {s.theme && <div className="muted">{t('theme', { theme: s.theme.toUpperCase() })}</div>}
              </th>
              <td>{names.get(s.unitId) ?? (tree.loading ? '…' : s.unitId)}</td>
              <td className="num">{s.version}</td>
              <td>{t(`status.${s.status}`, { defaultValue: s.status })}</td>
              <td>{t('content', { perspectives: s.perspectives, objectives: s.objectives, kpis: s.kpis })}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
