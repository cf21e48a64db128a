import { unwrap, type Api } from '../../api/clients';
import type { TimelineRow } from './replayModel';

// until the OpenAPI document types ListRealizationsController_history
interface Recorded {
  recordedAt: string;
  actor: string | null;
}

/** Key of a change's author: the KPI and period of a realization (or the plan) and the instant. */
export const actorKey = (row: Pick<TimelineRow, 'kpiId' | 'period'>, at: string) => `${row.kpiId ?? 'plan'}|${row.period ?? ''}|${at}`;

/**
 * Who made each change of the timeline: the timeline names the KPI, period and instant; the
 * author is in the realization's history (measurement) or the plan's history (planning).
 */
export async function loadActors(api: Api, scorecardId: string, year: number, rows: readonly TimelineRow[]): Promise<Map<string, string | null>> {
  const actors = new Map<string, string | null>();
  const subjects = new Map<string, { kpiId: string; period: string }>();
  for (const r of rows) if (r.kpiId && r.period) subjects.set(`${r.kpiId}|${r.period}`, { kpiId: r.kpiId, period: r.period });
  const needPlan = rows.some((r) => r.kind === 'plan');
  await Promise.all([
    ...[...subjects.values()].map(async ({ kpiId, period }) => {
      const h = await unwrap<{ history: Recorded[] }>(api.measurement.GET('/realizations/{kpiId}/{year}/{period}', { params: { path: { kpiId, year, period } } })).catch(() => ({ history: [] }));
      for (const e of h.history) actors.set(actorKey({ kpiId, period }, e.recordedAt), e.actor);
    }),
    needPlan
      ? unwrap(api.planning.GET('/scorecards/{scorecardId}/history', { params: { path: { scorecardId } } }))
          .catch(() => [])
          .then((entries) => entries.forEach((e) => actors.set(actorKey({}, e.recordedAt), e.actor)))
      : Promise.resolve(),
  ]);
  return actors;
}
