import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Body, Controller, Headers, HttpCode, Inject, Module, Param, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import request from 'supertest';
import { IdempotencyKeyReuseError, StalePreconditionError, createPgliteEventStore, type DeciderLike, type EventStore } from '@capaian/eventstore';
import { CurrentUser } from '../auth/decorators.js';
import type { Principal } from '../auth/principal.js';
import { CLOCK, fixedClock, type Clock } from './clock.js';
import { mapErrors, toHttpError } from './http-errors.js';
import type { ServiceInfrastructure } from './service-infrastructure.js';
import { createTestService, type TestService } from './testing.js';
import { StreamWriter, respondWritten, writeRequestOf, type WriteRequest } from './write-stream.js';

/** A counter: `add` appends one event with the amount (and whether the gate stream was empty when read). */
type Cmd = { type: 'add'; amount: number; gateOpen: boolean; at?: string };
type Ev = { type: 'added'; data: { amount: number; gateOpen: boolean; at?: string } };
const counter: DeciderLike<Cmd, Ev, number> = {
  initialState: () => 0,
  evolve: (total, e) => total + e.data.amount,
  decide: (c) => (c.amount === 0 ? [] : [{ type: 'added', data: { amount: c.amount, gateOpen: c.gateOpen, ...(c.at ? { at: c.at } : {}) } }]),
};
const SCHEMA = { added: 2 };
const req = (over: Partial<WriteRequest> = {}): WriteRequest => ({ actor: 'tester', tenantId: 'kab-contoh', correlationId: 'corr-1', requestHash: 'h1', ...over });

describe('StreamWriter over a real PGlite store', () => {
  let store: EventStore;
  let writer: StreamWriter;
  beforeAll(async () => {
    store = await createPgliteEventStore({ dataDir: 'memory://' });
    writer = new StreamWriter({ store } as ServiceInfrastructure);
  });
  afterAll(async () => {
    await store.close();
  });

  it('load: revision -1 and the initial state for no stream; the folded state and last revision after writes', async () => {
    expect(await writer.load('counter-load', counter)).toEqual({ state: 0, revision: -1, events: [] });
    await writer.write({ streamId: 'counter-load', decider: counter, schemaVersions: SCHEMA, command: { type: 'add', amount: 2, gateOpen: true } }, req());
    await writer.write({ streamId: 'counter-load', decider: counter, schemaVersions: SCHEMA, command: { type: 'add', amount: 3, gateOpen: true } }, req());
    const loaded = await writer.load('counter-load', counter);
    expect(loaded.state).toBe(5);
    expect(loaded.revision).toBe(1);
    expect(loaded.events.map((e) => e.type)).toEqual(['added', 'added']);
  });

  it('writes with the request metadata and the schema version of each event type', async () => {
    const written = await writer.write({ streamId: 'counter-meta', decider: counter, schemaVersions: SCHEMA, command: { type: 'add', amount: 1, gateOpen: true } }, req());
    const [event] = await store.readStream('counter-meta');
    expect(written).toEqual({
      streamId: 'counter-meta',
      revision: 0,
      position: event!.position,
      replayed: false,
      eventTypes: ['added'],
      data: { amount: 1, gateOpen: true },
      recordedAt: event!.metadata.recordedAt,
    });
    expect(event!.schemaVersion).toBe(2);
    expect(event!.metadata).toMatchObject({ actor: 'tester', tenantId: 'kab-contoh', correlationId: 'corr-1' });
  });

  it('a command deciding nothing stores nothing and answers the stream head', async () => {
    await writer.write({ streamId: 'counter-noop', decider: counter, schemaVersions: SCHEMA, command: { type: 'add', amount: 4, gateOpen: true } }, req());
    const written = await writer.write({ streamId: 'counter-noop', decider: counter, schemaVersions: SCHEMA, command: { type: 'add', amount: 0, gateOpen: true } }, req());
    expect(written).toMatchObject({ revision: 0, replayed: false, eventTypes: [], data: null, recordedAt: null });
    expect(await store.readStream('counter-noop')).toHaveLength(1);
  });

  it('Idempotency-Key: a repeat replays the first answer and stores nothing; the key with another body is refused', async () => {
    const spec = { streamId: 'counter-idem', decider: counter, schemaVersions: SCHEMA, command: { type: 'add' as const, amount: 7, gateOpen: true } };
    const first = await writer.write(spec, req({ idempotencyKey: 'k-1' }));
    const again = await writer.write(spec, req({ idempotencyKey: 'k-1' }));
    expect(first.replayed).toBe(false);
    expect(again).toEqual({ ...first, replayed: true });
    expect(await store.readStream('counter-idem')).toHaveLength(1);
    await expect(writer.write(spec, req({ idempotencyKey: 'k-1', requestHash: 'other' }))).rejects.toBeInstanceOf(IdempotencyKeyReuseError);
  });

  it('If-Match: a stale revision decides nothing and is a 412 STALE_ETAG at the edge', async () => {
    const spec = { streamId: 'counter-etag', decider: counter, schemaVersions: SCHEMA, command: { type: 'add' as const, amount: 1, gateOpen: true } };
    await writer.write(spec, req({ ifMatchRevision: -1 }));
    await writer.write(spec, req({ ifMatchRevision: 0 }));
    const error = await writer.write(spec, req({ ifMatchRevision: 0 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StalePreconditionError);
    const http = toHttpError(error) as { getStatus(): number; getResponse(): unknown };
    expect(http.getStatus()).toBe(412);
    expect(http.getResponse()).toMatchObject({ code: 'STALE_ETAG', field: 'If-Match' });
    expect(await store.readStream('counter-etag')).toHaveLength(2);
  });

  it('prepare: a condition stream written between the read and the append makes the command be prepared and decided again', async () => {
    let calls = 0;
    const prepare = async () => {
      calls++;
      const gate = await store.readStream('gate-1');
      const expectedRevision = gate.length === 0 ? ('no_stream' as const) : gate[gate.length - 1]!.revision;
      // The first time only, someone closes the gate after it was read.
      if (calls === 1) await store.append('gate-1', [{ id: crypto.randomUUID(), type: 'gate-closed', schemaVersion: 1, data: {}, metadata: { correlationId: 'c' } }], { expectedRevision: 'any' });
      return { command: { type: 'add' as const, amount: 1, gateOpen: gate.length === 0 }, conditions: [{ streamId: 'gate-1', expectedRevision }] };
    };
    const written = await writer.write({ streamId: 'counter-cond', decider: counter, schemaVersions: SCHEMA, prepare }, req());
    expect(calls).toBe(2);
    expect(written.data).toEqual({ amount: 1, gateOpen: false });
    expect((await store.readStream('counter-cond')).map((e) => e.data)).toEqual([{ amount: 1, gateOpen: false }]);
  });
});

describe('writeRequestOf', () => {
  const user: Principal = { sub: 'u-1', tenant: 'kab-contoh', roles: ['planner'] };

  it('reads the principal, Idempotency-Key and If-Match, and hashes the body canonically', () => {
    const a = writeRequestOf(user, { 'idempotency-key': 'key-1', 'if-match': 'W/"3"' }, { b: 1, a: 2 });
    const b = writeRequestOf(user, { 'idempotency-key': ['key-1'], 'if-match': '"3"' }, { a: 2, b: 1 });
    expect(a).toMatchObject({ actor: 'u-1', tenantId: 'kab-contoh', idempotencyKey: 'key-1', ifMatchRevision: 3 });
    expect(a.correlationId).toEqual(expect.any(String));
    expect(b.requestHash).toBe(a.requestHash);
    expect(writeRequestOf(user, {}, { a: 3 }).requestHash).not.toBe(a.requestHash);
    expect(writeRequestOf(user, {}, {})).not.toHaveProperty('idempotencyKey');
  });

  it('a malformed header is a 400 naming it', () => {
    expect(() => writeRequestOf(user, { 'if-match': 'three' }, {})).toThrow(expect.objectContaining({ response: expect.objectContaining({ code: 'INVALID_IF_MATCH' }) }));
    expect(() => writeRequestOf(user, { 'idempotency-key': 'has space' }, {})).toThrow(expect.objectContaining({ response: expect.objectContaining({ code: 'INVALID_IDEMPOTENCY_KEY' }) }));
  });
});

@Controller('counters')
class CounterController {
  constructor(
    private readonly writer: StreamWriter,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post(':id')
  @HttpCode(200)
  async add(
    @Param('id') id: string,
    @Body() body: { amount: number },
    @CurrentUser() user: Principal,
    @Headers() headers: Record<string, string | undefined>,
    @Res({ passthrough: true }) res: Response,
  ) {
    const streamId = `counter-${id}`;
    const command: Cmd = { type: 'add', amount: body.amount, gateOpen: true, at: this.clock.now().toISOString() };
    const written = await mapErrors(() => this.writer.write({ streamId, decider: counter, schemaVersions: SCHEMA, command }, writeRequestOf(user, headers, { streamId, body })));
    return respondWritten(res, written);
  }
}

@Module({ controllers: [CounterController] })
class CounterModule {}

describe('the service core: StreamWriter and CLOCK injected in every service', () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await createTestService({ serviceName: 'planning', title: 'Counter', description: 'test', feature: () => ({ module: CounterModule }), clock: fixedClock('2026-03-01T02:00:00.000Z') });
  });
  afterAll(async () => {
    await svc.close();
  });
  const post = (id: string, headers: Record<string, string> = {}) =>
    request(svc.app.getHttpServer())
      .post(`/counters/${id}`)
      .set('Authorization', `Bearer ${svc.token('planner')}`)
      .set(headers)
      .send({ amount: 2 });

  it('answers with the ETag of the new revision, the write stamped by the service clock', async () => {
    const res = await post('http');
    expect(res.status).toBe(200);
    expect(res.headers['etag']).toBe('"0"');
    expect(res.body).toMatchObject({ streamId: 'counter-http', revision: 0, replayed: false, eventTypes: ['added'], data: { at: '2026-03-01T02:00:00.000Z' } });
    const [event] = await svc.infra.store.readStream('counter-http');
    expect(event!.metadata).toMatchObject({ actor: 'planner-tester', tenantId: 'kab-contoh' });
  });

  it('a stale If-Match is a 412 naming If-Match; a replay with the same Idempotency-Key is the first answer', async () => {
    const stale = await post('http', { 'If-Match': '"5"' });
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ code: 'STALE_ETAG', field: 'If-Match' });
    const first = await post('http-idem', { 'Idempotency-Key': 'once' });
    const again = await post('http-idem', { 'Idempotency-Key': 'once' });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ ...first.body, replayed: true });
    expect(again.headers['etag']).toBe('"0"');
  });
});
