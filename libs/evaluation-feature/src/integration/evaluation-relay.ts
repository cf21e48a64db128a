import { integrationEvent, type IntegrationEventDataMap, type ScoresPublishedV1 } from '@capaian/contracts';
import type { RecordedEvent } from '@capaian/eventstore';
import { RECOMMENDATION_DECISION_EVENT_TYPES, SAKIP_EVALUATION_EVENT_TYPES, SCORES_PUBLISHED_EVENT } from '@capaian/evaluation-domain';
import type { OutgoingMessage } from '@capaian/messaging';
import { IntegrationRelay, integrationEnvelope, integrationMessage } from '@capaian/platform';

type ResultType = 'evaluation.scores-published' | 'evaluation.sakip-evaluation-finalized' | 'evaluation.recommendation-decided';

/** Recommendation decisions, as the rewards decider records them (see recommendation decisions). */
export const RECOMMENDATION_DECISION_TYPES = new Set<string>(Object.values(RECOMMENDATION_DECISION_EVENT_TYPES));

/**
 * Evaluation's results (published scores, SAKIP grades, decisions on recommendations) as
 * versioned integration events on evaluation.events.v1. Inputs it keeps (category `input`) and
 * its private events (policies, answers) are not published.
 */
export function toEvaluationIntegrationMessages(e: RecordedEvent, topic: string): OutgoingMessage[] {
  const tenantId = e.metadata.tenantId;
  if (typeof tenantId !== 'string') return [];
  const make = <K extends ResultType>(type: K, aggregateId: string, data: IntegrationEventDataMap[K]) => {
    const event = integrationEvent(type, { ...integrationEnvelope(e), tenantId, aggregateId, data });
    return [integrationMessage(event, topic, `${tenantId}.${aggregateId}`)];
  };
  if (e.type === SCORES_PUBLISHED_EVENT) {
    const d = e.data as ScoresPublishedV1;
    return make('evaluation.scores-published', `${d.year}.${d.period}`, d);
  }
  if (e.type === SAKIP_EVALUATION_EVENT_TYPES.finalized) {
    const d = e.data as { unitId: string; year: number; worksheet: { worksheetId: string; version: number }; total: string; grade: string };
    return make('evaluation.sakip-evaluation-finalized', `${d.unitId}.${d.year}`, {
      unitId: d.unitId,
      year: d.year,
      worksheetId: d.worksheet.worksheetId,
      worksheetVersion: d.worksheet.version,
      total: d.total,
      grade: d.grade,
    });
  }
  if (RECOMMENDATION_DECISION_TYPES.has(e.type)) {
    const d = e.data as { recommendationId: string; recommendation: { kind: string; unitId: string; period: string; ruleId: string; ruleVersion: number }; note?: string | null };
    const r = d.recommendation;
    return make('evaluation.recommendation-decided', d.recommendationId, {
      recommendationId: d.recommendationId,
      kind: r.kind,
      unitId: r.unitId,
      period: r.period,
      ruleId: r.ruleId,
      ruleVersion: r.ruleVersion,
      decision: e.type === 'recommendation-accepted' ? 'accepted' : 'rejected',
      note: d.note ?? null,
    });
  }
  return [];
}

/** Publishes evaluation's integration events. */
export class EvaluationRelay extends IntegrationRelay('evaluation.integration-events', (topics) => topics.evaluation, toEvaluationIntegrationMessages) {}
