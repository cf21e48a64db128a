/**
 * Measurement's facts (topic measurement.events.v1): the schemas and types of the integration
 * events measurement publishes. Realization events are keyed `<tenant>.<kpiId>`, budget
 * realizations `<tenant>.<initiativeId>`, period locks `<tenant>.<unitId>`, reminders `<tenant>.<kpiId>`.
 */
import { z } from 'zod';
import { NUMERIC_VALUE_TYPES_V1, VALUE_TYPES_V1 } from './events-planning.js';
import { bool, date, decimal, id, instant, integer, nullableText, period, revision, text, year } from './schema.js';

/**
 * Budget totals: a sum of up to 12 period amounts (each a decimal of at most 15 integer digits)
 * can have 17 integer digits, so the cumulative amount gets a wider decimal than `decimal`.
 */
const TOTAL_AMOUNT = z.string().regex(/^\d{1,18}(\.\d{1,10})?$/);

/** A piece of evidence (bukti dukung): an http(s) link and an optional label. */
const EVIDENCE_LINK_V1 = z.object({ url: id(), label: nullableText() });
export type EvidenceLinkV1 = z.infer<typeof EVIDENCE_LINK_V1>;

/** What identifies a realization: one KPI, one period of one year, reported by one unit. */
const REALIZATION_KEY_V1 = {
  realizationId: id(),
  kpiId: id(),
  unitId: id().describe('The unit that reported the value.'),
  year: year(),
  period: period(),
};

/** A realization `value` must read as its `valueType` says (checked once the fields are well formed). */
function valueReadsAsItsType(data: { value: unknown; valueType: unknown }, ctx: z.RefinementCtx): void {
  if (typeof data.value !== 'string' || typeof data.valueType !== 'string') return;
  const numeric = (NUMERIC_VALUE_TYPES_V1 as readonly string[]).includes(data.valueType);
  const schema = numeric ? decimal() : data.valueType === 'milestone_date' ? date() : undefined;
  if (!schema || schema.safeParse(data.value).success) return;
  ctx.addIssue({ code: 'custom', path: ['value'], input: data.value, message: numeric ? 'must be a decimal number written as a string' : 'must be a date YYYY-MM-DD' });
}

/**
 * measurement.realization-recorded v1: the first shape (a decimal value, no value type, evidence
 * or timing). Consumers still read it: `upcastRealizationRecordedV1` gives the v2 shape.
 */
export const REALIZATION_RECORDED_V1 = z.object({ ...REALIZATION_KEY_V1, value: decimal(), note: nullableText() });
export type RealizationRecordedV1 = z.infer<typeof REALIZATION_RECORDED_V1>;

const REALIZATION_SUBMISSION_V2 = {
  ...REALIZATION_KEY_V1,
  value: text().describe("Read by `valueType`: a decimal string (number, percent, money, duration), one of the KPI's grades (categorical) or YYYY-MM-DD (milestone_date)."),
  valueType: z.enum(VALUE_TYPES_V1),
  valueRevision: revision().describe('1 for the recorded value; each correction adds 1.'),
  evidence: z.array(EVIDENCE_LINK_V1),
  note: nullableText(),
  submittedAt: instant().describe('When the unit submitted it.'),
  late: bool().describe('Submitted after the deadline (accepted anyway).'),
  afterLock: bool().describe("Submitted while the unit's period was locked (flagged for the evaluator)."),
};

/**
 * measurement.realization-recorded v2: a unit reported what it achieved for a KPI and period
 * (value revision 1). Measurement refuses a first value into a locked period (409 PERIOD_LOCKED),
 * so it publishes `afterLock: false`; a v1 event upcast to v2 has `afterLock: false` too.
 */
export const REALIZATION_RECORDED_V2 = z
  .object({
    ...REALIZATION_SUBMISSION_V2,
    deadline: instant().nullable().describe('The reporting deadline of the period; null when it is not known (realization-recorded v1).'),
  })
  .superRefine(valueReadsAsItsType);
export type RealizationRecordedV2 = z.infer<typeof REALIZATION_RECORDED_V2>;

/**
 * v1 -> v2. What v1 did not carry is filled with known facts only: the value was a decimal
 * (`number`), the first revision, without evidence, submitted when measurement stored it (the
 * envelope's `occurredAt`), deadline unknown (null), neither late nor after a lock.
 */
export function upcastRealizationRecordedV1(data: RealizationRecordedV1, envelope: { occurredAt: string }): RealizationRecordedV2 {
  return { ...data, valueType: 'number', valueRevision: 1, evidence: [], submittedAt: envelope.occurredAt, deadline: null, late: false, afterLock: false };
}

/**
 * measurement.realization-corrected v1: a new value (with a reason) supersedes the current one of
 * the same KPI and period; the new value is again "submitted" (a correction after a rejection is
 * how a unit resubmits). Consumers replace the period's value with the highest valueRevision.
 * A correction into a locked period is accepted and flagged `afterLock: true`.
 */
export const REALIZATION_CORRECTED_V1 = z
  .object({
    ...REALIZATION_SUBMISSION_V2,
    deadline: instant(),
    reason: id(),
    supersedesRevision: revision().describe('The value revision this one supersedes.'),
    previousValue: text().describe('The superseded value (as its own value type read it).'),
  })
  .superRefine(valueReadsAsItsType);
export type RealizationCorrectedV1 = z.infer<typeof REALIZATION_CORRECTED_V1>;

/**
 * measurement.realization-verified v1 / measurement.realization-rejected v1: an evaluator
 * verified, or rejected with a reason, one value revision of a realization.
 */
export const REALIZATION_VERIFIED_V1 = z.object({ ...REALIZATION_KEY_V1, verifiedValueRevision: revision(), value: text().describe("The verified value (the revision's value, repeated).") });
export type RealizationVerifiedV1 = z.infer<typeof REALIZATION_VERIFIED_V1>;

export const REALIZATION_REJECTED_V1 = z.object({
  ...REALIZATION_KEY_V1,
  rejectedValueRevision: revision(),
  value: text().describe("The rejected value (the revision's value, repeated)."),
  reason: id(),
});
export type RealizationRejectedV1 = z.infer<typeof REALIZATION_REJECTED_V1>;

/**
 * measurement.period-locked v1 / measurement.period-unlocked v1: an evaluator closed a unit's
 * period for changes, or reopened it with a reason. A lock on a period covers the periods inside
 * it (Q1 covers M01-M03; Y the whole year). While locked, a first realization value is refused
 * (409 PERIOD_LOCKED); corrections and budget realizations are accepted, flagged `afterLock`.
 */
export const PERIOD_LOCKED_V1 = z.object({ unitId: id(), year: year(), period: period(), note: nullableText() });
export type PeriodLockedV1 = z.infer<typeof PERIOD_LOCKED_V1>;

export const PERIOD_UNLOCKED_V1 = z.object({ unitId: id(), year: year(), period: period(), reason: id() });
export type PeriodUnlockedV1 = z.infer<typeof PERIOD_UNLOCKED_V1>;

/**
 * measurement.budget-realization-recorded v1 / -corrected v1: what a unit spent (realisasi
 * anggaran) on a strategic initiative in one period, and the year's running total against the
 * ceiling (pagu). A correction supersedes a period's amount with a reason.
 */
export const BUDGET_REALIZATION_RECORDED_V1 = z.object({
  budgetRealizationId: id(),
  initiativeId: id(),
  unitId: id(),
  year: year(),
  period: period(),
  amount: decimal().describe('Rupiah spent in the period (not a running total).'),
  amountRevision: revision().describe('1 for the recorded amount; each correction adds 1.'),
  cumulativeAmount: TOTAL_AMOUNT.describe('Sum of the current amounts of every period of the year, this one included (decimal string, up to 18 integer digits).'),
  budgetCeiling: decimal().describe('The ceiling (pagu) of the plan version in force when this was recorded.'),
  overCeiling: bool().describe('cumulativeAmount > budgetCeiling (accepted anyway).'),
  afterLock: bool().describe("Recorded while the unit's period was locked (accepted, flagged)."),
});
export type BudgetRealizationRecordedV1 = z.infer<typeof BUDGET_REALIZATION_RECORDED_V1>;

export const BUDGET_REALIZATION_CORRECTED_V1 = BUDGET_REALIZATION_RECORDED_V1.extend({ reason: id(), previousAmount: decimal().describe('The superseded amount.') });
export type BudgetRealizationCorrectedV1 = z.infer<typeof BUDGET_REALIZATION_CORRECTED_V1>;

/**
 * measurement.reminder-issued v1: a KPI period has ended and has no realization yet. Each
 * reminderKey is issued at most once (so at most one 'due' and one 'overdue' per KPI period).
 */
export const REMINDER_STAGES_V1 = ['due', 'overdue'] as const;
export const REMINDER_ISSUED_V1 = z.object({
  reminderKey: id().describe('`<tenant>.<unitId>.<kpiId>.<year>.<period>.<stage>`'),
  unitId: id(),
  kpiId: id(),
  code: id().describe("The KPI's code, for the unit's message."),
  name: id().describe("The KPI's name, for the unit's message."),
  year: year(),
  period: period(),
  deadline: instant(),
  stage: z.enum(REMINDER_STAGES_V1),
  overdueDays: integer(0).describe('Started days past the deadline; 0 when due.'),
});
export type ReminderIssuedV1 = z.infer<typeof REMINDER_ISSUED_V1>;
