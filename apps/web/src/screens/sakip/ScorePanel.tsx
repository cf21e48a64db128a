import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import { formatDecimal, formatScore, labelOf } from '../../format';
import { breakdownRows, type Progress } from './model';
import type { EvaluationStatus, LkeGradeBand, LkeScore } from './types';

/** The total (0-100), the grade (AA..D) with its label, progress, and the breakdown per component and sub-component. */
export function ScorePanel({ score, status, progress, grades }: { score: LkeScore | null | undefined; status: EvaluationStatus; progress: Progress; grades: readonly LkeGradeBand[] }) {
  const { t, i18n } = useTranslation('sakip');
  const lang = i18n.language;
  const final = status === 'finalized';
  const rows = breakdownRows(score);
  return (
    <section className="panel sakip-score" aria-labelledby="sakip-score-heading" data-testid="sakip-score" data-final={final}>
      <h2 id="sakip-score-heading">{final ? t('score.finalHeading') : t('score.heading')}</h2>
      {score ? (
        <div className="sakip-score-main">
          <p className="sakip-figure">
            <span className="sakip-figure-label">{t('score.total')}</span>
            <strong data-testid="sakip-total" data-value={score.total}>
              {formatScore(score.total, lang)}
            </strong>
            <span className="muted"> / 100</span>
          </p>
          <p className="sakip-figure">
            <span className="sakip-figure-label">{t('score.grade')}</span>
            <strong className={`sakip-grade sakip-grade-${score.grade.toLowerCase()}`} data-testid="sakip-grade" data-grade={score.grade}>
              {score.grade}
            </strong>
            <span data-testid="sakip-grade-label">{labelOf(score.gradeLabel, lang)}</span>
          </p>
          <p className="sakip-figure">
            <span className="sakip-figure-label">{t('score.progress')}</span>
            <progress max={progress.of || 1} value={progress.answered} aria-label={t('score.progress')} />
            <span data-testid="sakip-progress">{t('score.answered', { answered: progress.answered, of: progress.of, percent: progress.percent })}</span>
          </p>
        </div>
      ) : (
        <p className="muted">{t('score.none')}</p>
      )}
      {score && !final && <p className="muted">{progress.complete ? t('score.provisionalComplete') : t('score.provisional')}</p>}
      {rows.length > 0 && (
        <DataTable
          testId="sakip-breakdown"
          caption={<caption className="sakip-caption">{t('score.breakdownCaption')}</caption>}
          columns={[
            t('score.part'),
            { label: t('score.max'), className: 'num' },
            { label: t('score.score'), className: 'num' },
            { label: t('score.percentOfMax'), className: 'num' },
            { label: t('score.answeredColumn'), className: 'num' },
          ]}
        >
          {rows.map((r) => (
            <tr key={`${r.componentCode}/${r.level}/${r.code}`} data-testid={r.level === 'component' ? `breakdown-${r.code}` : `breakdown-${r.componentCode}-${r.code}`} data-level={r.level}>
              <th scope="row" className={r.level === 'subComponent' ? 'sakip-child' : undefined}>
                {labelOf(r.name, lang)}
              </th>
              <td className="num">{formatDecimal(r.max, lang, 2)}</td>
              <td className="num" data-testid="score" data-value={r.score}>
                {formatScore(r.score, lang)}
              </td>
              <td className="num">{r.percentOfMax === null ? '—' : `${formatDecimal(r.percentOfMax, lang, 1)}%`}</td>
              <td className="num">{t('list.answered', { answered: r.answered, of: r.of })}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {grades.length > 0 && (
        <details className="sakip-bands">
          <summary>{t('score.bands')}</summary>
          <ul>
            {grades.map((g) => (
              <li key={g.code}>
                <strong>{g.code}</strong> · {labelOf(g.label, lang)}: {g.min === null ? t('score.bandLowest') : t('score.bandAbove', { min: formatDecimal(g.min, lang) })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
