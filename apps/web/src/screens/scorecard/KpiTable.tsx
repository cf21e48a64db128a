import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BandBadge, type Tone } from '../../components/Band';
import { formatDecimal, formatPercent, formatScore, formatValue } from '../../format';
import { targetText, type KpiRow, type ObjectiveBlock, type PerspectiveBlock } from './model';
import { Sparkline } from './Sparkline';
import type { Rollup } from './types';
import { ColGroup } from '../../components/ColGroup';
import { DataTable, figureColumns } from '../../components/DataTable';

const LIGHT_LABELS: Record<Exclude<Tone, 'grey'>, { id: string; en: string }> = {
  green: { id: 'Hijau', en: 'Green' },
  yellow: { id: 'Kuning', en: 'Yellow' },
  red: { id: 'Merah', en: 'Red' },
};

/** A score with the reason it is missing, in words. */
export function RollupScore({ rollup }: { rollup: Rollup | undefined }) {
  const { t, i18n } = useTranslation('scorecard');
  if (!rollup) return <span className="muted">—</span>;
  if (!rollup.measurable || rollup.score == null) return <span className="muted">{t(`reasons.${rollup.reason ?? 'nothing_measurable'}`, { defaultValue: t('common:notMeasurable') })}</span>;
  return <strong className="score-figure">{formatScore(rollup.score, i18n.language)}</strong>;
}

function KpiLine({ row }: { row: KpiRow }) {
  const { t, i18n } = useTranslation('scorecard');
  const lang = i18n.language;
  const { kpi, figures } = row;
  const achievement = figures?.achievement;
  const tone = figures?.tone ?? 'grey';
  const type = kpi.valueType;
  const unit = kpi.unitOfMeasure && ['number', 'duration'].includes(type) ? ` ${kpi.unitOfMeasure}` : '';
  const shown = (v: string | null) => (v == null ? '—' : `${formatValue(v, type, lang)}${unit}`);
  return (
    <tr data-testid={`kpi-row-${kpi.kpiId}`}>
      <td>{kpi.code}</td>
      <th scope="row">
        <Link to={`/kpis/${encodeURIComponent(kpi.kpiId)}`}>{kpi.name}</Link>
      </th>
      <td className="num">{targetText(row.target, shown)}</td>
      <td className="num">{figures ? shown(figures.value) : <span className="muted">{t('notInPeriod')}</span>}</td>
      <td className="num">
        {achievement?.measurable ? (
          formatPercent(achievement.percent, lang)
        ) : (
          <span className="muted">{achievement?.reason ? t(`reasons.${achievement.reason}`, { defaultValue: achievement.reason }) : '—'}</span>
        )}
      </td>
      <td>
        <BandBadge band={tone === 'grey' ? null : { code: tone, label: LIGHT_LABELS[tone] }} />
      </td>
      <td>
        <Sparkline code={kpi.code} points={row.trend} />
      </td>
    </tr>
  );
}

function ObjectiveSection({ objective }: { objective: ObjectiveBlock }) {
  const { t } = useTranslation('scorecard');
  return (
    <section className="objective" aria-labelledby={`obj-${objective.objectiveId}`}>
      <h3 id={`obj-${objective.objectiveId}`}>
        {objective.code} {objective.name}
      </h3>
      <p className="rollup">
        {t('objectiveScore')}: <RollupScore rollup={objective.score} />
      </p>
      {objective.kpis.length === 0 ? (
        <p className="muted">{t('noKpis')}</p>
      ) : (
        <DataTable
          className="kpi-table"
          colgroup={<ColGroup classes={['col-code', 'col-name', 'col-fig', 'col-fig', 'col-fig', 'col-light', 'col-trend']} />}
          columns={[t('kpiColumns.code'), t('kpiColumns.name'), ...figureColumns((figure) => t(`kpiColumns.${figure}`)), t('kpiColumns.trend')]}
        >
          {objective.kpis.map((row) => (
            <KpiLine key={row.kpi.kpiId} row={row} />
          ))}
        </DataTable>
      )}
    </section>
  );
}

/** Perspectives → objectives → KPIs with the period's figures. */
export function KpiTable({ blocks }: { blocks: PerspectiveBlock[] }) {
  const { t, i18n } = useTranslation('scorecard');
  return (
    <>
      {blocks.map((p) => (
        <section key={p.perspectiveId} className="panel perspective" aria-labelledby={`persp-${p.perspectiveId}`} data-testid={`perspective-${p.code}`}>
          <h2 id={`persp-${p.perspectiveId}`}>
            {t('perspective', { code: p.code, name: p.name })}
            {p.weight != null && <span className="muted weight"> ({t('weight', { weight: formatDecimal(p.weight, i18n.language) })})</span>}
          </h2>
          <p className="rollup">
            {t('perspectiveScore')}: <RollupScore rollup={p.score} />
          </p>
          {p.objectives.length === 0 ? <p className="muted">{t('noObjectives')}</p> : p.objectives.map((o) => <ObjectiveSection key={o.objectiveId} objective={o} />)}
        </section>
      ))}
    </>
  );
}
