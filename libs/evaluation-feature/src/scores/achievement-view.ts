import { Inject, Injectable, Logger } from '@nestjs/common';
import { createEvaluationProjection, type EvaluationProjection } from '@capaian/evaluation-domain';
import type { AnyIntegrationEvent } from '@capaian/contracts';
import type { RecordedEvent } from '@capaian/eventstore';
import { Metrics, ReadModelHost, ReadinessRegistry, SERVICE_INFRASTRUCTURE, type ServiceInfrastructure } from '@capaian/platform';

export const INPUT_STREAM_CATEGORY = 'input';

/**
 * Evaluation keeps every accepted integration event in a stream per tenant, unit and year (the
 * organization's changes in one stream per tenant). Every measurement event is kept, also those
 * the evaluation projection does not fold (period locks and unlocks, reminders): everything it computes is
 * read from the same streams. Exhaustive: a new catalog type must pick its stream.
 */
export function inputStreamFor(event: AnyIntegrationEvent): string | undefined {
  switch (event.type) {
    case 'planning.scorecard-approved':
    case 'planning.scorecard-revision-opened':
    case 'measurement.realization-recorded':
    case 'measurement.realization-corrected':
    case 'measurement.realization-verified':
    case 'measurement.realization-rejected':
    case 'measurement.period-locked':
    case 'measurement.period-unlocked':
    case 'measurement.budget-realization-recorded':
    case 'measurement.budget-realization-corrected':
    case 'measurement.reminder-issued':
      return `${INPUT_STREAM_CATEGORY}-${event.tenantId}.${event.data.unitId}.${event.data.year}`;
    case 'planning.org-changed':
      return `${INPUT_STREAM_CATEGORY}-${event.tenantId}.org`;
    case 'evaluation.scores-published':
    case 'evaluation.sakip-evaluation-finalized':
    case 'evaluation.recommendation-decided':
      // Evaluation's own results: never taken in as inputs (it does not consume its own topic).
      return undefined;
    default:
      return unknownType(event);
  }
}

function unknownType(event: never): never {
  throw new Error(`evaluation has no input stream for ${(event as AnyIntegrationEvent).type}`);
}

/** Evaluation's view, fed by the stored events: every input folded into the evaluation projection. */
export interface EvaluationViews {
  evaluation: EvaluationProjection;
}

const freshViews = (): EvaluationViews => ({ evaluation: createEvaluationProjection() });

/**
 * Evaluation's read model, fed by the intake of planning's and measurement's events (kept in its
 * own store, category `input`): the evaluation projection from which every figure (scores,
 * achievements, rankings, replays) is computed on demand under the tenant's policy.
 * `rebuild()` drops it and folds the store again.
 */
@Injectable()
export class AchievementView extends ReadModelHost {
  /** The view in use; `rebuild()` swaps in a fresh one (a holder the intake's apply closure also sees). */
  private readonly current: { views: EvaluationViews };
  private readonly log = new Logger('EvaluationRebuild');

  constructor(
    @Inject(SERVICE_INFRASTRUCTURE) private readonly infraRef: ServiceInfrastructure,
    readiness: ReadinessRegistry,
    metrics: Metrics,
  ) {
    const current = { views: freshViews() };
    super(infraRef, readiness, metrics, {
      name: 'evaluation.achievements',
      category: INPUT_STREAM_CATEGORY,
      group: 'evaluation.intake',
      topics: [infraRef.topics.planning, infraRef.topics.measurement],
      streamFor: inputStreamFor,
      apply: (e: RecordedEvent) => current.views.evaluation.apply(e),
    });
    this.current = current;
  }

  get evaluation(): EvaluationProjection {
    return this.current.views.evaluation;
  }

  /** Position of the last event folded into the live view. */
  get position(): number {
    return this.projection.position;
  }

  /**
   * Drops the view and folds every stored input event again, printing progress; swaps the rebuilt
   * view in once it has caught up with the live one (no event is lost or applied twice).
   */
  async rebuild(progress: (line: string) => void = (l) => this.log.log(l)): Promise<{ events: number; position: number; ms: number; summary: ReturnType<EvaluationProjection['finish']> }> {
    const started = Date.now();
    const rebuilt = freshViews();
    const head = await this.infraRef.store.headPosition();
    let events = 0;
    let position = 0;
    let lastPrint = Date.now();
    progress(`rebuilding evaluation views from the store (head position ${head})`);
    for (;;) {
      for await (const e of this.infraRef.store.readAll({ category: INPUT_STREAM_CATEGORY, fromPosition: position })) {
        rebuilt.evaluation.apply(e);
        position = e.position;
        events++;
        if (Date.now() - lastPrint > 2000) {
          lastPrint = Date.now();
          progress(`  ${events} events folded (position ${position} of ${head})`);
        }
      }
      // Same tick from here to the swap: the live view cannot move in between.
      if (position >= this.projection.position) {
        this.current.views = rebuilt;
        break;
      }
    }
    const summary = rebuilt.evaluation.finish();
    const ms = Date.now() - started;
    progress(`rebuilt: ${events} events, position ${position}, ${summary.scorecards} scorecards, ${summary.kpiPeriods} KPI periods in ${ms} ms`);
    return { events, position, ms, summary };
  }
}
