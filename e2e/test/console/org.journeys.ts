import { http, token } from '../support.js';
import type { JourneyGroup, Page } from './context.js';
import { open, shows } from './kpi.journeys.js';
import { submitRefused } from './steps.js';

/** The demo OPDs this group hangs its own units under (`uji-org-…`); every unit it creates ends closed or merged. */
const OPD = { id: 'bpkad', name: 'Badan Pengelolaan Keuangan dan Aset Daerah' };
const OTHER_OPD = { id: 'inspektorat', name: 'Inspektorat Daerah' };
const PEMDA = 'Pemerintah Kabupaten Contoh';

interface Node {
  unitId: string;
  name: string;
  parentId: string | null;
  status: string;
  children: Node[];
}
interface HistoryEntry {
  type: string;
  revision: number;
  actor: string | null;
}

const flat = (nodes: Node[]): Node[] => nodes.flatMap((n) => [n, ...flat(n.children)]);
/** The WIB wall clock of an instant, as the datetime-local input takes it. */
const wib = (ms: number) => new Date(ms + 7 * 3600_000).toISOString().slice(0, 19);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The ids of the rows the tree shows, in order. */
const shownUnits = (page: Page) => page.locator('[data-testid="org-tree"] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-unit')));
const actions = (page: Page) => page.getByRole('group', { name: 'Perubahan unit' });
const pick = async (page: Page, name: string) => {
  await page.getByTestId('org-tree').getByRole('button', { name, exact: true }).click();
  await page.getByRole('heading', { level: 2, name, exact: true }).waitFor();
};
const notice = async (page: Page, text: string) => {
  await page.getByTestId('org-notice').filter({ hasText: text }).waitFor();
};

/** The organization tree: register, rename, move, merge and close units of its own; a unit's history; the tree at an earlier instant. */
export const orgJourneys: JourneyGroup = (ctx) => {
  const planner = () => token('planner');
  const tree = async (query = '') => {
    const r = await http('GET', `${ctx.embedded.urls.planning}/org/tree${query}`, planner());
    expect(r.status).toBe(200);
    return r.body as { revision: number; roots: Node[] };
  };
  const history = async (unitId: string) => {
    const r = await http('GET', `${ctx.embedded.urls.planning}/org/units/${unitId}/history`, planner());
    expect(r.status).toBe(200);
    return r.body as HistoryEntry[];
  };

  it('registers a unit under an OPD, renames, moves and closes it, shows its history, and the tree before it existed', async () => {
    const code = `uji-org-${Date.now().toString(36)}`;
    const page = await ctx.signedIn('planner');
    await open(page, '/org');
    await page.getByTestId('org-tree').waitFor();
    const now = await tree();
    await expect(shownUnits(page)).resolves.toEqual(flat(now.roots).map((n) => n.unitId));
    await expect(page.getByTestId('org-as-of').textContent()).resolves.toBe(`Pohon saat ini · revisi ${now.revision}`);
    await ctx.checkScreen(page, '40-org-tree');

    // The instant before the registration, to the second (the asOf picker's precision).
    const before = Math.floor(Date.now() / 1000) * 1000;
    await sleep(1100 - (Date.now() - before));

    await pick(page, OPD.name);
    await actions(page).getByRole('button', { name: 'Daftarkan sub-unit' }).click();
    const register = page.getByTestId('org-form-register');
    await expect(register.getByLabel('Jenis unit').inputValue()).resolves.toBe('bidang');
    await expect(register.getByLabel('Kode unit induk').inputValue()).resolves.toBe(OPD.id);
    await register.getByLabel('Kode unit', { exact: true }).fill(code);
    await register.getByLabel('Kode unit induk').fill('constructor');
    await submitRefused(register, 'Daftarkan', 'name', 'name minimal 1 karakter');
    await register.getByLabel('Nama unit').fill('Bidang Uji Organisasi');
    await submitRefused(register, 'Daftarkan', 'parentId', 'Unit constructor tidak ditemukan');
    await ctx.checkScreen(page, '41-org-register-error');
    await register.getByLabel('Kode unit induk').fill(OPD.id);
    await register.getByRole('button', { name: 'Daftarkan' }).dblclick();
    await notice(page, 'Unit Bidang Uji Organisasi terdaftar.');
    await page.getByRole('heading', { level: 2, name: 'Bidang Uji Organisasi' }).waitFor();
    await shows(page, 'org-unit-path', `${PEMDA} › ${OPD.name}`);
    await expect(history(code).then((h) => h.map((e) => e.type))).resolves.toEqual(['unit-registered']);

    await actions(page).getByRole('button', { name: 'Ganti nama' }).click();
    const rename = page.getByTestId('org-form-rename');
    await rename.getByLabel('Nama baru').fill('Bidang Uji Tata Kelola');
    await rename.getByLabel('Alasan (opsional)').fill('Perbup 12/2026');
    await rename.getByRole('button', { name: 'Simpan nama' }).click();
    await notice(page, 'Nama unit diubah menjadi Bidang Uji Tata Kelola.');
    await page.getByRole('heading', { level: 2, name: 'Bidang Uji Tata Kelola' }).waitFor();

    await actions(page).getByRole('button', { name: 'Pindahkan' }).click();
    const move = page.getByTestId('org-form-move');
    await move.getByLabel('Kode unit induk baru').fill(code);
    await submitRefused(move, 'Pindahkan', 'newParentId', 'bidang tidak dapat berada di bawah bidang; induk yang sah: opd');
    await ctx.checkScreen(page, '42-org-move-error');
    await move.getByLabel('Kode unit induk baru').fill(OTHER_OPD.id);
    await move.getByRole('button', { name: 'Pindahkan' }).click();
    await notice(page, 'Bidang Uji Tata Kelola dipindahkan.');
    await page.getByTestId('org-unit-path').filter({ hasText: OTHER_OPD.name }).waitFor();
    const moved = flat((await tree()).roots).find((n) => n.unitId === code);
    expect(moved).toMatchObject({ name: 'Bidang Uji Tata Kelola', parentId: OTHER_OPD.id, status: 'active' });
    await expect(shownUnits(page)).resolves.toContain(code);

    await actions(page).getByRole('button', { name: 'Tutup unit' }).click();
    const close = page.getByTestId('org-form-close');
    await submitRefused(close, 'Tutup unit', 'reason', 'reason minimal 1 karakter');
    await close.getByLabel('Alasan (mis. nomor Perda atau SK)').fill('Uji coba selesai');
    await close.getByRole('button', { name: 'Tutup unit' }).click();
    await notice(page, 'Bidang Uji Tata Kelola ditutup.');
    await shows(page, 'org-unit-status', 'Ditutup');
    await expect(shownUnits(page)).resolves.not.toContain(code);

    const written = await history(code);
    expect(written.map((e) => e.type)).toEqual(['unit-registered', 'unit-renamed', 'unit-moved', 'unit-closed']);
    const rows = page.locator('[data-testid="org-history-table"] tbody tr');
    await rows.nth(3).waitFor();
    await expect(rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-revision')))).resolves.toEqual(written.map((e) => String(e.revision)).reverse());
    const texts = await rows.allTextContents();
    expect(texts[0]).toContain('Ditutup');
    expect(texts[0]).toContain('Uji coba selesai');
    expect(texts[1]).toContain(`Dipindahkan dari ${OPD.name} ke ${OTHER_OPD.name}`);
    expect(texts[2]).toContain('Nama diubah dari "Bidang Uji Organisasi" menjadi "Bidang Uji Tata Kelola"');
    expect(texts[2]).toContain('Perbup 12/2026');
    expect(texts[3]).toContain(`Didaftarkan sebagai Bidang "Bidang Uji Organisasi" di bawah ${OPD.name}`);
    for (const [i, e] of [...written].reverse().entries()) expect(texts[i]).toContain(e.actor!);
    await page.getByLabel('Tampilkan unit yang ditutup atau digabung').check();
    await page.locator(`[data-testid="org-tree"] tr[data-unit="${code}"][data-status="closed"]`).waitFor();
    await ctx.checkScreen(page, '43-org-history');

    await page.getByLabel('Pohon sebagaimana tercatat pada (WIB)').fill(wib(before));
    await page.getByRole('button', { name: 'Tampilkan' }).click();
    await page
      .getByTestId('org-as-of')
      .filter({ hasText: /^Anda melihat pohon sebagaimana tercatat pada/ })
      .waitFor();
    const then = await tree(`?includeInactive=true&asOf=${new Date(before).toISOString()}`);
    expect(flat(then.roots).some((n) => n.unitId === code)).toBe(false);
    await page.locator(`[data-testid="org-tree"] tr[data-unit="${code}"]`).waitFor({ state: 'detached' });
    await expect(shownUnits(page)).resolves.toEqual(flat(then.roots).map((n) => n.unitId));
    await expect(page.getByText(`Unit ${code} tidak ada pada pohon yang ditampilkan.`).count()).resolves.toBe(1);
    await expect(page.getByRole('button', { name: 'Daftarkan unit baru' }).count()).resolves.toBe(0);
    await ctx.checkScreen(page, '44-org-as-of');
  });

  it('merges a unit of its own into another; its sub-unit moves along and both histories say so', async () => {
    const base = `uji-org-m${Date.now().toString(36)}`;
    const [a, b, seksi] = [`${base}-a`, `${base}-b`, `${base}-s`];
    const register = async (unitId: string, name: string, kind: string, parentId: string) => {
      const r = await http('POST', `${ctx.embedded.urls.planning}/org/units`, planner(), { unitId, name, kind, parentId });
      expect(r.status).toBe(201);
    };
    await register(a, 'Bidang Uji Gabung A', 'bidang', OPD.id);
    await register(b, 'Bidang Uji Gabung B', 'bidang', OPD.id);
    await register(seksi, 'Seksi Uji Gabung', 'seksi', a);

    const page = await ctx.signedIn('planner');
    await open(page, `/org?unit=${a}`);
    await page.getByRole('heading', { level: 2, name: 'Bidang Uji Gabung A' }).waitFor();
    await actions(page).getByRole('button', { name: 'Gabungkan' }).click();
    const merge = page.getByTestId('org-form-merge');
    await merge.getByLabel('Kode unit tujuan penggabungan').fill(b);
    await merge.getByLabel('Alasan (mis. nomor Perda atau SK)').fill('Perubahan SOTK 2026 (uji)');
    await merge.getByRole('button', { name: 'Gabungkan' }).click();
    await notice(page, 'Bidang Uji Gabung A digabung.');
    await shows(page, 'org-unit-status', 'Digabung ke Bidang Uji Gabung B');
    await page.locator('[data-testid="org-history-table"] tbody tr[data-change="mergedInto"]').filter({ hasText: 'Digabung ke Bidang Uji Gabung B (1 sub-unit ikut pindah)' }).waitFor();
    const after = flat((await tree()).roots);
    expect(after.find((n) => n.unitId === seksi)?.parentId).toBe(b);
    expect(after.some((n) => n.unitId === a)).toBe(false);
    await ctx.checkScreen(page, '45-org-merge');

    await pick(page, 'Bidang Uji Gabung B');
    await page.locator('[data-testid="org-history-table"] tbody tr[data-change="absorbed"]').filter({ hasText: 'Menerima gabungan Bidang Uji Gabung A' }).waitFor();
    await pick(page, 'Seksi Uji Gabung');
    await page.locator('[data-testid="org-history-table"] tbody tr[data-change="carried"]').filter({ hasText: 'Induk berganti ke Bidang Uji Gabung B karena Bidang Uji Gabung A digabung' }).waitFor();
    await shows(page, 'org-unit-path', `${PEMDA} › ${OPD.name} › Bidang Uji Gabung B`);

    // Leave the demo tree as it was: the units of this test end closed.
    for (const unitId of [seksi, b]) {
      const r = await http('POST', `${ctx.embedded.urls.planning}/org/units/${unitId}/close`, planner(), { reason: 'Uji coba selesai' });
      expect(r.status).toBe(200);
    }
  });
};
