import { createEvaluationProjection } from '@capaian/evaluation-domain';
import type { EventStore } from '@capaian/eventstore';
import { INPUT_STREAM_CATEGORY } from '../../scores/achievement-view.js';

/**
 * Folds evaluation's whole store into a fresh evaluation projection (the one view every figure is
 * computed from), without a running service (the `rebuild` CLI):
 * prints progress every 2 s and a summary. A running service rebuilds its live view with
 * POST /admin/rebuild instead.
 */
export async function rebuildFromStore(store: EventStore, progress: (line: string) => void) {
  const started = Date.now();
  const head = await store.headPosition();
  const evaluation = createEvaluationProjection();
  let events = 0;
  let lastPrint = Date.now();
  progress(`rebuilding evaluation views from the store (head position ${head})`);
  for await (const e of store.readAll({ category: INPUT_STREAM_CATEGORY })) {
    evaluation.apply(e);
    events++;
    if (Date.now() - lastPrint > 2000) {
      lastPrint = Date.now();
      const seconds = (Date.now() - started) / 1000;
      progress(`  ${events} events (position ${e.position} of ${head}), ${Math.round(events / seconds)} events/s`);
    }
  }
  const summary = evaluation.finish();
  const ms = Date.now() - started;
  progress(
    `rebuilt: ${events} events, ${summary.scorecards} scorecards, ${summary.kpiPeriods} KPI periods, ${summary.orgUnits} units in ${ms} ms (${Math.round(events / Math.max(ms / 1000, 0.001))} events/s)`,
  );
  return { events, ms, summary, evaluation };
}
