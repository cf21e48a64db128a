import { describe, expect, it } from 'vitest';
import { defaultPair, stagesOf, versionsOf } from './historyModel';
import type { HistoryEntry } from './types';

const at = (n: number) => `2028-01-0${n}T03:00:00.000Z`;
const header = { scorecardId: 'x-2028', tenantId: 't', unitId: 'x', year: 2028, theme: null, title: 'X', vision: '', missions: [], goals: [] };
const perspective = (code: string, weight: string) => ({ perspectiveId: `x-2028.${code}`, code, name: code, order: 1, weight });

const HISTORY: HistoryEntry[] = [
  { type: 'scorecard-created', revision: 0, position: 1, recordedAt: at(1), actor: 'planner', data: { header } },
  { type: 'perspective-defined', revision: 1, position: 2, recordedAt: at(1), actor: 'planner', data: { perspective: perspective('P1', '60') } },
  { type: 'perspective-defined', revision: 2, position: 3, recordedAt: at(1), actor: 'planner', data: { perspective: perspective('P2', '40') } },
  { type: 'scorecard-approved', revision: 3, position: 4, recordedAt: at(2), actor: 'planner', data: { version: 1, reason: null } },
  {
    type: 'scorecard-revision-opened',
    revision: 4,
    position: 5,
    recordedAt: at(3),
    actor: 'kabid',
    data: { scorecardId: 'x-2028', unitId: 'x', year: 2028, fromVersion: 1, reason: 'Perubahan APBD' },
  },
  { type: 'perspective-defined', revision: 5, position: 6, recordedAt: at(3), actor: 'kabid', data: { perspective: perspective('P1', '50') } },
  { type: 'perspective-defined', revision: 6, position: 7, recordedAt: at(3), actor: 'kabid', data: { perspective: perspective('P2', '50') } },
  { type: 'perspective-defined', revision: 7, position: 8, recordedAt: at(4), actor: 'kabid', data: { perspective: perspective('P1', '55') } },
  { type: 'scorecard-kpi-removed', revision: 8, position: 9, recordedAt: at(4), actor: 'kabid', data: { code: 'IKU-09', kpiId: 'x-2028.iku-09' } },
];

describe('stagesOf', () => {
  it('splits the history into the draft and each revision, with its reason, changes and approval', () => {
    const stages = stagesOf(HISTORY, [{ version: 1, signedBy: 'Bupati X', reason: null }]);
    expect(stages).toEqual([
      { kind: 'draft', fromVersion: 0, openedAt: at(1), openedBy: 'planner', reason: null, changes: 2, items: ['P1', 'P2'], approval: { version: 1, at: at(2), by: 'planner', signedBy: 'Bupati X' } },
      { kind: 'revision', fromVersion: 1, openedAt: at(3), openedBy: 'kabid', reason: 'Perubahan APBD', changes: 4, items: ['P1', 'P2', 'IKU-09'], approval: null },
    ]);
  });

  it('reads the entries in revision order whatever order they came in', () => {
    expect(stagesOf([...HISTORY].reverse()).map((s) => s.kind)).toEqual(['draft', 'revision']);
    expect(stagesOf([])).toEqual([]);
  });
});

describe('versions to compare', () => {
  it('offers the last two versions, or the last one against the open revision', () => {
    expect(versionsOf({ version: 3 })).toEqual([1, 2, 3]);
    expect(defaultPair({ version: 2, status: 'approved' })).toEqual({ from: '1', to: '2' });
    expect(defaultPair({ version: 1, status: 'in_revision' })).toEqual({ from: '1', to: 'current' });
    expect(defaultPair({ version: 1, status: 'approved' })).toBeNull();
    expect(defaultPair({ version: 0, status: 'draft' })).toBeNull();
  });
});
