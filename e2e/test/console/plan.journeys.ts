import { http, token } from '../support.js';
import type { Locator } from 'playwright-core';
import type { JourneyGroup, Page } from './context.js';
import { open, shows } from './kpi.journeys.js';

/** The scorecard editor's form of one part (perspective, objective, KPI, initiative, link). */
const form = (page: Page, name: 'perspective' | 'objective' | 'kpi' | 'initiative' | 'link') => page.getByTestId(`${name}-form`);

async function tab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
}

/** Sends a part's form (the caller waits for what the answer shows). */
async function send(page: Page, name: 'perspective' | 'objective' | 'kpi' | 'initiative' | 'link', button: string): Promise<void> {
  await form(page, name).getByRole('button', { name: button, exact: true }).click();
}

/** Drags with the mouse from one element's centre to another's, in steps (as a hand would), after bringing both into view. */
async function drag(page: Page, from: Locator, to: Locator): Promise<void> {
  await from.scrollIntoViewIfNeeded();
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error('drag: an end is not shown');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2 + a.width / 2, (a.y + b.y) / 2 + a.height / 2, { steps: 5 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 5 });
  await page.mouse.up();
}

/** Penyusunan rencana: a planner builds a small scorecard from nothing and takes it to approval. */
export const planJourneys: JourneyGroup = (ctx) => {
  it('building a small scorecard from nothing to approval: weights refuse approval until they sum to 100, API messages on the field', async () => {
    // A unit of its own (a bidang of BPKAD) for 2027, so no other journey's data changes.
    const planner = token('planner');
    const planning = ctx.embedded.urls.planning;
    const unitId = `bpkad-uji-${Date.now().toString(36)}`;
    const scorecardId = `${unitId}-2027`;
    const unitName = 'Bidang Uji Penyusunan Rencana';
    const registered = await http('POST', `${planning}/org/units`, planner, { unitId, name: unitName, kind: 'bidang', parentId: 'bpkad' });
    expect(registered.status).toBe(201);

    const page = await ctx.signedIn('planner');
    await page.goto(`${ctx.consoleUrl}/plan`);
    await page.getByRole('heading', { level: 1, name: 'Penyusunan kartu kinerja' }).waitFor();
    await page.locator('select[name="unit"]').selectOption(unitId);
    await page.locator('select[name="year"]').selectOption('2027');
    await page.getByTestId('chooser-none').waitFor();
    const title = `Kartu Kinerja ${unitName} 2027`;
    await expect(page.getByLabel('Judul kartu kinerja').inputValue()).resolves.toBe(title);
    await ctx.checkScreen(page, '50-plan-choose');
    await page.getByRole('button', { name: 'Buat kartu kinerja' }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/plan/${scorecardId}`);

    // Vision and missions.
    await tab(page, 'Visi dan misi');
    await page.getByLabel('Visi', { exact: true }).fill('Aset daerah tertib, aman dan bermanfaat');
    await page.getByLabel('Misi', { exact: true }).fill('Menertibkan penatausahaan aset\nMengamankan aset bersertifikat');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await page.getByText('Visi, misi dan tujuan tersimpan.').waitFor();

    // A perspective with an empty name, then a negative weight: the API's message on the field.
    await tab(page, 'Perspektif');
    await expect(page.getByTestId('plan-to-agreement').getAttribute('aria-disabled')).resolves.toBe('true');
    await shows(page, 'approval-reasons', 'belum ada perspektif.');
    const perspective = form(page, 'perspective');
    await perspective.getByLabel('Kode', { exact: true }).fill('PLG');
    await perspective.getByLabel('Bobot (%)').fill('-5');
    await send(page, 'perspective', 'Tambahkan');
    const nameError = perspective.locator('.field-error[data-field="name"]');
    await nameError.waitFor();
    await expect(nameError.textContent()).resolves.toBe('name minimal 1 karakter');
    await expect(perspective.getByLabel('Nama', { exact: true }).getAttribute('aria-invalid')).resolves.toBe('true');
    await perspective.getByLabel('Nama', { exact: true }).fill('Pemangku Kepentingan');
    await send(page, 'perspective', 'Tambahkan');
    const weightError = perspective.locator('.field-error[data-field="weight"]');
    await weightError.waitFor();
    await expect(weightError.textContent()).resolves.toBe('Bobot harus > 0 dan <= 100 (diberikan -5)');
    await expect(perspective.getByLabel('Bobot (%)').getAttribute('aria-invalid')).resolves.toBe('true');
    await ctx.checkScreen(page, '51-plan-field-error');
    expect((await http('GET', `${planning}/scorecards/${scorecardId}`, planner)).body.perspectives).toEqual([]);

    await perspective.getByLabel('Bobot (%)').fill('60');
    await send(page, 'perspective', 'Tambahkan');
    await page.getByTestId('perspective-PLG').waitFor();
    await perspective.getByLabel('Kode', { exact: true }).fill('PRS');
    await perspective.getByLabel('Nama', { exact: true }).fill('Proses Bisnis Internal');
    await perspective.getByLabel('Bobot (%)').fill('30');
    await send(page, 'perspective', 'Tambahkan');
    await page.getByTestId('perspective-PRS').waitFor();
    await shows(page, 'weight-sum', 'Jumlah bobot perspektif: 90 dari 100. Belum 100.');
    const blocked = page.getByTestId('plan-to-agreement');
    await expect(blocked.getAttribute('aria-disabled')).resolves.toBe('true');
    await expect(blocked.getAttribute('href')).resolves.toBeNull();
    await expect(page.getByTestId('approval-reasons').textContent()).resolves.toContain('jumlah bobot perspektif 90, harus tepat 100');
    await ctx.checkScreen(page, '52-plan-weights-not-100');

    // Two objectives and the link between them.
    await tab(page, 'Sasaran strategis');
    const objective = form(page, 'objective');
    for (const [code, p, name] of [
      ['SS-01', 'PLG', 'Meningkatnya kualitas pengelolaan aset daerah'],
      ['SS-02', 'PRS', 'Tertibnya penatausahaan barang milik daerah'],
    ] as const) {
      await objective.getByLabel('Kode', { exact: true }).fill(code);
      await objective.locator('select[name="perspectiveCode"]').selectOption(p);
      await objective.getByLabel('Nama', { exact: true }).fill(name);
      await send(page, 'objective', 'Tambahkan');
      await page.getByTestId(`objective-${code}`).waitFor();
    }
    await tab(page, 'Peta strategi');
    await form(page, 'link').locator('select[name="from"]').selectOption('SS-02');
    await form(page, 'link').locator('select[name="to"]').selectOption('SS-01');
    await send(page, 'link', 'Hubungkan');
    await page.getByTestId('link-SS-02-SS-01').waitFor();
    await expect(page.getByTestId('link-SS-02-SS-01').textContent()).resolves.toContain(
      'SS-02 Tertibnya penatausahaan barang milik daerah mendorong SS-01 Meningkatnya kualitas pengelolaan aset daerah',
    );
    await page.getByTestId(`graph-node-${scorecardId}.ss-01`).waitFor();
    await page.getByTestId(`graph-node-${scorecardId}.ss-02`).waitFor();
    await ctx.checkScreen(page, '53-plan-strategy-map');

    // A KPI with its targets per quarter.
    await tab(page, 'IKU');
    const kpi = form(page, 'kpi');
    await expect(kpi.textContent()).resolves.toContain('hanya perbandingannya yang dihitung');
    await kpi.getByLabel('Kode', { exact: true }).fill('IKU-01');
    await kpi.locator('select[name="objectiveCode"]').selectOption('SS-01');
    await kpi.getByLabel('Nama', { exact: true }).fill('Persentase aset tanah bersertifikat');
    await kpi.getByLabel('Satuan', { exact: true }).fill('%');
    await kpi.getByLabel('Sumber data').fill('SIMDA BMD');
    await kpi.locator('select[name="valueType"]').selectOption('percent');
    await kpi.locator('select[name="aggregation"]').selectOption('last');
    await kpi.locator('input[name="baseline"]').fill('40');
    await kpi.locator('input[name="yearlyTarget-value"]').fill('60');
    for (const [q, v] of [
      ['Q1', '45'],
      ['Q2', '50'],
      ['Q3', '55'],
      ['Q4', '60'],
    ])
      await kpi.locator(`input[name="periodTargets-${q}-value"]`).fill(v);
    await send(page, 'kpi', 'Tambahkan');
    await page.getByTestId('kpi-IKU-01').waitFor();
    await shows(page, 'kpi-IKU-01-target', '60%');
    await ctx.checkScreen(page, '54-plan-kpis');

    // A program with its budget and schedule.
    await tab(page, 'Program dan kegiatan');
    const initiative = form(page, 'initiative');
    await initiative.getByLabel('Kode', { exact: true }).fill('P-01');
    await initiative.getByLabel('Nama', { exact: true }).fill('Program Pengelolaan Barang Milik Daerah');
    await initiative.getByLabel(/^SS-01/).check();
    await initiative.getByLabel('Pagu anggaran (Rp)').fill('1.250.000.000');
    await send(page, 'initiative', 'Tambahkan');
    await page.getByTestId('initiative-P-01').waitFor();
    await expect(page.getByTestId('initiative-P-01').textContent()).resolves.toMatch(/Rp\s?1\.250\.000\.000/);
    await ctx.checkScreen(page, '55-plan-initiatives');

    // What the API holds is what was typed (decimal strings as written).
    const stored = (await http('GET', `${planning}/scorecards/${scorecardId}`, planner)).body;
    expect(stored.header.vision).toBe('Aset daerah tertib, aman dan bermanfaat');
    expect(stored.header.missions).toEqual(['Menertibkan penatausahaan aset', 'Mengamankan aset bersertifikat']);
    expect(stored.links).toEqual([{ from: 'SS-02', to: 'SS-01' }]);
    expect(stored.kpis[0]).toMatchObject({
      code: 'IKU-01',
      valueType: 'percent',
      ownerUnitId: unitId,
      baseline: '40',
      yearlyTarget: { value: '60' },
      periodTargets: { Q1: { value: '45' }, Q4: { value: '60' } },
    });
    expect(stored.initiatives[0]).toMatchObject({ code: 'P-01', budgetCeiling: '1250000000', ownerUnitId: unitId, schedule: { start: '2027-01-01', end: '2027-12-31' } });

    // Fix the weights: 60 + 40 = 100, and the way to approval opens.
    await tab(page, 'Perspektif');
    await page.getByRole('button', { name: 'Ubah PRS' }).click();
    await perspective.getByLabel('Bobot (%)').fill('40');
    await send(page, 'perspective', 'Simpan perubahan');
    await shows(page, 'weight-sum', 'Jumlah bobot perspektif: 100 dari 100. Sudah 100.');
    const link = page.getByTestId('plan-to-agreement');
    await expect(link.getAttribute('href')).resolves.toBe(`/scorecards/${scorecardId}/agreement`);
    await ctx.checkScreen(page, '56-plan-ready');

    // Follow the link and approve on the Perjanjian Kinerja screen.
    await link.click();
    await page.waitForURL((u) => u.pathname === `/scorecards/${scorecardId}/agreement`);
    await page.locator('input[name="signedBy"]').fill('Kepala BPKAD');
    await ctx.checkScreen(page, '57-plan-agreement');
    await page.getByTestId('agreement-approve').click();
    let approved = await http('GET', `${planning}/scorecards/${scorecardId}`, planner);
    for (let i = 0; i < 50 && approved.body.status !== 'approved'; i++) {
      await page.waitForTimeout(200);
      approved = await http('GET', `${planning}/scorecards/${scorecardId}`, planner);
    }
    expect(approved.body).toMatchObject({ status: 'approved', version: 1, approvals: [{ version: 1, signedBy: 'Kepala BPKAD' }] });

    // Back in the editor: locked, the link now shows the agreement.
    await open(page, `/plan/${scorecardId}`);
    await page.getByTestId('plan-locked').waitFor();
    await expect(page.getByTestId('plan-meta').textContent()).resolves.toContain('Ditetapkan (Perjanjian Kinerja) · Versi 1');
    await expect(form(page, 'perspective').getByRole('button', { name: 'Tambahkan' }).isDisabled()).resolves.toBe(true);
    await ctx.checkScreen(page, '58-plan-approved');
  });

  it('strategy map: a link drawn by dragging from one objective to another is written, listed and drawn; a drawn cycle shows the API message', async () => {
    // A unit and 2027 draft of its own (imported whole), so no other journey's data changes.
    const planner = token('planner');
    const planning = ctx.embedded.urls.planning;
    const unitId = `bpkad-peta-${Date.now().toString(36)}`;
    const scorecardId = `${unitId}-2027`;
    expect((await http('POST', `${planning}/org/units`, planner, { unitId, name: 'Bidang Uji Peta Strategi', kind: 'bidang', parentId: 'bpkad' })).status).toBe(201);
    const imported = await http('POST', `${planning}/scorecards/import`, planner, {
      unitId,
      year: 2027,
      title: 'Kartu Kinerja Bidang Uji Peta Strategi 2027',
      vision: 'Aset daerah tertib',
      missions: [],
      goals: [],
      perspectives: [
        { code: 'PLG', name: 'Pemangku Kepentingan', order: 1, weight: '60' },
        { code: 'PRS', name: 'Proses Bisnis Internal', order: 2, weight: '40' },
      ],
      objectives: [
        { code: 'SS-01', perspectiveCode: 'PLG', name: 'Meningkatnya kualitas pengelolaan aset daerah' },
        { code: 'SS-02', perspectiveCode: 'PRS', name: 'Tertibnya penatausahaan barang milik daerah' },
      ],
      links: [],
      kpis: [],
      initiatives: [],
    });
    expect(imported.status).toBeLessThan(300);

    const page = await ctx.signedIn('planner');
    await page.goto(`${ctx.consoleUrl}/plan/${scorecardId}?tab=map`);
    await page.getByRole('heading', { level: 2, name: 'Peta strategi' }).waitFor();
    await expect(page.getByTestId('map-drag-hint').textContent()).resolves.toContain('tarik dari titik di atas sasaran penyebab ke titik di bawah sasaran akibatnya');
    const ss01 = `${scorecardId}.ss-01`;
    const ss02 = `${scorecardId}.ss-02`;
    const handle = (kind: 'source' | 'target', id: string) => page.getByTestId(`graph-handle-${kind}-${id}`);
    await handle('source', ss02).waitFor();
    await expect(handle('source', ss02).getAttribute('aria-label')).resolves.toBe('Tarik dari sini: SS-02 sebagai sebab');
    await expect(handle('target', ss01).getAttribute('title')).resolves.toBe('Lepas di sini: SS-01 sebagai akibat');

    // SS-02 (cause) → SS-01 (effect), drawn with the mouse: the API holds it, the list and the map show it.
    await drag(page, handle('source', ss02), handle('target', ss01));
    await page.getByTestId('link-SS-02-SS-01').waitFor();
    await expect(page.getByTestId('link-SS-02-SS-01').textContent()).resolves.toContain(
      'SS-02 Tertibnya penatausahaan barang milik daerah mendorong SS-01 Meningkatnya kualitas pengelolaan aset daerah',
    );
    expect((await http('GET', `${planning}/scorecards/${scorecardId}`, planner)).body.links).toEqual([{ from: 'SS-02', to: 'SS-01' }]);
    // Drawn: xyflow's edge between the two (a straight vertical path has no width, so "attached", not "visible").
    const edge = page.getByTestId(`rf__edge-${ss02}->${ss01}`).locator('path.react-flow__edge-path');
    await edge.waitFor({ state: 'attached' });
    await expect(edge.getAttribute('d')).resolves.toMatch(/^M/);
    await ctx.checkScreen(page, '59-plan-map-connected');

    // The reverse link would close a cycle: refused, with the API's message on the form's field.
    await drag(page, handle('source', ss01), handle('target', ss02));
    const cycle = form(page, 'link').locator('.field-error[data-field="to"]');
    await cycle.waitFor();
    await expect(cycle.textContent()).resolves.toContain('Tautan SS-01 -> SS-02 membentuk siklus');
    await expect(form(page, 'link').locator('select[name="to"]').getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(form(page, 'link').locator('select[name="from"]').inputValue()).resolves.toBe('SS-01');
    expect((await http('GET', `${planning}/scorecards/${scorecardId}`, planner)).body.links).toEqual([{ from: 'SS-02', to: 'SS-01' }]);
  });
};
