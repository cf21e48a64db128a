import { integrationEvent, type ApprovedKpiV1, type OrgChangedV1, type PeriodCode, type ScorecardApprovedV1, type TargetV1 } from '@capaian/contracts';
import type { RecordedEvent } from '@capaian/eventstore';
import type { OutgoingMessage } from '@capaian/messaging';
import { itemId, ORG_EVENT_TYPES, SCORECARD_EVENT_TYPES, type KpiTarget, type ScorecardEvent } from '@capaian/planning-domain';
import { IntegrationRelay, integrationEnvelope, integrationMessage } from '@capaian/platform';

type Approved = Extract<ScorecardEvent, { type: 'scorecard-approved' }>['data'];
type RevisionOpened = Extract<ScorecardEvent, { type: 'scorecard-revision-opened' }>['data'];

const ORG_EVENT_TYPE_SET = new Set<string>(Object.values(ORG_EVENT_TYPES));
const target = (t: KpiTarget): TargetV1 => ('min' in t ? { min: t.min, max: t.max } : { value: t.value });

/** The approved plan as the public contract shapes it (domain codes become global ids). */
export function scorecardApprovedV1(d: Approved): ScorecardApprovedV1 {
  const { header, perspectives, objectives, links, kpis, initiatives } = d.snapshot;
  const sid = header.scorecardId;
  const id = (code: string) => itemId(sid, code);
  return {
    scorecardId: sid,
    unitId: header.unitId,
    unitName: d.unit.name,
    unitKind: d.unit.kind,
    parentUnitId: d.unit.parentId,
    year: header.year,
    theme: header.theme,
    title: header.title,
    vision: header.vision,
    missions: header.missions,
    goals: header.goals,
    version: d.version,
    signedBy: d.signedBy,
    revisionReason: d.reason,
    perspectives: perspectives.map((p) => ({ perspectiveId: p.perspectiveId, code: p.code, name: p.name, order: p.order, weight: p.weight })),
    objectives: objectives.map((o) => ({ objectiveId: o.objectiveId, code: o.code, perspectiveId: id(o.perspectiveCode), name: o.name, weight: o.weight, contributesTo: o.contributesTo })),
    links: links.map((l) => ({ fromObjectiveId: id(l.from), toObjectiveId: id(l.to) })),
    kpis: kpis.map((k): ApprovedKpiV1 => ({
      kpiId: k.kpiId,
      code: k.code,
      objectiveId: id(k.objectiveCode),
      name: k.name,
      unitOfMeasure: k.unitOfMeasure,
      definition: k.definition,
      dataSource: k.dataSource,
      ownerUnitId: k.ownerUnitId,
      frequency: k.frequency,
      level: k.level,
      polarity: k.polarity,
      valueType: k.valueType,
      grades: k.grades,
      aggregation: k.aggregation,
      weight: k.weight,
      baseline: k.baseline,
      yearlyTarget: k.yearlyTarget ? target(k.yearlyTarget) : null,
      periodTargets: (Object.entries(k.periodTargets) as Array<[PeriodCode, KpiTarget | undefined]>)
        .filter((e): e is [PeriodCode, KpiTarget] => e[1] !== undefined)
        .map(([period, t]) => ({ period, target: target(t) })),
      endOfTermTarget: k.endOfTermTarget ? target(k.endOfTermTarget) : null,
      thresholds: k.thresholds,
      cascadedFrom: k.cascadedFrom,
    })),
    initiatives: initiatives.map((i) => ({
      initiativeId: i.initiativeId,
      code: i.code,
      level: i.level,
      name: i.name,
      parentId: i.parentCode ? id(i.parentCode) : null,
      objectiveIds: i.objectiveCodes.map(id),
      budgetCeiling: i.budgetCeiling,
      ownerUnitId: i.ownerUnitId,
      start: i.schedule.start,
      end: i.schedule.end,
    })),
  };
}

/**
 * Domain events stay in planning's store; this maps the ones other services need to versioned
 * integration events (libs/contracts) and publishes them, keyed by `<tenant>.<scorecardId>` so
 * the versions of one plan keep their order; organization changes go out keyed `<tenant>.org`.
 */
export function toPlanningIntegrationMessages(e: RecordedEvent, topic: string): OutgoingMessage[] {
  const tenantId = e.metadata.tenantId;
  if (typeof tenantId !== 'string') return [];
  const envelope = { ...integrationEnvelope(e), tenantId };
  if (e.type === SCORECARD_EVENT_TYPES.approved) {
    const data = scorecardApprovedV1(e.data as Approved);
    const event = integrationEvent('planning.scorecard-approved', { ...envelope, aggregateId: data.scorecardId, data });
    return [integrationMessage(event, topic, `${tenantId}.${data.scorecardId}`)];
  }
  if (ORG_EVENT_TYPE_SET.has(e.type)) {
    const d = e.data as Record<string, unknown>;
    const str = (v: unknown) => (typeof v === 'string' ? v : null);
    const data: OrgChangedV1 = {
      change: e.type as OrgChangedV1['change'],
      unitId: String(d['unitId'] ?? d['sourceUnitId']),
      name: str(d['name']),
      kind: str(d['kind']),
      parentId: str(d['parentId'] ?? d['newParentId']),
      mergedInto: str(d['targetUnitId']),
      movedChildIds: Array.isArray(d['movedChildIds']) ? (d['movedChildIds'] as string[]) : [],
      reason: str(d['reason']),
      orgRevision: e.revision,
    };
    const event = integrationEvent('planning.org-changed', { ...envelope, aggregateId: 'org', data });
    return [integrationMessage(event, topic, `${tenantId}.org`)];
  }
  if (e.type === SCORECARD_EVENT_TYPES.revisionOpened) {
    const d = e.data as RevisionOpened;
    const event = integrationEvent('planning.scorecard-revision-opened', { ...envelope, aggregateId: d.scorecardId, data: { ...d } });
    return [integrationMessage(event, topic, `${tenantId}.${d.scorecardId}`)];
  }
  return [];
}

/** Publishes planning's integration events. */
export class PlanningRelay extends IntegrationRelay('planning.integration-events', (topics) => topics.planning, toPlanningIntegrationMessages) {}
