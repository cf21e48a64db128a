import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BandBadge } from '../../components/Band';
import { Chart, type ChartOption } from '../../components/Chart';
import { formatScore } from '../../format';
import type { RankRow } from './model';

/** The OPDs in the ranking's order: a table, and the same figures as a bar chart. */
export function RankingPanel({ rows, period, year, query }: { rows: RankRow[]; period: string; year: number; query: string }) {
  const { t, i18n } = useTranslation('dashboard');
  const lang = i18n.language;
  const periodName = t(`common:periods.${period}`);
  const withPeriod = period !== 'Y';
  const option = useMemo<ChartOption>(() => {
    const shown = [...rows].reverse();
    const bar = (name: string, values: (string | null | undefined)[], color: string) => ({
      name,
      type: 'bar',
      data: values.map((v) => (v == null ? null : Number(v))),
      itemStyle: { color },
      label: { show: true, position: 'right', formatter: (p: { value: number }) => formatScore(p.value, lang) },
    });
    return {
      grid: { left: 8, right: 56, top: withPeriod ? 28 : 8, bottom: 8, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { show: withPeriod, top: 0 },
      xAxis: { type: 'value', min: 0 },
      yAxis: { type: 'category', data: shown.map((r) => r.entry.unitName), axisLabel: { width: 200, overflow: 'truncate' } },
      series: [
        bar(
          t('ranking.yearly', { year }),
          shown.map((r) => r.yearly),
          '#0b4f8a',
        ),
        ...(withPeriod
          ? [
              bar(
                periodName,
                shown.map((r) => r.periodScore),
                '#1e7b34',
              ),
            ]
          : []),
      ],
    };
  }, [rows, lang, withPeriod, periodName, t, year]);
  if (rows.length === 0) return <p className="muted">{t('ranking.none')}</p>;
  return (
    <>
      <p className="muted">{t('ranking.intro', { year })}</p>
      <div className="table-wrap">
        <table data-testid="ranking">
          <thead>
            <tr>
              <th scope="col" className="num">
                {t('ranking.rank')}
              </th>
              <th scope="col">{t('ranking.unit')}</th>
              <th scope="col" className="num">
                {t('ranking.yearly', { year })}
              </th>
              <th scope="col">{t('ranking.band')}</th>
              {withPeriod && (
                <th scope="col" className="num">
                  {t('ranking.score', { period: periodName })}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.entry.unitId} data-testid={`rank-${r.entry.unitId}`}>
                <td className="num">{r.entry.rank ?? '—'}</td>
                <th scope="row">
                  <Link to={`/scorecards/${encodeURIComponent(r.entry.scorecardId)}?${query}`}>{r.entry.unitName}</Link>
                </th>
                <td className="num">{r.yearly == null ? t('common:notMeasurable') : formatScore(r.yearly, lang)}</td>
                <td>
                  <BandBadge band={r.band} />
                </td>
                {withPeriod && (
                  <td className="num" data-testid={`rank-score-${r.entry.unitId}`}>
                    {r.periodScore === undefined ? <span className="muted">…</span> : r.periodScore === null ? t('common:notMeasurable') : formatScore(r.periodScore, lang)}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Chart option={option} label={t('ranking.chart', { period: periodName, year })} height={Math.max(160, (withPeriod ? 64 : 44) * rows.length + 40)} testId="ranking-chart" />
    </>
  );
}
