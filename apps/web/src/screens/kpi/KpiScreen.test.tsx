import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderScreen, type Call } from '../../testing';
import KpiScreen from './KpiScreen';

const kpiId = 'dpmptsp-2026.iku-03';
const kpi = {
  kpiId,
  code: 'IKU-03',
  objectiveCode: 'SS-02',
  name: 'Nilai realisasi investasi PMA dan PMDN',
  unitOfMeasure: 'Rp',
  definition: 'Jumlah nilai realisasi PMA dan PMDN',
  dataSource: 'LKPM pada OSS RBA',
  ownerUnitId: 'dpmptsp',
  frequency: 'quarterly',
  polarity: 'higher_is_better',
  valueType: 'money',
  aggregation: 'sum',
  weight: '70',
  baseline: null,
  yearlyTarget: { value: '1250000000000' },
  periodTargets: { Q1: { value: '250000000000' }, Q2: { value: '300000000000' } },
  endOfTermTarget: null,
  thresholds: { green: '100', yellow: '75' },
};
const event = (type: string, revision: number, at: string, data: object) => ({
  type,
  revision,
  position: revision,
  recordedAt: at,
  actor: 'operator@dpmptsp',
  data: { period: 'Q1', value: '1', ...data },
});

function backend(call: Call): [number, unknown] {
  const p = call.url.pathname;
  if (p === `/kpis/${kpiId}`) return [200, { kpi, scorecardId: 'dpmptsp-2026', status: 'approved', version: 1, revision: 25 }];
  if (p === '/scores/scorecards/dpmptsp-2026') {
    expect(call.url.searchParams.get('period')).toBe('Y');
    const light = (color: string) => ({ color, green: '100', yellow: '75', source: 'kpi' });
    const evaluated = {
      kpiId,
      policy: { policyId: 'permendagri-86-2017', version: 0 },
      year: { value: '240000000000', target: { value: '1250000000000' }, targetSource: 'yearly', achievement: { measurable: true, percent: '19.2' }, trafficLight: light('red') },
      periods: [{ period: 'Q1', value: '240000000000', target: { value: '250000000000' }, targetSource: 'period', achievement: { measurable: true, percent: '96' }, trafficLight: light('yellow') }],
    };
    return [200, { scorecardId: 'dpmptsp-2026', kpis: [{ ...evaluated, kpiId: 'other' }, evaluated] }];
  }
  if (p === `/realizations/${kpiId}/2026/Q1`)
    return [
      200,
      {
        current: { status: 'verified', value: '240000000000', late: true, valueRevision: 2 },
        history: [
          event('realization-recorded', 0, '2026-04-08T03:00:00Z', {
            value: '231500000000',
            note: 'Sebagian LKPM belum masuk',
            evidence: [{ url: 'https://bukti.example/lkpm.pdf', label: 'Rekap LKPM TW I' }],
          }),
          event('realization-corrected', 1, '2026-04-20T03:00:00Z', { value: '240000000000', previousValue: '231500000000', reason: 'LKPM susulan' }),
          event('realization-verified', 2, '2026-04-25T03:00:00Z', { evaluatorNote: 'Sesuai bukti' }),
        ],
      },
    ];
  if (p === `/realizations/${kpiId}/2026/Q2`) return [200, { current: { status: 'rejected', value: '1', late: false, valueRevision: 1 }, history: [] }];
  if (p.startsWith(`/realizations/${kpiId}/2026/`)) return [404, { code: 'REALIZATION_NOT_FOUND', message: 'Belum ada realisasi / nothing reported yet' }];
  if (p === '/scorecards/dpmptsp-2026/history')
    return [200, [{ type: 'scorecard-approved', revision: 25, position: 25, recordedAt: '2026-01-10T00:00:00Z', actor: 'planner@pemda', data: { version: 1, reason: null } }]];
  if (p === '/org/tree') return [200, { roots: [{ unitId: 'dpmptsp', name: 'Dinas Penanaman Modal dan PTSP', children: [] }] }];
  return [404, { code: 'NOT_FOUND', message: p }];
}

afterEach(cleanup);

describe('KpiScreen', () => {
  it('shows the definition, each period with its status, and the history newest first with notes and evidence links', async () => {
    renderScreen('/kpis/:kpiId', `/kpis/${kpiId}`, <KpiScreen />, backend);
    expect(await screen.findByRole('heading', { level: 1, name: 'IKU-03 · Nilai realisasi investasi PMA dan PMDN' })).toBeTruthy();
    expect(screen.getByTestId('kpi-definition').textContent).toContain('Dinas Penanaman Modal dan PTSP');
    expect(screen.getByTestId('kpi-status-Q1').textContent).toBe('Terverifikasi');
    expect(screen.getByTestId('kpi-status-Q2').textContent).toBe('Ditolak');
    expect(screen.getByTestId('kpi-status-Q3').textContent).toBe('Belum dilaporkan');
    const q1 = screen.getByTestId('kpi-periods').querySelector('tr[data-period="Q1"]') as HTMLElement;
    expect(q1.textContent).toContain('96%');
    expect(q1.textContent).toContain('Kuning');
    expect(q1.textContent).toContain('dikoreksi 1 kali');
    const year = screen.getByTestId('kpi-periods').querySelector('tr[data-period="Y"]') as HTMLElement;
    expect(year.textContent).toContain('19,2%');
    expect(year.textContent).toContain('Merah');
    expect(screen.getByTestId('kpi-periods').textContent).toContain('permendagri-86-2017 v0');
    const history = screen.getByTestId('kpi-history');
    const items = within(history).getAllByRole('listitem');
    expect(items.map((i) => i.getAttribute('data-kind'))).toEqual(['verified', 'corrected', 'recorded', 'plan']);
    expect(items[0].textContent).toContain('Catatan: Sesuai bukti');
    expect(items[1].textContent).toContain('Alasan: LKPM susulan');
    expect(items[2].textContent).toContain('Catatan: Sebagian LKPM belum masuk');
    expect(within(items[2]).getByRole('link', { name: 'Rekap LKPM TW I' }).getAttribute('href')).toBe('https://bukti.example/lkpm.pdf');
    expect(items[3].textContent).toContain('Rencana versi 1 disetujui');
    fireEvent.change(screen.getByLabelText('Tampilkan'), { target: { value: 'corrected' } });
    expect(within(screen.getByTestId('kpi-history')).getAllByRole('listitem')).toHaveLength(1);
  });

  it('names the problem when the KPI does not exist', async () => {
    renderScreen('/kpis/:kpiId', '/kpis/none-2026.x', <KpiScreen />, () => [404, { code: 'KPI_NOT_FOUND', message: 'Indikator tidak ditemukan / KPI not found' }]);
    expect((await screen.findByTestId('problem-banner')).textContent).toContain('Indikator tidak ditemukan');
  });
});
