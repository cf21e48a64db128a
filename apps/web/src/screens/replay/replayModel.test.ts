import { describe, expect, it } from 'vitest';
import { breakdownRows, namesOf, stopsOf, timelineRows } from './replayModel';
import type { ScorecardPlan, ScorecardScoreAnswer, TimelinePoint } from './types';

const point = (position: number, at: string, eventType: string, subject: string, score: string | null): TimelinePoint => ({
  position,
  occurredAt: at,
  eventType,
  subject,
  score,
  band: null,
  change: null,
});

const points = [
  point(61, '2026-07-20T03:00:00.000Z', 'measurement.realization-corrected', 'dk-2026.iku-03 Q2', '80'),
  point(26, '2026-01-10T00:00:00.000Z', 'planning.scorecard-approved', 'plan v1', null),
  point(60, '2026-07-08T03:00:00.000Z', 'measurement.realization-recorded', 'dk-2026.iku-03 Q2', '110'),
];

describe('replay model', () => {
  it('makes one slider stop per instant, oldest first, and ends at now', () => {
    const stops = stopsOf(points);
    expect(stops.map((s) => s.asOf)).toEqual(['2026-01-10T00:00:00.000Z', '2026-07-08T03:00:00.000Z', '2026-07-20T03:00:00.000Z', undefined]);
    expect(stops.at(-1)?.point).toBeUndefined();
  });

  it('turns points into changes with the score before and after, newest first', () => {
    const rows = timelineRows(points);
    expect(rows.map((r) => [r.kind, r.before, r.point.score, r.moved])).toEqual([
      ['corrected', '110', '80', true],
      ['recorded', null, '110', true],
      ['plan', null, null, false],
    ]);
    expect(rows[0]).toMatchObject({ kpiId: 'dk-2026.iku-03', period: 'Q2' });
    expect(rows[2].kpiId).toBeUndefined();
  });

  it('lists perspectives followed by their objectives under the plan names', () => {
    const names = namesOf({
      scorecardId: 'dk-2026',
      header: { title: 'BSC', year: 2026 },
      perspectives: [{ perspectiveId: 'dk-2026.mas', code: 'MAS', name: 'Pemangku Kepentingan', order: 1 }],
      objectives: [{ objectiveId: 'dk-2026.ss-02', code: 'SS-02', name: 'Akses internet desa', perspectiveCode: 'MAS' }],
      kpis: [],
    } as unknown as ScorecardPlan);
    const rollup = { measurable: true, reason: null };
    const answer = {
      score: {
        ...rollup,
        score: '80',
        band: null,
        perspectives: [
          {
            ...rollup,
            perspectiveId: 'dk-2026.mas',
            weight: '35',
            score: '80',
            objectives: [
              { ...rollup, objectiveId: 'dk-2026.ss-02', score: '80' },
              { measurable: false, reason: 'nothing_measurable', objectiveId: 'dk-2026.ss-09', score: null },
            ],
          },
        ],
      },
    } as unknown as ScorecardScoreAnswer;
    expect(breakdownRows(answer, names).map((r) => [r.level, r.name, r.score])).toEqual([
      ['perspective', 'Pemangku Kepentingan', '80'],
      ['objective', 'SS-02 Akses internet desa', '80'],
      ['objective', 'dk-2026.ss-09', null],
    ]);
  });
});
