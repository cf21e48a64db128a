import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { planKpi, realizationEntry } from '../../fixtures';
import { renderWithSession, sessionToken, signedInForEach, type Call } from '../../testing';
import MyRealizationsScreen from './MyRealizationsScreen';

const KPIS = new Map([
  ['d.iku-03', planKpi({ kpiId: 'd.iku-03', code: 'IKU-03', valueType: 'money', unitOfMeasure: 'Rp' })],
  ['d.iku-05', planKpi({ kpiId: 'd.iku-05', code: 'IKU-05', valueType: 'percent', unitOfMeasure: '%' })],
]);

function backend(stored: { value?: string }) {
  return (call: Call): [number, unknown] => {
    const p = call.url.pathname;
    if (p === '/units/dpmptsp/missing-realizations')
      return [
        200,
        {
          unitId: 'dpmptsp',
          year: 2026,
          period: 'all',
          now: '2026-12-03T00:00:00Z',
          reportingPolicyId: 'r',
          missing: stored.value ? [] : [{ kpiId: 'd.iku-03', code: 'IKU-03', name: 'Nama IKU-03', period: 'Q1', deadline: '2026-04-10T17:00:00.000Z', overdue: true }],
        },
      ];
    if (p === '/realizations' && call.method === 'GET') {
      const rows = [realizationEntry({ kpiId: 'd.iku-05', value: '82.50', valueType: 'percent', status: 'rejected', late: true, revision: 1, position: 3 })];
      if (stored.value) rows.push({ ...rows[0]!, kpiId: 'd.iku-03', value: stored.value, valueType: 'money', status: 'submitted', late: true });
      return [200, rows];
    }
    if (p === '/reminders') return [200, []];
    if (p.startsWith('/plan/kpis/')) return [200, KPIS.get(decodeURIComponent(p.slice('/plan/kpis/'.length)))];
    if (p === '/realizations/d.iku-05/2026/Q1')
      return [200, { current: null, history: [{ revision: 1, position: 3, type: 'realization-rejected', recordedAt: 'x', actor: 'ev', data: { reason: 'Bukti dukung tidak sesuai periode' } }] }];
    if (p === '/realizations/d.iku-05/2026/Q1/corrections') {
      stored.value = (call.body as { value: string }).value;
      return [
        201,
        { realizationId: 'r', streamId: 's', revision: 2, position: 10, replayed: false, eventType: 'realization-corrected', status: 'submitted', valueRevision: 2, late: true, afterLock: false },
      ];
    }
    if (p === '/realizations' && call.method === 'POST') {
      const body = call.body as { value: string; evidence?: { url: string }[] };
      if (body.evidence?.[0]?.url === 'bukan-tautan')
        return [422, { statusCode: 422, code: 'INVALID_EVIDENCE_URL', message: 'Tautan bukti harus http(s) / evidence must be an http(s) link', field: 'evidence[0].url' }];
      stored.value = body.value;
      return [
        201,
        { realizationId: 'r', streamId: 's', revision: 0, position: 9, replayed: false, eventType: 'realization-recorded', status: 'submitted', valueRevision: 1, late: true, afterLock: false },
      ];
    }
    return [404, { code: 'NOT_FOUND', message: p }];
  };
}

/** The screen as the operator opens it for 2026 Q1, over a backend with nothing stored yet. */
const renderMyRealizations = () => renderWithSession('/my-realizations', '/my-realizations?year=2026&period=Q1', <MyRealizationsScreen />, backend({}));

const posts = (calls: Call[]) => calls.filter((c) => c.method === 'POST');

describe('MyRealizationsScreen', () => {
  signedInForEach(sessionToken('op', ['unit_operator'], { unit: 'dpmptsp' }));

  it('shows what is missing with its state and what was reported with its status and rejection reason', async () => {
    renderMyRealizations();
    const missing = await screen.findByTestId('missing-table');
    expect(within(missing).getByText('IKU-03')).toBeTruthy();
    expect(within(missing).getByText('Terlambat')).toBeTruthy();
    const reported = screen.getByTestId('reported-table');
    expect(within(reported).getByText('82,5%')).toBeTruthy();
    expect(within(reported).getByText('Ditolak')).toBeTruthy();
    expect(within(reported).getByTestId('rejection-reason').textContent).toContain('Bukti dukung tidak sesuai periode');
  });

  it('refuses garbage without sending it, then sends the Rupiah value as the API decimal and moves the row', async () => {
    const { calls } = renderMyRealizations();
    fireEvent.click(await screen.findByRole('button', { name: 'Isi realisasi IKU-03 Nama IKU-03' }));
    const value = screen.getByLabelText('Nilai realisasi');
    fireEvent.change(value, { target: { value: 'abc' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Nilai harus berupa angka');
    expect(value.getAttribute('aria-invalid')).toBe('true');
    expect(posts(calls)).toHaveLength(0);

    fireEvent.change(value, { target: { value: '1.250.000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await screen.findByTestId('saved-banner');
    expect(posts(calls).map((c) => c.body)).toEqual([{ kpiId: 'd.iku-03', year: 2026, period: 'Q1', value: '1250000' }]);
    const reported = await screen.findByTestId('reported-table');
    await waitFor(() => expect(within(reported).getByText(/Rp\s?1\.250\.000/)).toBeTruthy());
    expect(screen.getByTestId('missing-empty')).toBeTruthy();
  });

  it("puts the API's message about an evidence link on that link's row", async () => {
    const { calls } = renderMyRealizations();
    fireEvent.click(await screen.findByRole('button', { name: 'Isi realisasi IKU-03 Nama IKU-03' }));
    fireEvent.change(screen.getByLabelText('Nilai realisasi'), { target: { value: '10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tambah bukti dukung' }));
    fireEvent.click(screen.getByRole('button', { name: 'Tambah bukti dukung' }));
    fireEvent.change(screen.getByLabelText('Tautan bukti 2'), { target: { value: 'bukan-tautan' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    const row = (await screen.findAllByTestId('evidence-row'))[1]!;
    await waitFor(() => expect(within(row).getByRole('alert').textContent).toBe('Tautan bukti harus http(s)'));
    expect(screen.getByLabelText('Tautan bukti 2').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Tautan bukti 1').getAttribute('aria-invalid')).toBeNull();
    expect((posts(calls)[0]!.body as { evidence: unknown }).evidence).toEqual([{ url: 'bukan-tautan' }]);
  });

  it('a correction needs a reason before anything is sent, then posts the new value with it', async () => {
    const { calls } = renderMyRealizations();
    fireEvent.click(await screen.findByRole('button', { name: 'Koreksi realisasi IKU-05 Nama IKU-05' }));
    expect(screen.getByText('Nilai saat ini: 82,5%')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Nilai realisasi'), { target: { value: '83,25' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Tuliskan alasan koreksi.');
    expect(posts(calls)).toHaveLength(0);
    fireEvent.change(screen.getByLabelText('Alasan koreksi'), { target: { value: 'Salah ketik pada rekap' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await screen.findByTestId('saved-banner');
    expect(posts(calls).map((c) => [c.url.pathname, c.body])).toEqual([['/realizations/d.iku-05/2026/Q1/corrections', { value: '83.25', reason: 'Salah ketik pada rekap', evidence: [] }]]);
  });
});
