import { DomainError } from '@capaian/ddd';
import { Decimal, Exact, decimalString, isDecimalString, quotient34 } from '@capaian/kernel';
import { type LkeBilingual, type LkeGradeBand, type LkeSubComponentCode, type LkeWorksheet, type LkeWorksheetRef } from './worksheet.js';

/**
 * How the SAKIP grade (predikat) is computed: a sub-component scores component weight x its share %
 * x the mean value (0..1) of its criteria's answers; the total (0-100) is their sum; the grade is the
 * worksheet's first band whose minimum the exact total exceeds. Default bands (PermenPANRB 88/2021,
 * worksheet data in this folder): AA > 90, A > 80, BB > 70, B > 60, CC > 50, C > 30, D otherwise.
 * `lkeScore` below; `finalize-evaluation` (evaluation.ts) stores the score and grade.
 *
 * Worksheet arithmetic.
 *
 *   value(criterion)     = the scale's value of the answer code, in [0, 1]; an unanswered criterion counts 0
 *   max(sub-component)   = component weight x share / 100
 *   score(sub-component) = max x (sum of its criteria's values) / (number of its criteria)
 *   score(component)     = sum of its sub-components' scores            (max = its weight)
 *   total                = sum of the components' scores (0-100)        (max = 100)
 *   grade                = the worksheet's band of the total (exclusive lower bounds)
 *
 * Unanswered criteria count as 0 and make the result `complete: false` (the evaluation cannot be
 * finalized then); the provisional total and grade are still given, so a form can show them.
 *
 * Exactness: every figure is computed as an exact fraction (weights, shares and values are
 * decimals; the only divisions are by 100 and by criteria counts) and rounded once, half-even, to
 * 34 significant digits. So sums of thirds are right (5/3 + 10/3 is "5", not "4.999...") and the
 * grade is decided on the exact total.
 */
export interface LkeSubComponentScore {
  code: LkeSubComponentCode;
  name: LkeBilingual;
  score: string;
  max: string;
  /** Criteria answered / criteria in the sub-component. */
  answered: number;
  of: number;
}

export interface LkeComponentScore {
  code: string;
  name: LkeBilingual;
  score: string;
  max: string;
  answered: number;
  of: number;
  subComponents: LkeSubComponentScore[];
}

export interface LkeScore {
  worksheet: LkeWorksheetRef;
  /** 0-100, decimal string. */
  total: string;
  /** Grade code of the total, e.g. "BB" (provisional while `complete` is false). */
  grade: string;
  gradeLabel: LkeBilingual;
  components: LkeComponentScore[];
  /** Every criterion is answered. */
  complete: boolean;
  answered: number;
  of: number;
  /** Codes of the unanswered criteria, in worksheet order. */
  unanswered: string[];
}

/** Criterion code -> answer code (a value code of the criterion's scale). */
export type LkeAnswers = Readonly<Record<string, string>>;

// Numerators below are Exact (1000 digits): products and sums of short decimals stay exact.

/** An exact non-negative fraction num / den (den a positive integer). */
export interface Fraction {
  num: Exact;
  den: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
const lcm = (a: bigint, b: bigint): bigint => (a / gcd(a, b)) * b;

function sum(parts: Fraction[]): Fraction {
  const den = parts.reduce((l, p) => lcm(l, p.den), 1n);
  const num = parts.reduce((acc, p) => acc.plus(p.num.times(new Exact((den / p.den).toString()))), new Exact(0));
  return { num, den };
}

/** The fraction correctly rounded (half-even) to 34 significant digits, as a plain string. */
function round34(f: Fraction): string {
  return decimalString(quotient34(f.num, f.den.toString()));
}

/**
 * The grade band of a total (the one place a SAKIP grade is decided): the first band (highest first)
 * whose exclusive `min` the total is strictly above; the band with `min: null` takes the rest. With
 * the default bands: 90 -> A, 90.01 -> AA, 30 -> D, 30.01 -> C. The total is a decimal string or the
 * exact fraction `lkeScore` computes. Throws on a total that is not a decimal string.
 */
export function lkeGrade(w: LkeWorksheet, total: string | Fraction): LkeGradeBand {
  if (typeof total === 'string' && !isDecimalString(total)) throw new Error(`lkeGrade: total must be a decimal string, got ${JSON.stringify(total)}`);
  const { num, den } = typeof total === 'string' ? { num: new Exact(total), den: 1n } : total;
  const band = w.grades.find((g) => g.min === null || num.gt(new Exact(g.min).times(new Exact(den.toString()))));
  if (!band) throw new Error('lkeGrade: the worksheet has no band for this total (the last band must have min null)');
  return band;
}

/**
 * Scores of a worksheet for a set of answers. The worksheet must be valid (see validateWorksheet).
 * Throws DomainError UNKNOWN_CRITERION / INVALID_ANSWER (field `answers.<code>`) for an answer to a
 * criterion the worksheet does not have, or with a code its scale does not have.
 */
export function lkeScore(worksheet: LkeWorksheet, answers: LkeAnswers): LkeScore {
  const known = new Set<string>();
  const components: LkeComponentScore[] = [];
  const componentFractions: Fraction[] = [];
  const unanswered: string[] = [];
  let answeredAll = 0;
  let ofAll = 0;
  for (const c of worksheet.components) {
    const subs: LkeSubComponentScore[] = [];
    const subFractions: Fraction[] = [];
    let answeredC = 0;
    let ofC = 0;
    for (const s of c.subComponents) {
      let values = new Exact(0);
      let answered = 0;
      for (const k of s.criteria) {
        known.add(k.code);
        const answer = Object.prototype.hasOwnProperty.call(answers, k.code) ? answers[k.code] : undefined;
        if (answer === undefined) {
          unanswered.push(k.code);
          continue;
        }
        const scale = worksheet.scales[k.scale]!;
        const value = Object.prototype.hasOwnProperty.call(scale.values, answer) ? scale.values[answer] : undefined;
        if (value === undefined) {
          throw new DomainError(
            'INVALID_ANSWER',
            `Jawaban "${answer}" untuk kriteria ${k.code} tidak ada pada skala (${Object.keys(scale.values).join('/')}) / the answer is not a value of the criterion's scale`,
            `answers.${k.code}`,
          );
        }
        values = values.plus(value);
        answered++;
      }
      const of = s.criteria.length;
      const maxNum = new Exact(c.weight).times(s.share);
      const fraction: Fraction = { num: maxNum.times(values), den: 100n * BigInt(of) };
      subFractions.push(fraction);
      subs.push({ code: s.code, name: s.name, score: round34(fraction), max: round34({ num: maxNum, den: 100n }), answered, of });
      answeredC += answered;
      ofC += of;
    }
    const componentFraction = sum(subFractions);
    componentFractions.push(componentFraction);
    components.push({ code: c.code, name: c.name, score: round34(componentFraction), max: decimalString(new Decimal(c.weight)), answered: answeredC, of: ofC, subComponents: subs });
    answeredAll += answeredC;
    ofAll += ofC;
  }
  for (const code of Object.keys(answers)) {
    if (!known.has(code))
      throw new DomainError('UNKNOWN_CRITERION', `Kriteria ${code} tidak ada pada LKE ${worksheet.worksheetId} v${worksheet.version} / no such criterion in the worksheet`, `answers.${code}`);
  }
  const total = sum(componentFractions);
  const grade = lkeGrade(worksheet, total);
  return {
    worksheet: { worksheetId: worksheet.worksheetId, version: worksheet.version },
    total: round34(total),
    grade: grade.code,
    gradeLabel: grade.label,
    components,
    complete: unanswered.length === 0,
    answered: answeredAll,
    of: ofAll,
    unanswered,
  };
}
