import { Issues, optionalText, type Checked } from './formModel';
import type { ScoringPolicy, ScoringPolicyInput } from './types';

/**
 * The scoring policy as a form: every number as the text in its input, bounds and caps that may be
 * absent as an empty text, the grade table and the bands as rows. `scoringForm` and `scoringInput`
 * are inverse: an untouched form gives the document back (so saving it is "nothing changed").
 */
export interface BandRow {
  code: string;
  labelId: string;
  labelEn: string;
  /** '' = unbounded. */
  min: string;
  minInclusive: boolean;
  max: string;
  maxInclusive: boolean;
}

export interface GradeRow {
  grade: string;
  percent: string;
}

export type LowerIsBetter = ScoringPolicy['achievement']['lowerIsBetter'];
export type PerspectiveMode = ScoringPolicy['rollup']['perspectiveMode'];
export type CascadeMode = ScoringPolicy['rollup']['cascade']['mode'];

export interface ScoringForm {
  description: string;
  lowerIsBetter: LowerIsBetter;
  /** '' = no cap. */
  cap: string;
  floor: string;
  rangeWidth: string;
  latePenalty: string;
  milestoneMinimum: string;
  /** false: the policy gives no grade table (percents null). */
  gradesUsed: boolean;
  grades: GradeRow[];
  relativeToTarget: boolean;
  perspectiveMode: PerspectiveMode;
  cascadeMode: CascadeMode;
  childWeight: string;
  bands: BandRow[];
  defaultGreen: string;
  defaultYellow: string;
  /** '' = not set (the API shows 2 decimals). */
  decimals: string;
}

export const LOWER_IS_BETTER: readonly LowerIsBetter[] = ['ratio', 'difference'];
export const PERSPECTIVE_MODES: readonly PerspectiveMode[] = ['objectives', 'kpis'];
export const CASCADE_MODES: readonly CascadeMode[] = ['none', 'blend'];
export const MAX_DECIMALS = 10;

/** The API's field of each part of the form. */
export const SCORING_FIELDS = {
  description: 'policy.description',
  lowerIsBetter: 'policy.achievement.lowerIsBetter',
  cap: 'policy.achievement.cap',
  floor: 'policy.achievement.floor',
  rangeWidth: 'policy.achievement.range.widthPercent',
  latePenalty: 'policy.achievement.milestone.latePenaltyPerDay',
  milestoneMinimum: 'policy.achievement.milestone.minimum',
  percents: 'policy.achievement.categorical.percents',
  relativeToTarget: 'policy.achievement.categorical.relativeToTarget',
  perspectiveMode: 'policy.rollup.perspectiveMode',
  cascadeMode: 'policy.rollup.cascade.mode',
  childWeight: 'policy.rollup.cascade.childWeight',
  bands: 'policy.bands',
  defaultGreen: 'policy.trafficLight.defaultGreen',
  defaultYellow: 'policy.trafficLight.defaultYellow',
  decimals: 'policy.display.decimals',
} as const;

/** The field of a grade's name (row i) and of its percent (the API names it by the grade). */
export const gradeField = (i: number) => `policy.achievement.categorical.grades[${i}]`;
export const percentField = (grade: string) => `${SCORING_FIELDS.percents}.${grade}`;
/** The fields of band i; `row` and `next` hold what the API says of the band as a whole and of its border with the next one. */
export const bandField = (i: number, part: 'code' | 'label' | 'min' | 'max' | 'row' | 'next') => `policy.bands[${i}].${part}`;

export const emptyBand = (): BandRow => ({ code: '', labelId: '', labelEn: '', min: '', minInclusive: false, max: '', maxInclusive: true });

export function scoringForm(p: ScoringPolicy): ScoringForm {
  const a = p.achievement;
  const percents = a.categorical.percents;
  return {
    description: p.description ?? '',
    lowerIsBetter: a.lowerIsBetter,
    cap: a.cap ?? '',
    floor: a.floor,
    rangeWidth: a.range.widthPercent,
    latePenalty: a.milestone.latePenaltyPerDay,
    milestoneMinimum: a.milestone.minimum,
    gradesUsed: percents !== null,
    grades: percents === null ? [] : Object.entries(percents).map(([grade, percent]) => ({ grade, percent })),
    relativeToTarget: a.categorical.relativeToTarget,
    perspectiveMode: p.rollup.perspectiveMode,
    cascadeMode: p.rollup.cascade.mode,
    childWeight: p.rollup.cascade.childWeight,
    bands: p.bands.map((b) => ({ code: b.code, labelId: b.label.id, labelEn: b.label.en, min: b.min ?? '', minInclusive: b.minInclusive, max: b.max ?? '', maxInclusive: b.maxInclusive })),
    defaultGreen: p.trafficLight.defaultGreen,
    defaultYellow: p.trafficLight.defaultYellow,
    decimals: p.display ? String(p.display.decimals) : '',
  };
}

/** The policy to send (without the identity the service assigns), or what the form finds wrong. */
export function scoringInput(f: ScoringForm): Checked<ScoringPolicyInput> {
  const issues = new Issues();
  const F = SCORING_FIELDS;
  const cap = issues.nullableDecimal(F.cap, f.cap);
  const floor = issues.decimal(F.floor, f.floor);
  const widthPercent = issues.decimal(F.rangeWidth, f.rangeWidth);
  const latePenaltyPerDay = issues.decimal(F.latePenalty, f.latePenalty);
  const minimum = issues.decimal(F.milestoneMinimum, f.milestoneMinimum);
  const childWeight = issues.decimal(F.childWeight, f.childWeight);
  const defaultGreen = issues.decimal(F.defaultGreen, f.defaultGreen);
  const defaultYellow = issues.decimal(F.defaultYellow, f.defaultYellow);
  const decimals = f.decimals.trim() === '' ? undefined : issues.integer(F.decimals, f.decimals, 0, MAX_DECIMALS);

  const seenGrades = new Set<string>();
  const grades = (f.gradesUsed ? f.grades : []).map((row, i) => {
    const grade = issues.text(gradeField(i), row.grade);
    if (grade !== '' && seenGrades.has(grade)) issues.add(gradeField(i), 'errors.duplicateGrade', { grade });
    seenGrades.add(grade);
    return [grade, issues.decimal(percentField(grade), row.percent)] as const;
  });
  if (f.gradesUsed && grades.length === 0) issues.add(F.percents, 'errors.noGrades');

  const seenCodes = new Set<string>();
  const bands = f.bands.map((row, i) => {
    const code = issues.text(bandField(i, 'code'), row.code);
    if (code !== '' && seenCodes.has(code)) issues.add(bandField(i, 'code'), 'errors.duplicateBand', { code });
    seenCodes.add(code);
    if (row.labelId.trim() === '' || row.labelEn.trim() === '') issues.add(bandField(i, 'label'), 'errors.labels');
    return {
      code,
      label: { id: row.labelId.trim(), en: row.labelEn.trim() },
      min: issues.nullableDecimal(bandField(i, 'min'), row.min) ?? null,
      minInclusive: row.minInclusive,
      max: issues.nullableDecimal(bandField(i, 'max'), row.max) ?? null,
      maxInclusive: row.maxInclusive,
    };
  });
  if (bands.length === 0) issues.add(F.bands, 'errors.noBands');

  return issues.result<ScoringPolicyInput>(() => ({
    ...(optionalText(f.description) === undefined ? {} : { description: f.description }),
    achievement: {
      lowerIsBetter: f.lowerIsBetter,
      cap: cap ?? null,
      floor: floor!,
      range: { falloff: 'linear', widthPercent: widthPercent! },
      milestone: { latePenaltyPerDay: latePenaltyPerDay!, minimum: minimum! },
      // The grade table is the API's JSON object (grade -> percent); built from entries, never looked up by a grade.
      categorical: { percents: f.gradesUsed ? Object.fromEntries(grades.map(([g, p]) => [g, p!])) : null, relativeToTarget: f.relativeToTarget },
    },
    rollup: { perspectiveMode: f.perspectiveMode, cascade: { mode: f.cascadeMode, childWeight: childWeight! } },
    bands,
    trafficLight: { defaultGreen: defaultGreen!, defaultYellow: defaultYellow! },
    ...(decimals === undefined ? {} : { display: { decimals } }),
  }));
}
