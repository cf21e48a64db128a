import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unwrap, useApi } from '../../api/clients';
import { useLoad } from '../../api/hooks';
import { hasRole, useSession } from '../../api/session';
import { DataTable } from '../../components/DataTable';
import { usePeriod } from '../../components/PeriodPicker';
import { ScreenHeader } from '../../components/ScreenHeader';
import { YearSelect } from '../../components/YearSelect';
import { Loading, ProblemBanner } from '../../components/Problem';
import { DecisionForm, type Decision } from './DecisionForm';
import { RecommendationRow } from './RecommendationRow';
import { counts, sortRecommendations } from './recommendationsModel';
import type { Recommendation } from './types';
import './recommendations.css';

/** Reward and punishment recommendations of a year: each with its rule, scores and periods; an evaluator accepts or rejects each with a note. */
export default function RecommendationsScreen() {
  const { t } = useTranslation('recommendations');
  const api = useApi();
  const { session } = useSession();
  const canDecide = hasRole(session, 'evaluator');
  const { year } = usePeriod();
  const list = useLoad(() => unwrap<Recommendation[]>(api.evaluation.GET('/recommendations/{year}', { params: { path: { year: String(year) } } })), [api, year]);
  const [deciding, setDeciding] = useState<{ recommendation: Recommendation; decision: Decision } | undefined>();
  const [done, setDone] = useState<{ id: string; decision: Decision } | undefined>();
  const status = useRef<HTMLParagraphElement>(null);
  const rows = sortRecommendations(list.data ?? []);
  const summary = counts(rows);

  const open = (recommendation: Recommendation, decision: Decision) => {
    setDone(undefined);
    setDeciding({ recommendation, decision });
  };
  const decided = () => {
    if (deciding) setDone({ id: deciding.recommendation.recommendationId, decision: deciding.decision });
    setDeciding(undefined);
    list.reload();
    setTimeout(() => status.current?.focus(), 0);
  };

  return (
    <div className="recommendations">
      <ScreenHeader title={t('title')} intro={t('intro')}>
        <YearSelect />
      </ScreenHeader>
      <p ref={status} tabIndex={-1} role="status" aria-live="polite" className={done ? 'banner banner-ok' : 'visually-hidden'} data-testid="decision-status">
        {done ? t(`done.${done.decision}`, { id: done.id }) : ''}
      </p>
      {!canDecide && <p className="muted">{t('readOnly')}</p>}
      {deciding && (
        <DecisionForm
          key={`${deciding.recommendation.recommendationId}-${deciding.decision}`}
          recommendation={deciding.recommendation}
          decision={deciding.decision}
          onDone={decided}
          onCancel={() => setDeciding(undefined)}
        />
      )}
      <section className="panel" aria-labelledby="recommendations-list">
        <h2 id="recommendations-list">{t('list.heading', { year })}</h2>
        <ProblemBanner problem={list.problem} onReload={list.reload} />
        {list.loading && !list.data ? (
          <Loading />
        ) : rows.length === 0 ? (
          list.data && <p className="muted">{t('list.none')}</p>
        ) : (
          <>
            <p data-testid="recommendations-summary">{t('list.summary', summary)}</p>
            <DataTable testId="recommendations" columns={[t('col.unit'), t('col.kind'), t('col.rule'), t('col.inputs'), t('col.reason'), t('col.status')]}>
              {rows.map((r) => (
                <RecommendationRow
                  key={r.recommendationId}
                  recommendation={r}
                  canDecide={canDecide}
                  active={deciding?.recommendation.recommendationId === r.recommendationId}
                  onDecide={(d) => open(r, d)}
                />
              ))}
            </DataTable>
          </>
        )}
      </section>
    </div>
  );
}
