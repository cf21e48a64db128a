import { describe, expect, it } from 'vitest';
import { buildBlocks, buildPohonKinerja, buildStrategyMap, figuresFor, shorten, targetText, trendOf } from './model';
import type { Band, KpiScore, PerformanceTree, ScorecardPlan, ScorecardScore } from './types';

const light = (color: string) => ({ color, green: '100', yellow: '75', source: 'kpi' }) as KpiScore['year']['trafficLight'];
const kpiScore = (kpiId: string, periods: [string, string | null, string | null, string][], year: [string | null, string]): KpiScore =>
  ({
    kpiId,
    code: kpiId.toUpperCase(),
    name: kpiId,
    objectiveId: 'o1',
    year: {
      value: year[0],
      target: { value: '100' },
      achievement: year[0] ? { measurable: true, percent: year[0] } : { measurable: false, reason: 'missing_realization' },
      trafficLight: light(year[1]),
    },
    periods: periods.map(([period, value, percent, color]) => ({
      period,
      value,
      target: { value: '50' },
      achievement: percent ? { measurable: true, percent } : { measurable: false, reason: 'missing_realization' },
      trafficLight: light(color),
    })),
  }) as unknown as KpiScore;

const plan = {
  scorecardId: 'sc',
  perspectives: [
    { perspectiveId: 'sc.pdp', code: 'PDP', name: 'Pembelajaran', order: 2, weight: '40' },
    { perspectiveId: 'sc.mas', code: 'MAS', name: 'Masyarakat', order: 1, weight: '60' },
  ],
  objectives: [
    { objectiveId: 'sc.ss-01', code: 'SS-01', name: 'Layanan', perspectiveCode: 'MAS', weight: null, contributesTo: null },
    { objectiveId: 'sc.ss-02', code: 'SS-02', name: 'Kompetensi', perspectiveCode: 'PDP', weight: null, contributesTo: null },
  ],
  links: [
    { from: 'SS-02', to: 'SS-01' },
    { from: 'SS-02', to: 'SS-99' },
  ],
  kpis: [
    { kpiId: 'k1', code: 'IKU-01', name: 'IKM', objectiveCode: 'SS-01', valueType: 'number', yearlyTarget: { value: '85' }, periodTargets: { Q1: { value: '84' } } },
    { kpiId: 'k2', code: 'IKU-02', name: 'Waktu', objectiveCode: 'SS-02', valueType: 'duration', yearlyTarget: { min: '2', max: '4' }, periodTargets: {} },
  ],
} as unknown as ScorecardPlan;

const score = {
  score: {
    perspectives: [
      { perspectiveId: 'sc.mas', measurable: true, score: '101.5', reason: null, objectives: [{ objectiveId: 'sc.ss-01', measurable: true, score: '101.5', reason: null }] },
      { perspectiveId: 'sc.pdp', measurable: false, score: null, reason: 'nothing_measurable', objectives: [{ objectiveId: 'sc.ss-02', measurable: true, score: '70', reason: null }] },
    ],
  },
  kpis: [
    kpiScore(
      'k1',
      [
        ['Q1', '84.6', '100.7', 'green'],
        ['Q2', null, null, 'none'],
      ],
      ['84.6', 'yellow'],
    ),
  ],
} as unknown as ScorecardScore;

describe('figuresFor', () => {
  const k = kpiScore(
    'k1',
    [
      ['Q1', '84.6', '100.7', 'green'],
      ['Q2', '60', '70', 'red'],
    ],
    ['72.3', 'yellow'],
  );
  it('takes the year figures for Y and the period figures otherwise', () => {
    expect(figuresFor(k, 'Y')).toMatchObject({ value: '72.3', tone: 'yellow' });
    expect(figuresFor(k, 'Q2')).toMatchObject({ value: '60', tone: 'red', target: { value: '50' } });
  });
  it('has no figures for a period the KPI is not reported in; a colour of none is grey', () => {
    expect(figuresFor(k, 'S1')).toBeUndefined();
    expect(figuresFor(kpiScore('k', [['Q1', null, null, 'none']], [null, 'none']), 'Q1')?.tone).toBe('grey');
  });
  it('lists the trend per period with gaps for what cannot be measured', () => {
    expect(
      trendOf(
        kpiScore(
          'k',
          [
            ['Q1', '1', '90', 'green'],
            ['Q2', null, null, 'none'],
          ],
          [null, 'none'],
        ),
      ),
    ).toEqual([
      { period: 'Q1', percent: '90' },
      { period: 'Q2', percent: null },
    ]);
  });
});

describe('buildBlocks', () => {
  it('orders perspectives by the plan, nests objectives and KPIs, and attaches the period scores', () => {
    const blocks = buildBlocks(plan, score, 'Q1');
    expect(blocks.map((b) => b.code)).toEqual(['MAS', 'PDP']);
    expect(blocks[0].score?.score).toBe('101.5');
    expect(blocks[1].score?.measurable).toBe(false);
    expect(blocks[0].objectives[0].kpis.map((r) => r.kpi.kpiId)).toEqual(['k1']);
    expect(blocks[0].objectives[0].kpis[0].figures?.value).toBe('84.6');
    expect(blocks[0].objectives[0].kpis[0].target).toEqual({ value: '50' });
  });
  it('falls back to the plan target when the evaluation has no figures, a range included', () => {
    const blocks = buildBlocks(plan, score, 'Y');
    const k2 = blocks[1].objectives[0].kpis[0];
    expect(k2.figures).toBeUndefined();
    expect(targetText(k2.target, (v) => `<${v}>`)).toBe('<2> – <4>');
    expect(buildBlocks(plan, undefined, 'Q1')[0].objectives[0].kpis[0].target).toEqual({ value: '84' });
  });
});

describe('buildStrategyMap', () => {
  const bands = [
    { code: 'sedang', label: { id: 'Sedang', en: 'Medium' }, min: null, minInclusive: false, max: '75', maxInclusive: true },
    { code: 'sangat_tinggi', label: { id: 'Sangat Tinggi', en: 'Very high' }, min: '90', minInclusive: false, max: null, maxInclusive: false },
  ] as Band[];
  it('makes one node per objective coloured by its band, and edges only for links between known objectives', () => {
    const map = buildStrategyMap(buildBlocks(plan, score, 'Q1'), plan.links, bands, (s) => s ?? '-');
    expect(map.nodes.map((n) => [n.id, n.tone])).toEqual([
      ['sc.ss-01', 'green'],
      ['sc.ss-02', 'yellow'],
    ]);
    // Laid out top-down from effect to cause: the driver SS-02 is drawn below SS-01.
    expect(map.edges).toEqual([{ id: 'sc.ss-02->sc.ss-01', source: 'sc.ss-01', target: 'sc.ss-02' }]);
    expect(map.links.map((l) => `${l.from.code}>${l.to.code}`)).toEqual(['SS-02>SS-01']);
  });
});

describe('shorten', () => {
  it('keeps a short name and cuts a long one at a word with an ellipsis', () => {
    expect(shorten('Layanan prima', 20)).toBe('Layanan prima');
    expect(shorten('Meningkatnya kepuasan pelaku usaha dan masyarakat', 30)).toBe('Meningkatnya kepuasan pelaku…');
    expect(shorten('Meningkatnya kepuasan pelaku usaha dan masyarakat', 30).length).toBeLessThanOrEqual(30);
  });
});

describe('buildPohonKinerja', () => {
  const tree = {
    unitId: 'pemda',
    year: 2026,
    root: {
      unitId: 'pemda',
      name: 'Pemda',
      kind: 'pemda',
      scorecards: [
        {
          scorecardId: 'p',
          title: 'P',
          theme: null,
          objectives: [{ objectiveId: 'p.ss-01', code: 'SS-01', name: 'Ekonomi', perspectiveCode: 'MAS', contributesTo: null, kpis: [{ kpiId: 'p.iku-01', code: 'IKU-01', name: 'PDRB' }] }],
        },
      ],
      children: [
        {
          unitId: 'opd',
          name: 'Dinas',
          kind: 'opd',
          scorecards: [
            {
              scorecardId: 'o',
              title: 'O',
              theme: null,
              objectives: [
                { objectiveId: 'o.ss-01', code: 'SS-01', name: 'Investasi', perspectiveCode: 'MAS', contributesTo: 'p.ss-01', kpis: [] },
                { objectiveId: 'o.ss-02', code: 'SS-02', name: 'Lepas', perspectiveCode: 'MAS', contributesTo: null, kpis: [] },
              ],
            },
          ],
          children: [],
        },
      ],
    },
    gaps: [{ type: 'orphan_objective', unitId: 'opd', scorecardId: 'o', itemId: 'o.ss-02', message: 'Sasaran SS-02 tidak terhubung / not linked' }],
  } as unknown as PerformanceTree;

  it('hangs a child unit objective under the parent objective it contributes to, and an orphan under its unit', () => {
    const pk = buildPohonKinerja(tree, (k) => k);
    expect(pk.nodes).toHaveLength(6);
    const edges = pk.edges.map((e) => `${e.source}>${e.target}`);
    expect(edges).toContain('objective:p.ss-01>objective:o.ss-01');
    expect(edges).toContain('unit:opd>objective:o.ss-02');
    expect(edges).toContain('unit:pemda>unit:opd');
    expect(edges).toContain('objective:p.ss-01>kpi:p.iku-01');
  });

  it('flags the nodes with gaps and names the item each gap is about', () => {
    const pk = buildPohonKinerja(tree, (k) => k);
    expect(pk.nodes.filter((n) => n.flagged).map((n) => n.id)).toEqual(['objective:o.ss-02']);
    expect(pk.gaps).toEqual([{ gap: tree.gaps[0], item: 'SS-02 Lepas' }]);
    expect(pk.items.map((i) => [i.id, i.depth])).toEqual([
      ['pemda', 0],
      ['p.ss-01', 1],
      ['p.iku-01', 2],
      ['opd', 1],
      ['o.ss-01', 2],
      ['o.ss-02', 2],
    ]);
    expect(pk.nodes.find((n) => n.id === 'kpi:p.iku-01')?.href).toBe('/kpis/p.iku-01');
  });
});
