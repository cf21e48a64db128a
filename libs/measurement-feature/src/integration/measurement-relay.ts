import { Inject, Injectable } from '@nestjs/common';
import { integrationEvent, type IntegrationEvent, type IntegrationEventDataMap, type IntegrationEventType, type PeriodCode } from '@capaian/contracts';
import type { RecordedEvent } from '@capaian/eventstore';
import {
  BUDGET_REALIZATION_EVENT_TYPES,
  PERIOD_LOCK_EVENT_TYPES,
  REALIZATION_EVENT_TYPES,
  type BudgetRealizationCorrectedData,
  type BudgetRealizationRecordedData,
  type PeriodLockedData,
  type PeriodUnlockedData,
  type RealizationCorrectedData,
  type RealizationRecordedData,
  type RealizationRejectedData,
  type RealizationVerifiedData,
  type Reminder,
} from '@capaian/measurement-domain';
import type { OutgoingMessage } from '@capaian/messaging';
import { IntegrationRelayHost, SERVICE_INFRASTRUCTURE, integrationMessage, type ServiceInfrastructure } from '@capaian/platform';

/**
 * Type of the domain event the reminder feed appends (reminders/issue-reminders/reminder-issuer.ts,
 * data = the domain's `Reminder`). Stored type names never change, so the name is repeated here
 * rather than imported from the feed's slice.
 */
const REMINDER_ISSUED = 'reminder-issued';

type Envelope = Omit<IntegrationEvent, 'type' | 'schemaVersion' | 'data' | 'aggregateId' | 'tenantId'>;

/** The publishable fields of a budget realization (recorded or corrected). */
function budgetAmount(d: BudgetRealizationRecordedData) {
  return {
    budgetRealizationId: d.budgetRealizationId,
    initiativeId: d.initiativeId,
    unitId: d.unitId,
    year: d.year,
    period: d.period,
    amount: d.amount,
    amountRevision: d.amountRevision,
    cumulativeAmount: d.cumulativeAmount,
    budgetCeiling: d.budgetCeiling,
    overCeiling: d.overCeiling,
    afterLock: d.afterLock,
  };
}

/**
 * Domain events stay in measurement's store; this maps each one other services need to its
 * versioned integration event (libs/contracts, topic measurement.events.v1). Pure: the same stored
 * event always gives the same messages, so a re-publication after a crash is the same message
 * (consumers deduplicate by eventId = the domain event's id).
 *
 * Keys (one aggregate keeps its order): realizations and reminders `<tenant>.<kpiId>`, budget
 * realizations `<tenant>.<initiativeId>`, period locks `<tenant>.<unitId>`. Plan copies (planning's events
 * kept by measurement's intake) and any other type are not published.
 *
 * Never throws on a valid domain event (a throw would stall the relay). The store's upcasters give
 * every event in its latest version (`realization-recorded` v1 reads as v2, submitted when the
 * store accepted it); a deadline the domain event does not know ('') is published as null.
 */
/** The value and its circumstances, shared by a recorded and a corrected realization. */
function submissionOf(d: RealizationRecordedData | RealizationCorrectedData) {
  return {
    ...realizationKeyOf(d),
    value: d.value,
    valueType: d.valueType,
    valueRevision: d.valueRevision,
    evidence: d.evidence.map((x) => ({ url: x.url, label: x.label })),
    note: d.note,
    submittedAt: d.submittedAt,
    late: d.late,
    afterLock: d.afterLock,
  };
}

/** The identity fields every realization integration event carries. */
function realizationKeyOf(d: { realizationId: string; kpiId: string; unitId: string; year: number; period: PeriodCode }) {
  return { realizationId: d.realizationId, kpiId: d.kpiId, unitId: d.unitId, year: d.year, period: d.period };
}

export function toMeasurementIntegrationMessages(e: RecordedEvent, topic: string): OutgoingMessage[] {
  const envelope: Envelope = {
    eventId: e.id,
    occurredAt: e.metadata.recordedAt,
    correlationId: e.metadata.correlationId,
    causationId: e.metadata.causationId ?? null,
    actor: e.metadata.actor ?? null,
    sourcePosition: e.position,
  };
  const message = <K extends IntegrationEventType>(type: K, tenantId: string, aggregateId: string, key: string, data: IntegrationEventDataMap[K]): OutgoingMessage[] => [
    integrationMessage(integrationEvent(type, { ...envelope, tenantId, aggregateId, data }), topic, `${tenantId}.${key}`),
  ];
  const realizationAggregate = (d: { kpiId: string; year: number; period: string }) => `${d.kpiId}.${d.year}.${d.period}`;

  switch (e.type) {
    case REALIZATION_EVENT_TYPES.recorded: {
      const d = e.data as RealizationRecordedData;
      return message('measurement.realization-recorded', d.tenantId, realizationAggregate(d), d.kpiId, { ...submissionOf(d), deadline: d.deadline || null });
    }
    case REALIZATION_EVENT_TYPES.corrected: {
      const d = e.data as RealizationCorrectedData;
      return message('measurement.realization-corrected', d.tenantId, realizationAggregate(d), d.kpiId, {
        ...submissionOf(d),
        deadline: d.deadline,
        reason: d.reason,
        supersedesRevision: d.supersedesRevision,
        previousValue: d.previousValue,
      });
    }
    case REALIZATION_EVENT_TYPES.verified: {
      const d = e.data as RealizationVerifiedData;
      return message('measurement.realization-verified', d.tenantId, realizationAggregate(d), d.kpiId, {
        ...realizationKeyOf(d),
        verifiedValueRevision: d.verifiedValueRevision,
        value: d.value,
      });
    }
    case REALIZATION_EVENT_TYPES.rejected: {
      const d = e.data as RealizationRejectedData;
      return message('measurement.realization-rejected', d.tenantId, realizationAggregate(d), d.kpiId, {
        ...realizationKeyOf(d),
        rejectedValueRevision: d.rejectedValueRevision,
        value: d.value,
        reason: d.reason,
      });
    }
    case PERIOD_LOCK_EVENT_TYPES.locked: {
      const d = e.data as PeriodLockedData;
      return message('measurement.period-locked', d.tenantId, `${d.unitId}.${d.year}.${d.period}`, d.unitId, { unitId: d.unitId, year: d.year, period: d.period, note: d.note });
    }
    case PERIOD_LOCK_EVENT_TYPES.unlocked: {
      const d = e.data as PeriodUnlockedData;
      return message('measurement.period-unlocked', d.tenantId, `${d.unitId}.${d.year}.${d.period}`, d.unitId, { unitId: d.unitId, year: d.year, period: d.period, reason: d.reason });
    }
    case BUDGET_REALIZATION_EVENT_TYPES.recorded: {
      const d = e.data as BudgetRealizationRecordedData;
      return message('measurement.budget-realization-recorded', d.tenantId, `${d.initiativeId}.${d.year}`, d.initiativeId, budgetAmount(d));
    }
    case BUDGET_REALIZATION_EVENT_TYPES.corrected: {
      const d = e.data as BudgetRealizationCorrectedData;
      return message('measurement.budget-realization-corrected', d.tenantId, `${d.initiativeId}.${d.year}`, d.initiativeId, {
        ...budgetAmount(d),
        reason: d.reason,
        previousAmount: d.previousAmount,
      });
    }
    case REMINDER_ISSUED: {
      const d = e.data as Reminder;
      return message('measurement.reminder-issued', d.tenantId, realizationAggregate(d), d.kpiId, {
        reminderKey: d.reminderKey,
        unitId: d.unitId,
        kpiId: d.kpiId,
        code: d.code,
        name: d.name,
        year: d.year,
        period: d.period,
        deadline: d.deadline,
        stage: d.stage,
        overdueDays: d.overdueDays,
      });
    }
    default:
      return [];
  }
}

/**
 * Publishes measurement's integration events. It reads the whole store (no stream category):
 * realizations (`realization-`), budget realizations (`budget-realization-`), period locks
 * (`period-lock-`) and reminders (`reminder-`) are different categories; what is not a measurement domain event is skipped.
 */
@Injectable()
export class MeasurementRelay extends IntegrationRelayHost {
  constructor(@Inject(SERVICE_INFRASTRUCTURE) infra: ServiceInfrastructure) {
    super(infra, 'measurement.integration-events', infra.topics.measurement);
  }

  protected toMessages(e: RecordedEvent): OutgoingMessage[] {
    return toMeasurementIntegrationMessages(e, this.infra.topics.measurement);
  }
}
