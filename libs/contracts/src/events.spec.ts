import { ContractViolationError, integrationEvent, parseIntegrationEvent, Topics, EventCatalog, periodsOf } from './index.js';

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
const kpi = {
  kpiId: 'kpi-1', ownerUnitId: 'opd-dinkes', code: 'IKU-01', name: 'Indeks Kepuasan Masyarakat',
  unitOfMeasure: 'indeks', polarity: 'higher_is_better', frequency: 'quarterly', year: 2026, yearlyTarget: '82.5',
} as const;

describe('integration event contracts', () => {
  it('accepts a valid planning.kpi-defined v1 and routes it to the planning topic', () => {
    const event = integrationEvent('planning.kpi-defined', { ...base, data: kpi });
    expect(parseIntegrationEvent(JSON.parse(JSON.stringify(event)))).toEqual(event);
    expect(event.schemaVersion).toBe(1);
    expect(EventCatalog[event.type].topic).toBe(Topics.planning);
  });

  it('rejects a float target: decimals travel as strings', () => {
    expect(() => parseIntegrationEvent({ ...base, type: 'planning.kpi-defined', schemaVersion: 1, data: { ...kpi, yearlyTarget: 82.5 } }))
      .toThrow(/data.yearlyTarget must be a decimal number written as a string/);
  });

  it('names every missing envelope field', () => {
    try {
      parseIntegrationEvent({ type: 'planning.kpi-defined', data: kpi });
      throw new Error('should have thrown');
    } catch (e) {
      expect(e).toBeInstanceOf(ContractViolationError);
      expect((e as ContractViolationError).problems).toEqual(expect.arrayContaining(['eventId is required', 'tenantId is required', 'occurredAt is required']));
    }
  });

  it('rejects unknown types and unsupported versions', () => {
    expect(() => parseIntegrationEvent({ ...base, type: 'planning.nope', schemaVersion: 1, data: {} })).toThrow(/unknown event type/);
    expect(() => parseIntegrationEvent({ ...base, type: 'planning.kpi-defined', schemaVersion: 2, data: kpi })).toThrow(/unsupported schemaVersion 2/);
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
