import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithSession, sessionToken, signedInForEach, type Call } from '../../testing';
import ReportsScreen from './ReportsScreen';

const band = { code: 'sangat_tinggi', label: { id: 'Sangat Tinggi', en: 'Very high' }, min: '90', max: null };
const published = {
  year: 2026,
  period: 'Q1',
  policy: { policyId: 'permendagri-86-2017', version: 0 },
  positions: { from: 24, to: 67 },
  units: [
    { unitId: 'bpkad', scorecardId: 'bpkad-2026', score: '93', band: 'sangat_tinggi', rank: null },
    { unitId: 'pemda', scorecardId: 'pemda-2026', score: '102.8617099396800419617099396800419', band: 'sangat_tinggi', rank: null },
  ],
  chainHeads: [{ streamId: 'input-kab-contoh.bpkad.2026', revision: 3, hash: 'a'.repeat(64) }],
  position: 120,
  replayed: false,
};

function backend(call: Call): [number, unknown] {
  const p = call.url.pathname;
  if (p === '/scorecards')
    return [200, [{ scorecardId: 'pemda-2026', unitId: 'pemda', year: 2026, theme: null, title: 'Kartu Pemda 2026', status: 'approved', version: 1, perspectives: 4, objectives: 1, kpis: 1 }]];
  if (p === '/policies/2026')
    return [200, { year: 2026, current: { policyId: 'permendagri-86-2017', version: 0, bands: [band] }, versions: [{ policyId: 'permendagri-86-2017', version: 0, bands: [band] }] }];
  if (p === '/scores/publish') return [200, published];
  if (p === '/reports/lkjip/pemda-2026') {
    const asOf = call.url.searchParams.get('asOf');
    if (asOf && asOf < '2025-01-01') return [404, { code: 'SCORECARD_UNKNOWN', message: 'Kartu kinerja pemda-2026 belum diterima evaluasi / unknown scorecard' }];
    return [200, { pdf: true }];
  }
  return [404, { code: 'NOT_FOUND', message: p }];
}

const render = () => renderWithSession('/reports', '/reports?year=2026', <ReportsScreen />, backend);

describe('ReportsScreen', () => {
  signedInForEach(sessionToken('evaluator@kab-contoh', ['evaluator']));
  beforeEach(() => {
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  it('downloads the LKjIP in the chosen format, now or as it stood at an instant, and shows the API refusal', async () => {
    const { calls } = render();
    const form = screen.getByTestId('lkjip-form');
    fireEvent.click(within(form).getByRole('button', { name: 'Unduh LKjIP' }));
    expect(await within(form).findByText('Pilih kartu kinerja')).toBeTruthy();
    await within(form).findByRole('option', { name: 'Kartu Pemda 2026' });
    fireEvent.change(within(form).getByLabelText('Kartu kinerja'), { target: { value: 'pemda-2026' } });
    fireEvent.change(within(form).getByLabelText('Format'), { target: { value: 'xlsx' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Unduh LKjIP' }));
    await waitFor(() => expect(screen.getByTestId('lkjip-status').textContent).toBe('lkjip-pemda-2026.xlsx telah diunduh.'));

    fireEvent.click(within(form).getByLabelText('Sebagaimana tercatat pada…'));
    fireEvent.change(within(form).getByLabelText('Tanggal dan jam (WIB)'), { target: { value: '2020-01-01T08:00:00' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Unduh LKjIP' }));
    await waitFor(() => expect(screen.getByTestId('problem-banner').getAttribute('data-code')).toBe('SCORECARD_UNKNOWN'));
    const lkjip = calls.filter((c) => c.url.pathname === '/reports/lkjip/pemda-2026').map((c) => Object.fromEntries(c.url.searchParams));
    expect(lkjip).toEqual([{ format: 'xlsx' }, { format: 'xlsx', asOf: new Date('2020-01-01T08:00:00').toISOString() }]);
  });

  it('publishes a period only after the confirmation, once, and shows the positions and scores published', async () => {
    const { calls } = render();
    fireEvent.change(screen.getByLabelText('Periode'), { target: { value: 'Q1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Terbitkan…' }));
    const confirm = screen.getByTestId('publish-confirm');
    expect(calls.some((c) => c.url.pathname === '/scores/publish')).toBe(false);
    const yes = within(confirm).getByRole('button', { name: 'Ya, terbitkan Triwulan I 2026' });
    fireEvent.click(yes);
    fireEvent.click(yes);
    const shown = await screen.findByTestId('published');
    expect(screen.getByTestId('published-positions').textContent).toBe('24–67');
    expect(screen.getByTestId('published-position').textContent).toBe('120');
    await within(shown).findByText('Kartu Pemda 2026');
    const pemda = within(shown).getByText('Kartu Pemda 2026').closest('tr')!;
    expect(pemda.querySelector('[data-cell="score"]')?.textContent).toBe('102,86');
    await waitFor(() => expect(pemda.textContent).toContain('Sangat Tinggi'));
    const posts = calls.filter((c) => c.method === 'POST');
    expect(posts.map((c) => [c.url.pathname, c.body])).toEqual([['/scores/publish', { year: 2026, period: 'Q1' }]]);
    expect(screen.queryByTestId('publish-confirm')).toBeNull();
  });
});
