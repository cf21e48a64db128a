import { exampleApprovedKpi, exampleScorecardApproved } from '@capaian/contracts';
import { WrongExpectedRevisionError, type RecordedEvent } from '@capaian/eventstore';
import { periodLockStreamId } from '@capaian/measurement-domain';
import { fixedClock } from '@capaian/platform';
import { useMeasurementApi } from '../measurement-api.test-helpers.js';

/**
 * A lock and realizations fired at the same time (real PGlite store, real HTTP requests): every
 * value the store accepted for the locked period either precedes the lock event in the store's
 * global order, or was judged with the lock (a record refused 409 PERIOD_LOCKED, a correction
 * flagged afterLock). Never a value after the lock that was decided as if the period were open.
 */
const ROUNDS = 20;
const RECORDS = 3;
const BATCH = 2;
const kpiIds = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `dpmptsp-2026.${prefix}-${String(i).padStart(2, '0')}`);
const recordKpis = kpiIds('r', ROUNDS * RECORDS);
const correctionKpis = kpiIds('c', ROUNDS);
const batchKpis = kpiIds('b', ROUNDS * BATCH);
const plan = exampleScorecardApproved({
  kpis: [...recordKpis, ...correctionKpis, ...batchKpis].map((kpiId, i) =>
    exampleApprovedKpi({ kpiId, code: `K-${i}`, name: `IKU ${i}`, frequency: 'monthly', aggregation: 'sum', periodTargets: [] }),
  ),
});

describe('a period lock racing realizations and budget realizations: the lock streams are a condition of every such append (real PGlite)', () => {
  const api = useMeasurementApi({ clock: fixedClock('2026-12-02T03:00:00.000Z'), plans: [plan], readyKpi: batchKpis[batchKpis.length - 1]! });
  const { evaluator, post } = api;
  let conditionConflicts = 0;
  /** While set, reading a realization stream takes this long: the window between reading the locks and appending, widened. */
  let slowRealizationReadsMs = 0;

  beforeAll(() => {
    // The real store, with two hooks: a delay on realization reads (so a lock lands between a writer's lock
    // read and its append in many rounds), and a count of appends refused because a condition stream moved.
    const store = api.svc.infra.store;
    const readStream = store.readStream.bind(store);
    store.readStream = async (streamId, options) => {
      if (slowRealizationReadsMs > 0 && (streamId.startsWith('realization-') || streamId.startsWith('budget-realization-'))) await new Promise((r) => setTimeout(r, slowRealizationReadsMs));
      return readStream(streamId, options);
    };
    const append = store.append.bind(store);
    store.append = async (streamId, events, options) => {
      try {
        return await append(streamId, events, options);
      } catch (e) {
        if (e instanceof WrongExpectedRevisionError && e.streamId !== streamId) conditionConflicts++;
        throw e;
      }
    };
  });

  it(`${ROUNDS} rounds of "lock the period" fired together with records, a correction, a batch and a budget realization for it`, async () => {
    const outcomes = new Map<string, number>();
    const count = (what: string) => outcomes.set(what, (outcomes.get(what) ?? 0) + 1);
    for (let round = 0; round < ROUNDS; round++) {
      const period = `M${String((round % 11) + 1).padStart(2, '0')}`;
      const records = recordKpis.slice(round * RECORDS, (round + 1) * RECORDS);
      const correctionKpi = correctionKpis[round]!;
      const batch = batchKpis.slice(round * BATCH, (round + 1) * BATCH);
      await post('/realizations', { kpiId: correctionKpi, year: 2026, period, value: '10' }).expect(201);

      const requests: Array<{ kind: 'lock' | 'record' | 'correct' | 'batch' | 'budget'; send: () => request.Test }> = [
        ...records.map((kpiId) => ({ kind: 'record' as const, send: () => post('/realizations', { kpiId, year: 2026, period, value: '5' }) })),
        { kind: 'correct', send: () => post(`/realizations/${correctionKpi}/2026/${period}/corrections`, { value: '11', reason: 'Rekap ulang laporan bulanan' }) },
        { kind: 'batch', send: () => post('/realizations/batch', { items: batch.map((kpiId) => ({ kpiId, year: 2026, period, value: '7' })) }) },
        // Periods repeat after 11 rounds: the second time, the budget amount is a correction.
        {
          kind: 'budget',
          send: () =>
            post('/budget-realizations', {
              initiativeId: 'dpmptsp-2026.p-01',
              year: 2026,
              period,
              amount: String(1000 + round),
              ...(round >= 11 ? { correctionReason: 'Koreksi rekap anggaran' } : {}),
            }),
        },
      ];
      // The lock goes in at a different place each round; every other round, it lands while the writers sit
      // between reading the locks and appending (their realization reads are slow, the lock is sent a little later).
      requests.splice(round % (requests.length + 1), 0, { kind: 'lock', send: () => post(`/periods/dpmptsp/2026/${period}/lock`, { note: `putaran ${round}` }, evaluator()) });
      const widened = round % 2 === 1;
      slowRealizationReadsMs = widened ? 40 : 0;
      const answers = await Promise.all(
        requests.map(async (r) => {
          if (r.kind === 'lock' && widened) await new Promise((resolve) => setTimeout(resolve, 10));
          return { kind: r.kind, res: await r.send() };
        }),
      );
      slowRealizationReadsMs = 0;

      expect(answers.find((a) => a.kind === 'lock')!.res.status).toBe(200);
      const lockEvents = await api.svc.infra.store.readStream(periodLockStreamId('kab-contoh', 'dpmptsp', 2026, period));
      const lockPosition = lockEvents[lockEvents.length - 1]!.position;
      for (const { kind, res } of answers) {
        if (kind === 'lock') continue;
        const outcome = `${kind}:${res.status}:${res.body.code ?? ((res.body.afterLock ?? res.body.data?.afterLock) ? 'afterLock' : 'beforeLock')}`;
        count(outcome);
        if (kind === 'record') expect(['record:201:beforeLock', 'record:409:PERIOD_LOCKED']).toContain(outcome);
        if (kind === 'correct') expect(['correct:201:beforeLock', 'correct:201:afterLock']).toContain(outcome);
        if (kind === 'budget') {
          const data = res.body.data as { afterLock: boolean };
          expect({ status: res.status, code: res.body.code }).toEqual({ status: 201, code: undefined });
          if (!data.afterLock) expect(res.body.position).toBeLessThan(lockPosition);
        }
        // Validation saw the lock (422 per item), or the write did (409 on the item), or every item went in before the lock.
        if (kind === 'batch') expect(['batch:200:beforeLock', 'batch:422:BATCH_INVALID', 'batch:409:PERIOD_LOCKED']).toContain(outcome);
        if (kind === 'batch' && res.status === 422) expect(res.body.details.map((d: { code: string }) => d.code)).toEqual(batch.map(() => 'PERIOD_LOCKED'));
        if (kind === 'batch' && res.status === 409)
          expect(res.body.details).toEqual([expect.objectContaining({ field: expect.stringMatching(/^items\[\d\]\.period$/), index: expect.any(Number), storedBefore: expect.any(Number) })]);
        if (kind !== 'budget' && res.status === 201 && !res.body.afterLock) expect(res.body.position).toBeLessThan(lockPosition);
        if (kind === 'batch' && res.status === 200) for (const item of res.body.items) expect(item.position).toBeLessThan(lockPosition);
      }
      // What the store holds for the period, whatever the answers said: before the lock, or flagged afterLock.
      const stored: RecordedEvent[] = [];
      for (const kpiId of [...records, correctionKpi, ...batch]) stored.push(...(await api.svc.infra.store.readStream(`realization-kab-contoh.${kpiId}.2026.${period}`)));
      const budget = await api.svc.infra.store.readStream('budget-realization-kab-contoh.dpmptsp-2026.p-01.2026');
      stored.push(...budget.filter((e) => (e.data as { period: string }).period === period));
      for (const e of stored) {
        const data = e.data as { afterLock: boolean };
        if (!data.afterLock) expect({ round, stream: e.streamId, position: e.position, before: e.position < lockPosition }).toEqual({ round, stream: e.streamId, position: e.position, before: true });
      }
      await post(`/periods/dpmptsp/2026/${period}/unlock`, { reason: `putaran ${round} selesai` }, evaluator()).expect(200);
    }
    // Both sides of the race were seen across the rounds (values before the lock, and values judged with it).
    const seen = [...outcomes.keys()];
    expect(seen.some((o) => o.endsWith(':beforeLock'))).toBe(true);
    expect(seen.some((o) => o.endsWith(':PERIOD_LOCKED') || o.endsWith(':afterLock') || o.endsWith(':BATCH_INVALID'))).toBe(true);
    console.log(`lock race: ${JSON.stringify(Object.fromEntries(outcomes))}, appends refused by a moved lock stream: ${conditionConflicts}`);
  }, 120_000);
});
