import {
  ContractViolationError,
  integrationEvent,
  parseIntegrationEvent,
  Topics,
  EventCatalog,
  knownVersions,
  periodsOf,
  exampleScorecardApproved,
  exampleApprovedKpi,
  exampleMeasurementEventData,
  exampleRealizationRecorded,
  exampleRealizationCorrected,
  exampleBudgetRealizationRecorded,
  exampleBudgetRealizationCorrected,
  exampleRealizationRecordedV1,
  type ContractProblem,
  type MeasurementEventType,
} from './index.js';

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
/** Each problem as its one line of the error message (`field message`). */
const lines = (problems: ContractProblem[]) => problems.map((p) => `${p.field} ${p.message}`);

describe('integration event contracts', () => {
  it('accepts a valid planning.scorecard-approved v1 and routes it to the planning topic', () => {
    const event = integrationEvent('planning.scorecard-approved', { ...base, data: plan });
    expect(parseIntegrationEvent(JSON.parse(JSON.stringify(event)))).toEqual(event);
    expect(event.schemaVersion).toBe(1);
    expect(EventCatalog[event.type].topic).toBe(Topics.planning);
    const revision = integrationEvent('planning.scorecard-revision-opened', {
      ...base,
      data: { scorecardId: 'dpmptsp-2026', unitId: 'dpmptsp', year: 2026, fromVersion: 1, reason: 'Perubahan APBD' },
    });
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
      expect((e as ContractViolationError).problems[0]).toEqual({ field: 'data.kpis[0].weight', message: 'must be a decimal number written as a string' });
      expect(lines((e as ContractViolationError).problems)).toEqual([
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
      expect(lines((e as ContractViolationError).problems)).toEqual(expect.arrayContaining(['eventId is required', 'tenantId is required', 'occurredAt is required']));
    }
  });

  it('rejects unknown types and unsupported versions', () => {
    expect(() => parseIntegrationEvent({ ...base, type: 'planning.nope', schemaVersion: 1, data: {} })).toThrow(/unknown event type/);
    expect(() => parseIntegrationEvent({ ...base, type: 'planning.scorecard-approved', schemaVersion: 2, data: plan })).toThrow(/unsupported schemaVersion 2/);
  });

  it('validates realization periods against the period codes', () => {
    const r = exampleRealizationRecorded({ period: 'Q5' as 'Q1' });
    expect(() => parseIntegrationEvent({ ...base, type: 'measurement.realization-recorded', schemaVersion: 2, data: r })).toThrow(/data.period must be one of/);
    expect(() => parseIntegrationEvent({ ...base, type: 'measurement.realization-recorded', schemaVersion: 2, data: { ...r, period: 'Q4' } })).not.toThrow();
  });

  it('lists the sub-periods of each frequency', () => {
    expect(periodsOf('quarterly')).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
    expect(periodsOf('monthly')).toHaveLength(12);
    expect(periodsOf('yearly')).toEqual(['Y']);
  });
});

/** The problems parseIntegrationEvent reports for `data` of `type` (its current version); [] when valid. */
function problemsOf(type: MeasurementEventType, data: unknown): string[] {
  try {
    parseIntegrationEvent({ ...base, type, schemaVersion: EventCatalog[type].schemaVersion, data });
    return [];
  } catch (e) {
    if (!(e instanceof ContractViolationError)) throw e;
    return lines(e.problems);
  }
}

describe('measurement.* contracts', () => {
  const examples = Object.entries(exampleMeasurementEventData()) as unknown as Array<[MeasurementEventType, Record<string, unknown>]>;

  it('has one valid example per measurement event type, all on the measurement topic', () => {
    const catalogTypes = Object.keys(EventCatalog).filter((t) => t.startsWith('measurement.'));
    expect(examples.map(([type]) => type).sort()).toEqual(catalogTypes.sort());
    for (const [type, data] of examples) {
      const event = integrationEvent(type, { ...base, data } as unknown as Parameters<typeof integrationEvent>[1]);
      expect(parseIntegrationEvent(JSON.parse(JSON.stringify(event)))).toEqual(event);
      expect(EventCatalog[type].topic).toBe(Topics.measurement);
    }
  });

  it('realization-recorded: producers publish v2; a v1 message is accepted and read as v2 (upcast at intake)', () => {
    expect(EventCatalog['measurement.realization-recorded'].schemaVersion).toBe(2);
    expect(knownVersions('measurement.realization-recorded')).toEqual([1, 2]);
    const v1 = exampleRealizationRecordedV1();
    const read = parseIntegrationEvent({ ...base, type: 'measurement.realization-recorded', schemaVersion: 1, data: v1 });
    expect(read).toEqual({
      ...base,
      type: 'measurement.realization-recorded',
      schemaVersion: 2,
      data: { ...v1, valueType: 'number', valueRevision: 1, evidence: [], submittedAt: base.occurredAt, deadline: null, late: false, afterLock: false },
    });
    // A v1 message is checked against the v1 schema (its value was a decimal), and v2's shape is refused as v1.
    expect(() => parseIntegrationEvent({ ...base, type: 'measurement.realization-recorded', schemaVersion: 1, data: { ...v1, value: 'WTP' } })).toThrow(/data.value must be a decimal number/);
    expect(() => parseIntegrationEvent({ ...base, type: 'measurement.realization-recorded', schemaVersion: 2, data: v1 })).toThrow(/data.valueType is required/);
    expect(() => parseIntegrationEvent({ ...base, type: 'measurement.realization-recorded', schemaVersion: 3, data: v1 })).toThrow(/unsupported schemaVersion 3 \(supported: 1, 2\)/);
  });

  it('keeps fields the schema does not name (a tolerant reader)', () => {
    const event = { ...integrationEvent('measurement.period-locked', { ...base, data: exampleMeasurementEventData()['measurement.period-locked'] }), extra: 1 };
    const data = { ...event.data, addedLater: 'x' };
    expect(parseIntegrationEvent({ ...event, data })).toEqual({ ...event, data });
  });

  it('names every missing field of every measurement event', () => {
    for (const [type, data] of examples) {
      for (const field of Object.keys(data)) {
        const { [field]: _removed, ...rest } = data;
        expect({ type, problems: problemsOf(type, rest) }).toEqual({ type, problems: [`data.${field} is required`] });
      }
    }
  });

  it('refuses a float where a decimal string is expected (values, amounts, totals)', () => {
    expect(problemsOf('measurement.realization-recorded', exampleRealizationRecorded({ value: 80.5 as unknown as string }))).toEqual(['data.value must be a string']);
    expect(problemsOf('measurement.realization-corrected', exampleRealizationCorrected({ value: 81.25 as unknown as string }))).toEqual(['data.value must be a string']);
    expect(problemsOf('measurement.budget-realization-recorded', exampleBudgetRealizationRecorded({ amount: 287500000.5 as unknown as string }))).toEqual([
      'data.amount must be a decimal number written as a string',
    ]);
    expect(problemsOf('measurement.budget-realization-corrected', exampleBudgetRealizationCorrected({ previousAmount: 1e9 as unknown as string, budgetCeiling: '1.25e9' }))).toEqual([
      'data.budgetCeiling must be a decimal number written as a string',
      'data.previousAmount must be a decimal number written as a string',
    ]);
    expect(problemsOf('measurement.budget-realization-recorded', exampleBudgetRealizationRecorded({ cumulativeAmount: 1.5 as unknown as string }))).toEqual(['data.cumulativeAmount must be a string']);
    // A year's total may exceed the 15 integer digits of one amount.
    expect(problemsOf('measurement.budget-realization-recorded', exampleBudgetRealizationRecorded({ cumulativeAmount: '11999999999999988.5' }))).toEqual([]);
  });

  it('reads a realization value by its value type', () => {
    const recorded = (value: string, valueType: 'number' | 'percent' | 'money' | 'duration' | 'categorical' | 'milestone_date') =>
      problemsOf('measurement.realization-recorded', exampleRealizationRecorded({ value, valueType }));
    expect(recorded('-3.5', 'percent')).toEqual([]);
    expect(recorded('1500000.50', 'money')).toEqual([]);
    expect(recorded('WTP', 'categorical')).toEqual([]);
    expect(recorded('2026-06-30', 'milestone_date')).toEqual([]);
    expect(recorded('delapan puluh', 'number')).toEqual(['data.value must be a decimal number written as a string']);
    expect(recorded('80,5', 'duration')).toEqual(['data.value must be a decimal number written as a string']);
    expect(recorded('30/06/2026', 'milestone_date')).toEqual(['data.value must be a date YYYY-MM-DD']);
    expect(problemsOf('measurement.realization-corrected', exampleRealizationCorrected({ value: 'WTP' }))).toEqual(['data.value must be a decimal number written as a string']);
    expect(problemsOf('measurement.realization-recorded', exampleRealizationRecorded({ valueType: 'text' as 'number' }))).toEqual([
      'data.valueType must be one of number, percent, money, duration, categorical, milestone_date',
    ]);
  });

  it('checks flags, revisions, evidence and timing', () => {
    expect(problemsOf('measurement.realization-recorded', exampleRealizationRecorded({ late: 'false' as unknown as boolean, afterLock: 0 as unknown as boolean }))).toEqual([
      'data.late must be true or false',
      'data.afterLock must be true or false',
    ]);
    expect(problemsOf('measurement.realization-recorded', exampleRealizationRecorded({ valueRevision: 0, evidence: [{ url: '', label: null }], submittedAt: '2026-04-08' }))).toEqual([
      'data.valueRevision must be >= 1',
      'data.evidence[0].url must have at least 1 characters',
      'data.submittedAt must be an ISO-8601 instant',
    ]);
    // Realizations recorded before deadlines were tracked have none; a correction always has one.
    expect(problemsOf('measurement.realization-recorded', exampleRealizationRecorded({ deadline: null }))).toEqual([]);
    expect(problemsOf('measurement.realization-corrected', exampleRealizationCorrected({ deadline: null as unknown as string }))).toEqual(['data.deadline must not be null']);
    expect(problemsOf('measurement.budget-realization-recorded', exampleBudgetRealizationRecorded({ overCeiling: null as unknown as boolean }))).toEqual(['data.overCeiling must not be null']);
    expect(problemsOf('measurement.reminder-issued', { ...exampleMeasurementEventData()['measurement.reminder-issued'], stage: 'late', overdueDays: -1 })).toEqual([
      'data.stage must be one of due, overdue',
      'data.overdueDays must be >= 0',
    ]);
  });
});
