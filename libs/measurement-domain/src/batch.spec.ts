import { fold } from '@capaian/ddd';
import { DomainError } from '@capaian/ddd';
import {
  MAX_BATCH_ITEMS,
  batchAccepted,
  decideBatch,
  decideRealizationBatch,
  periodLockDecider,
  periodLockStreamId,
  realizationDecider,
  realizationStreamId,
  type CorrectRealization,
  type RealizationCommand,
  type RecordRealization,
} from './index.js';
import { kpi, record, timing } from './fixtures.test-helpers.js';

const item = (period: string, value = '80', over: Partial<RecordRealization> = {}): RecordRealization => ({ ...record, realizationId: `r-${period}`, period, value, ...over });
const monthly = { ...kpi, frequency: 'monthly' as const };

describe('decideRealizationBatch', () => {
  it('returns one result per item, in order, without throwing; accepted items carry their events and stream', () => {
    const results = decideRealizationBatch([item('Q1'), item('Q2', 'delapan'), item('Q3', '80', { unitId: 'opd-dinkes' }), item('Q4', '80', { kpi: undefined })]);
    expect(results.map((r) => [r.index, r.ok, r.error?.code])).toEqual([
      [0, true, undefined],
      [1, false, 'INVALID_VALUE'],
      [2, false, 'KPI_NOT_OWNED'],
      [3, false, 'KPI_UNKNOWN'],
    ]);
    expect(results[0]).toMatchObject({ streamId: 'realization-kab-contoh.ikm-2026.2026.Q1', events: [{ type: 'realization-recorded', data: { value: '80' } }] });
    expect(results[1]).toMatchObject({ events: [], error: { code: 'INVALID_VALUE', field: 'value', kind: 'unprocessable', message: expect.stringContaining('decimal') } });
    expect(results[2]!.error).toMatchObject({ field: 'kpiId', kind: 'forbidden' });
    expect(results[3]!.error).toMatchObject({ kind: 'not_found' });
    expect(batchAccepted(results)).toBe(false);
  });

  it('items see the stored state and the accepted items before them (same stream)', () => {
    const stored = fold(realizationDecider, decideRealizationBatch([item('Q1')])[0]!.events);
    const stateOf = (id: string) => (id === realizationStreamId('kab-contoh', 'ikm-2026', 2026, 'Q1') ? stored : realizationDecider.initialState());
    expect(decideRealizationBatch([item('Q1')], stateOf)[0]!.error).toMatchObject({ code: 'REALIZATION_EXISTS', kind: 'conflict' });

    const correction: CorrectRealization = {
      type: 'correct-realization',
      correctionId: 'c',
      tenantId: 'kab-contoh',
      kpiId: 'ikm-2026',
      unitId: 'opd-dpmptsp',
      year: 2026,
      period: 'Q2',
      value: '81',
      reason: 'Rekap ulang survei',
      kpi,
      ...timing,
    };
    const results = decideRealizationBatch([item('Q2'), item('Q2', '90'), correction]);
    expect(results.map((r) => r.error?.code ?? 'ok')).toEqual(['ok', 'REALIZATION_EXISTS', 'ok']);
    expect(results[2]!.events[0]!.data).toMatchObject({ valueRevision: 2, previousValue: '80' });
  });

  it('a period that has not started is refused per item (PERIOD_NOT_STARTED on period), the others accepted', () => {
    const results = decideRealizationBatch([item('Q1'), item('Q3', '80', { reportableFrom: '2026-06-30T17:00:00.000Z' })]);
    expect(results.map((r) => r.error?.code ?? 'ok')).toEqual(['ok', 'PERIOD_NOT_STARTED']);
    expect(results[1]!.error).toMatchObject({ field: 'period', kind: 'unprocessable', message: expect.stringContaining('2026-07-01') });
  });

  it('an unreadable item is reported (INVALID_ITEM), not thrown', () => {
    const results = decideRealizationBatch([null as unknown as RealizationCommand, item('Q1')]);
    expect(results[0]).toMatchObject({ ok: false, error: { code: 'INVALID_ITEM', field: 'item', kind: 'unprocessable' } });
    expect(results[1]!.ok).toBe(true);
  });

  it(`accepts up to ${MAX_BATCH_ITEMS} items; more -> BATCH_TOO_LARGE (422) on items; empty -> BATCH_EMPTY`, () => {
    const months = ['M01', 'M02', 'M03', 'M04', 'M05', 'M06', 'M07', 'M08', 'M09', 'M10', 'M11', 'M12'];
    const full = Array.from({ length: MAX_BATCH_ITEMS }, (_, i) => item(months[i % 12]!, String(i), { kpiId: `k-${Math.floor(i / 12)}`, kpi: { ...monthly, kpiId: `k-${Math.floor(i / 12)}` } }));
    const results = decideRealizationBatch(full);
    expect(results).toHaveLength(1000);
    expect(batchAccepted(results)).toBe(true);

    let err: unknown;
    try {
      decideRealizationBatch([...full, item('Q1')]);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DomainError);
    expect(err).toMatchObject({ code: 'BATCH_TOO_LARGE', kind: 'unprocessable', field: 'items', details: [{ field: 'items', max: 1000, received: 1001 }] });
    expect(() => decideRealizationBatch([])).toThrow(expect.objectContaining({ code: 'BATCH_EMPTY', field: 'items' }));
  });

  it('the generic helper works for any decider (e.g. a batch of period locks)', () => {
    const lock = (period: string) => ({ type: 'lock-period' as const, tenantId: 't', unitId: 'u', year: 2026, period, note: null });
    const results = decideBatch(periodLockDecider, [lock('Q1'), lock('Q1'), lock('Q2')], { streamIdOf: (c) => periodLockStreamId(c.tenantId, c.unitId, c.year, c.period) });
    expect(results.map((r) => r.error?.code ?? 'ok')).toEqual(['ok', 'PERIOD_ALREADY_LOCKED', 'ok']);
  });
});
