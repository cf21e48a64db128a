import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { toProblem } from '../../api/errors';
import { planKpi, realizationEntry } from '../../fixtures';
import { initI18n } from '../../i18n';
import { QueueTable, type QueueTableProps } from './QueueTable';
import type { RealizationEntry } from './types';

const entry = (period: RealizationEntry['period'], extra: Partial<RealizationEntry> = {}): RealizationEntry =>
  realizationEntry({ kpiId: 'bpkad-2026.iku-04', unitId: 'bpkad', period, value: '18.6', valueType: 'percent', ...extra });
const kpi = planKpi({
  kpiId: 'bpkad-2026.iku-04',
  scorecardId: 'bpkad-2026',
  code: 'IKU-04',
  name: 'Persentase penyerapan anggaran',
  unitOfMeasure: '%',
  valueType: 'percent',
  ownerUnitId: 'bpkad',
});

function renderTable(props: Partial<QueueTableProps>) {
  const all: QueueTableProps = {
    rows: [entry('Q1', { late: true, note: 'Tender terlambat', evidence: [{ url: 'https://drive.pemda.go.id/lra.pdf', label: 'LRA TW I' }] }), entry('Q2')],
    kpis: new Map([[kpi.kpiId, kpi]]),
    unitName: (id) => (id === 'bpkad' ? 'Badan Pengelolaan Keuangan dan Aset Daerah' : id),
    selected: new Set(),
    onToggle: vi.fn(),
    onToggleAll: vi.fn(),
    failures: new Map(),
    pending: false,
    onVerify: vi.fn(),
    onReject: vi.fn(),
    ...props,
  };
  render(
    <MemoryRouter>
      <QueueTable {...all} />
    </MemoryRouter>,
  );
  return all;
}

describe('QueueTable', () => {
  beforeAll(() => initI18n('id'));
  afterEach(cleanup);

  it('shows names, the value rounded for display, note, evidence link, late flag and submission time in WIB', () => {
    renderTable({});
    const row = screen.getByTestId('queue-row-bpkad-2026.iku-04-2026-Q1');
    expect(within(row).getByRole('link', { name: 'Persentase penyerapan anggaran' }).getAttribute('href')).toBe('/kpis/bpkad-2026.iku-04');
    expect(within(row).getByText('Badan Pengelolaan Keuangan dan Aset Daerah')).toBeTruthy();
    expect(within(row).getByTestId('value').textContent).toBe('18,6%');
    expect(within(row).getByRole('link', { name: 'LRA TW I' }).getAttribute('href')).toBe('https://drive.pemda.go.id/lra.pdf');
    expect(within(row).getByText('Terlambat')).toBeTruthy();
    expect(within(row).getByText('Tender terlambat')).toBeTruthy();
    expect(row.textContent).toContain('10.15');
  });

  it('labels each checkbox and action by KPI and period; select all reports its state and change', () => {
    const props = renderTable({ selected: new Set(['bpkad-2026.iku-04|2026|Q1']) });
    const all = screen.getByRole('checkbox', { name: 'Pilih semua yang tampil' }) as HTMLInputElement;
    expect(all.checked).toBe(false);
    expect(all.indeterminate).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'Pilih Persentase penyerapan anggaran, Triwulan I 2026' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(all);
    expect(props.onToggleAll).toHaveBeenCalledWith(true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Pilih Persentase penyerapan anggaran, Triwulan II 2026' }));
    expect(props.onToggle).toHaveBeenCalledWith('bpkad-2026.iku-04|2026|Q2');
    fireEvent.click(screen.getByRole('button', { name: 'Tolak Persentase penyerapan anggaran, Triwulan II 2026' }));
    expect(props.onReject).toHaveBeenCalledWith('bpkad-2026.iku-04|2026|Q2');
  });

  it("shows a failed row's API message on the row and disables actions while pending", () => {
    const problem = toProblem(409, { code: 'REALIZATION_NOT_SUBMITTED', field: 'status', message: 'Realisasi berstatus terverifikasi / already verified' });
    renderTable({ pending: true, failures: new Map([['bpkad-2026.iku-04|2026|Q2', { key: 'bpkad-2026.iku-04|2026|Q2', action: 'verify', ok: false, problem }]]) });
    const row = screen.getByTestId('queue-row-bpkad-2026.iku-04-2026-Q2');
    expect(within(row).getByTestId('row-result').textContent).toBe('Gagal: Realisasi berstatus terverifikasi');
    expect((within(row).getByRole('button', { name: /^Verifikasi/ }) as HTMLButtonElement).disabled).toBe(true);
  });
});
