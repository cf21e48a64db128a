import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDecimal } from '../../format';
import { useEditor } from './editorContext';
import { approvalBlockers, weightSum, type Blocker } from './planModel';

/**
 * The perspectives' weight sum, always in view, and the link to the Perjanjian Kinerja: disabled,
 * with the reasons, while the plan cannot be approved (weights not summing to 100, KPIs without owner).
 */
export function ApprovalBox() {
  const { t, i18n } = useTranslation('plan');
  const { scorecardId, plan } = useEditor();
  const { sum, is100 } = weightSum(plan.perspectives);
  const blockers = approvalBlockers(plan);
  const reason = (b: Blocker) =>
    b.kind === 'noPerspectives'
      ? t('approval.noPerspectives')
      : b.kind === 'weights'
        ? t('approval.weights', { sum: formatDecimal(b.sum, i18n.language, 4) })
        : t('approval.owners', { codes: b.codes.join(', '), count: b.codes.length });
  return (
    <section className="panel approval-box" aria-labelledby="plan-approval-title">
      <h2 id="plan-approval-title">{plan.status === 'approved' ? t('approval.headingApproved') : t('approval.heading')}</h2>
      <p data-testid="weight-sum" data-sum={sum ?? ''} data-ok={is100}>
        {t('approval.sum', { sum: formatDecimal(sum ?? null, i18n.language, 4) })} <strong className={is100 ? 'sum-ok' : 'sum-bad'}>{is100 ? t('approval.sumOk') : t('approval.sumNot100')}</strong>
      </p>
      {blockers.length === 0 ? (
        <p>
          <Link to={`/scorecards/${encodeURIComponent(scorecardId)}/agreement`} data-testid="plan-to-agreement" className="agreement-link">
            {plan.status === 'approved' ? t('approval.viewAgreement') : t('approval.toAgreement')}
          </Link>
        </p>
      ) : (
        <>
          <p>
            <span role="link" aria-disabled="true" tabIndex={0} aria-describedby="approval-reasons" data-testid="plan-to-agreement" className="agreement-link disabled">
              {t('approval.toAgreement')}
            </span>
          </p>
          <div id="approval-reasons">
            <p className="muted">{t('approval.blocked')}</p>
            <ul data-testid="approval-reasons">
              {blockers.map((b) => (
                <li key={b.kind} data-kind={b.kind}>
                  {reason(b)}
                </li>
              ))}
            </ul>
          </div>
        </>
      )}
    </section>
  );
}
