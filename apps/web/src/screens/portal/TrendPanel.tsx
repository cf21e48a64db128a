import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BandBadge } from '../../components/Band';
import { Chart, type ChartOption } from '../../components/Chart';
import { DataTable } from '../../components/DataTable';
import { formatDateTime, formatScore } from '../../format';
import { portalPath, trendRows } from './model';
import type { Publication } from './types';

/** Scores across the published periods: the Pemda's as a chart, every scorecard's in a table, with when each column was published. */
export function TrendPanel({ tenant, publications, periodLabel }: { tenant: string; publications: readonly Publication[]; periodLabel: (p: Publication) => string }) {
  const { t, i18n } = useTranslation('portal');
  const lang = i18n.language;
  const { columns, rows } = useMemo(() => trendRows(publications), [publications]);
  const charted = rows.filter((r) => r.pemda);
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 48, right: 16, top: 24, bottom: 56 },
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      xAxis: { type: 'category', data: columns.map(periodLabel) },
      yAxis: { type: 'value', min: 0 },
      series: (charted.length ? charted : rows.slice(0, 1)).map((r) => ({ type: 'line', name: r.name, connectNulls: true, data: r.scores.map((s) => (s === null ? null : Number(s))) })),
    }),
    [columns, rows, charted, periodLabel],
  );
  return (
    <section className="panel" aria-labelledby="trend-title" data-testid="trend">
      <h2 id="trend-title">{t('trend')}</h2>
      <p className="muted">{t('trendIntro')}</p>
      {columns.length > 1 && <Chart option={option} label={t('trendChart')} height={260} testId="trend-chart" />}
      <DataTable
        testId="trend-table"
        caption={<caption>{t('trendCaption')}</caption>}
        columns={[t('unit'), ...columns.map((p) => ({ label: periodLabel(p), className: 'num' }))]}
        foot={
          <tfoot>
            <tr>
              <th scope="row">{t('publishedOn')}</th>
              {columns.map((p) => (
                <td key={`${p.year}-${p.period}`} className="num" data-testid="trend-published-at">
                  {formatDateTime(p.publishedAt, lang)}
                </td>
              ))}
            </tr>
          </tfoot>
        }
      >
        {rows.map((r) => (
          <tr key={r.scorecardId} data-scorecard={r.scorecardId}>
            <th scope="row">
              <Link to={portalPath(tenant, r.latestKey, r.scorecardId)}>{r.name}</Link>
            </th>
            {r.scores.map((s, i) => (
              <td key={i} className="num">
                {r.bands[i] ? <BandBadge band={r.bands[i]} score={s} /> : formatScore(s, lang)}
              </td>
            ))}
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
