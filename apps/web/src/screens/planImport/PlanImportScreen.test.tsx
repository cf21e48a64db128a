import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryRouter, Route, Routes } from 'react-router';
import { ApiContext, createApi } from '../../api/clients';
import { initI18n } from '../../i18n';
import PlanImportScreen from './PlanImportScreen';

interface Sent {
  method: string;
  path: string;
  file?: string;
  idempotencyKey: string | null;
}

/** The screen over a fake planning service; uploads are multipart, so the request is read as form data here. */
function renderImport(answer: (sent: Sent) => [number, unknown]) {
  initI18n('id');
  const sent: Sent[] = [];
  const fetchImpl = (async (input: Request) => {
    const url = new URL(input.url);
    const s: Sent = { method: input.method, path: url.pathname, idempotencyKey: input.headers.get('Idempotency-Key') };
    if (input.method === 'POST') s.file = ((await input.formData()).get('file') as File).name;
    sent.push(s);
    const [status, body] = answer(s);
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  const api = createApi({ planning: 'http://planning.test', measurement: 'http://m.test', evaluation: 'http://e.test', devSignIn: false }, () => 't', fetchImpl);
  render(
    <ApiContext.Provider value={api}>
      <MemoryRouter initialEntries={['/plan-import?year=2028']}>
        <Routes>
          <Route path="/plan-import" element={<PlanImportScreen />} />
        </Routes>
      </MemoryRouter>
    </ApiContext.Provider>,
  );
  return sent;
}

const pick = (name: string, text = 'lembar,Jenis,Isi\n') => fireEvent.change(screen.getByLabelText(/Berkas rencana/), { target: { files: [new File([text], name, { type: 'text/csv' })] } });

describe('PlanImportScreen', () => {
  afterEach(cleanup);

  it('lists a refused file row by row (sheet, row, column, message) and keeps the same Idempotency-Key on a retry', async () => {
    const sent = renderImport((s) =>
      s.method === 'POST'
        ? [
            422,
            {
              statusCode: 422,
              code: 'IMPORT_INVALID',
              message: '1 masalah pada berkas; tidak ada yang disimpan / 1 problems in the file; nothing was stored',
              details: [{ field: 'Polaritas', errors: ['Polaritas "naik-turun" tidak dikenal / unknown polarity'], code: 'INVALID_ENUM', sheet: 'IKU', row: 14, column: 'Polaritas' }],
            },
          ]
        : [200, []],
    );
    pick('rencana-2028.csv');
    fireEvent.click(screen.getByTestId('plan-upload'));
    const table = await screen.findByTestId('import-report');
    expect(
      within(table)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['IKU', '14', 'Polaritas', 'Polaritas "naik-turun" tidak dikenal']);
    expect(screen.getByTestId('import-problems').textContent).toContain('Tidak ada yang disimpan.');
    fireEvent.click(screen.getByTestId('plan-upload'));
    await waitFor(() => expect(sent.filter((s) => s.method === 'POST')).toHaveLength(2));
    const posts = sent.filter((s) => s.method === 'POST');
    expect(posts[0]).toMatchObject({ path: '/scorecards/import/file', file: expect.any(String) });
    expect(posts[0]!.idempotencyKey).toBeTruthy();
    expect(posts[1]!.idempotencyKey).toBe(posts[0]!.idempotencyKey);
  });

  it("shows the API's message about an empty file on the file field", async () => {
    renderImport((s) =>
      s.method === 'POST'
        ? [
            400,
            {
              statusCode: 400,
              code: 'FILE_EMPTY',
              message: ['Berkas kosong / the file is empty'],
              details: [{ field: 'file', errors: ['Berkas kosong / the file is empty'], code: 'FILE_EMPTY', sheet: null, row: null, column: null }],
            },
          ]
        : [200, []],
    );
    pick('kosong.csv', ' ');
    fireEvent.click(screen.getByTestId('plan-upload'));
    await waitFor(() => expect(document.getElementById('err-file')?.textContent).toBe('Berkas kosong'));
    expect(screen.getByLabelText(/Berkas rencana/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByTestId('import-report')).toBeNull();
  });

  it('after an accepted file, says what was created and links to the Perjanjian Kinerja', async () => {
    renderImport((s) => {
      if (s.method === 'POST')
        return [
          200,
          {
            scorecardId: 'diskominfo-2028-impor',
            streamId: 's',
            revision: 6,
            position: 9,
            replayed: false,
            eventTypes: ['scorecard-created', 'perspective-defined', 'perspective-defined', 'objective-defined', 'scorecard-kpi-defined'],
          },
        ];
      if (s.path === '/scorecards/diskominfo-2028-impor')
        return [
          200,
          {
            header: { scorecardId: 'diskominfo-2028-impor', title: 'Impor 2028', year: 2028, unitId: 'diskominfo' },
            status: 'draft',
            version: 0,
            perspectives: [{}, {}],
            objectives: [{}],
            kpis: [{}],
            initiatives: [],
            links: [],
          },
        ];
      return [200, []];
    });
    pick('rencana.csv');
    fireEvent.click(screen.getByTestId('plan-upload'));
    const result = await screen.findByTestId('import-result');
    expect(result.textContent).toContain('Kartu kinerja diskominfo-2028-impor dibuat dari berkas.');
    expect(
      within(screen.getByTestId('import-created'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Perspektif ditetapkan: 2', 'Sasaran ditetapkan: 1', 'IKU ditetapkan: 1']);
    await waitFor(() => expect(screen.getByTestId('import-plan').textContent).toBe('Impor 2028: 2 perspektif, 1 sasaran, 1 IKU, 0 program/kegiatan · draf'));
    expect(screen.getByTestId('import-agreement-link').getAttribute('href')).toBe('/scorecards/diskominfo-2028-impor/agreement');
  });
});
