import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { renderScreen, type Call } from '../../testing';
import { map, publication, unit } from './fixtures';
import PortalScreen from './PortalScreen';

const q1 = publication({});
const q2 = publication({ period: 'Q2', position: 200, publishedAt: '2026-07-20T03:00:00.000Z', edition: 2, units: [unit({ score: '85.125' })] });

function backend(call: Call): [number, unknown] {
  const p = call.url.pathname;
  if (p === '/public/kab-contoh/publications') return [200, { tenantId: 'kab-contoh', publications: [q1, q2] }];
  if (p === '/public/kab-lain/publications') return [200, { tenantId: 'kab-lain', publications: [] }];
  if (p === '/public/kab-contoh/publications/2026/Q1/scorecards/dpmptsp-2026/strategy-map') return [200, map];
  if (p.startsWith('/public/kab-contoh/publications/2026/Q3/')) return [404, { statusCode: 404, code: 'PUBLICATION_NOT_FOUND', message: 'not published' }];
  return [500, { message: `unexpected ${p}` }];
}

describe('PortalScreen', () => {
  afterEach(cleanup);

  it('shows the latest publication with when and from what it was published, and the trends', async () => {
    const { calls } = renderScreen('/public/*', '/public/kab-contoh', <PortalScreen />, backend);
    const period = await screen.findByTestId('published-period');
    expect(period.dataset.period).toBe('2026-Q2');
    expect(within(period).getByTestId('provenance').textContent).toMatch(/^Diterbitkan 20 Jul 2026.*WIB · dihitung dari posisi data 3–90 · kebijakan permendagri-86-2017 versi 0 · terbitan ke-2$/);
    const row = within(screen.getByTestId('published-scores')).getByRole('link', { name: 'DPMPTSP' }).closest('tr')!;
    expect(within(row).getByTestId('score').textContent).toBe('85,13');
    expect(within(row).getByText('Tinggi')).toBeTruthy();
    expect(within(row).getByTestId('lkjip-link').getAttribute('href')).toBe('http://evaluation.test/public/kab-contoh/publications/2026/Q2/scorecards/dpmptsp-2026/lkjip');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Kinerja Pemerintah Kabupaten Contoh');
    const trend = screen.getByTestId('trend-table');
    expect(
      within(trend)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Unit kerja', 'Triwulan I 2026', 'Triwulan II 2026']);
    expect(within(trend).getAllByTestId('trend-published-at')).toHaveLength(2);
    expect(calls.every((c) => c.method === 'GET')).toBe(true);
  });

  it('an earlier published period can be chosen; an unpublished one is not offered and says so', async () => {
    renderScreen('/public/*', '/public/kab-contoh?p=2026-Q3', <PortalScreen />, backend);
    expect((await screen.findByTestId('not-published')).textContent).toContain('belum diterbitkan');
    expect(screen.queryByTestId('published-period')).toBeNull();
    const picker = screen.getByLabelText('Periode yang diterbitkan') as HTMLSelectElement;
    expect([...picker.options].map((o) => o.value)).toEqual(['', '2026-Q1', '2026-Q2']);
    fireEvent.change(picker, { target: { value: '2026-Q1' } });
    expect((await screen.findByTestId('published-period')).dataset.period).toBe('2026-Q1');
    expect(screen.queryByTestId('not-published')).toBeNull();
  });

  it('a Pemda with nothing published', async () => {
    renderScreen('/public/*', '/public/kab-lain', <PortalScreen />, backend);
    expect((await screen.findByTestId('nothing-published')).textContent).toContain('Belum ada nilai');
  });

  it('a published scorecard: score, provenance, LKjIP link and the strategy map as text', async () => {
    renderScreen('/public/*', '/public/kab-contoh/2026-Q1/dpmptsp-2026', <PortalScreen />, backend);
    await screen.findByTestId('published-scorecard');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Kartu Kinerja DPMPTSP 2026');
    expect(screen.getByTestId('scorecard-score').textContent).toContain('81,25');
    expect(screen.getByTestId('provenance').textContent).toContain('posisi data 3–80');
    expect(screen.getByTestId('lkjip-link').getAttribute('href')).toBe('http://evaluation.test/public/kab-contoh/publications/2026/Q1/scorecards/dpmptsp-2026/lkjip');
    expect(screen.getAllByTestId('map-objectives').map((l) => l.textContent)).toEqual([expect.stringContaining('SS-01 Kualitas pelayanan'), expect.stringContaining('SS-02 Kompetensi ASN')]);
    expect(screen.getByTestId('map-links').textContent).toContain('SS-02 Kompetensi ASN mendorong SS-01 Kualitas pelayanan');
  });

  it('an unpublished period of a scorecard answers 404 and the portal says it was not published', async () => {
    renderScreen('/public/*', '/public/kab-contoh/2026-Q3/dpmptsp-2026', <PortalScreen />, backend);
    expect((await screen.findByTestId('not-published')).textContent).toContain('belum diterbitkan');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Belum diterbitkan');
    cleanup();
    const { calls } = renderScreen('/public/*', '/public/kab-contoh/2026-Q9/dpmptsp-2026', <PortalScreen />, backend);
    expect((await screen.findByTestId('not-published')).textContent).toContain('belum diterbitkan');
    expect(calls).toHaveLength(0);
  });

  it('the Pemda code form refuses a malformed code on the field', async () => {
    renderScreen('/public/*', '/public', <PortalScreen />, backend);
    const input = screen.getByLabelText('Kode Pemda');
    fireEvent.change(input, { target: { value: 'Kab Contoh!' } });
    fireEvent.click(screen.getByRole('button', { name: 'Buka' }));
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').id).toBe(input.getAttribute('aria-describedby'));
  });
});
