import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Body, Controller, Inject, Module, Param, Post, Query, type INestApplication } from '@nestjs/common';
import { createEventStore, type EventStore } from '@capaian/eventstore';
import request from 'supertest';
import { Public } from '../auth/decorators.js';
import { createTestApp, token, useTestApp } from '../test-app.test-helpers.js';
import { findUnsafeText, unsafeTextProblem } from './request-text.js';

describe('findUnsafeText', () => {
  it('finds NUL and lone surrogates in values and property names, with their paths', () => {
    expect(unsafeTextProblem('ok ✓ 😀')).toBeUndefined();
    expect(unsafeTextProblem('a\u0000b')).toBe('nul');
    expect(unsafeTextProblem('\ud800')).toBe('lone_surrogate');
    expect(unsafeTextProblem('x\udc00')).toBe('lone_surrogate');
    expect(unsafeTextProblem('\ud83d\ude00')).toBeUndefined();
    expect(findUnsafeText({ items: [{ note: 'ok' }, { note: 'bad\u0000' }], tags: ['\ud800'], ['k\u0000']: 1 })).toEqual([
      { field: 'items.1.note', problem: 'nul', inPropertyName: false },
      { field: 'tags.0', problem: 'lone_surrogate', inPropertyName: false },
      { field: 'body', problem: 'nul', inPropertyName: true },
    ]);
    expect(findUnsafeText('\u0000')).toEqual([{ field: 'body', problem: 'nul', inPropertyName: false }]);
  });

  it('walks without recursion, whatever the depth', () => {
    let deep: unknown = 'end\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findUnsafeText(deep)[0]?.field).toMatch(/^0(\.0)+$/);
  });
});

const STORE = Symbol('store');

@Controller('store')
class StoreController {
  constructor(@Inject(STORE) private readonly store: EventStore) {}

  @Public()
  @Post(':streamId')
  async append(@Param('streamId') streamId: string, @Query() query: Record<string, unknown>, @Body() body: unknown) {
    const result = await this.store.append(`edge-${streamId}`, [{ id: randomUUID(), type: 'test.edge-written', schemaVersion: 1, data: { body, query }, metadata: { correlationId: randomUUID() } }], {
      expectedRevision: 'any',
    });
    return { revision: result.nextExpectedRevision ?? null };
  }
}

const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

describe.each([
  ['PGlite', () => createEventStore({ kind: 'pglite', dataDir: 'memory://' })],
  ['PostgreSQL', () => createEventStore({ kind: 'postgres', connectionString: DATABASE_URL, schema: 'platform_edge_spec' })],
])('text no store can keep -> 400 at the HTTP edge (%s store)', (_name, open) => {
  let store: EventStore;
  let app: INestApplication;
  beforeAll(async () => {
    store = await open();
    @Module({ controllers: [StoreController], providers: [{ provide: STORE, useValue: store }] })
    class StoreModule {}
    ({ app } = await createTestApp({ imports: [StoreModule] }));
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
  });
  const http = () => request(app.getHttpServer());
  const stream = () => randomUUID().slice(0, 8);

  it('stores ordinary text, emoji included', async () => {
    const res = await http()
      .post(`/store/${stream()}?q=Dinas%20Kesehatan`)
      .send({ items: [{ note: 'Capaian 😀 ✓' }] });
    expect(res.status).toBe(201);
  });

  it('a NUL in a nested body field -> 400 INVALID_TEXT naming items.0.note; nothing stored', async () => {
    const id = stream();
    const res = await http().post(`/store/${id}`).set('Content-Type', 'application/json').send('{"items":[{"note":"a\\u0000b"}]}');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'INVALID_TEXT', field: 'items.0.note', details: [{ field: 'items.0.note' }] });
    expect(res.body.message[0]).toMatch(/^items\.0\.note berisi karakter NUL .* \/ .*contains a NUL character/);
    await expect(store.readStream(`edge-${id}`)).resolves.toEqual([]);
  });

  it('a lone surrogate (\\ud800) in the body, or NUL in a property name -> 400 naming the field', async () => {
    const lone = await http().post(`/store/${stream()}`).set('Content-Type', 'application/json').send('{"name":"x\\ud800"}');
    expect(lone.status).toBe(400);
    expect(lone.body).toMatchObject({ code: 'INVALID_TEXT', field: 'name' });
    expect(lone.body.message[0]).toContain('surrogate');
    const key = await http().post(`/store/${stream()}`).set('Content-Type', 'application/json').send('{"meta":{"a\\u0000":1}}');
    expect(key.status).toBe(400);
    expect(key.body).toMatchObject({ code: 'INVALID_TEXT', field: 'meta' });
  });

  it('a NUL in a path parameter -> 400 naming the parameter', async () => {
    const res = await http().post('/store/abc%00def').send({});
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'INVALID_TEXT', field: 'streamId' });
  });

  it('a NUL in a query parameter (repeated ones included) -> 400 naming the parameter', async () => {
    const nul = await http().post(`/store/${stream()}?unit=dinkes%00`).send({});
    expect(nul.status).toBe(400);
    expect(nul.body).toMatchObject({ code: 'INVALID_TEXT', field: 'unit' });
    const repeated = await http().post(`/store/${stream()}?note=ok&note=%00`).send({});
    expect(repeated.body).toMatchObject({ code: 'INVALID_TEXT', field: 'note.1' });
    // Percent-encoded surrogate bytes are not UTF-8: the parser decodes them to U+FFFD, which is storable.
    expect((await http().post(`/store/${stream()}?note=%ED%A0%80`).send({})).status).toBe(201);
  });

  it('a urlencoded body with NUL -> 400 naming the field', async () => {
    const res = await http().post(`/store/${stream()}`).set('Content-Type', 'application/x-www-form-urlencoded').send('items[0][note]=a%00b');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'INVALID_TEXT', field: 'items.0.note' });
  });
});

describe('the edge checks come before validation and apply to every route', () => {
  const { http } = useTestApp();

  it('a NUL in a DTO field is INVALID_TEXT (before the ValidationPipe)', async () => {
    const res = await http()
      .post('/kpis')
      .set('Authorization', `Bearer ${token()}`)
      .send({ name: 'IKU\u0000', year: 2026, lines: [{ target: 1, owner: { unit: 'dinkes' } }] });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'INVALID_TEXT', field: 'name' });
  });

  it('GET path and query parameters are checked too', async () => {
    expect((await http().get('/echo/a%00b')).body).toMatchObject({ code: 'INVALID_TEXT', field: 'id' });
    expect((await http().get('/echo/ok?filter=%00')).body).toMatchObject({ code: 'INVALID_TEXT', field: 'filter' });
    expect((await http().get('/echo/ok?filter=Dinas')).status).toBe(200);
  });

  it('garbage Idempotency-Key or If-Match -> 400 naming the header, on any route', async () => {
    const key = await http().post('/echo').set('Idempotency-Key', 'spaces are not allowed').send({});
    expect(key.status).toBe(400);
    expect(key.body).toMatchObject({ code: 'INVALID_IDEMPOTENCY_KEY', details: [{ field: 'Idempotency-Key' }] });
    const latin = await http().post('/echo').set('Idempotency-Key', Buffer.from('c2xd8', 'hex').toString('latin1')).send({});
    expect(latin.status).toBe(400);
    const ifMatch = await http().post('/echo').set('If-Match', 'garbage').send({});
    expect(ifMatch.status).toBe(400);
    expect(ifMatch.body).toMatchObject({ code: 'INVALID_IF_MATCH', details: [{ field: 'If-Match' }] });
    expect((await http().post('/echo').set('Idempotency-Key', 'tw1-ikm').set('If-Match', '"3"').send({})).status).toBe(201);
  });
});
