import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useUrlParams } from '../../components/useUrlParams';
import { unwrap, useApi } from '../../api/clients';
import { useLoad } from '../../api/hooks';
import { hasRole, useSession } from '../../api/session';
import { BandBadge } from '../../components/Band';
import { useEarlyLoad } from '../dashboard/early';
import { PeriodPicker, usePeriod } from '../../components/PeriodPicker';
import { Loading, ProblemBanner } from '../../components/Problem';
import { formatScore, labelOf } from '../../format';
import { KpiTable } from './KpiTable';
import { buildBlocks, buildPohonKinerja, buildStrategyMap, type PerspectiveBlock } from './model';
import { PohonKinerjaView } from './PohonKinerjaView';
import { StrategyMapView } from './StrategyMapView';
import { Tabs } from './Tabs';
import type { PerformanceTree, PolicyAnswer, ScorecardPlan, ScorecardScore } from './types';
import './scorecard.css';

const TAB_KEYS = ['kpis', 'map', 'tree'] as const;
type TabKey = (typeof TAB_KEYS)[number];

function MapTab({ blocks, links, year }: { blocks: PerspectiveBlock[]; links: ScorecardPlan['links']; year: number }) {
  const { t, i18n } = useTranslation('scorecard');
  const api = useApi();
  const policy = useLoad(() => unwrap<PolicyAnswer>(api.evaluation.GET('/policies/{year}', { params: { path: { year: String(year) } } })), [api, year]);
  const map = useMemo(
    () =>
      buildStrategyMap(blocks, links, policy.data?.current.bands ?? [], (s, band) =>
        s == null ? t('common:notMeasurable') : `${formatScore(s, i18n.language)} · ${labelOf(band?.label, i18n.language)}`,
      ),
    [blocks, links, policy.data, t, i18n.language],
  );
  if (policy.loading && !policy.data) return <Loading />;
  return (
    <>
      <ProblemBanner problem={policy.problem} onReload={policy.reload} />
      <StrategyMapView map={map} />
    </>
  );
}

function TreeTab({ unitId, year }: { unitId: string; year: number }) {
  const { t } = useTranslation('scorecard');
  const api = useApi();
  const loaded = useLoad(() => unwrap<PerformanceTree>(api.planning.GET('/org/units/{unitId}/performance-tree', { params: { path: { unitId }, query: { year: String(year) } } })), [api, unitId, year]);
  const tree = useMemo(() => (loaded.data ? buildPohonKinerja(loaded.data, (k) => t(`tree.kinds.${k}`, { defaultValue: k })) : undefined), [loaded.data, t]);
  if (loaded.problem) return <ProblemBanner problem={loaded.problem} onReload={loaded.reload} />;
  if (!tree) return <Loading />;
  return <PohonKinerjaView tree={tree} />;
}

/** One scorecard: perspectives and KPIs for a period, the strategy map and the pohon kinerja. */
export default function ScorecardScreen() {
  const { t } = useTranslation('scorecard');
  const { scorecardId = '' } = useParams();
  const api = useApi();
  const { session } = useSession();
  const { period } = usePeriod();
  const { params, set } = useUrlParams();
  const tab: TabKey = (TAB_KEYS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as TabKey) : 'kpis';
  const selectTab = (key: TabKey) => set('tab', key);

  const plan = useEarlyLoad(api, `plan:${scorecardId}`, () => unwrap<ScorecardPlan>(api.planning.GET('/scorecards/{scorecardId}', { params: { path: { scorecardId } } })), [api, scorecardId]);
  const score = useEarlyLoad(
    api,
    `score:${scorecardId}:${period}`,
    () => unwrap<ScorecardScore>(api.evaluation.GET('/scores/scorecards/{scorecardId}', { params: { path: { scorecardId }, query: { period } } })),
    [api, scorecardId, period],
  );
  const blocks = useMemo(() => (plan.data ? buildBlocks(plan.data, score.data, period) : []), [plan.data, score.data, period]);

  if (!plan.data)
    return (
      <>
        <h1>{t('title')}</h1>
        {plan.problem ? <ProblemBanner problem={plan.problem} onReload={plan.reload} /> : <Loading />}
      </>
    );
  const p = plan.data;
  const overall = score.data?.score;
  return (
    <div className="scorecard-screen">
      <p className="breadcrumb">
        <Link to={`/scorecards?year=${p.header.year}`}>{t('title')}</Link>
      </p>
      <h1>{p.header.title}</h1>
      <div className="toolbar">
        <PeriodPicker />
        <p className="scorecard-meta">
          {t('versionOf', { version: p.version })} · {t(`status.${p.status}`, { defaultValue: p.status })}
          {p.header.theme && <> · {t('theme', { theme: p.header.theme })}</>}
        </p>
        {hasRole(session, 'evaluator') && (
          <Link className="replay-link" to={`/replay/${encodeURIComponent(scorecardId)}`}>
            {t('replay')}
          </Link>
        )}
      </div>
      <ProblemBanner problem={score.problem} onReload={score.reload} />
      <p className="overall" data-testid="scorecard-score">
        {t('overall')}:{' '}
        {score.loading && !score.data ? (
          <span className="muted">{t('common:loading')}</span>
        ) : overall?.measurable ? (
          <BandBadge band={overall.band} score={overall.score} />
        ) : (
          <BandBadge band={null} />
        )}
      </p>
      <Tabs tabs={TAB_KEYS.map((key) => ({ key, label: t(`tabs.${key}`) }))} selected={tab} onSelect={selectTab} label={t('tabs.label')} idPrefix="scorecard">
        {tab !== 'tree' && !score.data && !score.problem && <Loading />}
        {tab === 'kpis' && (score.data || score.problem) && <KpiTable blocks={blocks} />}
        {tab === 'map' && (score.data || score.problem) && <MapTab blocks={blocks} links={p.links} year={p.header.year} />}
        {tab === 'tree' && <TreeTab unitId={p.header.unitId} year={p.header.year} />}
      </Tabs>
    </div>
  );
}
