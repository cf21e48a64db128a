import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { unwrap, useApi } from '../../api/clients';
import { useLoad } from '../../api/hooks';
import { PeriodPicker, usePeriod } from '../../components/PeriodPicker';
import { Loading, ProblemBanner } from '../../components/Problem';
import type { ScorecardSummary } from './types';
import { DataTable } from '../../components/DataTable';

/** The scorecards of the year, each a link to its replay. */
export function ScorecardPicker() {
  const { t } = useTranslation('replay');
  const api = useApi();
  const { year, period } = usePeriod();
  const list = useLoad(() => unwrap<ScorecardSummary[]>(api.planning.GET('/scorecards', { params: { query: { year: String(year) } } })), [api, year]);
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('pick.intro')}</p>
      <div className="toolbar">
        <PeriodPicker />
      </div>
      <section className="panel" aria-labelledby="replay-pick">
        <h2 id="replay-pick">{t('pick.heading', { year })}</h2>
        <ProblemBanner problem={list.problem} onReload={list.reload} />
        {list.loading && !list.data ? (
          <Loading />
        ) : list.data && list.data.length === 0 ? (
          <p className="muted">{t('common:empty')}</p>
        ) : (
          list.data && (
            <DataTable testId="replay-scorecards" columns={[t('pick.title'), { label: t('pick.kpis'), className: 'num' }, { label: t('pick.open'), hidden: true }]}>
              {list.data.map((s) => (
                <tr key={s.scorecardId}>
                  <th scope="row">{s.title}</th>
                  <td className="num">{s.kpis}</td>
                  <td>
                    <Link to={`/replay/${encodeURIComponent(s.scorecardId)}?year=${year}&period=${period}`} aria-label={t('pick.openLabel', { title: s.title })}>
                      {t('pick.open')}
                    </Link>
                  </td>
                </tr>
              ))}
            </DataTable>
          )
        )}
      </section>
    </>
  );
}
