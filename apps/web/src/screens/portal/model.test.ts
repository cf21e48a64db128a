import { describe, expect, it } from 'vitest';
import { map, publication, unit } from './fixtures';
import { chronological, nameOf, orderUnits, parseKey, periodKey, pickPublication, portalPath, strategyMapOf, trendRows } from './model';

describe('portal model', () => {
  const q1 = publication({});
  const y25 = publication({ year: 2025, period: 'Y', position: 40 });
  const q2 = publication({ period: 'Q2', position: 200, units: [unit({ score: '85' })] });

  it('picks the period asked for, else the one published last; never an unpublished one', () => {
    expect(pickPublication([q1, y25, q2], null)).toBe(q2);
    expect(pickPublication([q1, y25, q2], '2025-Y')).toBe(y25);
    expect(pickPublication([q1, y25, q2], '2026-Q3')).toBeUndefined();
    expect(pickPublication([], null)).toBeUndefined();
  });

  it('orders periods in time and units Pemda first, then by rank and name', () => {
    expect(chronological([q2, q1, y25]).map(periodKey)).toEqual(['2025-Y', '2026-Q1', '2026-Q2']);
    const units = orderUnits([
      unit({ scorecardId: 'b', unitName: 'B', rank: null }),
      unit({ scorecardId: 'a', unitName: 'A', rank: 2 }),
      unit({ scorecardId: 'p', unitKind: 'pemda', rank: 5 }),
      unit({ scorecardId: 'c', unitName: 'C', rank: 1 }),
    ]);
    expect(units.map((u) => u.scorecardId)).toEqual(['p', 'c', 'a', 'b']);
    expect(nameOf(unit({ theme: 'spbe' }))).toBe('DPMPTSP (SPBE)');
    expect(nameOf(unit({ unitName: null }))).toBe('dpmptsp');
  });

  it('trend rows: each scorecard across the published periods, null where it was not published', () => {
    const { columns, rows } = trendRows([q2, q1]);
    expect(columns.map(periodKey)).toEqual(['2026-Q1', '2026-Q2']);
    expect(rows.map((r) => [r.scorecardId, r.pemda, r.latestKey, r.scores])).toEqual([
      ['pemda-2026', true, '2026-Q1', ['70.5', null]],
      ['dpmptsp-2026', false, '2026-Q2', ['81.25', '85']],
    ]);
  });

  it('the published strategy map: objectives in perspective order, links between known objectives only', () => {
    const m = strategyMapOf(map, (s) => `score ${s}`);
    expect(m.objectives.map((o) => [o.code, o.perspective, o.tone])).toEqual([
      ['SS-01', 'Masyarakat', 'yellow'],
      ['SS-02', 'Pembelajaran', 'green'],
    ]);
    expect(m.links.map((l) => `${l.from.code}->${l.to.code}`)).toEqual(['SS-02->SS-01']);
    expect(m.edges).toEqual([{ id: 'o2->o1', source: 'o1', target: 'o2' }]);
    expect(m.nodes[0]).toMatchObject({ id: 'o1', detail: 'score 75' });
  });

  it('paths and period keys', () => {
    expect(portalPath('kab-contoh')).toBe('/public/kab-contoh');
    expect(portalPath('kab-contoh', '2026-Q2')).toBe('/public/kab-contoh?p=2026-Q2');
    expect(portalPath('kab-contoh', '2026-Q2', 'dpmptsp-2026')).toBe('/public/kab-contoh/2026-Q2/dpmptsp-2026');
    expect(parseKey('2026-M07')).toEqual({ year: 2026, period: 'M07' });
    expect(parseKey('2026-Q5')).toBeUndefined();
    expect(parseKey(undefined)).toBeUndefined();
  });
});
