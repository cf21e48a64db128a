import { unwrap, type Api } from '../../api/clients';
import { isApiProblem } from '../../api/errors';
import { periodsOf } from './kpiModel';
import type { EvaluatedKpi, KpiRead, OrgNode, RealizationHistory, ScorecardHistoryEntry, ScorecardEvaluation } from './types';

export interface KpiPage {
  read: KpiRead;
  /** How evaluation scores the KPI (year and periods); undefined when it has not scored it yet. */
  evaluated: EvaluatedKpi | undefined;
  /** Per period: its realization history, null when nothing was reported. */
  realizations: Map<string, RealizationHistory | null>;
  planHistory: ScorecardHistoryEntry[];
  units: OrgNode[];
}

const notFoundAs =
  <T>(fallback: T) =>
  (e: unknown): T => {
    if (isApiProblem(e) && e.status === 404) return fallback;
    throw e;
  };

/** Everything the KPI screen shows, from the three services. */
export async function loadKpiPage(api: Api, kpiId: string, year: number): Promise<KpiPage> {
  const read = await unwrap<KpiRead>(api.planning.GET('/kpis/{kpiId}', { params: { path: { kpiId } } }));
  const periods = periodsOf(read.kpi.frequency);
  const [evaluation, histories, planHistory, tree] = await Promise.all([
    unwrap<ScorecardEvaluation>(api.evaluation.GET('/scores/scorecards/{scorecardId}', { params: { path: { scorecardId: read.scorecardId }, query: { period: 'Y' } } })).catch(notFoundAs(undefined)),
    Promise.all(
      periods.map((period) => unwrap<RealizationHistory>(api.measurement.GET('/realizations/{kpiId}/{year}/{period}', { params: { path: { kpiId, year, period } } })).catch(notFoundAs(null))),
    ),
    unwrap(api.planning.GET('/scorecards/{scorecardId}/history', { params: { path: { scorecardId: read.scorecardId } } })),
    unwrap<{ roots: OrgNode[] }>(api.planning.GET('/org/tree', {})).catch(() => ({ roots: [] })),
  ]);
  return { read, evaluated: evaluation?.kpis.find((k) => k.kpiId === kpiId), realizations: new Map(periods.map((p, i) => [p, histories[i]])), planHistory, units: tree.roots };
}
