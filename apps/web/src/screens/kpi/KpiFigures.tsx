import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LightBadge } from '../../components/Band';
import { Chart, type ChartOption } from '../../components/Chart';
import { DataTable, figureColumns } from '../../components/DataTable';
import { formatPercent, formatValue, localeOf } from '../../format';
import { targetNumber, targetText, type PeriodRow } from './kpiModel';
import type { EvaluatedKpi, KpiDefinition } from './types';

function numberOrNull(v: string | undefined): number | null {
  if (v === undefined) return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

/** Target against realization per period: a chart and the same figures as a table. */
export function KpiFigures({ kpi, rows, evaluated }: { kpi: KpiDefinition; rows: PeriodRow[]; evaluated: EvaluatedKpi | undefined }) {
  const { t, i18n } = useTranslation('kpi');
  const lang = i18n.language;
  const periodName = (p: string) => t(`common:periods.${p}`, { defaultValue: p });
  const value = (v: string) => formatValue(v, kpi.valueType, lang);
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [t('figures.target'), t('figures.realization')] },
      grid: { left: 60, right: 24, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: rows.map((r) => periodName(r.period)) },
      yAxis: { type: 'value', axisLabel: { formatter: (v: number) => new Intl.NumberFormat(localeOf(lang), { notation: 'compact' }).format(v) } },
      series: [
        { name: t('figures.target'), type: 'bar', data: rows.map((r) => targetNumber(r.target) ?? null), itemStyle: { color: '#9aa5b1' } },
        { name: t('figures.realization'), type: 'line', data: rows.map((r) => numberOrNull(r.realization)), itemStyle: { color: '#1f5fa8' }, symbolSize: 10 },
      ],
    }),
    [rows, lang, kpi.valueType],
  );
  return (
    <section className="panel" aria-labelledby="kpi-figures">
      <h2 id="kpi-figures">{t('figures.heading')}</h2>
      <Chart option={option} label={t('figures.chartLabel', { name: kpi.name })} testId="kpi-chart" />
      <DataTable
        testId="kpi-periods"
        caption={<caption className="muted">{evaluated ? t('figures.policy', { policy: `${evaluated.policy.policyId} v${evaluated.policy.version}` }) : t('figures.noAchievement')}</caption>}
        columns={[t('common:period'), ...figureColumns((figure) => t(`figures.${figure}`)), t('figures.status')]}
        foot={
          evaluated && (
            <tfoot>
              <tr data-period="Y">
                <th scope="row">{t('figures.year')}</th>
                <td className="num">{targetText(evaluated.year.target, value)}</td>
                <td className="num">{evaluated.year.value !== null ? value(evaluated.year.value) : '—'}</td>
                <td className="num">{evaluated.year.achievement.measurable ? formatPercent(evaluated.year.achievement.percent, lang) : t('common:notMeasurable')}</td>
                <td>
                  <LightBadge light={evaluated.year.trafficLight.color} />
                </td>
                <td />
              </tr>
            </tfoot>
          )
        }
      >
        {rows.map((r) => (
          <tr key={r.period} data-period={r.period}>
            <th scope="row">{periodName(r.period)}</th>
            <td className="num">{targetText(r.target, value)}</td>
            <td className="num">
              {r.realization !== undefined ? value(r.realization) : '—'}
              {r.valueRevision !== undefined && r.valueRevision > 1 && <div className="muted">{t('figures.corrected', { count: r.valueRevision - 1 })}</div>}
            </td>
            <td className="num">{r.achievement !== undefined ? formatPercent(r.achievement, lang) : r.notMeasurableReason ? t('common:notMeasurable') : '—'}</td>
            <td>{r.realization !== undefined && <LightBadge light={r.light} />}</td>
            <td>
              <span className={`kpi-status kpi-status-${r.status}`} data-testid={`kpi-status-${r.period}`}>
                {t(`common:status.${r.status}`)}
              </span>
              {r.late && <span className="muted"> ({t('figures.late')})</span>}
            </td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
