import { fold } from '@capaian/ddd';
import { REALIZATION_EVENT_SCHEMA_VERSION, REALIZATION_EVENT_TYPES, realizationDecider, realizationStreamId } from './index.js';
import { eq, kpi, record, timing } from './fixtures.test-helpers.js';
import { corrected, errorOf, eventsOf, recorded, rejected, spec, verified } from './realization-fixtures.test-helpers.js';

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
    expect(errorOf([], { ...record, kpi: undefined })).toMatchObject({ code: 'KPI_UNKNOWN', kind: 'not_found', field: 'kpiId' });
    expect(errorOf([], { ...record, kpi: { ...kpi, tenantId: 'other' } })).toMatchObject({ code: 'KPI_UNKNOWN' });
    expect(errorOf([], { ...record, kpiId: 'other-kpi' })).toMatchObject({ code: 'KPI_UNKNOWN' });
  });

  it("another unit's KPI, or a KPI without owner -> 403 KPI_NOT_OWNED", () => {
    expect(errorOf([], { ...record, unitId: 'opd-dinkes' })).toMatchObject({ code: 'KPI_NOT_OWNED', kind: 'forbidden', field: 'kpiId' });
    expect(errorOf([], { ...record, kpi: { ...kpi, ownerUnitId: null } })).toMatchObject({ code: 'KPI_NOT_OWNED', kind: 'forbidden' });
  });

  it('period must be one of the KPI sub-periods and year the plan year -> 422 naming the field', () => {
    expect(errorOf([], { ...record, period: 'M01' })).toMatchObject({ code: 'PERIOD_NOT_IN_PLAN', field: 'period', kind: 'unprocessable' });
    expect(errorOf([], { ...record, period: 'Q5' })).toMatchObject({ code: 'PERIOD_NOT_IN_PLAN', field: 'period' });
    expect(errorOf([], { ...record, year: 2025 })).toMatchObject({ code: 'YEAR_NOT_PLANNED', field: 'year' });
    const yearly = { ...kpi, frequency: 'yearly' as const };
    expect(eventsOf([], { ...record, kpi: yearly, period: 'Y' })[0]!.data).toMatchObject({ period: 'Y' });
    expect(errorOf([], { ...record, kpi: yearly, period: 'Q1' })).toMatchObject({ code: 'PERIOD_NOT_IN_PLAN' });
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
    const [e] = eventsOf([], { ...record, value, kpi: { ...kpi, valueType } });
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
    expect(errorOf([], { ...record, value, kpi: { ...kpi, valueType } })).toMatchObject({ code: 'INVALID_VALUE', field: 'value', kind: 'unprocessable' });
  });

  it('categorical: one of the grades (case and spaces ignored, stored as planned); no grades in the plan -> KPI_GRADES_UNDEFINED', () => {
    const opinion = { ...kpi, valueType: 'categorical' as const, grades: ['WTP', 'WDP', 'TW', 'TMP'], frequency: 'yearly' as const };
    expect(eventsOf([], { ...record, kpi: opinion, period: 'Y', value: ' wdp ' })[0]!.data).toMatchObject({ value: 'WDP', valueType: 'categorical' });
    const bad = errorOf([], { ...record, kpi: opinion, period: 'Y', value: 'Baik' });
    expect(bad).toMatchObject({ code: 'INVALID_VALUE', field: 'value' });
    expect(bad.message).toContain('WTP, WDP, TW, TMP');
    expect(errorOf([], { ...record, kpi: { ...opinion, grades: null }, period: 'Y', value: 'WTP' })).toMatchObject({ code: 'KPI_GRADES_UNDEFINED', field: 'kpiId' });
  });

  it('a KPI whose value type is missing or unknown (stale read model, newer contract) -> 422 KPI_VALUE_TYPE_UNSUPPORTED, never an unchecked value', () => {
    expect(errorOf([], { ...record, kpi: { ...kpi, valueType: undefined as unknown as 'number' } })).toMatchObject({ code: 'KPI_VALUE_TYPE_UNSUPPORTED', field: 'kpiId' });
    expect(errorOf([], { ...record, kpi: { ...kpi, valueType: 'ratio' as unknown as 'number' } })).toMatchObject({ code: 'KPI_VALUE_TYPE_UNSUPPORTED' });
  });

  it('carries evidence links (http/https, optional label, trimmed) and a note', () => {
    const [e] = eventsOf([], {
      ...record,
      note: '  Survei IKM TW I  ',
      evidence: [{ url: ' https://drive.example.go.id/ikm-tw1.pdf ', label: 'Laporan survei' }, { url: 'http://sakip.example.go.id/x', label: '  ' }, { url: 'https://a.example/y' }],
    });
    expect(e!.data).toMatchObject({
      note: 'Survei IKM TW I',
      evidence: [
        { url: 'https://drive.example.go.id/ikm-tw1.pdf', label: 'Laporan survei' },
        { url: 'http://sakip.example.go.id/x', label: null },
        { url: 'https://a.example/y', label: null },
      ],
    });
    const twenty = Array.from({ length: 20 }, (_, i) => ({ url: `https://bukti.example/${i}` }));
    expect(eventsOf([], { ...record, evidence: twenty })[0]!.data).toMatchObject({ evidence: expect.arrayContaining([{ url: 'https://bukti.example/19', label: null }]) });
  });

  it('evidence: more than 20 links, a non-http(s) scheme, credentials or a bad URL -> 422 naming the item', () => {
    const many = Array.from({ length: 21 }, (_, i) => ({ url: `https://bukti.example/${i}` }));
    expect(errorOf([], { ...record, evidence: many })).toMatchObject({ code: 'TOO_MANY_EVIDENCE_LINKS', field: 'evidence' });
    for (const url of ['ftp://files.example/x.pdf', 'javascript:alert(1)', 'file:///etc/passwd', 'https://user:secret@drive.example/x', 'not a url', '']) {
      expect(errorOf([], { ...record, evidence: [{ url: 'https://ok.example/a' }, { url }] })).toMatchObject({ code: 'INVALID_EVIDENCE_URL', field: 'evidence[1].url' });
    }
    expect(errorOf([], { ...record, evidence: [{ url: 'https://ok.example/a', label: 'x'.repeat(201) }] })).toMatchObject({ code: 'INVALID_EVIDENCE', field: 'evidence[0].label' });
    expect(errorOf([], { ...record, note: 'x'.repeat(2001) })).toMatchObject({ code: 'NOTE_TOO_LONG', field: 'note' });
  });

  it('after the deadline: accepted and marked late (at the deadline itself: not late)', () => {
    expect(eventsOf([], { ...record, now: '2026-04-10T17:00:00.001Z' })[0]!.data).toMatchObject({ late: true, deadline: timing.deadline, reportingPolicyId: 'reporting-2026.1' });
    expect(eventsOf([], { ...record, now: '2026-04-11T00:00:00+07:00' })[0]!.data).toMatchObject({ late: false });
  });

  it('now / deadline must be ISO instants; the lock state and the policy id must be given', () => {
    expect(errorOf([], { ...record, now: '2026-04-05' })).toMatchObject({ code: 'INVALID_INSTANT', field: 'now' });
    expect(errorOf([], { ...record, deadline: 'soon' })).toMatchObject({ code: 'INVALID_INSTANT', field: 'deadline' });
    expect(errorOf([], { ...record, reportingPolicyId: '' })).toMatchObject({ code: 'INVALID_POLICY', field: 'reportingPolicyId' });
    expect(errorOf([], { ...record, locked: undefined as unknown as boolean })).toMatchObject({ code: 'LOCK_STATE_REQUIRED', field: 'locked' });
  });

  it('locked period: a first record is refused (409 PERIOD_LOCKED); only corrections are accepted, flagged', () => {
    expect(errorOf([], { ...record, locked: true })).toMatchObject({ code: 'PERIOD_LOCKED', field: 'period', kind: 'conflict' });
  });

  it('given a value (whatever its status), a second record is a 409 telling the user to submit a correction', () => {
    for (const history of [[recorded], [recorded, corrected], [recorded, verified], [recorded, rejected]]) {
      const err = errorOf(history, { ...record, realizationId: 'r-2' });
      expect(err).toMatchObject({ code: 'REALIZATION_EXISTS', kind: 'conflict', field: 'period' });
      expect(err.message).toMatch(/correction/);
    }
  });
});
