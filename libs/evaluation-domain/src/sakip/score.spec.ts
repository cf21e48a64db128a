import { DEFAULT_LKE_WORKSHEET, lkeCriteria, lkeGrade, lkeScore, validateWorksheet, type LkeWorksheet } from './index.js';

/**
 * Worked example, computed by hand on DEFAULT_LKE_WORKSHEET (PermenPANRB 88/2021), 20 of the 42
 * criteria answered; the unanswered ones count 0.
 * Values: Y = 1, T = 0; AA = 1, A = 0.9, B = 0.8, C = 0.6, D = 0.3, E = 0.
 * max(sub-component) = weight x share / 100; score = max x (sum of values) / (number of criteria).
 *
 * 1 Perencanaan (weight 30)
 *   1.a keberadaan  max 30 x 20/100 = 6    4 criteria: 1.a.1 Y, 1.a.2 Y, 1.a.3 Y, 1.a.4 T  sum 3    -> 6 x 3 / 4     = 4.5
 *   1.b kualitas    max 30 x 30/100 = 9    5 criteria: 1.b.1 A, 1.b.3 Y                    sum 1.9  -> 9 x 1.9 / 5   = 3.42
 *   1.c pemanfaatan max 30 x 50/100 = 15   4 criteria: 1.c.2 B, 1.c.3 Y                    sum 1.8  -> 15 x 1.8 / 4  = 6.75
 *   component: 4.5 + 3.42 + 6.75 = 14.67
 * 2 Pengukuran (weight 30)
 *   2.a keberadaan  max 6    3 criteria: 2.a.3 Y                 sum 1    -> 6 x 1 / 3     = 2
 *   2.b kualitas    max 9    4 criteria: 2.b.2 C, 2.b.3 D        sum 0.9  -> 9 x 0.9 / 4   = 2.025
 *   2.c pemanfaatan max 15   4 criteria: 2.c.4 A                 sum 0.9  -> 15 x 0.9 / 4  = 3.375
 *   component: 2 + 2.025 + 3.375 = 7.4
 * 3 Pelaporan (weight 15)
 *   3.a keberadaan  max 15 x 20/100 = 3     3 criteria: 3.a.1 Y, 3.a.2 T    sum 1    -> 3 x 1 / 3     = 1
 *   3.b kualitas    max 15 x 30/100 = 4.5   3 criteria: 3.b.1 AA, 3.b.2 E   sum 1    -> 4.5 x 1 / 3   = 1.5
 *   3.c pemanfaatan max 15 x 50/100 = 7.5   3 criteria: 3.c.1 A            sum 0.9  -> 7.5 x 0.9 / 3 = 2.25
 *   component: 1 + 1.5 + 2.25 = 4.75
 * 4 Evaluasi internal (weight 25)
 *   4.a keberadaan  max 25 x 20/100 = 5      3 criteria: 4.a.1 Y   sum 1    -> 5 x 1 / 3      = 5/3  = 1.666...
 *   4.b kualitas    max 25 x 30/100 = 7.5    3 criteria: 4.b.2 C   sum 0.6  -> 7.5 x 0.6 / 3  = 1.5
 *   4.c pemanfaatan max 25 x 50/100 = 12.5   3 criteria: 4.c.1 B   sum 0.8  -> 12.5 x 0.8 / 3 = 10/3 = 3.333...
 *   component: 5/3 + 1.5 + 10/3 = 15/3 + 1.5 = 5 + 1.5 = 6.5   (exact: the thirds add up to 5)
 * Total: 14.67 + 7.4 + 4.75 + 6.5 = 33.32  -> grade C (above 30, not above 50). 20 of 42 answered: not complete.
 */
const WORKED_ANSWERS: Record<string, string> = {
  '1.a.1': 'Y',
  '1.a.2': 'Y',
  '1.a.3': 'Y',
  '1.a.4': 'T',
  '1.b.1': 'A',
  '1.b.3': 'Y',
  '1.c.2': 'B',
  '1.c.3': 'Y',
  '2.a.3': 'Y',
  '2.b.2': 'C',
  '2.b.3': 'D',
  '2.c.4': 'A',
  '3.a.1': 'Y',
  '3.a.2': 'T',
  '3.b.1': 'AA',
  '3.b.2': 'E',
  '3.c.1': 'A',
  '4.a.1': 'Y',
  '4.b.2': 'C',
  '4.c.1': 'B',
};

describe('LKE scoring: worked example computed by hand', () => {
  const s = lkeScore(DEFAULT_LKE_WORKSHEET, WORKED_ANSWERS);
  it('gives the hand-computed total and grade exactly', () => {
    expect(s.total).toBe('33.32');
    expect(s.grade).toBe('C');
    expect(s.gradeLabel.id).toBe('Kurang');
    expect(s.complete).toBe(false);
    expect(s.answered).toBe(20);
    expect(s.of).toBe(42);
    expect(s.worksheet).toEqual({ worksheetId: 'permenpanrb-88-2021', version: 1 });
  });
  it('gives every component and sub-component as computed by hand', () => {
    const table = s.components.map((c) => [c.code, c.score, c.max, c.subComponents.map((x) => [x.code, x.score, x.max, `${x.answered}/${x.of}`])]);
    expect(table).toEqual([
      [
        'perencanaan',
        '14.67',
        '30',
        [
          ['keberadaan', '4.5', '6', '4/4'],
          ['kualitas', '3.42', '9', '2/5'],
          ['pemanfaatan', '6.75', '15', '2/4'],
        ],
      ],
      [
        'pengukuran',
        '7.4',
        '30',
        [
          ['keberadaan', '2', '6', '1/3'],
          ['kualitas', '2.025', '9', '2/4'],
          ['pemanfaatan', '3.375', '15', '1/4'],
        ],
      ],
      [
        'pelaporan',
        '4.75',
        '15',
        [
          ['keberadaan', '1', '3', '2/3'],
          ['kualitas', '1.5', '4.5', '2/3'],
          ['pemanfaatan', '2.25', '7.5', '1/3'],
        ],
      ],
      // 5/3 and 10/3 are rounded to 34 significant digits for display; their component is the exact 6.5.
      [
        'evaluasi',
        '6.5',
        '25',
        [
          ['keberadaan', '1.666666666666666666666666666666667', '5', '1/3'],
          ['kualitas', '1.5', '7.5', '1/3'],
          ['pemanfaatan', '3.333333333333333333333333333333333', '12.5', '1/3'],
        ],
      ],
    ]);
  });
  it('lists the unanswered criteria in worksheet order', () => {
    expect(s.unanswered).toHaveLength(22);
    expect(s.unanswered.slice(0, 4)).toEqual(['1.b.2', '1.b.4', '1.b.5', '1.c.1']);
    expect(s.unanswered).not.toContain('4.c.1');
  });
});

describe('LKE scoring: whole worksheets and input errors', () => {
  const all = (yes: string, best: string) => Object.fromEntries(lkeCriteria(DEFAULT_LKE_WORKSHEET).map((e) => [e.criterion.code, e.criterion.scale === 'yn' ? yes : best]));
  it('every criterion at its best is 100 (AA), at its worst 0 (D), both complete', () => {
    const best = lkeScore(DEFAULT_LKE_WORKSHEET, all('Y', 'AA'));
    expect(best).toMatchObject({ total: '100', grade: 'AA', complete: true, answered: 42, of: 42, unanswered: [] });
    expect(best.components.map((c) => c.score)).toEqual(['30', '30', '15', '25']);
    const worst = lkeScore(DEFAULT_LKE_WORKSHEET, all('T', 'E'));
    expect(worst).toMatchObject({ total: '0', grade: 'D', complete: true });
  });
  it('nothing answered is 0, grade D, incomplete', () => {
    expect(lkeScore(DEFAULT_LKE_WORKSHEET, {})).toMatchObject({ total: '0', grade: 'D', complete: false, answered: 0, of: 42 });
  });
  it('mixes yes/no and graded criteria in one sub-component', () => {
    // All yes/no at Y, all graded at A. Perencanaan:
    //   1.a: 4 x Y            sum 4               -> 6 x 4 / 4    = 6
    //   1.b: 4 x A + 1.b.3 Y  sum 4 x 0.9 + 1 = 4.6 -> 9 x 4.6 / 5  = 8.28
    //   1.c: 3 x A + 1.c.3 Y  sum 3 x 0.9 + 1 = 3.7 -> 15 x 3.7 / 4 = 13.875
    const s = lkeScore(DEFAULT_LKE_WORKSHEET, all('Y', 'A'));
    expect(s.components[0]!.subComponents.map((x) => x.score)).toEqual(['6', '8.28', '13.875']);
    expect(s.components[0]!.score).toBe('28.155');
  });
  it('an answer outside the scale or to an unknown criterion is refused, naming it', () => {
    expect(() => lkeScore(DEFAULT_LKE_WORKSHEET, { '1.a.1': 'AA' })).toThrow(expect.objectContaining({ code: 'INVALID_ANSWER', field: 'answers.1.a.1' }));
    expect(() => lkeScore(DEFAULT_LKE_WORKSHEET, { '9.z.9': 'Y' })).toThrow(expect.objectContaining({ code: 'UNKNOWN_CRITERION', field: 'answers.9.z.9' }));
  });
});

describe('LKE grade boundaries (bands are exclusive lower bounds)', () => {
  const cases: Array<[string, string]> = [
    ['100', 'AA'],
    ['90.01', 'AA'],
    ['90', 'A'],
    ['80.01', 'A'],
    ['80', 'BB'],
    ['70.01', 'BB'],
    ['70', 'B'],
    ['60.01', 'B'],
    ['60', 'CC'],
    ['50.01', 'CC'],
    ['50', 'C'],
    ['30.01', 'C'],
    ['30', 'D'],
    ['0', 'D'],
  ];
  it.each(cases)('%s -> %s', (total, grade) => {
    expect(lkeGrade(DEFAULT_LKE_WORKSHEET, total).code).toBe(grade);
  });
  it('lkeScore applies the same bands to its exact total', () => {
    // One component of weight 100, one sub-component of share 100, one criterion: total = 100 x value.
    const tiny = (value: string): LkeWorksheet => ({
      ...DEFAULT_LKE_WORKSHEET,
      components: [
        {
          code: 'x',
          name: { id: 'X', en: 'X' },
          weight: '100',
          subComponents: [{ code: 'keberadaan', name: { id: 'K', en: 'K' }, share: '100', criteria: [{ code: 'x.1', text: { id: 'x', en: 'x' }, scale: 'v' }] }],
        },
      ],
      scales: { v: { kind: 'graded', label: { id: 'v', en: 'v' }, values: { V: value, N: '0' } } },
    });
    expect(validateWorksheet(tiny('0.9'))).toEqual([]);
    const grade = (value: string) => lkeScore(tiny(value), { 'x.1': 'V' });
    expect(grade('0.9')).toMatchObject({ total: '90', grade: 'A' });
    expect(grade('0.9001')).toMatchObject({ total: '90.01', grade: 'AA' });
    expect(grade('0.8')).toMatchObject({ total: '80', grade: 'BB' });
    expect(grade('0.3')).toMatchObject({ total: '30', grade: 'D' });
    expect(grade('0.3001')).toMatchObject({ total: '30.01', grade: 'C' });
  });
  it('bands are data: another version with other bands grades differently', () => {
    const strict: LkeWorksheet = {
      ...DEFAULT_LKE_WORKSHEET,
      version: 2,
      grades: [
        { code: 'LULUS', label: { id: 'Lulus', en: 'Pass' }, min: '95' },
        { code: 'ULANG', label: { id: 'Ulang', en: 'Redo' }, min: null },
      ],
    };
    expect(validateWorksheet(strict)).toEqual([]);
    expect(lkeGrade(strict, '95').code).toBe('ULANG');
    expect(lkeGrade(strict, '95.5').code).toBe('LULUS');
  });
});
