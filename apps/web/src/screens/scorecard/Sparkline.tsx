import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Chart, type ChartOption } from '../../components/Chart';
import { formatDecimal } from '../../format';
import type { TrendPoint } from './model';

/** A tiny line of achievement per period, with the same figures in text beside it. */
export function Sparkline({ code, points }: { code: string; points: TrendPoint[] }) {
  const { t, i18n } = useTranslation('scorecard');
  const lang = i18n.language;
  const text = points.map((p) => `${t(`short.${p.period}`, { defaultValue: p.period })} ${p.percent == null ? '—' : `${formatDecimal(p.percent, lang, 2)}%`}`).join(' · ');
  const option = useMemo<ChartOption>(
    () => ({
      grid: { left: 2, right: 2, top: 4, bottom: 4 },
      xAxis: { type: 'category', show: false, data: points.map((p) => p.period) },
      yAxis: { type: 'value', show: false, scale: true },
      tooltip: { show: false },
      series: [
        {
          type: 'line',
          data: points.map((p) => (p.percent == null ? null : Number(p.percent))),
          symbolSize: 4,
          lineStyle: { width: 2, color: '#0b4f8a' },
          itemStyle: { color: '#0b4f8a' },
          connectNulls: false,
        },
      ],
    }),
    [points],
  );
  if (points.every((p) => p.percent == null)) return <span className="muted">—</span>;
  return (
    <div className="sparkline">
      <Chart option={option} label={t('trendLabel', { code, points: text })} height={36} />
      <span className="sparkline-text">{text}</span>
    </div>
  );
}
