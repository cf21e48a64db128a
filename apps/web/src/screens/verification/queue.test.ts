import { describe, expect, it } from 'vitest';
import { toProblem } from '../../api/errors';
import { realizationEntry } from '../../fixtures';
import { allShownState, failuresByKey, itemKey, problemFor, problemText, pruneSelection, selectAllShown, selectedShown, shownRows, summarize, toggle, type ItemResult } from './queue';
import type { RealizationEntry } from './types';

const entry = (kpiId: string, period: RealizationEntry['period'], submittedAt: string, status: RealizationEntry['status'] = 'submitted'): RealizationEntry =>
  realizationEntry({ kpiId, unitId: 'bpkad', period, value: '18.60', valueType: 'percent', status, submittedAt });

describe('queue rows', () => {
  const rows = [
    entry('bpkad-2026.iku-04', 'Q2', '2026-07-02T01:00:00Z'),
    entry('bpkad-2026.iku-04', 'Q1', '2026-04-02T01:00:00Z'),
    entry('pemda-2026.iku-06', 'Q1', '2026-04-01T01:00:00Z'),
    entry('pemda-2026.iku-05', 'Q1', '2026-04-01T02:00:00Z', 'verified'),
  ];

  it('shows only submitted rows of the chosen period, oldest submission first', () => {
    expect(shownRows(rows, '').map(itemKey)).toEqual(['pemda-2026.iku-06|2026|Q1', 'bpkad-2026.iku-04|2026|Q1', 'bpkad-2026.iku-04|2026|Q2']);
    expect(shownRows(rows, 'Q2').map(itemKey)).toEqual(['bpkad-2026.iku-04|2026|Q2']);
    expect(shownRows(rows, 'Q4')).toEqual([]);
  });
});

describe('bulk selection', () => {
  const shown = ['a', 'b', 'c'];

  it('toggles one row on and off', () => {
    const one = toggle(new Set(), 'b');
    expect([...one]).toEqual(['b']);
    expect([...toggle(one, 'b')]).toEqual([]);
  });

  it('"select all shown" selects every shown row and keeps rows hidden by the filter as they were', () => {
    const hiddenSelected = new Set(['z']);
    const all = selectAllShown(hiddenSelected, shown, true);
    expect([...all].sort()).toEqual(['a', 'b', 'c', 'z']);
    expect(allShownState(all, shown)).toBe('all');
    const none = selectAllShown(all, shown, false);
    expect([...none]).toEqual(['z']);
    expect(allShownState(none, shown)).toBe('none');
  });

  it('a bulk action acts only on the selected rows the filter shows, in their order', () => {
    const selected = new Set(['c', 'z', 'a']);
    expect(selectedShown(selected, shown)).toEqual(['a', 'c']);
    expect(allShownState(selected, shown)).toBe('some');
    expect(selectedShown(selected, ['b'])).toEqual([]);
    expect(allShownState(new Set(), [])).toBe('none');
  });

  it('rows that left the queue drop out of the selection', () => {
    expect([...pruneSelection(new Set(['a', 'b', 'gone']), ['a', 'b', 'c'])].sort()).toEqual(['a', 'b']);
  });
});

describe('results of an action', () => {
  const reasonMissing = toProblem(400, {
    code: 'VALIDATION_FAILED',
    message: ['reason must be longer than or equal to 1 characters'],
    details: [{ field: 'reason', errors: ['reason must be longer than or equal to 1 characters'] }],
  });
  const notSubmitted = toProblem(409, {
    code: 'REALIZATION_NOT_SUBMITTED',
    field: 'status',
    message: 'Realisasi berstatus terverifikasi; hanya realisasi berstatus diajukan yang dapat diverifikasi atau ditolak / only a submitted value can be verified or rejected (status: verified)',
  });
  const results: ItemResult[] = [
    { key: 'a', action: 'verify', ok: true, status: 'verified' },
    { key: 'b', action: 'verify', ok: false, problem: notSubmitted },
    { key: 'c', action: 'verify', ok: true, status: 'verified' },
  ];

  it('counts what was done and what failed, each item with its outcome', () => {
    const s = summarize(results);
    expect(s).toMatchObject({ action: 'verify', done: 2, failed: 1 });
    expect(s.successes.map((r) => r.key)).toEqual(['a', 'c']);
    expect(s.failures.map((r) => r.key)).toEqual(['b']);
    expect(summarize([])).toMatchObject({ action: undefined, done: 0, failed: 0 });
    expect([...failuresByKey(results).keys()]).toEqual(['b']);
  });

  it("gives the API's message of a failed item in the user's language", () => {
    expect(problemText(notSubmitted, 'id')).toBe('Realisasi berstatus terverifikasi; hanya realisasi berstatus diajukan yang dapat diverifikasi atau ditolak');
    expect(problemText(notSubmitted, 'en')).toBe('only a submitted value can be verified or rejected (status: verified)');
    expect(problemText(reasonMissing, 'id')).toBe('reason minimal 1 karakter');
    expect(problemText(toProblem(0, { code: 'NETWORK_ERROR', message: 'offline' }), 'en')).toBe('offline');
  });

  it('finds the problem that names the reason field among the answers', () => {
    const rejects: ItemResult[] = [
      { key: 'a', action: 'reject', ok: false, problem: notSubmitted },
      { key: 'b', action: 'reject', ok: false, problem: reasonMissing },
    ];
    expect(problemFor(rejects, 'reason')).toBe(reasonMissing);
    expect(problemFor(results, 'reason')).toBeUndefined();
  });
});
