import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BandBadge } from '../../components/Band';
import { formatScore } from '../../format';
import type { ScorecardScore, ScorecardSummary } from '../scorecard/types';
import type { Ranking } from './model';
import type { FlatUnit } from './org';

export interface UnitTreeProps {
  units: FlatUnit[];
  main: ReadonlyMap<string, ScorecardSummary>;
  scores: ReadonlyMap<string, ScorecardScore>;
  failed: ReadonlySet<string>;
  yearly: Ranking['units'] | undefined;
  period: string;
  query: string;
}

/** The organization tree with each unit's score, band and traffic light for the period. */
export function UnitTree({ units, main, scores, failed, yearly, period, query }: UnitTreeProps) {
  const { t, i18n } = useTranslation('dashboard');
  const lang = i18n.language;
  const periodName = t(`common:periods.${period}`);
  const yearlyById = new Map((yearly ?? []).map((u) => [u.unitId, u]));
  const showYearly = period !== 'Y';
  return (
    <div className="table-wrap">
      <table className="unit-tree" data-testid="unit-tree">
        <thead>
          <tr>
            <th scope="col">{t('tree.unit')}</th>
            <th scope="col">{t('tree.kind')}</th>
            <th scope="col" className="num">
              {t('tree.score', { period: periodName })}
            </th>
            <th scope="col">{t('tree.band')}</th>
            {showYearly && (
              <th scope="col" className="num">
                {t('tree.yearly')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {units.map((u) => {
            const sc = main.get(u.unitId);
            const score = sc ? scores.get(sc.scorecardId) : undefined;
            const waiting = sc && !score && !failed.has(sc.scorecardId);
            const total = score?.score;
            const y = yearlyById.get(u.unitId);
            return (
              <tr key={u.unitId} className={`depth-${Math.min(u.depth, 4)}`}>
                <th scope="row" style={{ paddingLeft: `${0.5 + u.depth * 1.25}rem` }}>
                  {sc ? <Link to={`/scorecards/${encodeURIComponent(sc.scorecardId)}?${query}`}>{u.name}</Link> : u.name}
                </th>
                <td>{t(`kinds.${u.kind}`, { defaultValue: u.kind })}</td>
                {waiting ? (
                  <td className="num muted">…</td>
                ) : (
                  <td className="num" data-testid={`unit-score-${u.unitId}`}>
                    {!sc ? t('noScore') : total?.measurable && total.score != null ? formatScore(total.score, lang) : t('common:notMeasurable')}
                  </td>
                )}
                <td>{sc ? waiting ? null : <BandBadge band={total?.measurable ? total.band : null} /> : <span className="muted">{t('noScorecard')}</span>}</td>
                {showYearly && <td className="num">{y?.measurable && y.score != null ? formatScore(y.score, lang) : '—'}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
