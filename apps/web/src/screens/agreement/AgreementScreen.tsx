import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { unwrap, unwrapWithEtag, useApi } from '../../api/clients';
import { useLoad } from '../../api/hooks';
import { hasRole, useSession } from '../../api/session';
import { Loading, ProblemBanner } from '../../components/Problem';
import { ApproveForm, RevisionForm } from './AgreementForms';
import { ComparePanel } from './ComparePanel';
import { StagesTable } from './StagesTable';
import type { HistoryEntry, ScorecardPlan } from './types';
import './agreement.css';

/** Perjanjian Kinerja of a scorecard: its status and versions, approval, revision with a reason, and the comparison of two versions. */
export default function AgreementScreen() {
  const { t, i18n } = useTranslation('agreement');
  const { scorecardId = '' } = useParams();
  const api = useApi();
  const { session } = useSession();
  const [done, setDone] = useState<string | undefined>();
  const plan = useLoad(() => unwrapWithEtag<ScorecardPlan>(api.planning.GET('/scorecards/{scorecardId}', { params: { path: { scorecardId } } })), [api, scorecardId]);
  const history = useLoad(() => unwrap<HistoryEntry[]>(api.planning.GET('/scorecards/{scorecardId}/history', { params: { path: { scorecardId } } })), [api, scorecardId]);
  const reload = () => {
    plan.reload();
    history.reload();
  };
  const finished = (message: string) => {
    setDone(message);
    reload();
  };

  if (!plan.data)
    return (
      <>
        <h1>{t('title')}</h1>
        {plan.problem ? <ProblemBanner problem={plan.problem} onReload={plan.reload} /> : <Loading />}
      </>
    );
  const p = plan.data.data;
  const canWrite = hasRole(session, 'planner');
  const formKey = `${p.revision}`;
  return (
    <div className="agreement-screen">
      <p className="breadcrumb">
        <Link to={`/scorecards/${encodeURIComponent(p.scorecardId)}?year=${p.header.year}`}>{p.header.title}</Link>
      </p>
      <h1>{t('title')}</h1>
      <p className="lead">{t('of', { title: p.header.title, year: p.header.year })}</p>

      <section className="panel" aria-labelledby="status-title">
        <h2 id="status-title">{t('status.title')}</h2>
        <dl className="facts" data-testid="agreement-status">
          <div>
            <dt>{t('status.label')}</dt>
            <dd>
              <span className={`status status-${p.status}`} data-testid="status" data-status={p.status}>
                {t(`status.${p.status}`)}
              </span>
            </dd>
          </div>
          <div>
            <dt>{t('status.version')}</dt>
            <dd data-testid="version">{p.version === 0 ? t('status.noVersion') : t('status.versionN', { version: p.version })}</dd>
          </div>
          {p.approvals.length > 0 && (
            <div>
              <dt>{t('status.signedBy')}</dt>
              <dd>{p.approvals.at(-1)?.signedBy}</dd>
            </div>
          )}
          {p.status === 'in_revision' && (
            <div>
              <dt>{t('status.reason')}</dt>
              <dd data-testid="revision-reason">{p.revisionReason}</dd>
            </div>
          )}
        </dl>
        <p className="muted">{t(`status.explain.${p.status}`, { version: p.version })}</p>
        <p className="links">
          {p.status !== 'approved' && canWrite && <Link to={`/plan/${encodeURIComponent(p.scorecardId)}`}>{t('links.edit')}</Link>}
          <Link to={`/scorecards/${encodeURIComponent(p.scorecardId)}?year=${p.header.year}`}>{t('links.scorecard')}</Link>
        </p>
        {done && (
          <p className="banner banner-ok" role="status" data-testid="agreement-done">
            {done}
          </p>
        )}
        {canWrite && p.status !== 'approved' && <ApproveForm key={`a-${formKey}`} plan={p} etag={plan.data.etag} onDone={finished} onReload={reload} />}
        {canWrite && p.status === 'approved' && <RevisionForm key={`r-${formKey}`} plan={p} etag={plan.data.etag} onDone={finished} onReload={reload} />}
        {!canWrite && <p className="muted">{t('readOnly')}</p>}
      </section>

      <section className="panel" aria-labelledby="stages-title">
        <h2 id="stages-title">{t('stages.title')}</h2>
        <ProblemBanner problem={history.problem} onReload={history.reload} />
        {history.data ? <StagesTable history={history.data} plan={p} lang={i18n.language} /> : !history.problem && <Loading />}
      </section>

      <ComparePanel plan={p} />
    </div>
  );
}
