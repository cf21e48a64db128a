import 'reflect-metadata';
import { token, useTestApp } from '../test-app.test-helpers.js';
import { jsonNestingDepth, MAX_BODY_DEPTH } from './body-depth.js';

const nested = (depth: number, inner = '1') => `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`;

describe('jsonNestingDepth', () => {
  it('counts arrays and objects, not brackets inside strings (escaped quotes included)', () => {
    expect(jsonNestingDepth('1')).toBe(0);
    expect(jsonNestingDepth('{"a":[1,{"b":[]}]}')).toBe(4);
    expect(jsonNestingDepth('{"a":"[[[[{{{{"}')).toBe(1);
    expect(jsonNestingDepth('{"a":"\\"[[[[","b":[1]}')).toBe(2);
    expect(jsonNestingDepth(Buffer.from('{"ø":"[[","b":[[1]]}'))).toBe(3);
  });

  it('scans a million levels without recursion and stops at the limit', () => {
    const deep = nested(1_000_000);
    expect(jsonNestingDepth(deep)).toBe(1_000_000);
    expect(jsonNestingDepth(Buffer.from(deep), 32)).toBe(33);
  });
});

describe('nesting limit at the HTTP edge', () => {
  const { http } = useTestApp();

  it('3,000 levels of [ in a DTO field -> 400 JSON_TOO_DEEP naming the body, not a 500', async () => {
    const body = `{"name":"IKU","year":2026,"lines":${nested(3000)}}`;
    const res = await http().post('/kpis').set('Authorization', `Bearer ${token()}`).set('Content-Type', 'application/json').send(body);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'JSON_TOO_DEEP', field: 'body', details: [{ field: 'body' }] });
    expect(res.body.message).toContain(`${MAX_BODY_DEPTH}`);
    expect(res.body.correlationId).toEqual(expect.any(String));
  });

  it('applies to any JSON route, public ones included, and to objects as well as arrays', async () => {
    const objects = `${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}`;
    for (const body of [nested(3000), objects]) {
      const res = await http().post('/echo').set('Content-Type', 'application/json').send(body);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('JSON_TOO_DEEP');
    }
  });

  it(`accepts ${MAX_BODY_DEPTH} levels, refuses ${MAX_BODY_DEPTH + 1}; brackets inside strings do not count`, async () => {
    const post = (body: string) => http().post('/echo').set('Content-Type', 'application/json').send(body);
    expect((await post(nested(MAX_BODY_DEPTH))).status).toBe(201);
    expect((await post(nested(MAX_BODY_DEPTH + 1))).body.code).toBe('JSON_TOO_DEEP');
    expect((await post(JSON.stringify({ note: '['.repeat(3000) }))).status).toBe(201);
  });

  it('a deeply nested urlencoded body -> 400 FORM_TOO_DEEP naming the body', async () => {
    const res = await http()
      .post('/echo')
      .set('Content-Type', 'application/x-www-form-urlencoded')
      .send(`a${'[b]'.repeat(3000)}=1`);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'FORM_TOO_DEEP', field: 'body' });
    const shallow = await http().post('/echo').set('Content-Type', 'application/x-www-form-urlencoded').send('a[b][c]=1');
    expect(shallow.status).toBe(201);
  });

  it('query strings stay flat: hundreds of brackets are one plain key, never a nested object', async () => {
    const key = `a${'[b]'.repeat(600)}`;
    const res = await http().get(`/echo/x?${encodeURI(key)}=1&${'['.repeat(600)}=2`);
    expect(res.status).toBe(200);
    expect(res.body.query[key]).toBe('1');
    expect(Object.values(res.body.query).every((v) => typeof v === 'string')).toBe(true);
  });
});
