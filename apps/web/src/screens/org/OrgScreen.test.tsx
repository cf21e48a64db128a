import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import i18n from 'i18next';
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { validationFailed } from '../../fixtures';
import { renderScreen, type Call } from '../../testing';
import { history, roots } from './fixtures';
import OrgScreen from './OrgScreen';

function backend(state: { renamed?: string }) {
  return (call: Call): [number, unknown] => {
    const p = call.url.pathname;
    if (p === '/org/tree') {
      const tree = structuredClone(roots);
      if (state.renamed) tree[0]!.children[0]!.children[0]!.name = state.renamed;
      if (call.url.searchParams.get('asOf')) tree[0]!.children.pop();
      return [200, { tenantId: 'kab-contoh', asOf: call.url.searchParams.get('asOf'), revision: state.renamed ? 5 : 4, roots: tree }];
    }
    if (p === '/org/units/bpkad-aset/history') return [200, history];
    if (p === '/org/units/bpkad-aset/rename') {
      const name = (call.body as { name: string }).name;
      if (!name) return validationFailed('name', 'name must be longer than or equal to 1 characters');
      state.renamed = name;
      return [200, { streamId: 'org-kab-contoh', revision: 5, position: 99, replayed: false, eventTypes: ['unit-renamed'] }];
    }
    if (p === '/org/units') {
      return [404, { statusCode: 404, code: 'UNIT_NOT_FOUND', message: 'Unit constructorx tidak ditemukan / unit not found', field: 'parentId' }];
    }
    return [404, { code: 'NOT_FOUND', message: p }];
  };
}

const posts = (calls: Call[]) => calls.filter((c) => c.method === 'POST');

describe('OrgScreen', () => {
  afterEach(cleanup);

  it('shows the active tree indented, a picked unit with its place and its history newest first', async () => {
    renderScreen('/org', '/org', <OrgScreen />, backend({}));
    const tree = await screen.findByTestId('org-tree');
    expect(
      within(tree)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Pemerintah Kabupaten Contoh, tingkat 1',
      'Badan Pengelolaan Keuangan dan Aset Daerah, tingkat 2',
      'Bidang Aset, tingkat 3',
      'Seksi Inventarisasi, tingkat 4',
      'Dinas Penanaman Modal dan PTSP, tingkat 2',
      'Bidang Konstruksi, tingkat 3',
    ]);
    expect(screen.getByTestId('org-as-of').textContent).toBe('Pohon saat ini · revisi 4');
    fireEvent.click(screen.getByRole('button', { name: 'Bidang Aset' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Bidang Aset' })).toBeTruthy();
    expect(screen.getByTestId('org-unit-path').textContent).toBe('Pemerintah Kabupaten Contoh › Badan Pengelolaan Keuangan dan Aset Daerah');
    const rows = await within(await screen.findByTestId('org-history-table')).findAllByRole('row');
    expect(rows.slice(1).map((r) => r.getAttribute('data-change'))).toEqual(['absorbed', 'moved', 'renamed', 'registered']);
    expect(rows[2]!.textContent).toContain('Dipindahkan dari Dinas Penanaman Modal dan PTSP ke Badan Pengelolaan Keuangan dan Aset Daerah');
    expect(rows[2]!.textContent).toContain('Perbup 7/2026');
    expect(rows[4]!.textContent).toContain('Didaftarkan sebagai Bidang "Bidang Aset Lama" di bawah Dinas Penanaman Modal dan PTSP');
    expect(rows[1]!.textContent).toContain('planner@kab-contoh');

    fireEvent.click(screen.getByRole('checkbox', { name: 'Tampilkan unit yang ditutup atau digabung' }));
    await screen.findByText('Digabung ke Bidang Aset');
    expect(within(screen.getByTestId('org-tree')).getByRole('button', { name: 'Bidang Lama' })).toBeTruthy();
  });

  it("puts the API's message on the field, writes once on a double click, then shows the new name", async () => {
    const { calls } = renderScreen('/org', '/org?unit=bpkad-aset', <OrgScreen />, backend({}));
    fireEvent.click(await screen.findByRole('button', { name: 'Ganti nama' }));
    const name = screen.getByRole('textbox', { name: 'Nama baru' }) as HTMLInputElement;
    expect(name.value).toBe('Bidang Aset');
    fireEvent.change(name, { target: { value: '  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan nama' }));
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    const error = document.getElementById(name.getAttribute('aria-describedby')!.split(' ')[0]!)!;
    expect(error.textContent).toBe('name minimal 1 karakter');
    expect(screen.queryByTestId('problem-banner')).toBeNull();

    fireEvent.change(name, { target: { value: 'Bidang Aset dan Persediaan' } });
    const save = screen.getByRole('button', { name: 'Simpan nama' });
    fireEvent.click(save);
    fireEvent.click(save);
    expect(await screen.findByText('Nama unit diubah menjadi Bidang Aset dan Persediaan.')).toBeTruthy();
    const renames = posts(calls).filter((c) => c.url.pathname.endsWith('/rename'));
    expect(renames.map((c) => c.body)).toEqual([{ name: '' }, { name: 'Bidang Aset dan Persediaan' }]);
    expect(await screen.findByRole('heading', { level: 2, name: 'Bidang Aset dan Persediaan' })).toBeTruthy();
    expect(screen.queryByTestId('org-form-rename')).toBeNull();
  });

  it('registers under the picked unit and shows an unknown parent code on its field', async () => {
    const { calls } = renderScreen('/org', '/org?unit=dpmptsp', <OrgScreen />, backend({}));
    fireEvent.click(await screen.findByRole('button', { name: 'Daftarkan sub-unit' }));
    const form = screen.getByTestId('org-form-register');
    expect((within(form).getByRole('combobox', { name: 'Jenis unit' }) as HTMLSelectElement).value).toBe('bidang');
    const parent = within(form).getByRole('combobox', { name: 'Kode unit induk' }) as HTMLInputElement;
    expect(parent.value).toBe('dpmptsp');
    fireEvent.change(within(form).getByRole('textbox', { name: 'Kode unit' }), { target: { value: 'uji-bidang' } });
    fireEvent.change(within(form).getByRole('textbox', { name: 'Nama unit' }), { target: { value: 'Bidang Uji' } });
    fireEvent.change(parent, { target: { value: 'constructorx' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Daftarkan' }));
    await waitFor(() => expect(parent.getAttribute('aria-invalid')).toBe('true'));
    expect(within(form).getByRole('alert').textContent).toBe('Unit constructorx tidak ditemukan');
    expect(posts(calls)[0]!.body).toEqual({ unitId: 'uji-bidang', name: 'Bidang Uji', kind: 'bidang', parentId: 'constructorx' });
  });

  it('shows the tree as it stood at a chosen WIB instant, without write actions', async () => {
    const { calls } = renderScreen('/org', '/org?unit=bpkad-aset', <OrgScreen />, backend({}));
    await screen.findByRole('button', { name: 'Ganti nama' });
    fireEvent.change(screen.getByLabelText('Pohon sebagaimana tercatat pada (WIB)'), { target: { value: '2026-12-06T10:15:30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tampilkan' }));
    await waitFor(() => expect(screen.getByTestId('org-as-of').textContent).toMatch(/^Anda melihat pohon sebagaimana tercatat pada 6 Des 2026.*10\.15\.30 WIB/));
    expect(calls.some((c) => c.url.pathname === '/org/tree' && c.url.searchParams.get('asOf') === '2026-12-06T03:15:30.000Z')).toBe(true);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Dinas Penanaman Modal dan PTSP' })).toBeNull());
    expect(screen.queryByRole('button', { name: 'Ganti nama' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Daftarkan unit baru' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Kembali ke saat ini' }));
    expect(await screen.findByRole('button', { name: 'Dinas Penanaman Modal dan PTSP' })).toBeTruthy();
  });

  it('speaks English too: kinds, statuses and the history', async () => {
    renderScreen('/org', '/org?unit=bpkad-aset&inactive=1', <OrgScreen />, backend({}));
    await screen.findByTestId('org-history-table');
    await act(() => i18n.changeLanguage('en'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Organization');
    expect(await screen.findByText('Merged into Bidang Aset')).toBeTruthy();
    expect(screen.getByText('Registered as Division "Bidang Aset Lama" under Dinas Penanaman Modal dan PTSP')).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });
});
