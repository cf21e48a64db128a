import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { unwrap, useApi } from '../../api/clients';
import { useLoad } from '../../api/hooks';
import { BandBadge } from '../../components/Band';
import { Loading, ProblemBanner } from '../../components/Problem';
import { formatScore, labelOf } from '../../format';
import { StrategyMapView } from '../scorecard/StrategyMapView';
import { parseKey, portalPath, strategyMapOf } from './model';
import { Provenance } from './Provenance';
import { lkjipUrl } from './PublicationsView';
import type { PublishedMap } from './types';

/** /public/:tenant/:periodKey/:scorecardId: a published scorecard's score, strategy map and LKjIP, as they stood when published. */
export function PublishedScorecardView() {
  const { t, i18n } = useTranslation('portal');
  const api = useApi();
  const params = useParams();
  const tenant = params.tenant ?? '';
  const scorecardId = params.scorecardId ?? '';
  const key = params.periodKey ?? '';
  const period = parseKey(key);
  const loaded = useLoad(async () => {
    if (!period) return undefined;
    return unwrap<PublishedMap>(
      api.evaluation.GET('/public/{tenant}/publications/{year}/{period}/scorecards/{scorecardId}/strategy-map', {
        params: { path: { tenant, year: period.year, period: period.period, scorecardId } },
      }),
    );
  }, [api, tenant, key, scorecardId]);
  const map = loaded.data;
  const scoreText = useCallback(
    (score: string | null, band: PublishedMap['band']) => (band ? `${formatScore(score, i18n.language)} · ${labelOf(band.label, i18n.language)}` : t('common:notMeasurable')),
    [i18n.language, t],
  );
  const back = <Link to={portalPath(tenant, period ? key : undefined)}>{t('backToScores')}</Link>;
  if (!period || loaded.problem?.status === 404)
    return (
      <>
        <h1>{t('notPublishedTitle')}</h1>
        <p role="status" data-testid="not-published">
          {t('notPublished')}
        </p>
        <p>{back}</p>
      </>
    );
  return (
    <>
      <p className="muted">{back}</p>
      <h1>{map?.title ?? t('scorecard')}</h1>
      <ProblemBanner problem={loaded.problem} onReload={loaded.reload} />
      {loaded.loading && !map && <Loading />}
      {map && (
        <>
          <section className="panel" aria-labelledby="published-score" data-testid="published-scorecard">
            <h2 id="published-score">{t('scoreOfPeriod', { period: t('periodLabel', { year: map.year, period: t(`common:periods.${map.period}`, { defaultValue: map.period }) }) })}</h2>
            <p>
              {map.unitName} · {t('planVersion', { version: map.planVersion })}
            </p>
            <p className="pemda-score" data-testid="scorecard-score">
              <BandBadge band={map.band} score={map.score} />
            </p>
            <Provenance publishedAt={map.publishedAt} positions={map.positions} policy={map.policy} />
            <p>
              <a href={lkjipUrl(api.config.evaluation, tenant, map, map.scorecardId)} data-testid="lkjip-link">
                {t('lkjipDownload')}
              </a>
            </p>
          </section>
          <section className="panel" aria-labelledby="vision">
            <h2 id="vision">{t('vision')}</h2>
            <p>{map.vision}</p>
            {map.missions.length > 0 && (
              <>
                <h3>{t('missions')}</h3>
                <ul>
                  {map.missions.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              </>
            )}
          </section>
          <section className="panel" aria-labelledby="map-title" data-testid="published-map">
            <h2 id="map-title">{t('strategyMap')}</h2>
            <StrategyMapView map={strategyMapOf(map, scoreText)} />
          </section>
        </>
      )}
    </>
  );
}
