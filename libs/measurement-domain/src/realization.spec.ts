import { DeciderSpecification, fold, type DomainError } from '@capaian/ddd';
import {
  upcastRealizationRecorded,
  REALIZATION_EVENT_SCHEMA_VERSION,
  REALIZATION_EVENT_TYPES,
  realizationDecider,
  realizationStreamId,
  type CorrectRealization,
  type RealizationEvent,
  type RejectRealization,
  type VerifyRealization,
} from './index.js';
import { DEFAULT_REPORTING_POLICY, reportingWindow } from './reporting-policy.js';
import { kpi, record, timing } from './fixtures.test-helpers.js';

const spec = DeciderSpecification.for(realizationDecider);
const eq = (a: unknown, e: unknown) => expect(a).toEqual(e);

const key = { realizationId: 'r-1', tenantId: 'kab-contoh', kpiId: 'ikm-2026', unitId: 'opd-dpmptsp', year: 2026, period: 'Q1' as const };
const recorded: RealizationEvent = {
  type: 'realization-recorded',
  data: {
    ...key,
    value: '80.25',
    valueType: 'number',
    valueRevision: 1,
    evidence: [],
    note: null,
    submittedAt: timing.now,
    deadline: timing.deadline,
    reportingPolicyId: 'reporting-2026.1',
    late: false,
    afterLock: false,
  },
};
const correct: CorrectRealization = {
  type: 'correct-realization',
  correctionId: 'c-1',
  tenantId: 'kab-contoh',
  kpiId: 'ikm-2026',
  unitId: 'opd-dpmptsp',
  year: 2026,
  period: 'Q1',
  value: '81.5',
  reason: 'Salah ketik pada rekap survei',
  kpi,
  ...timing,
  now: '2026-04-08T02:00:00Z',
};
const corrected: RealizationEvent = {
  type: 'realization-corrected',
  data: {
    ...key,
    correctionId: 'c-1',
    value: '81.5',
    valueType: 'number',
    valueRevision: 2,
    supersedesRevision: 1,
    previousValue: '80.25',
    previousStatus: 'submitted',
    evidence: [],
    note: null,
    reason: 'Salah ketik pada rekap survei',
    submittedAt: '2026-04-08T02:00:00Z',
    deadline: timing.deadline,
    reportingPolicyId: 'reporting-2026.1',
    late: false,
    afterLock: false,
  },
};
const verify: VerifyRealization = { type: 'verify-realization', tenantId: 'kab-contoh', kpiId: 'ikm-2026', year: 2026, period: 'Q1' };
const reject: RejectRealization = { type: 'reject-realization', tenantId: 'kab-contoh', kpiId: 'ikm-2026', year: 2026, period: 'Q1', reason: 'Bukti dukung tidak sesuai' };
const verified: RealizationEvent = { type: 'realization-verified', data: { ...key, verifiedValueRevision: 1, value: '80.25', evaluatorNote: null } };
const rejected: RealizationEvent = { type: 'realization-rejected', data: { ...key, rejectedValueRevision: 1, value: '80.25', reason: 'Bukti dukung tidak sesuai' } };

describe('realization: names', () => {
  it('stream per tenant/KPI/year/period; explicit kebab event types with schema versions', () => {
    expect(realizationStreamId('kab-contoh', 'ikm-2026', 2026, 'Q1')).toBe('realization-kab-contoh.ikm-2026.2026.Q1');
    expect(Object.values(REALIZATION_EVENT_TYPES)).toEqual(['realization-recorded', 'realization-corrected', 'realization-verified', 'realization-rejected']);
    expect(REALIZATION_EVENT_SCHEMA_VERSION).toEqual({ 'realization-recorded': 2, 'realization-corrected': 1, 'realization-verified': 1, 'realization-rejected': 1 });
  });
});

describe('realization: record', () => {
  it('given nothing, when a unit records a value for its KPI, then realization-recorded (revision 1, submitted)', () => {
    spec.given([]).when(record).then([recorded], eq);
    expect(fold(realizationDecider, [recorded])).toMatchObject({ status: 'submitted', valueRevision: 1, value: '80.25' });
  });

  it('unknown KPI (planning event not arrived, other tenant, other id) -> 404 KPI_UNKNOWN on kpiId', () => {
    expect(
      spec
        .given([])
        .when({ ...record, kpi: undefined })
        .error(),
    ).toMatchObject({ code: 'KPI_UNKNOWN', kind: 'not_found', field: 'kpiId' });
    expect(
      spec
        .given([])
        .when({ ...record, kpi: { ...kpi, tenantId: 'other' } })
        .error(),
    ).toMatchObject({ code: 'KPI_UNKNOWN' });
    expect(
      spec
        .given([])
        .when({ ...record, kpiId: 'other-kpi' })
        .error(),
    ).toMatchObject({ code: 'KPI_UNKNOWN' });
  });

  it("another unit's KPI, or a KPI without owner -> 403 KPI_NOT_OWNED", () => {
    expect(
      spec
        .given([])
        .when({ ...record, unitId: 'opd-dinkes' })
        .error(),
    ).toMatchObject({ code: 'KPI_NOT_OWNED', kind: 'forbidden', field: 'kpiId' });
    expect(
      spec
        .given([])
        .when({ ...record, kpi: { ...kpi, ownerUnitId: null } })
        .error(),
    ).toMatchObject({ code: 'KPI_NOT_OWNED', kind: 'forbidden' });
  });

  it('period must be one of the KPI sub-periods and year the plan year -> 422 naming the field', () => {
    expect(
      spec
        .given([])
        .when({ ...record, period: 'M01' })
        .error(),
    ).toMatchObject({ code: 'PERIOD_NOT_IN_PLAN', field: 'period', kind: 'unprocessable' });
    expect(
      spec
        .given([])
        .when({ ...record, period: 'Q5' })
        .error(),
    ).toMatchObject({ code: 'PERIOD_NOT_IN_PLAN', field: 'period' });
    expect(
      spec
        .given([])
        .when({ ...record, year: 2025 })
        .error(),
    ).toMatchObject({ code: 'YEAR_NOT_PLANNED', field: 'year' });
    const yearly = { ...kpi, frequency: 'yearly' as const };
    expect(
      spec
        .given([])
        .when({ ...record, kpi: yearly, period: 'Y' })
        .events()[0]!.data,
    ).toMatchObject({ period: 'Y' });
    expect(
      spec
        .given([])
        .when({ ...record, kpi: yearly, period: 'Q1' })
        .error(),
    ).toMatchObject({ code: 'PERIOD_NOT_IN_PLAN' });
  });

  it.each([
    ['number', '-3.5', '-3.5'],
    ['number', '1000000.25', '1000000.25'],
    ['percent', '-2', '-2'],
    ['percent', '120.5', '120.5'],
    ['money', '0', '0'],
    ['money', '1500000000.50', '1500000000.50'],
    ['duration', '4.5', '4.5'],
    ['milestone_date', '2026-06-15', '2026-06-15'],
    ['milestone_date', '2028-02-29', '2028-02-29'],
  ] as const)('value type %s accepts %s', (valueType, value, stored) => {
    const [e] = spec
      .given([])
      .when({ ...record, value, kpi: { ...kpi, valueType } })
      .events();
    expect(e!.data).toMatchObject({ value: stored, valueType });
  });

  it.each([
    ['number', '80,25'],
    ['number', '8e1'],
    ['number', ' 80'],
    ['number', 80 as unknown as string],
    ['percent', '12%'],
    ['money', '-1'],
    ['money', 'Rp 1.000'],
    ['duration', '-0.5'],
    ['milestone_date', '2026-02-30'],
    ['milestone_date', '15-06-2026'],
    ['milestone_date', '2026-06-15T00:00:00Z'],
  ] as const)('value type %s rejects %p -> 422 INVALID_VALUE on value', (valueType, value) => {
    expect(
      spec
        .given([])
        .when({ ...record, value, kpi: { ...kpi, valueType } })
        .error(),
    ).toMatchObject({ code: 'INVALID_VALUE', field: 'value', kind: 'unprocessable' });
  });

  it('categorical: one of the grades (case and spaces ignored, stored as planned); no grades in the plan -> KPI_GRADES_UNDEFINED', () => {
    const opinion = { ...kpi, valueType: 'categorical' as const, grades: ['WTP', 'WDP', 'TW', 'TMP'], frequency: 'yearly' as const };
    expect(
      spec
        .given([])
        .when({ ...record, kpi: opinion, period: 'Y', value: ' wdp ' })
        .events()[0]!.data,
    ).toMatchObject({ value: 'WDP', valueType: 'categorical' });
    const bad = spec
      .given([])
      .when({ ...record, kpi: opinion, period: 'Y', value: 'Baik' })
      .error();
    expect(bad).toMatchObject({ code: 'INVALID_VALUE', field: 'value' });
    expect(bad.message).toContain('WTP, WDP, TW, TMP');
    expect(
      spec
        .given([])
        .when({ ...record, kpi: { ...opinion, grades: null }, period: 'Y', value: 'WTP' })
        .error(),
    ).toMatchObject({ code: 'KPI_GRADES_UNDEFINED', field: 'kpiId' });
  });

  it('a KPI whose value type is missing or unknown (stale read model, newer contract) -> 422 KPI_VALUE_TYPE_UNSUPPORTED, never an unchecked value', () => {
    expect(
      spec
        .given([])
        .when({ ...record, kpi: { ...kpi, valueType: undefined as unknown as 'number' } })
        .error(),
    ).toMatchObject({ code: 'KPI_VALUE_TYPE_UNSUPPORTED', field: 'kpiId' });
    expect(
      spec
        .given([])
        .when({ ...record, kpi: { ...kpi, valueType: 'ratio' as unknown as 'number' } })
        .error(),
    ).toMatchObject({ code: 'KPI_VALUE_TYPE_UNSUPPORTED' });
  });

  it('carries evidence links (http/https, optional label, trimmed) and a note', () => {
    const [e] = spec
      .given([])
      .when({
        ...record,
        note: '  Survei IKM TW I  ',
        evidence: [{ url: ' https://drive.example.go.id/ikm-tw1.pdf ', label: 'Laporan survei' }, { url: 'http://sakip.example.go.id/x', label: '  ' }, { url: 'https://a.example/y' }],
      })
      .events();
    expect(e!.data).toMatchObject({
      note: 'Survei IKM TW I',
      evidence: [
        { url: 'https://drive.example.go.id/ikm-tw1.pdf', label: 'Laporan survei' },
        { url: 'http://sakip.example.go.id/x', label: null },
        { url: 'https://a.example/y', label: null },
      ],
    });
    const twenty = Array.from({ length: 20 }, (_, i) => ({ url: `https://bukti.example/${i}` }));
    expect(
      spec
        .given([])
        .when({ ...record, evidence: twenty })
        .events()[0]!.data,
    ).toMatchObject({ evidence: expect.arrayContaining([{ url: 'https://bukti.example/19', label: null }]) });
  });

  it('evidence: more than 20 links, a non-http(s) scheme, credentials or a bad URL -> 422 naming the item', () => {
    const many = Array.from({ length: 21 }, (_, i) => ({ url: `https://bukti.example/${i}` }));
    expect(
      spec
        .given([])
        .when({ ...record, evidence: many })
        .error(),
    ).toMatchObject({ code: 'TOO_MANY_EVIDENCE_LINKS', field: 'evidence' });
    for (const url of ['ftp://files.example/x.pdf', 'javascript:alert(1)', 'file:///etc/passwd', 'https://user:secret@drive.example/x', 'not a url', '']) {
      expect(
        spec
          .given([])
          .when({ ...record, evidence: [{ url: 'https://ok.example/a' }, { url }] })
          .error(),
      ).toMatchObject({ code: 'INVALID_EVIDENCE_URL', field: 'evidence[1].url' });
    }
    expect(
      spec
        .given([])
        .when({ ...record, evidence: [{ url: 'https://ok.example/a', label: 'x'.repeat(201) }] })
        .error(),
    ).toMatchObject({ code: 'INVALID_EVIDENCE', field: 'evidence[0].label' });
    expect(
      spec
        .given([])
        .when({ ...record, note: 'x'.repeat(2001) })
        .error(),
    ).toMatchObject({ code: 'NOTE_TOO_LONG', field: 'note' });
  });

  it('after the deadline: accepted and marked late (at the deadline itself: not late)', () => {
    expect(
      spec
        .given([])
        .when({ ...record, now: '2026-04-10T17:00:00.001Z' })
        .events()[0]!.data,
    ).toMatchObject({ late: true, deadline: timing.deadline, reportingPolicyId: 'reporting-2026.1' });
    expect(
      spec
        .given([])
        .when({ ...record, now: '2026-04-11T00:00:00+07:00' })
        .events()[0]!.data,
    ).toMatchObject({ late: false });
  });

  it('now / deadline must be ISO instants; the lock state and the policy id must be given', () => {
    expect(
      spec
        .given([])
        .when({ ...record, now: '2026-04-05' })
        .error(),
    ).toMatchObject({ code: 'INVALID_INSTANT', field: 'now' });
    expect(
      spec
        .given([])
        .when({ ...record, deadline: 'soon' })
        .error(),
    ).toMatchObject({ code: 'INVALID_INSTANT', field: 'deadline' });
    expect(
      spec
        .given([])
        .when({ ...record, reportingPolicyId: '' })
        .error(),
    ).toMatchObject({ code: 'INVALID_POLICY', field: 'reportingPolicyId' });
    expect(
      spec
        .given([])
        .when({ ...record, locked: undefined as unknown as boolean })
        .error(),
    ).toMatchObject({ code: 'LOCK_STATE_REQUIRED', field: 'locked' });
  });

  it('locked period: a first record is refused (409 PERIOD_LOCKED); only corrections are accepted, flagged', () => {
    expect(
      spec
        .given([])
        .when({ ...record, locked: true })
        .error(),
    ).toMatchObject({ code: 'PERIOD_LOCKED', field: 'period', kind: 'conflict' });
  });

  it('given a value (whatever its status), a second record is a 409 telling the user to submit a correction', () => {
    for (const history of [[recorded], [recorded, corrected], [recorded, verified], [recorded, rejected]]) {
      const err = spec
        .given(history)
        .when({ ...record, realizationId: 'r-2' })
        .error();
      expect(err).toMatchObject({ code: 'REALIZATION_EXISTS', kind: 'conflict', field: 'period' });
      expect(err.message).toMatch(/correction/);
    }
  });
});

describe('realization: periods that have not started or not ended', () => {
  const strict = { policyId: 'reporting-kab-contoh-2026.2', deadlineDaysAfterPeriodEnd: 10, acceptBeforePeriodEnd: false };
  const at = (now: string, period: string, policy = DEFAULT_REPORTING_POLICY) => ({ ...record, period, now, ...reportingWindow(2026, period, policy) });

  it('given nothing, when a unit records for a period that has not started, then 422 PERIOD_NOT_STARTED on period with the first date (WIB)', () => {
    const err = spec.given([]).when(at('2026-06-15T03:00:00Z', 'Q3')).error();
    expect(err).toMatchObject({ code: 'PERIOD_NOT_STARTED', field: 'period', kind: 'unprocessable' });
    expect(err.message).toContain('2026-07-01');
    expect((err as DomainError).details).toEqual([{ field: 'period', errors: [err.message], reportableFrom: '2026-06-30T17:00:00.000Z', reportableFromDate: '2026-07-01' }]);
    // The year of the plan is checked first: a value for a later plan year is YEAR_NOT_PLANNED.
    expect(
      spec
        .given([])
        .when({ ...at('2026-12-02T03:00:00Z', 'Q3'), year: 2027 })
        .error(),
    ).toMatchObject({ code: 'YEAR_NOT_PLANNED' });
  });

  it('the first instant of the period (00:00 WIB) is accepted; one millisecond earlier is refused', () => {
    expect(spec.given([]).when(at('2026-06-30T17:00:00.000Z', 'Q3')).events()[0]!.data).toMatchObject({ period: 'Q3', late: false });
    expect(spec.given([]).when(at('2026-06-30T16:59:59.999Z', 'Q3')).error()).toMatchObject({ code: 'PERIOD_NOT_STARTED' });
    expect(spec.given([]).when(at('2026-07-01T06:59:59+07:00', 'Q3')).events()).toHaveLength(1);
  });

  it('the running period: accepted under the default policy; refused (422 PERIOD_NOT_ENDED, first date = the day after it ends) when the policy says so', () => {
    expect(DEFAULT_REPORTING_POLICY.acceptBeforePeriodEnd).toBe(true);
    expect(spec.given([]).when(at('2026-08-15T03:00:00Z', 'Q3')).events()[0]!.data).toMatchObject({ period: 'Q3', late: false, reportingPolicyId: 'reporting-2026.1' });
    const err = spec
      .given([])
      .when(at('2026-08-15T03:00:00Z', 'Q3', strict))
      .error();
    expect(err).toMatchObject({
      code: 'PERIOD_NOT_ENDED',
      field: 'period',
      kind: 'unprocessable',
      details: [expect.objectContaining({ field: 'period', reportableFrom: '2026-09-30T17:00:00.000Z', reportableFromDate: '2026-10-01' })],
    });
    expect(err.message).toContain('2026-10-01');
    expect(
      spec
        .given([])
        .when(at('2026-09-30T17:00:00.000Z', 'Q3', strict))
        .events(),
    ).toHaveLength(1);
    // Not started under a strict policy: still PERIOD_NOT_STARTED, the first date being after its end.
    expect(
      spec
        .given([])
        .when(at('2026-05-01T00:00:00Z', 'Q3', strict))
        .error(),
    ).toMatchObject({ code: 'PERIOD_NOT_STARTED', details: [expect.objectContaining({ reportableFromDate: '2026-10-01' })] });
  });

  it('reportableFrom must be an ISO instant for a record', () => {
    expect(
      spec
        .given([])
        .when({ ...record, reportableFrom: 'tomorrow' })
        .error(),
    ).toMatchObject({ code: 'INVALID_INSTANT', field: 'reportableFrom' });
  });

  it('given a value, a correction is not limited by the period (unaffected by reportableFrom)', () => {
    expect(
      spec
        .given([recorded])
        .when({ ...correct, reportableFrom: '2027-01-01T00:00:00Z' })
        .events()[0]!.data,
    ).toMatchObject({ valueRevision: 2 });
  });
});

describe('realization: correct', () => {
  it('given a value, a correction with a reason supersedes it (revision 2); both stay in the history', () => {
    spec.given([recorded]).when(correct).then([corrected], eq);
    expect(fold(realizationDecider, [recorded, corrected])).toMatchObject({ status: 'submitted', value: '81.5', valueRevision: 2 });
  });

  it('requires a reason of at least 5 characters', () => {
    for (const reason of ['', '    ', 'typo', undefined as unknown as string]) {
      expect(
        spec
          .given([recorded])
          .when({ ...correct, reason })
          .error(),
      ).toMatchObject({ code: 'REASON_REQUIRED', field: 'reason', kind: 'unprocessable' });
    }
  });

  it('nothing recorded yet -> 404 REALIZATION_NOT_FOUND', () => {
    expect(spec.given([]).when(correct).error()).toMatchObject({ code: 'REALIZATION_NOT_FOUND', kind: 'not_found', field: 'period' });
  });

  it('checks the value, KPI ownership and period like a record', () => {
    expect(
      spec
        .given([recorded])
        .when({ ...correct, value: 'x' })
        .error(),
    ).toMatchObject({ code: 'INVALID_VALUE' });
    expect(
      spec
        .given([recorded])
        .when({ ...correct, unitId: 'opd-dinkes' })
        .error(),
    ).toMatchObject({ code: 'KPI_NOT_OWNED', kind: 'forbidden' });
    expect(
      spec
        .given([recorded])
        .when({ ...correct, kpi: undefined })
        .error(),
    ).toMatchObject({ code: 'KPI_UNKNOWN', kind: 'not_found' });
    expect(
      spec
        .given([recorded])
        .when({ ...correct, period: 'M03' })
        .error(),
    ).toMatchObject({ code: 'PERIOD_NOT_IN_PLAN' });
  });

  it('keeps evidence and note when omitted; replaces them when given', () => {
    const withEvidence: RealizationEvent = { ...recorded, data: { ...recorded.data, evidence: [{ url: 'https://bukti.example/a', label: null }], note: 'catatan' } } as RealizationEvent;
    expect(spec.given([withEvidence]).when(correct).events()[0]!.data).toMatchObject({ evidence: [{ url: 'https://bukti.example/a', label: null }], note: 'catatan' });
    expect(
      spec
        .given([withEvidence])
        .when({ ...correct, evidence: [], note: null })
        .events()[0]!.data,
    ).toMatchObject({ evidence: [], note: null });
  });

  it('identical value (numerically: 80.250 = 80.25), evidence and note -> 422 CORRECTION_UNCHANGED, nothing stored', () => {
    expect(
      spec
        .given([recorded])
        .when({ ...correct, value: '80.250' })
        .error(),
    ).toMatchObject({ code: 'CORRECTION_UNCHANGED', field: 'value', kind: 'unprocessable' });
    expect(
      spec
        .given([recorded, verified])
        .when({ ...correct, value: '80.25' })
        .error(),
    ).toMatchObject({ code: 'CORRECTION_UNCHANGED' });
    // same value, new evidence: a real correction
    expect(
      spec
        .given([recorded])
        .when({ ...correct, value: '80.25', evidence: [{ url: 'https://bukti.example/b' }] })
        .events()[0]!.data,
    ).toMatchObject({ value: '80.25', valueRevision: 2 });
  });

  it('a correction of a verified value puts it back to submitted', () => {
    const events = spec.given([recorded, verified]).when(correct).events();
    expect(events[0]!.data).toMatchObject({ previousStatus: 'verified', valueRevision: 2 });
    expect(fold(realizationDecider, [recorded, verified, ...events])).toMatchObject({ status: 'submitted' });
  });

  it('after a rejection a correction resubmits (even with the same value, the reason explaining it), and can then be verified', () => {
    const events = spec
      .given([recorded, rejected])
      .when({ ...correct, value: '80.25', reason: 'Angka sudah benar, bukti dilampirkan ulang' })
      .events();
    expect(events[0]!.data).toMatchObject({ previousStatus: 'rejected', value: '80.25', valueRevision: 2 });
    expect(fold(realizationDecider, [recorded, rejected, ...events])).toMatchObject({ status: 'submitted' });
    expect(
      spec
        .given([recorded, rejected, ...events])
        .when(verify)
        .events()[0]!.data,
    ).toMatchObject({ verifiedValueRevision: 2 });
  });

  it('locked period: the correction is accepted, flagged afterLock, and still needs its reason', () => {
    expect(
      spec
        .given([recorded])
        .when({ ...correct, locked: true })
        .events()[0]!.data,
    ).toMatchObject({ afterLock: true, reason: 'Salah ketik pada rekap survei' });
    expect(
      spec
        .given([recorded])
        .when({ ...correct, locked: true, reason: '' })
        .error(),
    ).toMatchObject({ code: 'REASON_REQUIRED' });
  });

  it('a correction after the deadline is marked late', () => {
    expect(
      spec
        .given([recorded])
        .when({ ...correct, now: '2026-05-01T00:00:00Z' })
        .events()[0]!.data,
    ).toMatchObject({ late: true });
  });

  it('a v1 realization-recorded, upcast as the store reads it, is revision 1 without evidence, submitted when stored', () => {
    const data = upcastRealizationRecorded({ ...key, value: '80.25', note: null }, '2026-04-01T00:00:00.000Z');
    expect(data).toMatchObject({ valueType: 'number', valueRevision: 1, evidence: [], submittedAt: '2026-04-01T00:00:00.000Z', deadline: '', late: false, afterLock: false });
    const v1: RealizationEvent = { type: 'realization-recorded', data };
    expect(spec.given([v1]).when(correct).events()[0]!.data).toMatchObject({ valueRevision: 2, supersedesRevision: 1, previousValue: '80.25', evidence: [] });
  });
});

describe('realization: verify and reject', () => {
  it('given a submitted value, an evaluator verifies it: realization-verified naming the value revision', () => {
    spec.given([recorded]).when(verify).then([verified], eq);
    expect(fold(realizationDecider, [recorded, verified])).toMatchObject({ status: 'verified' });
    expect(
      spec
        .given([recorded, corrected])
        .when({ ...verify, note: 'Sesuai bukti' })
        .events(),
    ).toEqual([{ type: 'realization-verified', data: { ...key, verifiedValueRevision: 2, value: '81.5', evaluatorNote: 'Sesuai bukti' } }]);
  });

  it('given a submitted value, an evaluator rejects it with a reason', () => {
    spec.given([recorded]).when(reject).then([rejected], eq);
    expect(fold(realizationDecider, [recorded, rejected])).toMatchObject({ status: 'rejected' });
    expect(
      spec
        .given([recorded])
        .when({ ...reject, reason: 'no' })
        .error(),
    ).toMatchObject({ code: 'REASON_REQUIRED', field: 'reason' });
  });

  it('verifying or rejecting a value that is not submitted -> 409 REALIZATION_NOT_SUBMITTED', () => {
    for (const history of [
      [recorded, verified],
      [recorded, rejected],
    ]) {
      expect(spec.given(history).when(verify).error()).toMatchObject({ code: 'REALIZATION_NOT_SUBMITTED', kind: 'conflict', field: 'status' });
      expect(spec.given(history).when(reject).error()).toMatchObject({ code: 'REALIZATION_NOT_SUBMITTED', kind: 'conflict' });
    }
  });

  it('nothing recorded -> 404; a superseded value revision -> 409 STALE_VALUE_REVISION', () => {
    expect(spec.given([]).when(verify).error()).toMatchObject({ code: 'REALIZATION_NOT_FOUND', kind: 'not_found' });
    expect(spec.given([]).when(reject).error()).toMatchObject({ code: 'REALIZATION_NOT_FOUND' });
    expect(
      spec
        .given([recorded, corrected])
        .when({ ...verify, valueRevision: 1 })
        .error(),
    ).toMatchObject({ code: 'STALE_VALUE_REVISION', kind: 'conflict', field: 'valueRevision' });
    expect(
      spec
        .given([recorded, corrected])
        .when({ ...reject, valueRevision: 1 })
        .error(),
    ).toMatchObject({ code: 'STALE_VALUE_REVISION' });
    expect(
      spec
        .given([recorded, corrected])
        .when({ ...verify, valueRevision: 2 })
        .events()[0]!.data,
    ).toMatchObject({ verifiedValueRevision: 2 });
  });
});
