import { useTranslation } from 'react-i18next';
import { formatDateTime, formatPercent, formatScore, labelOf } from '../../format';
import type { Decision } from './DecisionForm';
import { isReward, statusOf } from './recommendationsModel';
import type { Recommendation } from './types';

/** One recommendation: unit, kind, the rule that made it, the scores and periods it used, why, and its decision (or the buttons to decide). */
export function RecommendationRow({ recommendation: r, canDecide, active, onDecide }: { recommendation: Recommendation; canDecide: boolean; active: boolean; onDecide(d: Decision): void }) {
  const { t, i18n } = useTranslation('recommendations');
  const lang = i18n.language;
  const status = statusOf(r);
  return (
    <tr data-id={r.recommendationId} data-state={status.state} aria-current={active || undefined}>
      <th scope="row">{r.unitName}</th>
      <td>
        <span className={`rec-kind ${isReward(r.kind) ? 'rec-reward' : 'rec-punishment'}`}>{t(`kinds.${r.kind}`)}</span>
        <span className="rec-sub">{t(isReward(r.kind) ? 'reward' : 'punishment')}</span>
      </td>
      <td data-cell="rule">
        <code>
          {r.ruleId} v{r.ruleVersion}
        </code>
        <span className="rec-sub">{t('policy', { policy: `${r.policy.policyId} v${r.policy.version}` })}</span>
      </td>
      <td data-cell="inputs">
        <ul className="rec-inputs">
          {r.inputs.map((i) => (
            <li key={i.period}>
              {t('input', { period: i.period, score: formatScore(i.score, lang) })}
              {i.rank !== null && ` · ${t('rank', { rank: i.rank })}`}
            </li>
          ))}
        </ul>
        {r.tpp && <span className="rec-sub">{t('tpp', { percent: formatPercent(r.tpp.payablePercent, lang) })}</span>}
        {r.certificate && <span className="rec-sub">{t('certificate', { rank: r.certificate.rank, top: r.certificate.topN })}</span>}
        {r.shortfall && <span className="rec-sub">{t('shortfall', { streak: r.shortfall.streak, required: r.shortfall.required, threshold: formatScore(r.shortfall.threshold, lang) })}</span>}
      </td>
      <td data-cell="reason">{labelOf(r.reason, lang)}</td>
      <td data-cell="status">
        {status.state === 'open' ? (
          <>
            <span className="rec-state rec-open">{t('state.open')}</span>
            {canDecide && (
              <span className="rec-actions">
                <button type="button" onClick={() => onDecide('accept')} aria-label={t('acceptLabel', { unit: r.unitName, kind: t(`kinds.${r.kind}`) })}>
                  {t('accept')}
                </button>
                <button type="button" className="secondary" onClick={() => onDecide('reject')} aria-label={t('rejectLabel', { unit: r.unitName, kind: t(`kinds.${r.kind}`) })}>
                  {t('reject')}
                </button>
              </span>
            )}
          </>
        ) : (
          <div data-testid="decision">
            <span className={`rec-state rec-${status.state}`}>{t(`state.${status.state}`)}</span>
            <span className="rec-sub" data-testid="decided-by">
              {t('decidedBy', { by: status.by, at: formatDateTime(status.at, lang) })}
            </span>
            {status.reason && <span className="rec-sub">{t('reasonShown', { reason: status.reason })}</span>}
            {status.note && <span className="rec-sub">{t('noteShown', { note: status.note })}</span>}
          </div>
        )}
      </td>
    </tr>
  );
}
