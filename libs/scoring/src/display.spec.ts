import {
  achievementWithDisplay,
  DEFAULT_SCORING_POLICY as D,
  displayFigure,
  displayScore,
  displaySettings,
  formatPercent,
  kpiAchievement,
  scoreKpi,
  kpiScoreWithDisplay,
  scoreScorecard,
  scorecardScoreWithDisplay,
  unitScoreWithDisplay,
  cascadeScores,
  validatePolicy,
  type ScoringPolicy,
} from './index.js';

const oneDecimal: ScoringPolicy = { ...D, display: { decimals: 1 } };
const { display: _omitted, ...stored } = D;
/** A policy version stored before the display setting existed. */
const withoutDisplay = stored as ScoringPolicy;

describe('display values (rounded half-up to the policy decimals; exact values untouched)', () => {
  it('rounds half-up with a fixed number of decimals', () => {
    expect(formatPercent('66.666666666')).toBe('66.67');
    expect(formatPercent('100')).toBe('100.00');
    expect(formatPercent('0.005')).toBe('0.01');
    expect(formatPercent('87.125', 2)).toBe('87.13');
    expect(formatPercent('-0.125', 2)).toBe('-0.13');
    expect(displayScore('82.78333333333333333333333333333333', D)).toBe('82.78');
    expect(displayScore('82.75', oneDecimal)).toBe('82.8');
    expect(displayScore(null, D)).toBeNull();
    expect(displayScore('tujuh', D)).toBeNull();
  });

  it('a policy without a display setting (an old stored version) displays with 2 decimals', () => {
    expect(D.display).toEqual({ decimals: 2 });
    expect(displaySettings(withoutDisplay)).toEqual({ decimals: 2 });
    expect(displayScore('1.005', withoutDisplay)).toBe('1.01');
    expect(validatePolicy(withoutDisplay)).toEqual([]);
  });

  it('validates display.decimals (an integer 0-10) when given', () => {
    expect(validatePolicy(oneDecimal)).toEqual([]);
    expect(validatePolicy({ ...D, display: { decimals: 0 } })).toEqual([]);
    for (const bad of [{ decimals: 11 }, { decimals: -1 }, { decimals: 1.5 }, { decimals: '2' }, {}]) {
      expect(validatePolicy({ ...D, display: bad })).toEqual([{ field: 'display.decimals', message: 'must be an integer from 0 to 10' }]);
    }
    expect(validatePolicy({ ...D, display: 2 })).toEqual([{ field: 'display', message: 'must be an object' }]);
  });

  it('KPI figures by value type: decimals rounded only when longer than the policy decimals, money in whole Rupiah, grades and dates as written', () => {
    expect(displayFigure('82.78333333333333333333333333333333', 'number', D)).toBe('82.78');
    expect(displayFigure('85.00', 'percent', D)).toBe('85.00');
    expect(displayFigure('1200', 'number', D)).toBe('1200');
    expect(displayFigure('4.25', 'duration', oneDecimal)).toBe('4.3');
    expect(displayFigure('1250000000.50', 'money', D)).toBe('1250000001');
    expect(displayFigure('1250000000', 'money', D)).toBe('1250000000');
    expect(displayFigure('WTP', 'categorical', D)).toBe('WTP');
    expect(displayFigure('2026-09-30', 'milestone_date', D)).toBe('2026-09-30');
    expect(displayFigure(null, 'number', D)).toBeNull();
  });

  it('scores and achievements get a display value next to the exact one', () => {
    const a = kpiAchievement({ polarity: 'higher_is_better' }, { value: '3' }, '2');
    expect(achievementWithDisplay(a, D)).toEqual({ ...a, percentDisplay: '66.67' });
    const missing = kpiAchievement({ polarity: 'higher_is_better' }, { value: '3' }, null);
    expect(achievementWithDisplay(missing, D)).toEqual(missing);

    const k = scoreKpi({ kpiId: 'K1', polarity: 'higher_is_better', frequency: 'quarterly', aggregation: 'average', yearlyTarget: { value: '3' } }, [{ period: 'Q1', value: '2' }], oneDecimal);
    const shown = kpiScoreWithDisplay(k, oneDecimal);
    expect(shown.year.achievement).toMatchObject({ percent: '66.66666666666666666666666666666667', percentDisplay: '66.7' });
    expect(shown.periods.map((p) => (p.achievement.measurable ? p.achievement.percentDisplay : p.achievement.reason))).toEqual([
      '66.7',
      'missing_realization',
      'missing_realization',
      'missing_realization',
    ]);

    const plan = {
      perspectives: [{ perspectiveId: 'P', weight: '100' }],
      objectives: [{ objectiveId: 'O', perspectiveId: 'P', weight: null }],
      kpis: [
        { kpiId: 'A', objectiveId: 'O', weight: '1' },
        { kpiId: 'B', objectiveId: 'O', weight: '2' },
      ],
    };
    const s = scorecardScoreWithDisplay(scoreScorecard(plan, { A: { measurable: true, percent: '100' }, B: { measurable: true, percent: '50' } }), D);
    expect(s).toMatchObject({ score: '66.66666666666666666666666666666667', scoreDisplay: '66.67' });
    expect(s.used).toEqual([expect.objectContaining({ id: 'P', scoreDisplay: '66.67' })]);
    expect(s.perspectives[0]!.objectives[0]!.used.map((u) => [u.id, u.score, u.scoreDisplay])).toEqual([
      ['A', '100', '100.00'],
      ['B', '50', '50.00'],
    ]);

    const [unit] = cascadeScores([
      { unitId: 'u', parentUnitId: null, ownScore: '80.125' },
      { unitId: 'c', parentUnitId: 'u', ownScore: null },
    ]).map((u) => unitScoreWithDisplay(u, D));
    expect(unit).toMatchObject({
      ownScore: '80.125',
      ownScoreDisplay: '80.13',
      score: '80.125',
      scoreDisplay: '80.13',
      childMeanDisplay: null,
      children: [{ unitId: 'c', score: null, scoreDisplay: null }],
    });
  });
});
