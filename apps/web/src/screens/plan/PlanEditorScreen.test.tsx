import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { kpiDto, scorecardHeader, scorecardPlan, scorecardSnapshot, validationFailed } from '../../fixtures';
import { renderScreen, type Call } from '../../testing';
import PlanEditorScreen from './PlanEditorScreen';
import type { OrgTree, Perspective, ScorecardPlan } from './types';

afterEach(cleanup);

const TREE: OrgTree = {
  tenantId: 'kab-contoh',
  asOf: null,
  revision: 3,
  roots: [
    {
      unitId: 'pemda',
      name: 'Pemerintah Kabupaten Contoh',
      kind: 'pemda',
      parentId: null,
      status: 'active',
      children: [{ unitId: 'bpkad', name: 'Badan Pengelolaan Keuangan dan Aset Daerah', kind: 'opd', parentId: 'pemda', status: 'active', children: [] }],
    },
  ],
};

const plan = (perspectives: Perspective[]): ScorecardPlan =>
  scorecardPlan(scorecardSnapshot(scorecardHeader('bpkad-2027', 'bpkad', 2027, { title: 'Kartu Kinerja BPKAD 2027' }), { perspectives }), { revision: perspectives.length });

const written = (revision: number) => [200, { scorecardId: 'bpkad-2027', streamId: 's', revision, position: revision, replayed: false, eventTypes: ['x'] }] as [number, unknown];

/** A planning service holding one draft; a negative weight is refused as the domain refuses it. */
function backend(perspectives: Perspective[], hold?: Promise<void>) {
  return async (call: Call): Promise<[number, unknown]> => {
    const p = call.url.pathname;
    if (p === '/org/tree') return [200, TREE];
    if (p === '/scorecards/bpkad-2027' && call.method === 'GET') return [200, plan(perspectives)];
    if (p === '/scorecards' && call.method === 'GET') return [200, []];
    const put = /^\/scorecards\/bpkad-2027\/perspectives\/(.+)$/.exec(p);
    if (put && call.method === 'PUT') {
      await hold;
      const body = call.body as { name: string; order: number; weight: string };
      if (body.name === '') return validationFailed('name', 'name must be longer than or equal to 1 characters');
      if (body.weight.startsWith('-'))
        return [
          422,
          {
            statusCode: 422,
            code: 'INVALID_WEIGHT',
            message: `Bobot harus > 0 dan <= 100 (diberikan ${body.weight}) / weight must be > 0 and <= 100`,
            details: [{ field: 'weight', errors: [`Bobot harus > 0 dan <= 100 (diberikan ${body.weight}) / weight must be > 0 and <= 100`] }],
          },
        ];
      const code = decodeURIComponent(put[1]!);
      const rest = perspectives.filter((x) => x.code !== code);
      perspectives.splice(0, perspectives.length, ...rest, { perspectiveId: `bpkad-2027.${code.toLowerCase()}`, code, ...body });
      return written(perspectives.length);
    }
    return [404, { code: 'NOT_FOUND', message: p }];
  };
}

const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('PlanEditorScreen', () => {
  it('shows the weight sum and keeps the approval link disabled with its reason until the weights sum to 100', async () => {
    const perspectives: Perspective[] = [{ perspectiveId: 'bpkad-2027.plg', code: 'PLG', name: 'Pemangku kepentingan', order: 1, weight: '60' }];
    const { calls } = renderScreen('/plan/:scorecardId?', '/plan/bpkad-2027', <PlanEditorScreen />, backend(perspectives));
    await screen.findByRole('heading', { level: 1, name: 'Kartu Kinerja BPKAD 2027' });
    expect(screen.getByTestId('weight-sum').textContent).toContain('Jumlah bobot perspektif: 60 dari 100. Belum 100.');
    const blocked = screen.getByTestId('plan-to-agreement');
    expect(blocked.getAttribute('aria-disabled')).toBe('true');
    expect(blocked.getAttribute('href')).toBeNull();
    expect(screen.getByTestId('approval-reasons').textContent).toContain('jumlah bobot perspektif 60, harus tepat 100');

    const form = screen.getByTestId('perspective-form');
    fill('Kode', 'PRS');
    fill('Nama', 'Proses internal');
    fill('Bobot (%)', '40');
    fireEvent.click(within(form).getByRole('button', { name: 'Tambahkan' }));
    await waitFor(() => expect(screen.getByTestId('weight-sum').textContent).toContain('100 dari 100. Sudah 100.'));
    expect(screen.getByTestId('plan-to-agreement').getAttribute('href')).toBe('/scorecards/bpkad-2027/agreement');
    const sent = calls.find((c) => c.method === 'PUT');
    expect(sent?.url.pathname).toBe('/scorecards/bpkad-2027/perspectives/PRS');
    expect(sent?.body).toEqual({ name: 'Proses internal', order: 2, weight: '40' });
    expect(within(screen.getByTestId('perspective-table')).getByText('Proses internal')).toBeTruthy();
  });

  it('shows the API message on the field it names: empty name, then negative weight', async () => {
    renderScreen('/plan/:scorecardId?', '/plan/bpkad-2027', <PlanEditorScreen />, backend([]));
    await screen.findByRole('heading', { level: 1, name: 'Kartu Kinerja BPKAD 2027' });
    expect(screen.getByTestId('approval-reasons').textContent).toContain('belum ada perspektif');
    fill('Kode', 'PLG');
    fill('Bobot (%)', '-5');
    fireEvent.click(screen.getByRole('button', { name: 'Tambahkan' }));
    const nameError = await screen.findByText('name minimal 1 karakter');
    expect(nameError.closest('[data-field]')?.getAttribute('data-field')).toBe('name');
    expect(screen.getByLabelText('Nama').getAttribute('aria-invalid')).toBe('true');

    fill('Nama', 'Masyarakat');
    fireEvent.click(screen.getByRole('button', { name: 'Tambahkan' }));
    const weightError = await screen.findByText('Bobot harus > 0 dan <= 100 (diberikan -5)');
    expect(weightError.closest('[data-field]')?.getAttribute('data-field')).toBe('weight');
    const weight = screen.getByLabelText('Bobot (%)');
    expect(weight.getAttribute('aria-invalid')).toBe('true');
    expect(weight.getAttribute('aria-describedby')).toContain('err-weight');
    expect(screen.getByLabelText('Nama').getAttribute('aria-invalid')).toBeNull();
  });

  it('sends one write for a double click on Save', async () => {
    let release = () => {};
    const hold = new Promise<void>((r) => (release = r));
    const { calls } = renderScreen('/plan/:scorecardId?', '/plan/bpkad-2027', <PlanEditorScreen />, backend([], hold));
    await screen.findByRole('heading', { level: 1, name: 'Kartu Kinerja BPKAD 2027' });
    fill('Kode', 'PLG');
    fill('Nama', 'Masyarakat');
    fill('Bobot (%)', '100');
    const save = screen.getByRole('button', { name: 'Tambahkan' });
    fireEvent.click(save);
    fireEvent.click(save);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Menyimpan…' }).hasAttribute('disabled')).toBe(true));
    release();
    await waitFor(() => expect(screen.getByTestId('weight-sum').textContent).toContain('Sudah 100'));
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1);
  });

  it('/plan: choosing a unit and year without a scorecard offers to create it, then opens the editor', async () => {
    const created: unknown[] = [];
    const { calls } = renderScreen('/plan/:scorecardId?', '/plan?unit=bpkad&year=2027', <PlanEditorScreen />, async (call) => {
      if (call.url.pathname === '/scorecards' && call.method === 'POST') {
        created.push(call.body);
        return [201, { scorecardId: 'bpkad-2027', streamId: 's', revision: 0, position: 1, replayed: false, eventTypes: ['scorecard-created'] }];
      }
      return backend([])(call);
    });
    await screen.findByTestId('chooser-none');
    const list = calls.find((c) => c.url.pathname === '/scorecards' && c.method === 'GET');
    expect(list?.url.searchParams.get('unitId')).toBe('bpkad');
    expect(list?.url.searchParams.get('year')).toBe('2027');
    expect((screen.getByLabelText('Judul kartu kinerja') as HTMLInputElement).value).toBe('Kartu Kinerja Badan Pengelolaan Keuangan dan Aset Daerah 2027');
    fireEvent.click(screen.getByRole('button', { name: 'Buat kartu kinerja' }));
    await screen.findByRole('heading', { level: 1, name: 'Kartu Kinerja BPKAD 2027' });
    expect(created).toEqual([{ unitId: 'bpkad', year: 2027, title: 'Kartu Kinerja Badan Pengelolaan Keuangan dan Aset Daerah 2027' }]);
  });
  it('KPI tab: the whole definition goes to the API, and a message on a period target appears next to that target', async () => {
    const base = plan([{ perspectiveId: 'bpkad-2027.plg', code: 'PLG', name: 'Masyarakat', order: 1, weight: '100' }]);
    const withObjective: ScorecardPlan = { ...base, objectives: [{ objectiveId: 'bpkad-2027.ss-01', code: 'SS-01', perspectiveCode: 'PLG', name: 'Aset tertib', weight: null, contributesTo: null }] };
    const { calls } = renderScreen('/plan/:scorecardId?', '/plan/bpkad-2027?tab=kpis', <PlanEditorScreen />, async (call) => {
      const p = call.url.pathname;
      if (p === '/scorecards/bpkad-2027' && call.method === 'GET') return [200, withObjective];
      if (p === '/policies/2027') return [200, { year: 2027, isDefault: true, current: { rollup: { perspectiveMode: 'kpis' } } }];
      if (p === '/scorecards/bpkad-2027/kpis/IKU-01')
        return [
          422,
          {
            statusCode: 422,
            code: 'INVALID_TARGET',
            message: '"x" bukan angka desimal (titik sebagai pemisah desimal) / must be a decimal number',
            details: [{ field: 'periodTargets.Q2', errors: ['"x" bukan angka desimal (titik sebagai pemisah desimal) / must be a decimal number'] }],
          },
        ];
      return backend([])(call);
    });
    await screen.findByRole('heading', { level: 2, name: 'Indikator kinerja utama (IKU)' });
    await screen.findByText(/Kebijakan penilaian 2027 yang berlaku: kpis/);
    const form = screen.getByTestId('kpi-form');
    fireEvent.change(within(form).getByLabelText('Kode'), { target: { value: 'IKU-01' } });
    fireEvent.change(within(form).getByLabelText('Nama'), { target: { value: 'Aset bersertifikat' } });
    fireEvent.change(within(form).getByLabelText('Satuan'), { target: { value: '%' } });
    fireEvent.change(within(form).getByLabelText('Target tahunan'), { target: { value: '60' } });
    fireEvent.change(within(form).getByLabelText('Target Triwulan I'), { target: { value: '45,5' } });
    fireEvent.change(within(form).getByLabelText('Target Triwulan II'), { target: { value: 'x' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Tambahkan' }));
    const error = await within(form).findByText('"x" bukan angka desimal (titik sebagai pemisah desimal)');
    expect(error.closest('.target-field')?.getAttribute('data-field')).toBe('periodTargets.Q2');
    expect(within(form).getByLabelText('Target Triwulan II').getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByLabelText('Target Triwulan I').getAttribute('aria-invalid')).toBeNull();
    const put = calls.find((c) => c.method === 'PUT');
    expect(put?.body).toEqual(kpiDto({ name: 'Aset bersertifikat', yearlyTarget: { value: '60' }, periodTargets: { Q1: { value: '45.5' }, Q2: { value: 'x' } } }));
  });
});
