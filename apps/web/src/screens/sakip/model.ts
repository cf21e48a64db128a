import type { ApiProblem } from '../../api/errors';
import type { Bilingual, LkeComponent, LkeComponentScore, LkeCriterion, LkeScale, LkeScore, LkeSubComponent, LkeSubComponentScore, LkeSuggestion, SakipAnswer, SakipEvaluation } from './types';

/**
 * The LKE worksheet as the screen shows it: components -> sub-components -> criteria, each
 * criterion with its weight in points, the system's suggestion and the current answer. The API's
 * decimal strings are kept; numbers are computed here for display only.
 */

/** One criterion of the worksheet with what the evaluation holds for it. */
export interface CriterionRow {
  criterion: LkeCriterion;
  componentCode: string;
  subComponentCode: string;
  scale: LkeScale | undefined;
  /** Points of the total (0-100) the criterion is worth: sub-component max / its number of criteria (display only). */
  points: number;
  suggestion: LkeSuggestion | undefined;
  answer: SakipAnswer | undefined;
  /** Answered, with another answer than the system suggested. */
  deviates: boolean;
}

export interface SubComponentGroup {
  subComponent: LkeSubComponent;
  /** Points of the total: component weight x share / 100 (display only). */
  max: number;
  criteria: CriterionRow[];
  answered: number;
  of: number;
  /** The API's score of the sub-component, when it gave one. */
  score: LkeSubComponentScore | undefined;
}

export interface ComponentGroup {
  component: LkeComponent;
  subComponents: SubComponentGroup[];
  answered: number;
  of: number;
  score: LkeComponentScore | undefined;
}

const num = (s: string | null | undefined): number => {
  const n = Number(s);
  return Number.isFinite(n) ? n : 0;
};

/** The API's maps (criterion code -> ...) as Maps: codes are never plain-object keys here. */
export function answersOf(evaluation: Pick<SakipEvaluation, 'answers'>): ReadonlyMap<string, SakipAnswer> {
  return new Map(Object.entries(evaluation.answers ?? {}));
}

export function suggestionsOf(evaluation: Pick<SakipEvaluation, 'suggestions'>): ReadonlyMap<string, LkeSuggestion> {
  return new Map(Object.entries(evaluation.suggestions ?? {}));
}

/** Scale code -> scale, as a Map. */
export function scalesOf(scales: Readonly<Record<string, LkeScale>> | undefined): ReadonlyMap<string, LkeScale> {
  return new Map(Object.entries(scales ?? {}));
}

/** Components -> sub-components -> criteria of the evaluation's worksheet, with answers, suggestions and the API's scores. */
export function groupWorksheet(evaluation: SakipEvaluation): ComponentGroup[] {
  const worksheet = evaluation.worksheet;
  if (!worksheet) return [];
  const answers = answersOf(evaluation);
  const suggestions = suggestionsOf(evaluation);
  const scales = scalesOf(worksheet.scales);
  const componentScores = new Map((evaluation.score?.components ?? []).map((c) => [c.code, c]));
  return worksheet.components.map((component) => {
    const score = componentScores.get(component.code);
    const subScores = new Map((score?.subComponents ?? []).map((s) => [s.code, s]));
    const subComponents = component.subComponents.map((subComponent): SubComponentGroup => {
      const max = (num(component.weight) * num(subComponent.share)) / 100;
      const count = subComponent.criteria.length;
      const criteria = subComponent.criteria.map((criterion): CriterionRow => {
        const answer = answers.get(criterion.code);
        const suggestion = suggestions.get(criterion.code);
        return {
          criterion,
          componentCode: component.code,
          subComponentCode: subComponent.code,
          scale: scales.get(criterion.scale),
          points: count > 0 ? max / count : 0,
          suggestion,
          answer,
          deviates: !!answer && !!suggestion && answer.answer !== suggestion.answer,
        };
      });
      const answered = criteria.filter((c) => c.answer).length;
      return { subComponent, max, criteria, answered, of: count, score: subScores.get(subComponent.code) };
    });
    return {
      component,
      subComponents,
      answered: subComponents.reduce((n, s) => n + s.answered, 0),
      of: subComponents.reduce((n, s) => n + s.of, 0),
      score,
    };
  });
}

/** Every criterion row, in worksheet order. */
export const criterionRows = (groups: readonly ComponentGroup[]): CriterionRow[] => groups.flatMap((g) => g.subComponents.flatMap((s) => s.criteria));

export interface Progress {
  answered: number;
  of: number;
  /** 0-100, whole percent (display only). */
  percent: number;
  complete: boolean;
}

/** How many criteria are answered, overall or of one component. */
export function progressOf(groups: readonly Pick<ComponentGroup, 'answered' | 'of'>[]): Progress {
  const answered = groups.reduce((n, g) => n + g.answered, 0);
  const of = groups.reduce((n, g) => n + g.of, 0);
  return { answered, of, percent: of === 0 ? 0 : Math.floor((answered * 100) / of), complete: of > 0 && answered === of };
}

/** One line of the score's breakdown: a component, or one of its sub-components under it. */
export interface BreakdownRow {
  level: 'component' | 'subComponent';
  code: string;
  /** The component a sub-component belongs to (its own code for a component). */
  componentCode: string;
  name: Bilingual;
  /** The API's decimal strings. */
  score: string;
  max: string;
  /** score / max in percent (display only); null when max is 0. */
  percentOfMax: number | null;
  answered: number;
  of: number;
}

const percentOf = (score: string, max: string): number | null => (num(max) === 0 ? null : (num(score) * 100) / num(max));

/** The score's breakdown: each component, then its sub-components (keberadaan, kualitas, pemanfaatan). */
export function breakdownRows(score: LkeScore | null | undefined): BreakdownRow[] {
  if (!score) return [];
  return score.components.flatMap((c): BreakdownRow[] => [
    { level: 'component', code: c.code, componentCode: c.code, name: c.name, score: c.score, max: c.max, percentOfMax: percentOf(c.score, c.max), answered: c.answered, of: c.of },
    ...c.subComponents.map((s): BreakdownRow => ({
      level: 'subComponent',
      code: s.code,
      componentCode: c.code,
      name: s.name,
      score: s.score,
      max: s.max,
      percentOfMax: percentOf(s.score, s.max),
      answered: s.answered,
      of: s.of,
    })),
  ]);
}

/** One answer a criterion's scale allows, best first (the API's order). */
export interface ScaleOption {
  code: string;
  /** Its value in [0, 1], the API's decimal string. */
  value: string;
  label: Bilingual | undefined;
}

export function scaleOptions(scale: LkeScale | undefined): ScaleOption[] {
  if (!scale) return [];
  const labels = new Map(Object.entries(scale.valueLabels ?? {}));
  return Object.entries(scale.values).map(([code, value]) => ({ code, value, label: labels.get(code) }));
}

/** The meaning of an answer code on a scale (undefined when the scale does not name it). */
export function answerLabel(scale: LkeScale | undefined, code: string): Bilingual | undefined {
  return scaleOptions(scale).find((o) => o.code === code)?.label;
}

/** Points a criterion's answer earns: its points x the answer's value (display only). */
export const earnedPoints = (row: Pick<CriterionRow, 'points' | 'answer'>): number | null => (row.answer ? row.points * num(row.answer.value) : null);

export type CriterionFilter = 'all' | 'unanswered' | 'answered' | 'deviates' | 'suggested';
export const CRITERION_FILTERS: readonly CriterionFilter[] = ['all', 'unanswered', 'answered', 'deviates', 'suggested'];

export function matchesFilter(row: CriterionRow, filter: CriterionFilter): boolean {
  switch (filter) {
    case 'unanswered':
      return !row.answer;
    case 'answered':
      return !!row.answer;
    case 'deviates':
      return row.deviates;
    case 'suggested':
      return !!row.suggestion;
    default:
      return true;
  }
}

/** The groups with only the criteria the filter shows (sub-components and components left empty are dropped). */
export function filterGroups(groups: readonly ComponentGroup[], filter: CriterionFilter): ComponentGroup[] {
  if (filter === 'all') return [...groups];
  return groups
    .map((g) => ({ ...g, subComponents: g.subComponents.map((s) => ({ ...s, criteria: s.criteria.filter((c) => matchesFilter(c, filter)) })).filter((s) => s.criteria.length > 0) }))
    .filter((g) => g.subComponents.length > 0);
}

/**
 * The criteria a refused finalization names (422 EVALUATION_INCOMPLETE: one detail per criterion,
 * `answers.<code>` with its criterionCode), in worksheet order; codes the worksheet lacks are kept
 * at the end so nothing the API said is hidden.
 */
export function unansweredFromProblem(problem: ApiProblem | undefined, rows: readonly CriterionRow[]): { rows: CriterionRow[]; unknown: string[] } {
  if (!problem || problem.code !== 'EVALUATION_INCOMPLETE') return { rows: [], unknown: [] };
  const codes = new Set<string>();
  if (Array.isArray(problem.details)) {
    for (const d of problem.details as unknown[]) {
      if (typeof d !== 'object' || d === null) continue;
      const { criterionCode, field } = d as { criterionCode?: unknown; field?: unknown };
      if (typeof criterionCode === 'string') codes.add(criterionCode);
      else if (typeof field === 'string' && field.startsWith('answers.')) codes.add(field.slice('answers.'.length));
    }
  }
  const known = rows.filter((r) => codes.has(r.criterion.code));
  const knownCodes = new Set(known.map((r) => r.criterion.code));
  return { rows: known, unknown: [...codes].filter((c) => !knownCodes.has(c)) };
}

/** The element id of a criterion's row, for links from the list of unanswered criteria. */
export const criterionAnchor = (code: string): string => `criterion-${code.replace(/[^A-Za-z0-9_-]/g, '_')}`;
