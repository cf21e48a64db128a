import { exampleApprovedKpi, exampleScorecardApproved, parseIntegrationEvent, type AnyIntegrationEvent } from '@capaian/contracts';
import type { RecordedEvent } from '@capaian/eventstore';
import {
  budgetRealizationDecider,
  DEFAULT_REPORTING_POLICY,
  knownKpisFromScorecard,
  periodLockDecider,
  realizationDecider,
  reminders,
  type BudgetRealizationState,
  type KnownInitiative,
  type KnownKpi,
  type RealizationState,
} from '@capaian/measurement-domain';
import { MEASUREMENT_UPCASTERS } from '../upcasters.js';
import { toMeasurementIntegrationMessages } from './measurement-relay.js';

const TOPIC = 'test.measurement.events.v1';
const TENANT = 'kab-contoh';
/** The KPI as measurement's intake knows it from planning's approved plan. */
const [kpi] = knownKpisFromScorecard(
  TENANT,
  exampleScorecardApproved({
    scorecardId: 'opd-dpmptsp-2026',
    unitId: 'opd-dpmptsp',
    kpis: [exampleApprovedKpi({ kpiId: 'ikm-2026', ownerUnitId: 'opd-dpmptsp', name: 'Indeks Kepuasan Masyarakat' })],
  }),
) as [KnownKpi];
const initiative: KnownInitiative = {
  tenantId: TENANT,
  initiativeId: 'opd-dpmptsp-2026.p-01',
  scorecardId: 'opd-dpmptsp-2026',
  ownerUnitId: 'opd-dpmptsp',
  budgetCeiling: '1000000000',
  year: 2026,
  level: 'program',
};
const timing = { now: '2026-04-12T03:00:00+07:00', deadline: '2026-04-10T16:59:59.999Z', reportingPolicyId: 'reporting-2026.1', reportableFrom: '2025-12-31T17:00:00.000Z', locked: false };
const key = { tenantId: TENANT, kpiId: kpi.kpiId, year: 2026, period: 'Q1' };

let position = 0;
/** A stored domain event, as the event store hands it to the relay. */
function stored(streamId: string, event: { type: string; data: unknown }, schemaVersion = 1): RecordedEvent {
  position += 1;
  return {
    id: `00000000-0000-4000-8000-${String(position).padStart(12, '0')}`,
    streamId,
    type: event.type,
    schemaVersion,
    data: event.data,
    metadata: { correlationId: `corr-${position}`, causationId: null, recordedAt: '2026-04-12T03:00:01.000Z', tenantId: TENANT, actor: 'operator@opd-dpmptsp' },
    revision: 0,
    position,
  };
}

/** Maps one stored event and checks the single message against the contract. */
function relayed(e: RecordedEvent): { event: AnyIntegrationEvent; key: string } {
  const messages = toMeasurementIntegrationMessages(e, TOPIC);
  expect(messages).toHaveLength(1);
  const m = messages[0]!;
  const event = parseIntegrationEvent(JSON.parse(JSON.stringify(m.payload)));
  expect(m).toMatchObject({ topic: TOPIC, eventId: e.id, type: event.type, schemaVersion: event.schemaVersion, correlationId: e.metadata.correlationId });
  expect(event).toMatchObject({ eventId: e.id, tenantId: TENANT, occurredAt: e.metadata.recordedAt, sourcePosition: e.position, actor: 'operator@opd-dpmptsp' });
  return { event, key: m.key };
}

// Domain events made by the deciders themselves, so the mapping is tested against what the domain really stores.
const [recorded] = realizationDecider.decide(
  { type: 'record-realization', realizationId: 'r-1', ...key, unitId: 'opd-dpmptsp', value: '80.25', note: 'TW I', evidence: [{ url: 'https://contoh.go.id/ikm.pdf' }], kpi, ...timing },
  realizationDecider.initialState(),
);
const afterRecord: RealizationState = realizationDecider.evolve(realizationDecider.initialState(), recorded!);
const [rejected] = realizationDecider.decide({ type: 'reject-realization', ...key, reason: 'Bukti dukung kurang' }, afterRecord);
const afterReject = realizationDecider.evolve(afterRecord, rejected!);
const [corrected] = realizationDecider.decide(
  { type: 'correct-realization', correctionId: 'c-1', ...key, unitId: 'opd-dpmptsp', value: '81.5', reason: 'Rekap akhir survei', kpi, ...timing, locked: true },
  afterReject,
);
const [verified] = realizationDecider.decide({ type: 'verify-realization', ...key, note: null }, realizationDecider.evolve(afterReject, corrected!));

describe('toMeasurementIntegrationMessages (pure mapping of measurement domain events)', () => {
  it('realization-recorded (v2) -> measurement.realization-recorded v2, keyed by KPI, without domain-only fields', () => {
    const { event, key: k } = relayed(stored('realization-kab-contoh.ikm-2026.2026.Q1', recorded!, 2));
    expect(k).toBe('kab-contoh.ikm-2026');
    expect(event.type).toBe('measurement.realization-recorded');
    expect(event.schemaVersion).toBe(2);
    expect(event.aggregateId).toBe('ikm-2026.2026.Q1');
    expect(event.data).toEqual({
      realizationId: 'r-1',
      kpiId: 'ikm-2026',
      unitId: 'opd-dpmptsp',
      year: 2026,
      period: 'Q1',
      value: '80.25',
      valueType: 'number',
      valueRevision: 1,
      evidence: [{ url: 'https://contoh.go.id/ikm.pdf', label: null }],
      note: 'TW I',
      submittedAt: '2026-04-12T03:00:00+07:00',
      deadline: '2026-04-10T16:59:59.999Z',
      late: true,
      afterLock: false,
    });
  });

  it("a stored v1 realization-recorded, read through measurement's upcasters, is published as v2: submittedAt = when it was stored, deadline unknown (null)", () => {
    const v1 = { realizationId: 'r-0', tenantId: TENANT, kpiId: 'ikm-2026', unitId: 'opd-dpmptsp', year: 2026, period: 'Q4', value: '79', note: null };
    const e = stored('realization-kab-contoh.ikm-2026.2026.Q4', { type: 'realization-recorded', data: v1 }, 1);
    const read = MEASUREMENT_UPCASTERS['realization-recorded']!(e);
    expect(read).toMatchObject({ schemaVersion: 2, data: { reportingPolicyId: '', deadline: '' } });
    const { event, key: k } = relayed(read);
    expect(k).toBe('kab-contoh.ikm-2026');
    expect(event.data).toEqual({
      realizationId: 'r-0',
      kpiId: 'ikm-2026',
      unitId: 'opd-dpmptsp',
      year: 2026,
      period: 'Q4',
      value: '79',
      valueType: 'number',
      valueRevision: 1,
      evidence: [],
      note: null,
      submittedAt: e.metadata.recordedAt,
      deadline: null,
      late: false,
      afterLock: false,
    });
  });

  it('publishes categorical and milestone-date values (not decimals) without throwing', () => {
    const categorical = realizationDecider.decide(
      {
        type: 'record-realization',
        realizationId: 'r-2',
        ...key,
        period: 'Y',
        unitId: 'opd-dpmptsp',
        value: 'wtp',
        note: null,
        kpi: { ...kpi, frequency: 'yearly', valueType: 'categorical', grades: ['WTP', 'WDP', 'TW', 'TMP'] },
        ...timing,
      },
      realizationDecider.initialState(),
    )[0]!;
    expect(relayed(stored('realization-kab-contoh.ikm-2026.2026.Y', categorical, 2)).event.data).toMatchObject({ value: 'WTP', valueType: 'categorical' });
    const milestone = realizationDecider.decide(
      {
        type: 'record-realization',
        realizationId: 'r-3',
        ...key,
        period: 'Y',
        unitId: 'opd-dpmptsp',
        value: '2026-06-30',
        note: null,
        kpi: { ...kpi, frequency: 'yearly', valueType: 'milestone_date' },
        ...timing,
      },
      realizationDecider.initialState(),
    )[0]!;
    expect(relayed(stored('realization-kab-contoh.ikm-2026.2026.Y', milestone, 2)).event.data).toMatchObject({ value: '2026-06-30', valueType: 'milestone_date' });
  });

  it('realization-corrected -> measurement.realization-corrected v1 (reason, superseded revision and value, lock flag)', () => {
    const { event, key: k } = relayed(stored('realization-kab-contoh.ikm-2026.2026.Q1', corrected!));
    expect(k).toBe('kab-contoh.ikm-2026');
    expect(event.type).toBe('measurement.realization-corrected');
    expect(event.data).toMatchObject({ value: '81.5', valueRevision: 2, supersedesRevision: 1, previousValue: '80.25', reason: 'Rekap akhir survei', afterLock: true, late: true });
    expect(event.data).not.toHaveProperty('previousStatus');
    expect(event.data).not.toHaveProperty('tenantId');
  });

  it('realization-verified and realization-rejected -> their v1 events, keyed by KPI', () => {
    const v = relayed(stored('realization-kab-contoh.ikm-2026.2026.Q1', verified!));
    expect(v.key).toBe('kab-contoh.ikm-2026');
    expect(v.event).toMatchObject({ type: 'measurement.realization-verified', data: { realizationId: 'r-1', verifiedValueRevision: 2, value: '81.5' } });
    const r = relayed(stored('realization-kab-contoh.ikm-2026.2026.Q1', rejected!));
    expect(r.key).toBe('kab-contoh.ikm-2026');
    expect(r.event).toMatchObject({ type: 'measurement.realization-rejected', data: { realizationId: 'r-1', rejectedValueRevision: 1, value: '80.25', reason: 'Bukti dukung kurang' } });
  });

  it('period-locked and period-unlocked -> their v1 events, keyed by unit', () => {
    const lockKey = { tenantId: TENANT, unitId: 'opd-dpmptsp', year: 2026, period: 'Q1' };
    const [locked] = periodLockDecider.decide({ type: 'lock-period', ...lockKey, note: null }, periodLockDecider.initialState());
    const [unlocked] = periodLockDecider.decide({ type: 'unlock-period', ...lockKey, reason: 'Koreksi data IKM' }, periodLockDecider.evolve(periodLockDecider.initialState(), locked!));
    const l = relayed(stored('period-lock-kab-contoh.opd-dpmptsp.2026.Q1', locked!));
    expect(l.key).toBe('kab-contoh.opd-dpmptsp');
    expect(l.event).toMatchObject({ type: 'measurement.period-locked', aggregateId: 'opd-dpmptsp.2026.Q1', data: { unitId: 'opd-dpmptsp', year: 2026, period: 'Q1', note: null } });
    const u = relayed(stored('period-lock-kab-contoh.opd-dpmptsp.2026.Q1', unlocked!));
    expect(u.key).toBe('kab-contoh.opd-dpmptsp');
    expect(u.event).toMatchObject({ type: 'measurement.period-unlocked', data: { unitId: 'opd-dpmptsp', year: 2026, period: 'Q1', reason: 'Koreksi data IKM' } });
  });

  it('budget-realization-recorded and -corrected -> their v1 events, keyed by initiative', () => {
    const cmd = { tenantId: TENANT, initiativeId: initiative.initiativeId, unitId: 'opd-dpmptsp', year: 2026, period: 'Q1', locked: false, initiative };
    const [rec] = budgetRealizationDecider.decide({ type: 'record-budget-realization', budgetRealizationId: 'b-1', ...cmd, amount: '600000000', note: null }, budgetRealizationDecider.initialState());
    const state: BudgetRealizationState = budgetRealizationDecider.evolve(budgetRealizationDecider.initialState(), rec!);
    const [cor] = budgetRealizationDecider.decide({ type: 'correct-budget-realization', correctionId: 'bc-1', ...cmd, amount: '1200000000.50', reason: 'SP2D belum tercatat' }, state);
    const r = relayed(stored('budget-realization-kab-contoh.opd-dpmptsp-2026.p-01.2026', rec!));
    expect(r.key).toBe('kab-contoh.opd-dpmptsp-2026.p-01');
    expect(r.event).toMatchObject({ type: 'measurement.budget-realization-recorded', aggregateId: 'opd-dpmptsp-2026.p-01.2026' });
    expect(r.event.data).toEqual({
      budgetRealizationId: 'b-1',
      initiativeId: 'opd-dpmptsp-2026.p-01',
      unitId: 'opd-dpmptsp',
      year: 2026,
      period: 'Q1',
      amount: '600000000',
      amountRevision: 1,
      cumulativeAmount: '600000000',
      budgetCeiling: '1000000000',
      overCeiling: false,
      afterLock: false,
    });
    const c = relayed(stored('budget-realization-kab-contoh.opd-dpmptsp-2026.p-01.2026', cor!));
    expect(c.key).toBe('kab-contoh.opd-dpmptsp-2026.p-01');
    expect(c.event).toMatchObject({
      type: 'measurement.budget-realization-corrected',
      data: { amount: '1200000000.50', amountRevision: 2, previousAmount: '600000000', cumulativeAmount: '1200000000.5', overCeiling: true, reason: 'SP2D belum tercatat' },
    });
  });

  it('reminder-issued -> measurement.reminder-issued v1 (due and overdue), keyed by KPI, without the feed-only fields', () => {
    const unreported: KnownKpi = { ...kpi, kpiId: 'mpp-2026', code: 'IKU-05', name: 'Mal Pelayanan Publik', frequency: 'monthly' };
    const feed = reminders([unreported], [], 'opd-dpmptsp', 2026, 'Q1', '2026-04-05T03:00:00Z', DEFAULT_REPORTING_POLICY);
    expect(feed.map((r) => r.stage)).toEqual(['overdue', 'overdue', 'due']);
    for (const r of feed) {
      const { event, key: k } = relayed(stored('reminder-kab-contoh.opd-dpmptsp.2026', { type: 'reminder-issued', data: r }));
      expect(k).toBe('kab-contoh.mpp-2026');
      expect(event).toMatchObject({ type: 'measurement.reminder-issued', aggregateId: `mpp-2026.2026.${r.period}` });
      expect(event.data).toEqual({
        reminderKey: r.reminderKey,
        unitId: 'opd-dpmptsp',
        kpiId: 'mpp-2026',
        code: 'IKU-05',
        name: 'Mal Pelayanan Publik',
        year: 2026,
        period: r.period,
        deadline: r.deadline,
        stage: r.stage,
        overdueDays: r.overdueDays,
      });
    }
  });

  it('skips plan copies and unknown types', () => {
    expect(toMeasurementIntegrationMessages(stored('plan-kab-contoh.opd-dpmptsp-2026', { type: 'planning.scorecard-approved', data: {} }), TOPIC)).toEqual([]);
    expect(toMeasurementIntegrationMessages(stored('other-x', { type: 'something-else', data: { tenantId: TENANT } }), TOPIC)).toEqual([]);
  });

  it('is pure: the same stored event gives the same message and is not modified', () => {
    const e = stored('realization-kab-contoh.ikm-2026.2026.Q1', corrected!);
    const before = JSON.stringify(e);
    expect(toMeasurementIntegrationMessages(e, TOPIC)).toEqual(toMeasurementIntegrationMessages(e, TOPIC));
    expect(JSON.stringify(e)).toBe(before);
  });
});
