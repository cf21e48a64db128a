import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDecimal, formatValue } from '../../format';
import { targetText } from './kpiModel';
import type { KpiRead } from './types';

/** The KPI as the plan defines it, as a description list. */
export function KpiDefinitionPanel({ read, ownerName }: { read: KpiRead; ownerName: string | undefined }) {
  const { t, i18n } = useTranslation('kpi');
  const lang = i18n.language;
  const { kpi } = read;
  const value = (v: string) => formatValue(v, kpi.valueType, lang);
  const rows: [string, string][] = [
    [t('definition.code'), kpi.code],
    [t('definition.formula'), kpi.definition || '—'],
    [t('definition.unitOfMeasure'), kpi.unitOfMeasure],
    [t('definition.polarity'), t(`polarity.${kpi.polarity}`)],
    [t('definition.valueType'), t(`valueType.${kpi.valueType}`)],
    [t('definition.owner'), ownerName ?? kpi.ownerUnitId ?? '—'],
    [t('definition.frequency'), t(`frequency.${kpi.frequency}`)],
    [t('definition.aggregation'), t(`aggregation.${kpi.aggregation}`, { defaultValue: kpi.aggregation })],
    [t('definition.weight'), formatDecimal(kpi.weight, lang)],
    [t('definition.baseline'), kpi.baseline ? value(kpi.baseline) : '—'],
    [t('definition.yearlyTarget'), targetText(kpi.yearlyTarget, value)],
    [t('definition.endOfTermTarget'), targetText(kpi.endOfTermTarget, value)],
    [
      t('definition.thresholds'),
      kpi.thresholds ? t('definition.thresholdsText', { green: formatDecimal(kpi.thresholds.green, lang), yellow: formatDecimal(kpi.thresholds.yellow, lang) }) : t('definition.thresholdsDefault'),
    ],
    [t('definition.dataSource'), kpi.dataSource ?? '—'],
    [t('definition.planStatus'), t('definition.planStatusText', { status: t(`planStatus.${read.status}`), version: read.version })],
  ];
  return (
    <section className="panel" aria-labelledby="kpi-definition">
      <h2 id="kpi-definition">{t('definition.heading')}</h2>
      <dl className="kpi-definition" data-testid="kpi-definition">
        {rows.map(([term, detail]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{detail}</dd>
          </div>
        ))}
        <div>
          <dt>{t('definition.scorecard')}</dt>
          <dd>
            <Link to={`/scorecards/${encodeURIComponent(read.scorecardId)}`}>{t('back')}</Link>
          </dd>
        </div>
      </dl>
    </section>
  );
}
