import { unwrap, type Api } from '../../api/clients';
import { classify, kpiIdsOf, type Classified } from './classify';
import type { MissingRealizations, PlanKpi, RealizationEntry, RealizationHistory, Reminder, ScorecardSummary } from './types';

export interface MyRealizations extends Classified {
  now: string;
  /** Scorecard titles by id: a unit may own KPIs of the same code in two scorecards. */
  scorecards: Map<string, string>;
}

/** The unit's KPIs for the period: what measurement says is missing and reported, with each KPI's facts. */
export async function loadMyRealizations(api: Api, unitId: string, year: number, period: string): Promise<MyRealizations> {
  const [missing, realizations, reminders, scorecards] = await Promise.all([
    unwrap<MissingRealizations>(api.measurement.GET('/units/{unitId}/missing-realizations', { params: { path: { unitId }, query: { year: String(year) } } })),
    unwrap<RealizationEntry[]>(api.measurement.GET('/realizations', { params: { query: { unitId, year: String(year) } } })),
    unwrap<Reminder[]>(api.measurement.GET('/reminders', { params: { query: { year: String(year), unitId } } })),
    unwrap<ScorecardSummary[]>(api.planning.GET('/scorecards', { params: { query: { year: String(year) } } })).catch(() => [] as ScorecardSummary[]),
  ]);
  const ids = kpiIdsOf(missing.missing, realizations, reminders);
  const facts = await Promise.all(ids.map((kpiId) => unwrap<PlanKpi>(api.measurement.GET('/plan/kpis/{kpiId}', { params: { path: { kpiId } } })).catch(() => undefined)));
  const kpis = new Map<string, PlanKpi>();
  for (const k of facts) if (k) kpis.set(k.kpiId, k);
  const rejected = realizations.filter((r) => r.period === period && r.status === 'rejected');
  const histories = await Promise.all(
    rejected.map((r) => unwrap<RealizationHistory>(api.measurement.GET('/realizations/{kpiId}/{year}/{period}', { params: { path: { kpiId: r.kpiId, year, period } } })).catch(() => undefined)),
  );
  const rejectionReasons = new Map<string, string>();
  rejected.forEach((r, i) => {
    const last = histories[i]?.history.filter((h) => h.type === 'realization-rejected').at(-1);
    if (last?.data.reason) rejectionReasons.set(r.kpiId, last.data.reason);
  });
  return {
    now: missing.now,
    scorecards: new Map(scorecards.map((s) => [s.scorecardId, s.title])),
    ...classify({ unitId, period, missing: missing.missing, realizations, reminders, kpis, rejectionReasons }),
  };
}
