import { ContractViolationError, integrationEvent, parseIntegrationEvent, Topics, EventCatalog, periodsOf, exampleScorecardApproved, exampleApprovedKpi } from './index.js';

const base = {
  eventId: '7d6f8c1e-1111-4222-8333-944455556666',
  occurredAt: '2026-01-05T03:04:05.000Z',
  tenantId: 'kab-contoh',
  aggregateId: 'kpi-1',
  correlationId: 'corr-1',
  causationId: null,
  actor: 'planner@kab-contoh',
  sourcePosition: 12,
};
const plan = exampleScorecardApproved();

describe('integration event contracts', () => {
  it('accepts a valid planning.scorecard-approved v1 and routes it to the planning topic', () => {
    const event = integrationEvent('planning.scorecard-approved', { ...base, data: plan });
    expect(parseIntegrationEvent(JSON.parse(JSON.stringify(event)))).toEqual(event);
    expect(event.schemaVersion).toBe(1);
    expect(EventCatalog[event.type].topic).toBe(Topics.planning);
    const revision = integrationEvent('planning.scorecard-revision-opened', { ...base, data: { scorecardId: 'dpmptsp-2026', unitId: 'dpmptsp', year: 2026, fromVersion: 1, reason: 'Perubahan APBD' } });
    expect(parseIntegrationEvent(revision)).toEqual(revision);
  });

  it('checks nested KPIs, targets and initiatives, naming the path of each problem', () => {
    const bad = exampleScorecardApproved({
      kpis: [exampleApprovedKpi({ weight: 100 as unknown as string, periodTargets: [{ period: 'Q5' as 'Q1', target: { value: '1' } }], yearlyTarget: { min: 'low' } })],
    });
    try {
      parseIntegrationEvent({ ...base, type: 'planning.scorecard-approved', schemaVersion: 1, data: bad });
      throw new Error('should have thrown');
    } catch (e) {
      expect((e as ContractViolationError).problems).toEqual([
        'data.kpis[0].weight must be a decimal number written as a string',
        'data.kpis[0].yearlyTarget.min must be a decimal number written as a string',
        'data.kpis[0].periodTargets[0].period must be one of Y, S1, S2, Q1, Q2, Q3, Q4, M01, M02, M03, M04, M05, M06, M07, M08, M09, M10, M11, M12',
      ]);
    }
    const noDates = exampleScorecardApproved();
    noDates.initiatives[0]!.start = '01/01/2026';
    expect(() => parseIntegrationEvent({ ...base, type: 'planning.scorecard-approved', schemaVersion: 1, data: noDates })).toThrow(/data.initiatives\[0\].start must be a date YYYY-MM-DD/);
  });

  it('names every missing envelope field', () => {
    try {
      parseIntegrationEvent({ type: 'planning.scorecard-approved', data: plan });
      throw new Error('should have thrown');
    } catch (e) {
      expect(e).toBeInstanceOf(ContractViolationError);
      expect((e as ContractViolationError).problems).toEqual(expect.arrayContaining(['eventId is required', 'tenantId is required', 'occurredAt is required']));
    }
  });

  it('rejects unknown types and unsupported versions', () => {
    expect(() => parseIntegrationEvent({ ...base, type: 'planning.nope', schemaVersion: 1, data: {} })).toThrow(/unknown event type/);
    expect(() => parseIntegrationEvent({ ...base, type: 'planning.scorecard-approved', schemaVersion: 2, data: plan })).toThrow(/unsupported schemaVersion 2/);
  });

  it('validates realization periods against the period codes', () => {
    const r = { realizationId: 'r1', kpiId: 'kpi-1', unitId: 'opd-dinkes', year: 2026, period: 'Q5', value: '10', note: null };
    expect(() => parseIntegrationEvent({ ...base, type: 'measurement.realization-recorded', schemaVersion: 1, data: r })).toThrow(/data.period must be one of/);
    expect(() => parseIntegrationEvent({ ...base, type: 'measurement.realization-recorded', schemaVersion: 1, data: { ...r, period: 'Q4' } })).not.toThrow();
  });

  it('lists the sub-periods of each frequency', () => {
    expect(periodsOf('quarterly')).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
    expect(periodsOf('monthly')).toHaveLength(12);
    expect(periodsOf('yearly')).toEqual(['Y']);
  });
});
