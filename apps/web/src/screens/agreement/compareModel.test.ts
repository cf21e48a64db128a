import { describe, expect, it } from 'vitest';
import { planObjective, planPerspective, scorecardHeader, scorecardKpi, scorecardSnapshot } from '../../fixtures';
import { comparePlans, fieldChanges, fieldLabelKey, flatten, targetText } from './compareModel';
import type { Snapshot } from './types';

type Kpi = Snapshot['kpis'][number];

const kpi = (over: Partial<Kpi> = {}): Kpi =>
  scorecardKpi({ kpiId: 'x-2028.iku-01', yearlyTarget: { value: '82.5' }, periodTargets: { Q1: { value: '82' }, Q2: { value: '82.5' } }, thresholds: { green: '100', yellow: '90' }, ...over });

const plan = (over: Partial<Snapshot> = {}): Snapshot =>
  scorecardSnapshot(scorecardHeader('x-2028', 'x', 2028, { title: 'Kartu X 2028', vision: 'Visi', missions: ['Misi 1'] }), {
    version: 1,
    perspectives: [planPerspective('x-2028', 'P1', 'Pemangku Kepentingan', 1, '60'), planPerspective('x-2028', 'P2', 'Proses Internal', 2, '40')],
    objectives: [planObjective('x-2028', 'SS-01', 'P1', 'Sasaran 1'), planObjective('x-2028', 'SS-02', 'P2', 'Sasaran 2')],
    links: [{ from: 'SS-02', to: 'SS-01' }],
    kpis: [kpi()],
    ...over,
  });

describe('comparePlans', () => {
  it('finds nothing between a plan and itself, even with another version number', () => {
    expect(comparePlans(plan(), plan({ version: 2 }))).toEqual({ changes: [], counts: { added: 0, removed: 0, changed: 0 } });
  });

  it('lists added, removed and changed items per section with each changed field old -> new', () => {
    const older = plan();
    const newer = plan({
      perspectives: [
        { ...older.perspectives[0]!, weight: '50' },
        { ...older.perspectives[1]!, weight: '50' },
      ],
      links: [],
      kpis: [
        kpi({ yearlyTarget: { value: '85' }, periodTargets: { Q1: { value: '82' }, Q2: { value: '84' } }, thresholds: { green: '100', yellow: '85' } }),
        kpi({ kpiId: 'x-2028.iku-02', code: 'IKU-02', name: 'Indeks SPBE' }),
      ],
    });
    const { changes, counts } = comparePlans(older, newer);
    expect(counts).toEqual({ added: 1, removed: 1, changed: 3 });
    expect(changes.map((c) => [c.section, c.key, c.kind])).toEqual([
      ['perspectives', 'P1', 'changed'],
      ['perspectives', 'P2', 'changed'],
      ['links', 'SS-02 → SS-01', 'removed'],
      ['kpis', 'IKU-01', 'changed'],
      ['kpis', 'IKU-02', 'added'],
    ]);
    expect(changes[0]!.fields).toEqual([{ field: 'weight', before: '60', after: '50' }]);
    expect(changes[3]!.fields).toEqual([
      { field: 'yearlyTarget', before: '82.5', after: '85' },
      { field: 'periodTargets.Q2', before: '82.5', after: '84' },
      { field: 'thresholds.yellow', before: '90', after: '85' },
    ]);
    expect(changes[4]).toMatchObject({ name: 'Indeks SPBE', fields: [] });
  });

  it('compares the profile, and codes regardless of case; a period target only one side has is a change from or to empty', () => {
    const older = plan();
    const newer = plan({
      header: { ...older.header, title: 'Kartu X 2028 (revisi)', missions: ['Misi 1', 'Misi 2'] },
      kpis: [kpi({ code: 'iku-01', periodTargets: { Q1: { value: '82' }, Q2: { value: '82.5' }, Q3: { min: '2', max: '4' } } })],
    });
    const { changes } = comparePlans(older, newer);
    expect(changes).toEqual([
      {
        section: 'profile',
        key: 'profile',
        name: 'Kartu X 2028 (revisi)',
        kind: 'changed',
        fields: [
          { field: 'title', before: 'Kartu X 2028', after: 'Kartu X 2028 (revisi)' },
          { field: 'missions', before: 'Misi 1', after: 'Misi 1; Misi 2' },
        ],
      },
      {
        section: 'kpis',
        key: 'iku-01',
        name: 'Indeks Kepuasan Masyarakat',
        kind: 'changed',
        fields: [
          { field: 'code', before: 'IKU-01', after: 'iku-01' },
          { field: 'periodTargets.Q3', before: null, after: '2..4' },
        ],
      },
    ]);
  });
});

describe('flatten and fieldChanges', () => {
  it('writes targets as the template does, lists joined, empty objects and lists as empty', () => {
    expect(targetText({ value: '87.5' })).toBe('87.5');
    expect(targetText({ min: '2', max: '4' })).toBe('2..4');
    const flat = flatten({ kpiId: 'a.b', yearlyTarget: { min: '2', max: '4' }, periodTargets: {}, grades: ['WTP', 'WDP'], schedule: { start: '2028-01-01', end: '2028-12-31' }, baseline: null }, [
      'kpiId',
    ]);
    expect([...flat]).toEqual([
      ['yearlyTarget', '2..4'],
      ['periodTargets', null],
      ['grades', 'WTP; WDP'],
      ['schedule.start', '2028-01-01'],
      ['schedule.end', '2028-12-31'],
      ['baseline', null],
    ]);
    expect(fieldChanges(new Map([['a', '1']]), new Map([['a', '1']]))).toEqual([]);
  });

  it('names the label key of a field path', () => {
    expect(fieldLabelKey('weight')).toEqual({ key: 'weight', detail: null });
    expect(fieldLabelKey('periodTargets.Q1')).toEqual({ key: 'periodTargets', detail: 'Q1' });
  });
});
