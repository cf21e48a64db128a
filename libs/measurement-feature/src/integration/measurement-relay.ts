import { integrationEvent, type IntegrationEventDataMap, type IntegrationEventType, type PeriodCode } from '@capaian/contracts';
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
import { IntegrationRelay, integrationEnvelope, integrationMessage } from '@capaian/platform';

/**
 * Type of the domain event the reminder feed appends (reminders/issue-reminders/reminder-issuer.ts,
 * data = the domain's `Reminder`). Stored type names never change, so the name is repeated here
 * rather than imported from the feed's slice.
 */
const REMINDER_ISSUED = 'reminder-issued';

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
export function toMeasurementIntegrationMessages(e: RecordedEvent, topic: string): OutgoingMessage[] {
  const envelope = integrationEnvelope(e);
  const message = <K extends IntegrationEventType>(type: K, tenantId: string, aggregateId: string, key: string, data: IntegrationEventDataMap[K]): OutgoingMessage[] => [
    integrationMessage(integrationEvent(type, { ...envelope, tenantId, aggregateId, data }), topic, `${tenantId}.${key}`),
  ];
  /** Of a realization or a reminder: aggregate `<kpiId>.<year>.<period>`, keyed by the KPI. */
  const ofRealization = <K extends IntegrationEventType>(type: K, d: { tenantId: string; kpiId: string; year: number; period: string }, data: IntegrationEventDataMap[K]) =>
    message(type, d.tenantId, `${d.kpiId}.${d.year}.${d.period}`, d.kpiId, data);
  /** Of a period lock: aggregate `<unitId>.<year>.<period>`, keyed by the unit. */
  const ofLock = <K extends IntegrationEventType>(type: K, d: PeriodLockedData | PeriodUnlockedData, data: IntegrationEventDataMap[K]) =>
    message(type, d.tenantId, `${d.unitId}.${d.year}.${d.period}`, d.unitId, data);
  /** Of a budget realization: aggregate `<initiativeId>.<year>`, keyed by the initiative. */
  const ofBudget = <K extends IntegrationEventType>(type: K, d: BudgetRealizationRecordedData, data: IntegrationEventDataMap[K]) =>
    message(type, d.tenantId, `${d.initiativeId}.${d.year}`, d.initiativeId, data);

  switch (e.type) {
    case REALIZATION_EVENT_TYPES.recorded: {
      const d = e.data as RealizationRecordedData;
      return ofRealization('measurement.realization-recorded', d, { ...submissionOf(d), deadline: d.deadline || null });
    }
    case REALIZATION_EVENT_TYPES.corrected: {
      const d = e.data as RealizationCorrectedData;
      return ofRealization('measurement.realization-corrected', d, {
        ...submissionOf(d),
        deadline: d.deadline,
        reason: d.reason,
        supersedesRevision: d.supersedesRevision,
        previousValue: d.previousValue,
      });
    }
    case REALIZATION_EVENT_TYPES.verified: {
      const d = e.data as RealizationVerifiedData;
      return ofRealization('measurement.realization-verified', d, { ...realizationKeyOf(d), verifiedValueRevision: d.verifiedValueRevision, value: d.value });
    }
    case REALIZATION_EVENT_TYPES.rejected: {
      const d = e.data as RealizationRejectedData;
      return ofRealization('measurement.realization-rejected', d, { ...realizationKeyOf(d), rejectedValueRevision: d.rejectedValueRevision, value: d.value, reason: d.reason });
    }
    case PERIOD_LOCK_EVENT_TYPES.locked: {
      const d = e.data as PeriodLockedData;
      return ofLock('measurement.period-locked', d, { unitId: d.unitId, year: d.year, period: d.period, note: d.note });
    }
    case PERIOD_LOCK_EVENT_TYPES.unlocked: {
      const d = e.data as PeriodUnlockedData;
      return ofLock('measurement.period-unlocked', d, { unitId: d.unitId, year: d.year, period: d.period, reason: d.reason });
    }
    case BUDGET_REALIZATION_EVENT_TYPES.recorded: {
      const d = e.data as BudgetRealizationRecordedData;
      return ofBudget('measurement.budget-realization-recorded', d, budgetAmount(d));
    }
    case BUDGET_REALIZATION_EVENT_TYPES.corrected: {
      const d = e.data as BudgetRealizationCorrectedData;
      return ofBudget('measurement.budget-realization-corrected', d, { ...budgetAmount(d), reason: d.reason, previousAmount: d.previousAmount });
    }
    case REMINDER_ISSUED: {
      const d = e.data as Reminder;
      const { reminderKey, unitId, kpiId, code, name, year, period, deadline, stage, overdueDays } = d;
      return ofRealization('measurement.reminder-issued', d, { reminderKey, unitId, kpiId, code, name, year, period, deadline, stage, overdueDays });
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
export class MeasurementRelay extends IntegrationRelay('measurement.integration-events', (topics) => topics.measurement, toMeasurementIntegrationMessages) {}
