import { Inject, Injectable, Logger } from '@nestjs/common';
import { createEvaluationProjection, type EvaluationProjection } from '@capaian/evaluation-domain';
import { DECIMAL_PATTERN, NUMERIC_VALUE_TYPES_V1, type AnyIntegrationEvent, type PeriodCode, type Polarity, type ValueTypeV1 } from '@capaian/contracts';
import type { RecordedEvent } from '@capaian/eventstore';
import { Metrics, ReadModelHost, ReadinessRegistry, SERVICE_INFRASTRUCTURE, type ServiceInfrastructure } from '@capaian/platform';
import { achievement, DEFAULT_ACHIEVEMENT_POLICY, formatPercent, type Achievement } from '@capaian/scoring';

export const INPUT_STREAM_CATEGORY = 'input';

/**
 * Evaluation keeps every accepted integration event in a stream per tenant, unit and year (the
 * organization's changes in one stream per tenant). Every measurement event is kept, also those
 * the achievement view does not fold yet (verifications, rejections, locks, budget, reminders):
 * scoring reads them from the same streams. Exhaustive: a new catalog type must pick its stream.
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

/** The current value of a KPI period: the highest value revision received (a correction replaces the value it supersedes). */
interface PeriodValue {
  value: string;
  valueType: ValueTypeV1;
  valueRevision: number;
  recordedAt: string;
  position: number;
}

interface KpiFacts {
  tenantId: string;
  kpiId: string;
  code: string;
  name: string;
  ownerUnitId: string;
  polarity: Polarity;
  year: number;
  yearlyTarget: string;
  realizations: Map<PeriodCode, PeriodValue>;
}

/** Categorical grades and milestone dates are not scored here yet (the scoring issue does). */
export type PeriodAchievementResult = Achievement | { measurable: false; reason: 'non_numeric_value' };

export interface PeriodAchievement {
  period: PeriodCode;
  realization: string;
  valueType: ValueTypeV1;
  /** 1 = as recorded; higher = corrected that many times. */
  valueRevision: number;
  achievement: PeriodAchievementResult;
  /** Rounded for display only. */
  achievementDisplay: string | null;
}

export interface KpiAchievementView {
  tenantId: string;
  kpiId: string;
  code: string;
  name: string;
  ownerUnitId: string;
  year: number;
  yearlyTarget: string;
  polarity: Polarity;
  periods: PeriodAchievement[];
  policyId: string;
  /** Highest position of evaluation's store that contributed to this answer. */
  computedFromPosition: number;
}

/** Current achievements, folded from evaluation's own store. Pure state: rebuildable by replay. */
export class AchievementState {
  private readonly kpis = new Map<string, KpiFacts & { lastPosition: number }>();

  apply(e: RecordedEvent): void {
    const event = e.data as AnyIntegrationEvent;
    if (event.type === 'planning.scorecard-approved') {
      // Walking-skeleton scope: single-value yearly targets; the scoring issue brings ranges, categories and sub-period targets.
      for (const d of event.data.kpis) {
        const key = `${event.tenantId}/${d.kpiId}`;
        const existing = this.kpis.get(key);
        this.kpis.set(key, {
          tenantId: event.tenantId, kpiId: d.kpiId, code: d.code, name: d.name, ownerUnitId: d.ownerUnitId ?? '', polarity: d.polarity,
          year: event.data.year, yearlyTarget: d.yearlyTarget?.value ?? '', realizations: existing?.realizations ?? new Map(), lastPosition: e.position,
        });
      }
    } else if (event.type === 'measurement.realization-recorded' || event.type === 'measurement.realization-corrected') {
      const d = event.data;
      const key = `${event.tenantId}/${d.kpiId}`;
      const facts = this.kpis.get(key);
      // A realization cannot precede its KPI in evaluation's store for the same tenant only if
      // topics were consumed out of order; keep it under a placeholder until the KPI arrives.
      const target = facts ?? this.placeholder(event.tenantId, d.kpiId, d.unitId, d.year);
      // v1 realizations (stored before v2 replaced v1 in the catalog) were decimals without revisions.
      const valueType = d.valueType ?? 'number';
      const valueRevision = d.valueRevision ?? 1;
      // Keep it simple: the highest value revision is the period's value (a correction replaces
      // what it supersedes). A rejected value stays until corrected; verification and rejection
      // are the scoring issue's business, so they are stored in the input streams but not folded here.
      const current = target.realizations.get(d.period);
      if (current && current.valueRevision > valueRevision) return;
      target.realizations.set(d.period, { value: d.value, valueType, valueRevision, recordedAt: event.occurredAt, position: e.position });
      target.lastPosition = e.position;
    }
  }

  private placeholder(tenantId: string, kpiId: string, unitId: string, year: number) {
    const p = { tenantId, kpiId, code: '', name: '', ownerUnitId: unitId, polarity: 'higher_is_better' as Polarity, year, yearlyTarget: '', realizations: new Map(), lastPosition: 0 };
    this.kpis.set(`${tenantId}/${kpiId}`, p);
    return p;
  }

  view(tenantId: string, kpiId: string): KpiAchievementView | undefined {
    const f = this.kpis.get(`${tenantId}/${kpiId}`);
    if (!f || f.code === '') return undefined;
    const policy = DEFAULT_ACHIEVEMENT_POLICY;
    const periods = [...f.realizations.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([period, r]): PeriodAchievement => {
        // Only decimal values (number, percent, money, duration) go through achievement(); a
        // categorical grade or a milestone date is listed with its value but reported as not
        // measurable ('non_numeric_value') until the scoring issue scores grades and dates (so is a
        // decimal value against a non-decimal target, e.g. after the plan changed the value type).
        // Until per-period targets exist (planning issue), every period is compared with the yearly target.
        const numeric = NUMERIC_VALUE_TYPES_V1.includes(r.valueType) && (f.yearlyTarget === '' || DECIMAL_PATTERN.test(f.yearlyTarget));
        const a: PeriodAchievementResult = numeric
          ? achievement({ polarity: f.polarity, target: f.yearlyTarget, realization: r.value }, policy)
          : { measurable: false, reason: 'non_numeric_value' };
        return { period, realization: r.value, valueType: r.valueType, valueRevision: r.valueRevision, achievement: a, achievementDisplay: a.measurable ? formatPercent(a.percent) : null };
      });
    return {
      tenantId: f.tenantId, kpiId: f.kpiId, code: f.code, name: f.name, ownerUnitId: f.ownerUnitId, year: f.year,
      yearlyTarget: f.yearlyTarget, polarity: f.polarity, periods, policyId: policy.policyId, computedFromPosition: f.lastPosition,
    };
  }
}

/** Both of evaluation's views, fed by the same stored events. */
export interface EvaluationViews {
  achievements: AchievementState;
  evaluation: EvaluationProjection;
}

const freshViews = (): EvaluationViews => ({ achievements: new AchievementState(), evaluation: createEvaluationProjection() });

/**
 * Evaluation's read models, fed by the intake of planning's and measurement's events (kept in its
 * own store, category `input`): the achievements per KPI and the evaluation projection from which
 * scores, rankings and replays are computed. `rebuild()` drops them and folds the store again.
 */
@Injectable()
export class AchievementView extends ReadModelHost {
  /** The views in use; `rebuild()` swaps in fresh ones (a holder the intake's apply closure also sees). */
  private readonly current: { views: EvaluationViews };
  private readonly log = new Logger('EvaluationRebuild');

  constructor(@Inject(SERVICE_INFRASTRUCTURE) private readonly infraRef: ServiceInfrastructure, readiness: ReadinessRegistry, metrics: Metrics) {
    const current = { views: freshViews() };
    super(infraRef, readiness, metrics, {
      name: 'evaluation.achievements',
      category: INPUT_STREAM_CATEGORY,
      group: 'evaluation.intake',
      topics: [infraRef.topics.planning, infraRef.topics.measurement],
      streamFor: inputStreamFor,
      apply: (e: RecordedEvent) => {
        current.views.achievements.apply(e);
        current.views.evaluation.apply(e);
      },
    });
    this.current = current;
  }

  get state(): AchievementState {
    return this.current.views.achievements;
  }

  get evaluation(): EvaluationProjection {
    return this.current.views.evaluation;
  }

  /** Position of the last event folded into the live views. */
  get position(): number {
    return this.projection.position;
  }

  /**
   * Drops the views and folds every stored input event again, printing progress; swaps the rebuilt
   * views in once they have caught up with the live ones (no event is lost or applied twice).
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
        rebuilt.achievements.apply(e);
        rebuilt.evaluation.apply(e);
        position = e.position;
        events++;
        if (Date.now() - lastPrint > 2000) {
          lastPrint = Date.now();
          progress(`  ${events} events folded (position ${position} of ${head})`);
        }
      }
      // Same tick from here to the swap: the live views cannot move in between.
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
