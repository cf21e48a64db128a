import 'reflect-metadata';
import { demoOrganization, demoRealizations, demoScorecards } from '@capaian/demo-data';
import { measurementService } from '@capaian/measurement-feature';
import { createInProcessBus, type MessageBus } from '@capaian/messaging';
import { planningService } from '@capaian/planning-feature';
import { createTestService, type TestService } from '@capaian/platform';
import { loadDemoData } from './demo-data.js';

/**
 * The demo Pemda goes in through the public HTTP APIs of a real planning and measurement service
 * (PGlite stores, one in-process bus), as `npm start` loads it; loading it twice writes nothing new.
 */
describe('embedded demo data (real planning and measurement services over HTTP)', () => {
  let bus: MessageBus;
  let planning: TestService;
  let measurement: TestService;
  const urls = { planning: '', measurement: '' };

  beforeAll(async () => {
    bus = createInProcessBus();
    planning = await createTestService(planningService, { bus });
    measurement = await createTestService(measurementService, { bus });
    await planning.app.listen(0, '127.0.0.1');
    await measurement.app.listen(0, '127.0.0.1');
    urls.planning = (await planning.app.getUrl()).replace('[::1]', '127.0.0.1');
    urls.measurement = (await measurement.app.getUrl()).replace('[::1]', '127.0.0.1');
  });
  afterAll(async () => {
    await measurement?.close();
    await planning?.close();
    await bus?.close();
  });

  it('loads the organization, approves every scorecard, records the realizations; a second load writes nothing', async () => {
    const log: string[] = [];
    await loadDemoData(
      urls,
      (role, unit) => planning.token(role, unit),
      (m) => log.push(m),
    );
    expect(log[0]).toBe(`demo: ${demoOrganization.length} organization units`);
    expect(log.at(-1)).toBe(`demo: ${demoRealizations.length} realizations recorded in measurement`);

    const list = await fetch(`${urls.planning}/scorecards?year=2026`, { headers: { authorization: `Bearer ${planning.token('viewer')}` } });
    const scorecards = (await list.json()) as Array<{ scorecardId: string; status: string; version: number; kpis: number }>;
    expect(scorecards).toHaveLength(demoScorecards.length);
    expect(scorecards.every((s) => s.status === 'approved' && s.version === 1)).toBe(true);
    expect(scorecards.reduce((n, s) => n + s.kpis, 0)).toBe(demoScorecards.reduce((n, d) => n + d.kpis.length, 0));

    const heads = [await planning.infra.store.headPosition(), await measurement.infra.store.headPosition()];
    await loadDemoData(
      urls,
      (role, unit) => planning.token(role, unit),
      () => undefined,
    );
    expect([await planning.infra.store.headPosition(), await measurement.infra.store.headPosition()]).toEqual(heads);
  });
});
