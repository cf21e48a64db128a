import { DEFAULT_REPORTING_POLICY, missingRealizations, reminders, type KnownKpi } from './index.js';
import { kpi } from './fixtures.test-helpers.js';

const ikm: KnownKpi = kpi; // quarterly, IKU-01, owner opd-dpmptsp, 2026
const permits: KnownKpi = { ...kpi, kpiId: 'izin-2026', code: 'IKU-02', name: 'Jumlah izin terbit', frequency: 'monthly', unitOfMeasure: 'izin' };
const opinion: KnownKpi = { ...kpi, kpiId: 'opini-2026', code: 'IKU-03', name: 'Opini BPK', frequency: 'yearly', valueType: 'categorical', grades: ['WTP', 'WDP', 'TW', 'TMP'] };
const others: KnownKpi[] = [
  { ...kpi, kpiId: 'dinkes-kpi', code: 'IKU-09', ownerUnitId: 'opd-dinkes' },
  { ...kpi, kpiId: 'old', code: 'IKU-08', year: 2025 },
  { ...kpi, kpiId: 'orphan', code: 'IKU-07', ownerUnitId: null },
];
const kpis = [opinion, permits, ikm, ...others];
const policy = DEFAULT_REPORTING_POLICY;

describe('missingRealizations', () => {
  it("lists the unit's ended sub-periods without a realization, with deadline and overdue, in period order", () => {
    const missing = missingRealizations(kpis, [{ kpiId: 'izin-2026', period: 'M01' }], 'opd-dpmptsp', 2026, 'all', '2026-04-15T00:00:00Z', policy);
    expect(missing).toEqual([
      { kpiId: 'izin-2026', code: 'IKU-02', name: 'Jumlah izin terbit', period: 'M02', deadline: '2026-03-10T17:00:00.000Z', overdue: true },
      { kpiId: 'ikm-2026', code: 'IKU-01', name: 'Indeks Kepuasan Masyarakat', period: 'Q1', deadline: '2026-04-10T17:00:00.000Z', overdue: true },
      { kpiId: 'izin-2026', code: 'IKU-02', name: 'Jumlah izin terbit', period: 'M03', deadline: '2026-04-10T17:00:00.000Z', overdue: true },
    ]);
  });

  it('a period that has ended but whose deadline has not passed is missing, not overdue; a running period is not missing', () => {
    const atEnd = missingRealizations([ikm], [], 'opd-dpmptsp', 2026, 'all', '2026-03-31T17:00:00Z', policy);
    expect(atEnd).toEqual([expect.objectContaining({ period: 'Q1', overdue: false })]);
    expect(missingRealizations([ikm], [], 'opd-dpmptsp', 2026, 'all', '2026-03-31T16:59:59.999Z', policy)).toEqual([]);
    expect(missingRealizations([ikm], [], 'opd-dpmptsp', 2026, 'all', '2026-04-10T17:00:00Z', policy)[0]!.overdue).toBe(false);
    expect(missingRealizations([ikm], [], 'opd-dpmptsp', 2026, 'all', '2026-04-10T17:00:01Z', policy)[0]!.overdue).toBe(true);
  });

  it('the period filter selects the sub-periods inside it; recorded refs of another year do not count', () => {
    const now = '2027-02-01T00:00:00Z';
    expect(missingRealizations(kpis, [], 'opd-dpmptsp', 2026, 'Q1', now, policy).map((m) => `${m.code}/${m.period}`)).toEqual(['IKU-02/M01', 'IKU-02/M02', 'IKU-01/Q1', 'IKU-02/M03']);
    expect(missingRealizations(kpis, [], 'opd-dpmptsp', 2026, 'M02', now, policy).map((m) => m.period)).toEqual(['M02']);
    expect(missingRealizations(kpis, [], 'opd-dpmptsp', 2026, 'Y', now, policy)).toHaveLength(12 + 4 + 1);
    expect(missingRealizations([opinion], [{ kpiId: 'opini-2026', period: 'Y', year: 2025 }], 'opd-dpmptsp', 2026, 'all', now, policy)).toEqual([
      { kpiId: 'opini-2026', code: 'IKU-03', name: 'Opini BPK', period: 'Y', deadline: '2027-01-10T17:00:00.000Z', overdue: true },
    ]);
    expect(missingRealizations([opinion], [{ kpiId: 'opini-2026', period: 'Y', year: 2026 }], 'opd-dpmptsp', 2026, 'all', now, policy)).toEqual([]);
  });

  it("other units' KPIs, other years and KPIs without owner are not listed; bad input -> DomainError", () => {
    expect(missingRealizations(others, [], 'opd-dpmptsp', 2026, 'all', '2027-02-01T00:00:00Z', policy)).toEqual([]);
    expect(() => missingRealizations(kpis, [], 'opd-dpmptsp', 2026, 'all', 'yesterday', policy)).toThrow(expect.objectContaining({ code: 'INVALID_INSTANT', field: 'now' }));
    expect(() => missingRealizations(kpis, [], 'opd-dpmptsp', 2026, 'TW1' as 'Q1', '2026-04-15T00:00:00Z', policy)).toThrow(expect.objectContaining({ code: 'INVALID_PERIOD' }));
  });
});

describe('reminders', () => {
  it('one entry per missing realization: unit, KPI, period, deadline, overdue days and a stable key', () => {
    const feed = reminders([ikm], [], 'opd-dpmptsp', 2026, 'all', '2026-04-12T00:00:00Z', policy);
    expect(feed).toEqual([
      {
        reminderKey: 'kab-contoh.opd-dpmptsp.ikm-2026.2026.Q1.overdue',
        tenantId: 'kab-contoh',
        unitId: 'opd-dpmptsp',
        kpiId: 'ikm-2026',
        code: 'IKU-01',
        name: 'Indeks Kepuasan Masyarakat',
        year: 2026,
        period: 'Q1',
        deadline: '2026-04-10T17:00:00.000Z',
        reportingPolicyId: 'reporting-2026.1',
        stage: 'overdue',
        overdue: true,
        overdueDays: 2,
        daysUntilDeadline: 0,
        message: expect.stringContaining('terlambat 2 hari'),
      },
    ]);
  });

  it('before the deadline: stage due, days left, no overdue days', () => {
    const [r] = reminders([ikm], [], 'opd-dpmptsp', 2026, 'Q1', '2026-04-05T00:00:00Z', policy);
    expect(r).toMatchObject({ stage: 'due', overdue: false, overdueDays: 0, daysUntilDeadline: 6, reminderKey: 'kab-contoh.opd-dpmptsp.ikm-2026.2026.Q1.due' });
    expect(r!.message).toMatch(/due in 6 day/);
    expect(reminders([ikm], [{ kpiId: 'ikm-2026', period: 'Q1' }], 'opd-dpmptsp', 2026, 'Q1', '2026-04-05T00:00:00Z', policy)).toEqual([]);
  });
});
