import { periodsOf } from '@capaian/contracts';
import { kpiValues, scorecardsOf, type EvaluationInputs } from './inputs.js';
import type { LkeFacts } from './sakip/index.js';

/**
 * What the event history says about a unit's year, for pre-filling the SAKIP worksheet: taken
 * from the unit's main approved scorecard and the values its KPIs received. Measurement through
 * Capaian means an IT application is used (true as soon as any value arrived through it).
 */
export function lkeFactsOf(inputs: EvaluationInputs, tenantId: string, unitId: string, year: number): LkeFacts {
  const plan = scorecardsOf(inputs, tenantId, year).find((s) => s.unitId === unitId && s.theme === null);
  if (!plan) {
    return {
      kpiCount: 0,
      kpisWithTarget: 0,
      kpisWithDataSource: 0,
      objectivesCount: 0,
      objectivesAligned: 0,
      scorecardApproved: false,
      revisionCount: 0,
      realizationsExpected: 0,
      realizationsSubmitted: 0,
      realizationsOnTime: 0,
      realizationsVerified: 0,
      realizationsWithEvidence: 0,
      measurementViaApplication: false,
    };
  }
  let expected = 0;
  let submitted = 0;
  let onTime = 0;
  let verified = 0;
  let withEvidence = 0;
  for (const k of plan.kpis) {
    expected += periodsOf(k.frequency).length;
    for (const v of kpiValues(inputs, tenantId, k.kpiId).values()) {
      submitted++;
      if (!v.late) onTime++;
      if (v.status === 'verified') verified++;
      if (v.evidence > 0) withEvidence++;
    }
  }
  const isTop = plan.parentUnitId === null;
  return {
    kpiCount: plan.kpis.length,
    kpisWithTarget: plan.kpis.filter((k) => k.yearlyTarget !== null).length,
    kpisWithDataSource: plan.kpis.filter((k) => k.dataSource !== null && k.dataSource.trim() !== '').length,
    objectivesCount: plan.objectives.length,
    // The top unit's objectives are the tree's roots; below it an objective aligns by contributing to a parent one.
    objectivesAligned: isTop ? plan.objectives.length : plan.objectives.filter((o) => o.contributesTo !== null).length,
    scorecardApproved: true,
    approvedVersion: plan.version,
    revisionCount: plan.version - 1,
    realizationsExpected: Math.max(expected, submitted),
    realizationsSubmitted: submitted,
    realizationsOnTime: onTime,
    realizationsVerified: verified,
    realizationsWithEvidence: withEvidence,
    measurementViaApplication: submitted > 0,
  };
}
