import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { unwrap, useApi } from '../../api/clients';
import { PeriodPicker, usePeriod } from '../../components/PeriodPicker';
import { Loading, ProblemBanner } from '../../components/Problem';
import type { ScorecardSummary } from '../scorecard/types';
import { startEarly, useEarlyLoad } from './early';
import { KpiColours } from './KpiColours';
import { kpiColourCounts, mainScorecards, outstandingByAgency, rankingRows, type Ranking, type Realization, type Reminder } from './model';
import { flatten, type OrgTree } from './org';
import { OutstandingPanel } from './OutstandingPanel';
import { RankingPanel } from './RankingPanel';
import { UnitTree } from './UnitTree';
import { loadScore, scoreKey, useScorecardScores } from './useScores';
import './dashboard.css';

/**
 * The Pemda's performance for a period: the organization tree with scores, the OPD ranking, KPIs
 * by colour and what is missing or late. The tree and the ranking show as soon as they arrive;
 * each scorecard's figures are loaded in parallel and fill in as they come.
 */
export default function DashboardScreen() {
  const { t } = useTranslation('dashboard');
  const api = useApi();
  const { year, period } = usePeriod();
  const query = `year=${year}&period=${period}`;
  const periodName = t(`common:periods.${period}`);

  const tree = useEarlyLoad(api, 'tree', () => unwrap<OrgTree>(api.planning.GET('/org/tree')), [api]);
  // The scores of the listed scorecards are asked for as soon as the list arrives, before React renders it.
  const list = useEarlyLoad(
    api,
    `list:${year}`,
    async () => {
      const listed = await unwrap<ScorecardSummary[]>(api.planning.GET('/scorecards', { params: { query: { year: String(year) } } }));
      for (const s of listed) startEarly(api, scoreKey(s.scorecardId, period), () => loadScore(api, s.scorecardId, period));
      return listed;
    },
    [api, year],
  );
  const ranking = useEarlyLoad(api, `ranking:${year}`, () => unwrap<Ranking>(api.evaluation.GET('/scores/rankings/{year}', { params: { path: { year: String(year) } } })), [api, year]);
  const reminders = useEarlyLoad(api, `reminders:${year}`, () => unwrap<Reminder[]>(api.measurement.GET('/reminders', { params: { query: { year: String(year) } } })), [api, year]);
  const realizations = useEarlyLoad(api, `realizations:${year}`, () => unwrap<Realization[]>(api.measurement.GET('/realizations', { params: { query: { year: String(year) } } })), [api, year]);

  const ids = useMemo(() => (list.data ?? []).map((s) => s.scorecardId), [list.data]);
  const scores = useScorecardScores(ids, period);
  const main = useMemo(() => mainScorecards(list.data ?? []), [list.data]);
  const units = useMemo(() => flatten(tree.data?.roots ?? []), [tree.data]);
  const unitsById = useMemo(() => new Map(units.map((u) => [u.unitId, u])), [units]);
  const names = useMemo(() => new Map(units.map((u) => [u.unitId, u.name])), [units]);
  const failed = useMemo(() => new Set(scores.problems.keys()), [scores.problems]);

  const periodScores = new Map([...scores.byId].map(([id, s]) => [id, s.score.measurable ? s.score.score : null]));
  const ranked = ranking.data ? rankingRows(ranking.data, periodScores) : undefined;
  const counts = scores.complete ? kpiColourCounts([...scores.byId.values()], period) : undefined;
  const outstanding = reminders.data && realizations.data ? outstandingByAgency(reminders.data, realizations.data, period, unitsById) : undefined;
  const firstProblem = [...scores.problems.values()][0];

  return (
    <>
      <h1>{t('title')}</h1>
      <div className="toolbar">
        <PeriodPicker />
      </div>
      <p>{t('intro', { period: periodName, year })}</p>
      <ProblemBanner problem={tree.problem ?? list.problem ?? ranking.problem ?? firstProblem} onReload={tree.problem ? tree.reload : list.problem ? list.reload : ranking.reload} />
      <div className="dashboard-grid">
        <section className="panel" aria-labelledby="ranking-title">
          <h2 id="ranking-title">{t('ranking.title')}</h2>
          {ranked ? <RankingPanel rows={ranked} period={period} year={year} query={query} /> : ranking.problem ? null : <Loading />}
        </section>
        <section className="panel" aria-labelledby="colours-title">
          <h2 id="colours-title">{t('colours.title')}</h2>
          <p className="muted">{t('colours.intro', { period: periodName, year })}</p>
          {counts ? <KpiColours counts={counts} /> : list.problem ? null : <Loading />}
        </section>
      </div>
      <section className="panel" aria-labelledby="tree-title">
        <h2 id="tree-title">{t('tree.title')}</h2>
        {tree.data && list.data ? (
          units.length === 0 ? (
            <p className="muted">{t('common:empty')}</p>
          ) : (
            <UnitTree units={units} main={main} scores={scores.byId} failed={failed} yearly={ranking.data?.units} period={period} query={query} />
          )
        ) : tree.problem || list.problem ? null : (
          <Loading />
        )}
      </section>
      <section className="panel" aria-labelledby="outstanding-title">
        <h2 id="outstanding-title">{t('outstanding.title')}</h2>
        <p className="muted">{t('outstanding.intro', { period: periodName, year })}</p>
        <ProblemBanner problem={reminders.problem ?? realizations.problem} onReload={reminders.problem ? reminders.reload : realizations.reload} />
        {outstanding ? <OutstandingPanel rows={outstanding} names={names} /> : reminders.problem || realizations.problem ? null : <Loading />}
      </section>
    </>
  );
}
