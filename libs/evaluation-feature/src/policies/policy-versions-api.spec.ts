import { useEvaluationApi } from '../evaluation-api.test-helpers.js';

type Doc = Record<string, unknown>;

/** Each versioned document of the evaluation service: its route, the key of its body, and a change of the version in force. */
const DOCUMENTS: Array<{ name: string; route: string; key: 'policy' | 'worksheet'; defaultVersion: number; defaultId: string; tenantId: string; change: (current: Doc) => Doc }> = [
  {
    name: 'scoring policy',
    route: '/policies/2026',
    key: 'policy',
    defaultVersion: 0,
    defaultId: 'permendagri-86-2017',
    tenantId: 'scoring-policy-kab-contoh.2026',
    change: (p) => ({ ...p, achievement: { ...(p['achievement'] as Doc), cap: '150' } }),
  },
  {
    name: 'reward rules',
    route: '/policies/2026/rewards',
    key: 'policy',
    defaultVersion: 0,
    defaultId: 'reward-punishment',
    tenantId: 'reward-policy-kab-contoh.2026',
    change: (p) => ({ ...p, rules: (p['rules'] as Doc[]).map(({ version: _v, ...r }) => (r['ruleId'] === 'oral-warning' ? { ...r, threshold: '30' } : r)) }),
  },
  {
    name: 'value-for-money policy',
    route: '/policies/2026/vfm',
    key: 'policy',
    defaultVersion: 0,
    defaultId: 'vfm-3e',
    tenantId: 'vfm-policy-kab-contoh.2026',
    change: (p) => ({ ...p, flags: { ...(p['flags'] as Doc), lowAbsorption: { enabled: true, below: '50' } } }),
  },
  {
    name: 'LKE worksheet',
    route: '/sakip/worksheet',
    key: 'worksheet',
    defaultVersion: 1,
    defaultId: 'permenpanrb-88-2021',
    tenantId: 'permenpanrb-88-2021',
    change: (w) => {
      const scales = w['scales'] as Record<string, { values: Record<string, string> }>;
      return { ...w, scales: { ...scales, abcde: { ...scales['abcde']!, values: { ...scales['abcde']!.values, A: '0.85' } } } };
    },
  },
];

describe('versioned documents over HTTP: GET, PUT, GET …/versions, GET …/versions/:version (real PGlite)', () => {
  const api = useEvaluationApi();
  const { evaluator, get } = api;
  const put = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    api.http
      .put(path)
      .set('Authorization', evaluator())
      .set(headers)
      .send(body as object);

  it.each(DOCUMENTS)('$name: every answer has the same shape; a version is listed with its reason, time and author', async (doc) => {
    const before = await get(doc.route).expect(200);
    expect(before.headers['etag']).toBe('"-1"');
    expect(before.body).toMatchObject({ isDefault: true, current: { version: doc.defaultVersion }, default: { version: doc.defaultVersion } });
    expect(before.body.versions).toEqual([before.body.default]);
    expect((await get(`${doc.route}/versions`).expect(200)).body.versions).toEqual([{ version: doc.defaultVersion, policyId: doc.defaultId, reason: null, recordedAt: null, actor: null }]);

    const { version: _v, ...current } = before.body.current as Doc;
    const changed = doc.change(current);
    for (const reason of [undefined, 'abc']) {
      const refused = await put(doc.route, { [doc.key]: changed, ...(reason === undefined ? {} : { reason }) });
      expect([400, 422]).toContain(refused.status);
      expect(refused.body.details.map((d: { field: string }) => d.field)).toContain('reason');
    }

    const set = await put(doc.route, { [doc.key]: changed, reason: 'Perubahan sesuai Perbup 4/2026' }, { 'If-Match': '"-1"' }).expect(200);
    const next = doc.defaultVersion + 1;
    expect(set.headers['etag']).toBe('"0"');
    expect(set.body).toMatchObject({
      revision: 0,
      replayed: false,
      changed: true,
      current: { version: next },
      data: { tenantId: 'kab-contoh', version: next, reason: 'Perubahan sesuai Perbup 4/2026' },
    });
    expect(set.body.eventTypes).toHaveLength(1);

    const again = await put(doc.route, { [doc.key]: changed, reason: 'Sama lagi, tanpa perubahan' }).expect(200);
    expect(again.body).toMatchObject({ revision: 0, changed: false, eventTypes: [], data: null, current: { version: next } });
    await put(doc.route, { [doc.key]: changed, reason: 'Versi lama sudah berubah' }, { 'If-Match': '"-1"' }).expect(412);

    const after = await get(doc.route).expect(200);
    expect(after.headers['etag']).toBe('"0"');
    expect(after.body).toMatchObject({ isDefault: false, current: { version: next } });
    expect(after.body.versions.map((v: { version: number }) => v.version)).toEqual([doc.defaultVersion, next]);

    const list = await get(`${doc.route}/versions`).expect(200);
    expect(list.headers['etag']).toBe('"0"');
    expect(list.body.versions).toEqual([
      { version: doc.defaultVersion, policyId: doc.defaultId, reason: null, recordedAt: null, actor: null },
      { version: next, policyId: doc.tenantId, reason: 'Perubahan sesuai Perbup 4/2026', recordedAt: expect.any(String), actor: 'evaluator-tester' },
    ]);

    const one = await get(`${doc.route}/versions/${next}`).expect(200);
    expect(one.body).toMatchObject({ version: next, policyId: doc.tenantId, reason: 'Perubahan sesuai Perbup 4/2026', actor: 'evaluator-tester' });
    expect(one.body.document).toEqual(after.body.current);
    expect((await get(`${doc.route}/versions/${doc.defaultVersion}`).expect(200)).body).toMatchObject({ reason: null, document: before.body.default });

    const missing = await get(`${doc.route}/versions/${next + 5}`).expect(404);
    expect(missing.body).toMatchObject({ code: 'VERSION_NOT_FOUND', details: [{ field: 'version' }] });
    expect((await get(`${doc.route}/versions/1.5`).expect(400)).body.details[0].field).toBe('version');
    await get(`${doc.route}/versions/x`).expect(400);
  });

  it('the year of a policy route is checked (400 naming `year`)', async () => {
    expect((await get('/policies/26/versions').expect(400)).body.details[0].field).toBe('year');
    expect((await get('/policies/abcd/rewards/versions/0').expect(400)).body.details[0].field).toBe('year');
  });
});
