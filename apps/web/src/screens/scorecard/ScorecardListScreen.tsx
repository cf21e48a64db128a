import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { unwrap, useApi } from '../../api/clients';
import { useLoad } from '../../api/hooks';
import { DEFAULT_YEAR, usePeriod } from '../../components/PeriodPicker';
import { Loading, ProblemBanner } from '../../components/Problem';
import { unitNames, type OrgTree } from '../dashboard/org';
import type { ScorecardSummary } from './types';

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
        <label>
          {t('common:year')}
          <select name="year" value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {[DEFAULT_YEAR - 1, DEFAULT_YEAR, DEFAULT_YEAR + 1].map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ProblemBanner problem={list.problem ?? tree.problem} onReload={list.problem ? list.reload : tree.reload} />
      {list.loading && !list.data ? (
        <Loading />
      ) : rows.length === 0 ? (
        <p className="muted">{t('common:empty')}</p>
      ) : (
        <div className="table-wrap panel">
          <table data-testid="scorecard-list">
            <thead>
              <tr>
                <th scope="col">{t('columns.scorecard')}</th>
                <th scope="col">{t('columns.unit')}</th>
                <th scope="col">{t('columns.version')}</th>
                <th scope="col">{t('columns.status')}</th>
                <th scope="col">{t('columns.content')}</th>
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
