import { Inject, Injectable } from '@nestjs/common';
import type { AnyIntegrationEvent, PeriodCode, Polarity } from '@capaian/contracts';
import type { RecordedEvent } from '@capaian/eventstore';
import { Metrics, ReadModelHost, ReadinessRegistry, SERVICE_INFRASTRUCTURE, type ServiceInfrastructure } from '@capaian/platform';
import { achievement, DEFAULT_ACHIEVEMENT_POLICY, formatPercent, type Achievement } from '@capaian/scoring';

export const INPUT_STREAM_CATEGORY = 'input';

/** Evaluation keeps every accepted integration event in a stream per tenant, unit and year. */
export function inputStreamFor(event: AnyIntegrationEvent): string {
  switch (event.type) {
    case 'planning.scorecard-approved':
    case 'planning.scorecard-revision-opened':
      return `${INPUT_STREAM_CATEGORY}-${event.tenantId}.${event.data.unitId}.${event.data.year}`;
    case 'measurement.realization-recorded':
      return `${INPUT_STREAM_CATEGORY}-${event.tenantId}.${event.data.unitId}.${event.data.year}`;
    case 'planning.org-changed':
      return `${INPUT_STREAM_CATEGORY}-${event.tenantId}.org`;
  }
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
  realizations: Map<PeriodCode, { value: string; recordedAt: string; position: number }>;
}

export interface PeriodAchievement {
  period: PeriodCode;
  realization: string;
  achievement: Achievement;
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
    } else if (event.type === 'measurement.realization-recorded') {
      const d = event.data;
      const key = `${event.tenantId}/${d.kpiId}`;
      const facts = this.kpis.get(key);
      // A realization cannot precede its KPI in evaluation's store for the same tenant only if
      // topics were consumed out of order; keep it under a placeholder until the KPI arrives.
      const target = facts ?? this.placeholder(event.tenantId, d.kpiId, d.unitId, d.year);
      target.realizations.set(d.period, { value: d.value, recordedAt: event.occurredAt, position: e.position });
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
      .map(([period, r]) => {
        // Until per-period targets exist (planning issue), every period is compared with the yearly target.
        const a = achievement({ polarity: f.polarity, target: f.yearlyTarget, realization: r.value }, policy);
        return { period, realization: r.value, achievement: a, achievementDisplay: a.measurable ? formatPercent(a.percent) : null };
      });
    return {
      tenantId: f.tenantId, kpiId: f.kpiId, code: f.code, name: f.name, ownerUnitId: f.ownerUnitId, year: f.year,
      yearlyTarget: f.yearlyTarget, polarity: f.polarity, periods, policyId: policy.policyId, computedFromPosition: f.lastPosition,
    };
  }
}

@Injectable()
export class AchievementView extends ReadModelHost {
  readonly state: AchievementState;

  constructor(@Inject(SERVICE_INFRASTRUCTURE) infra: ServiceInfrastructure, readiness: ReadinessRegistry, metrics: Metrics) {
    const state = new AchievementState();
    super(infra, readiness, metrics, {
      name: 'evaluation.achievements',
      category: INPUT_STREAM_CATEGORY,
      group: 'evaluation.intake',
      topics: [infra.topics.planning, infra.topics.measurement],
      streamFor: inputStreamFor,
      apply: (e) => state.apply(e),
    });
    this.state = state;
  }
}
