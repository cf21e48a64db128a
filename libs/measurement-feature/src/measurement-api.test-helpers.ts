import request from 'supertest';
import { exampleApprovedKpi, integrationEvent, type ApprovedKpiV1, type ScorecardApprovedV1 } from '@capaian/contracts';
import { createInProcessBus, type MessageBus } from '@capaian/messaging';
import { createTestService, type Clock, type TestService } from '@capaian/platform';
import { measurementServiceWith } from './service.js';

/** Shared set-up of the HTTP specs (excluded from the build). */

export interface MeasurementApiOptions {
  /** The service's clock (the system clock when absent). */
  readonly clock?: Clock;
  /** Approved plans, published the way planning publishes them, in this order. */
  readonly plans: readonly ScorecardApprovedV1[];
  /** A KPI of the last plan: the set-up waits until the service knows it. */
  readonly readyKpi: string;
}

/** One measurement service (real PGlite store, in-process bus) shared by the tests of a `describe`. */
export class MeasurementApi {
  #bus: MessageBus | undefined;
  #svc: TestService | undefined;
  #http: ReturnType<typeof request> | undefined;

  get bus(): MessageBus {
    return started(this.#bus);
  }
  get svc(): TestService {
    return started(this.#svc);
  }
  get http(): ReturnType<typeof request> {
    return started(this.#http);
  }

  /** Bearer header of an operator of `unit`. */
  readonly op = (unit = 'dpmptsp') => `Bearer ${this.svc.token('unit_operator', unit)}`;
  readonly evaluator = () => `Bearer ${this.svc.token('evaluator')}`;
  readonly post = (path: string, body: object, auth = this.op()) => this.http.post(path).set('Authorization', auth).send(body);

  async start({ clock, plans, readyKpi }: MeasurementApiOptions): Promise<void> {
    this.#bus = createInProcessBus();
    this.#svc = await createTestService(measurementServiceWith({ clock }), { bus: this.#bus });
    this.#http = request(this.#svc.app.getHttpServer());
    for (const [i, plan] of plans.entries()) {
      const event = integrationEvent('planning.scorecard-approved', {
        eventId: `6a1c0e4e-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
        occurredAt: '2026-01-05T00:00:00.000Z',
        tenantId: 'kab-contoh',
        aggregateId: plan.scorecardId,
        correlationId: 'c',
        causationId: null,
        actor: 'planner',
        sourcePosition: i + 1,
        data: plan,
      });
      await this.#bus.publish([
        { topic: this.#svc.infra.topics.planning, key: `kab-contoh.${plan.scorecardId}`, eventId: event.eventId, type: event.type, schemaVersion: 1, correlationId: 'c', payload: event },
      ]);
    }
    const deadline = Date.now() + 10_000;
    while ((await this.http.get(`/plan/kpis/${readyKpi}`).set('Authorization', this.op())).status !== 200) {
      if (Date.now() > deadline) throw new Error(`the service did not learn KPI ${readyKpi}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async close(): Promise<void> {
    await this.#svc?.close();
    await this.#bus?.close();
  }
}

function started<T>(part: T | undefined): T {
  if (part === undefined) throw new Error('MeasurementApi: used before beforeAll started it');
  return part;
}

/** A service started before the tests of the enclosing `describe` and closed after them. */
export function useMeasurementApi(options: MeasurementApiOptions): MeasurementApi {
  const api = new MeasurementApi();
  beforeAll(() => api.start(options));
  afterAll(() => api.close());
  return api;
}

/** dpmptsp's yearly KPI graded by the BPK audit opinion (WTP best, TMP worst). */
export const opinionKpi = (overrides: Partial<ApprovedKpiV1> = {}): ApprovedKpiV1 =>
  exampleApprovedKpi({
    kpiId: 'dpmptsp-2026.iku-02',
    code: 'IKU-02',
    name: 'Opini BPK',
    valueType: 'categorical',
    grades: ['WTP', 'WDP', 'TW', 'TMP'],
    frequency: 'yearly',
    aggregation: 'last',
    yearlyTarget: { value: 'WTP' },
    periodTargets: [],
    baseline: null,
    endOfTermTarget: null,
    ...overrides,
  });

/** A supertest parser that collects a binary body (a workbook) into a Buffer. */
export const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};
