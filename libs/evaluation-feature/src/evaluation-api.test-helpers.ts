/**
 * Test helpers of the evaluation service's specs (excluded from the build): integration events
 * as the other services publish them, and the service started on PGlite with an in-process bus
 * for the enclosing `describe` block.
 */
import request from 'supertest';
import { integrationEvent, parseIntegrationEvent, type AnyIntegrationEvent, type IntegrationEventType } from '@capaian/contracts';
import { createInProcessBus, type DeliveredMessage, type MessageBus, type OutgoingMessage } from '@capaian/messaging';
import { createTestService, integrationMessage, type TestService } from '@capaian/platform';
import { evaluationService } from './service.js';

/** The envelope of a test event; what is not given is tenant `kab-contoh`, aggregate `a`, correlation `c`. */
export interface TestEnvelope {
  eventId: string;
  occurredAt: string;
  sourcePosition: number;
  tenantId?: string;
  aggregateId?: string;
  correlationId?: string;
}

/** An integration event of `type` carrying `data`, as its producer publishes it. */
export function testEvent(type: IntegrationEventType, data: unknown, envelope: TestEnvelope): AnyIntegrationEvent {
  const { tenantId = 'kab-contoh', aggregateId = 'a', correlationId = 'c', ...rest } = envelope;
  return integrationEvent(type as 'planning.scorecard-approved', { ...rest, tenantId, aggregateId, correlationId, causationId: null, actor: null, data: data as never }) as AnyIntegrationEvent;
}

/** The nth event id of a spec: `<prefix>000000-0000-4000-8000-<n, 12 digits>`. */
export const numberedEventId = (prefix: string, n: number) => `${prefix}000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** `event` as a bus message on `topic`. */
export const testMessage = (topic: string, event: AnyIntegrationEvent, key = 'k'): OutgoingMessage => integrationMessage(event, topic, key);

export type MessageOf = (topic: string, type: IntegrationEventType, data: unknown, occurredAt?: string) => OutgoingMessage;

/** Numbered messages: the nth has the nth event id of `prefix`, source position n and correlation id `c<n>`. */
export function numberedMessages(prefix: string): MessageOf {
  let n = 0;
  return (topic, type, data, occurredAt = '2026-12-20T00:00:00.000Z') => {
    n++;
    return testMessage(topic, testEvent(type, data, { eventId: numberedEventId(prefix, n), occurredAt, sourcePosition: n, correlationId: `c${n}` }));
  };
}

/** Waits until `done` holds, polling every 20 ms; fails naming `what` after `timeoutMs`. */
export async function waitUntil(what: string, done: () => Promise<boolean> | boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The evaluation service of a `describe` block; its fields are set once its `beforeAll` ran. */
export interface EvaluationApi {
  bus: MessageBus;
  svc: TestService;
  http: ReturnType<typeof request>;
  /** Every message the service published on its own topic, in order. */
  published: DeliveredMessage[];
  /** The Authorization header of an evaluator of `kab-contoh`. */
  evaluator(): string;
  /** GET `path` as an evaluator. */
  get(path: string): request.Test;
  /** The text of GET /metrics, as an admin. */
  metrics(): Promise<string>;
  /** Waits until the score of `scorecardId` is computed from position `position` or later. */
  waitForPosition(scorecardId: string, position: number): Promise<void>;
  /** Waits for the first published message of `type` and gives its event. */
  publishedEvent(type: IntegrationEventType): Promise<AnyIntegrationEvent>;
}

/**
 * Starts the evaluation service (real PGlite in memory, the in-process bus, what it publishes
 * collected) before the tests of the enclosing `describe` block and closes it after them.
 */
export function useEvaluationApi(): EvaluationApi {
  const helpers: Omit<EvaluationApi, 'bus' | 'svc' | 'http'> = {
    published: [],
    evaluator: () => `Bearer ${api.svc.token('evaluator')}`,
    get: (path) => api.http.get(path).set('Authorization', api.evaluator()),
    metrics: async () =>
      (
        await api.http
          .get('/metrics')
          .set('Authorization', `Bearer ${api.svc.token('admin')}`)
          .expect(200)
      ).text,
    waitForPosition: (scorecardId, position) =>
      waitUntil(`the score of ${scorecardId} at position ${position}`, async () => ((await api.get(`/scores/scorecards/${scorecardId}`)).body?.positions?.to ?? 0) >= position),
    publishedEvent: async (type) => {
      await waitUntil(type, () => api.published.some((m) => m.type === type), 5000);
      return parseIntegrationEvent(api.published.find((m) => m.type === type)!.payload);
    },
  };
  const api = helpers as EvaluationApi;
  beforeAll(async () => {
    api.bus = createInProcessBus();
    api.svc = await createTestService(evaluationService, { bus: api.bus });
    api.http = request(api.svc.app.getHttpServer());
    await api.bus.consume({ groupId: 'results', topics: [api.svc.infra.topics.evaluation], fromBeginning: true, handler: async (m) => void api.published.push(m) });
  });
  afterAll(async () => {
    await api.svc.close();
    await api.bus.close();
  });
  return api;
}
