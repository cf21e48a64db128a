import { describe, expect, it } from 'vitest';
import { depthOf, flagCounts, initiativeRows, reasonNotes } from './vfmModel';
import type { VfmFlag, VfmKpiMean, VfmLine } from './types';

const mean = (percent: string | null, reason: VfmKpiMean['reason'] = null): VfmKpiMean => ({ measurable: percent !== null, reason, percent, selection: [], used: [], excluded: [] });
const flag = (code: VfmFlag['code']): VfmFlag => ({ code, rule: `flags.${code}`, policy: { policyId: 'vfm-3e', version: 0 }, numbers: {}, message: { id: code, en: code } });

function line(id: string, parentId: string | null, over: Partial<VfmLine> = {}): VfmLine {
  return {
    scope: 'initiative',
    id,
    code: id.toUpperCase(),
    name: id,
    level: parentId ? 'kegiatan' : 'program',
    parentId,
    objectiveIds: [],
    objectivesFrom: 'own',
    includes: [id],
    budgetReported: [],
    budgetUnreported: [],
    own: { ceiling: '100', realized: null },
    economy: { measurable: false, reason: 'no_budget_reported', ceiling: '100', realized: null, absorption: null, savings: null, overCeiling: false, excess: null },
    efficiency: { measurable: false, reason: 'no_budget_reported', ratio: null, output: mean(null, 'nothing_measurable'), absorption: null },
    effectiveness: mean('83'),
    flags: [],
    ...over,
  };
}

describe('value for money model', () => {
  it('groups the reasons a line is not measurable, naming the measures each concerns', () => {
    expect(reasonNotes(line('p', null))).toEqual([{ reason: 'no_budget_reported', dimensions: ['economy', 'efficiency'] }]);
    const none = line('q', null, { effectiveness: mean(null, 'no_objectives') });
    expect(reasonNotes(none)).toEqual([
      { reason: 'no_budget_reported', dimensions: ['economy', 'efficiency'] },
      { reason: 'no_objectives', dimensions: ['effectiveness'] },
    ]);
    const measured = line('r', null, {
      economy: { measurable: true, reason: null, ceiling: '100', realized: '80', absorption: '80', savings: '20', overCeiling: false, excess: null },
      efficiency: { measurable: true, reason: null, ratio: '1.05', output: mean('84'), absorption: '80' },
    });
    expect(reasonNotes(measured)).toEqual([]);
  });

  it('orders initiatives under their parents with their depth, whatever order they come in', () => {
    const lines = [line('sub', 'keg', { level: 'sub_kegiatan' }), line('prg', null), line('keg', 'prg'), line('prg2', null), line('orphan', 'missing')];
    const rows = initiativeRows({ initiatives: lines });
    expect(rows.map((r) => [r.line.id, r.depth])).toEqual([
      ['prg', 0],
      ['keg', 1],
      ['sub', 2],
      ['prg2', 0],
      ['orphan', 0],
    ]);
    const cyclic = [line('a', 'b'), line('b', 'a')];
    expect(depthOf(cyclic[0], new Map(cyclic.map((l) => [l.id, l])))).toBe(1);
  });

  it('counts the flags of the initiatives and the unit', () => {
    const unit = line('unit', null, { scope: 'unit', flags: [flag('inefficient')] });
    const initiatives = [line('a', null, { flags: [flag('over_ceiling'), flag('inefficient')] }), line('b', null, { flags: [flag('inefficient')] })];
    expect(flagCounts({ initiatives, unit })).toEqual([
      { code: 'over_ceiling', count: 1 },
      { code: 'inefficient', count: 3 },
    ]);
    expect(flagCounts({ initiatives: [], unit: line('u', null) })).toEqual([]);
  });
});
