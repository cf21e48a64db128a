import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { lightOf, type Tone } from '../../components/Band';
import { Chart, type ChartOption } from '../../components/Chart';
import { TONES } from './model';

const COLOURS: Record<Tone, string> = { green: '#1e7b34', yellow: '#d9a300', red: '#b3261e', grey: '#8a939e' };

/** How many KPIs are green, yellow, red or grey: the numbers in a table and a pie chart. */
export function KpiColours({ counts }: { counts: ReadonlyMap<Tone, number> }) {
  const { t } = useTranslation('dashboard');
  const total = TONES.reduce((sum, tone) => sum + (counts.get(tone) ?? 0), 0);
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'item' },
      legend: { show: false },
      series: [
        {
          type: 'pie',
          radius: ['40%', '70%'],
          label: { formatter: '{b}: {c}' },
          data: TONES.filter((tone) => (counts.get(tone) ?? 0) > 0).map((tone) => ({ name: t(`common:lights.${lightOf(tone)}`), value: counts.get(tone) ?? 0, itemStyle: { color: COLOURS[tone] } })),
        },
      ],
    }),
    [counts, t],
  );
  return (
    <div className="kpi-colours">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('colours.tone')}</th>
            <th scope="col" className="num">
              {t('colours.count')}
            </th>
          </tr>
        </thead>
        <tbody>
          {TONES.map((tone) => (
            <tr key={tone}>
              <th scope="row">
                <span className={`band band-${tone}`}>
                  <span className="light" aria-hidden="true" />
                  <span className="band-label">{t(`common:lights.${lightOf(tone)}`)}</span>
                </span>
                <span className="tone-meaning">{t(`colours.meaning.${tone}`)}</span>
              </th>
              <td className="num count" data-testid={`kpi-count-${tone}`}>
                {counts.get(tone) ?? 0}
              </td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('colours.total')}</th>
            <td className="num count">{total}</td>
          </tr>
        </tbody>
      </table>
      {total > 0 && <Chart option={option} label={t('colours.chart')} height={220} testId="kpi-colour-chart" />}
    </div>
  );
}
