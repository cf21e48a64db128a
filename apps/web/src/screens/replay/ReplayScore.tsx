import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { unwrap, useApi } from '../../api/clients';
import { useLoad } from '../../api/hooks';
import { BandBadge } from '../../components/Band';
import { Loading, ProblemBanner } from '../../components/Problem';
import { formatDecimal, formatScore } from '../../format';
import { breakdownRows } from './replayModel';
import type { ScorecardScoreAnswer } from './types';
import { DataTable } from '../../components/DataTable';

/** The score as known at `asOf` (now when undefined), with its perspectives and objectives. */
export function ReplayScore({ scorecardId, period, asOf, settling, names }: { scorecardId: string; period: string; asOf: string | undefined; settling: boolean; names: ReadonlyMap<string, string> }) {
  const { t, i18n } = useTranslation('replay');
  const lang = i18n.language;
  const api = useApi();
  const answer = useLoad(
    () => unwrap<ScorecardScoreAnswer>(api.evaluation.GET('/scores/scorecards/{scorecardId}', { params: { path: { scorecardId }, query: asOf ? { period, asOf } : { period } } })),
    [api, scorecardId, period, asOf],
  );
  const rows = useMemo(() => (answer.data ? breakdownRows(answer.data, names) : []), [answer.data, names]);
  const busy = settling || answer.loading;
  const data = answer.data;
  return (
    <section className="panel" aria-labelledby="replay-score-h" aria-busy={busy}>
      <h2 id="replay-score-h">{t('score.heading')}</h2>
      <ProblemBanner problem={answer.problem} onReload={answer.reload} />
      {!data ? (
        !answer.problem && <Loading />
      ) : (
        <>
          <div className="replay-total">
            <span>{t('score.total')}</span>
            <strong className="replay-score" data-testid="replay-score" data-score={data.score.score ?? ''}>
              {formatScore(data.score.score, lang)}
            </strong>
            {data.score.measurable ? <BandBadge band={data.score.band} /> : <span className="muted">{t('score.notMeasurable')}</span>}
            {busy && (
              <span className="muted" role="status">
                {t('score.updating')}
              </span>
            )}
          </div>
          <p className="muted">{t('score.policy', { policy: data.policy.policyId, version: data.policy.version, plan: data.planVersion })}</p>
          <h3>{t('breakdown.heading')}</h3>
          <DataTable testId="replay-breakdown" columns={[t('breakdown.name'), { label: t('breakdown.weight'), className: 'num' }, { label: t('breakdown.score'), className: 'num' }]}>
            {rows.map((r) => (
              <tr key={r.id} className={`replay-${r.level}`}>
                <th scope="row">
                  <span className="visually-hidden">{t(`breakdown.${r.level}`)}: </span>
                  {r.name}
                </th>
                <td className="num">{r.weight !== undefined ? formatDecimal(r.weight, lang) : ''}</td>
                <td className="num">{r.score !== null ? formatScore(r.score, lang) : t(`breakdown.reasons.${r.reason ?? 'nothing_measurable'}`, { defaultValue: '—' })}</td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </section>
  );
}
