import { invalid, type Problem } from '@capaian/ddd';
import { ISO_DATE_PATTERN } from '@capaian/kernel';
import { Decimal } from '@capaian/scoring';
import { lkeCriteria, type LkeBilingual, type LkePrefillRuleCode, type LkeScale, type LkeWorksheet } from './worksheet.js';

/**
 * What the system knows from its event history about one unit and year, gathered by the caller
 * (planning and measurement events) before an evaluation starts. Counts are non-negative integers.
 */
export interface LkeFacts {
  /** KPIs (IKU) of the unit's approved scorecard for the year. */
  kpiCount: number;
  /** ...of which have a yearly target. */
  kpisWithTarget: number;
  /** ...of which have a data source (sumber data) and a definition / measurement method. */
  kpisWithDataSource: number;
  /** Strategic objectives of the scorecard. */
  objectivesCount: number;
  /** ...of which trace to an objective of the parent unit (cascading); for the Pemda itself, pass objectivesCount. */
  objectivesAligned: number;
  /** The scorecard was approved as a performance agreement (Perjanjian Kinerja). */
  scorecardApproved: boolean;
  /** When the (current) approval was given, ISO date or instant; null/absent when unknown. */
  approvedAt?: string | null;
  /** Version of the approved plan (1 = never revised). */
  approvedVersion?: number | null;
  /** Revisions opened after the first approval (each one recorded with a reason). */
  revisionCount: number;
  /** Realizations due in the year so far: KPIs x their sub-periods whose deadline has passed. */
  realizationsExpected: number;
  /** ...submitted (not rejected) at all. <= expected. */
  realizationsSubmitted: number;
  /** ...submitted by their deadline. <= submitted. */
  realizationsOnTime: number;
  /** ...verified by an evaluator. <= submitted. */
  realizationsVerified: number;
  /** ...with at least one evidence link (bukti dukung). <= submitted. */
  realizationsWithEvidence: number;
  /** The unit reports its realizations through this application (true for every unit using Capaian). */
  measurementViaApplication: boolean;
  /** The LKjIP submission, when the system knows it (dates YYYY-MM-DD). */
  lkjip?: { submittedOn: string; deadline: string } | null;
  /** Recommendations of the previous evaluation and how many were followed up, when known. */
  recommendations?: { total: number; followedUp: number } | null;
}

/** A suggested answer for one criterion. Suggestions never count as answers: the evaluator's answer always wins. */
export interface LkeSuggestion {
  criterionCode: string;
  /** A value code of the criterion's scale. */
  answer: string;
  rule: LkePrefillRuleCode;
  /** What the suggestion was derived from, with the numbers, e.g. "30 dari 30 IKU memiliki target (100 %)". */
  derivedFrom: LkeBilingual;
  /** The ratio the rule measured, when it measured one (percent is rounded to 2 decimals for display only). */
  basis: { numerator: number; denominator: number; percent: string } | null;
}

/** Outcome of one rule: a ratio of counts, a yes/no fact, or nothing the system can tell. */
type RuleResult =
  { kind: 'ratio'; numerator: number; denominator: number; text: (percent: { id: string; en: string }) => LkeBilingual } | { kind: 'boolean'; value: boolean; text: LkeBilingual } | null;

const COUNT_FIELDS = [
  'kpiCount',
  'kpisWithTarget',
  'kpisWithDataSource',
  'objectivesCount',
  'objectivesAligned',
  'revisionCount',
  'realizationsExpected',
  'realizationsSubmitted',
  'realizationsOnTime',
  'realizationsVerified',
  'realizationsWithEvidence',
] as const;
const PARTS: Array<[part: keyof LkeFacts, whole: keyof LkeFacts]> = [
  ['kpisWithTarget', 'kpiCount'],
  ['kpisWithDataSource', 'kpiCount'],
  ['objectivesAligned', 'objectivesCount'],
  ['realizationsSubmitted', 'realizationsExpected'],
  ['realizationsOnTime', 'realizationsSubmitted'],
  ['realizationsVerified', 'realizationsSubmitted'],
  ['realizationsWithEvidence', 'realizationsSubmitted'],
];

/** Problems with a set of facts (empty = consistent): counts are non-negative integers and parts never exceed their whole. */
export function validateLkeFacts(f: LkeFacts): Problem[] {
  const problems: Problem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  const count = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
  for (const k of COUNT_FIELDS) if (!count(f[k])) add(k, 'must be an integer >= 0');
  for (const [part, whole] of PARTS) {
    if (count(f[part]) && count(f[whole]) && (f[part] as number) > (f[whole] as number)) add(part, `must be <= ${whole}`);
  }
  if (typeof f.scorecardApproved !== 'boolean') add('scorecardApproved', 'must be a boolean');
  if (typeof f.measurementViaApplication !== 'boolean') add('measurementViaApplication', 'must be a boolean');
  if (f.lkjip) {
    if (!ISO_DATE_PATTERN.test(f.lkjip.submittedOn)) add('lkjip.submittedOn', 'must be a date YYYY-MM-DD');
    if (!ISO_DATE_PATTERN.test(f.lkjip.deadline)) add('lkjip.deadline', 'must be a date YYYY-MM-DD');
  }
  if (f.recommendations) {
    const { total, followedUp } = f.recommendations;
    if (!count(total)) add('recommendations.total', 'must be an integer >= 0');
    if (!count(followedUp)) add('recommendations.followedUp', 'must be an integer >= 0');
    else if (count(total) && followedUp > total) add('recommendations.followedUp', 'must be <= recommendations.total');
  }
  return problems;
}

const dateOf = (at: string | null | undefined) => (at ? at.slice(0, 10) : null);

/**
 * A ratio of counts, said as "<numerator> dari <denominator> <what.id> (<percent> %)" /
 * "<numerator> of <denominator> <what.en> (<percent> %)"; nothing when there is nothing to count.
 */
function ratio(numerator: number, denominator: number, what: LkeBilingual): RuleResult {
  if (denominator === 0) return null;
  return { kind: 'ratio', numerator, denominator, text: (p) => ({ id: `${numerator} dari ${denominator} ${what.id} (${p.id} %)`, en: `${numerator} of ${denominator} ${what.en} (${p.en} %)` }) };
}

/** The rules: each reads the facts and says what it measured, in Indonesian and English. */
const RULES: Record<LkePrefillRuleCode, (f: LkeFacts) => RuleResult> = {
  scorecard_approved: (f) => {
    const when = dateOf(f.approvedAt);
    const version = f.approvedVersion ?? null;
    const detail = [when ? `pada ${when}` : null, version ? `versi ${version}` : null].filter(Boolean).join(', ');
    const detailEn = [when ? `on ${when}` : null, version ? `version ${version}` : null].filter(Boolean).join(', ');
    return f.scorecardApproved
      ? {
          kind: 'boolean',
          value: true,
          text: { id: `Perjanjian Kinerja (kartu kinerja) telah ditetapkan${detail ? ` ${detail}` : ''}`, en: `The performance agreement (scorecard) was approved${detailEn ? ` ${detailEn}` : ''}` },
        }
      : { kind: 'boolean', value: false, text: { id: 'Perjanjian Kinerja (kartu kinerja) belum ditetapkan', en: 'The performance agreement (scorecard) is not approved' } };
  },
  revisions_documented: (f) =>
    f.scorecardApproved
      ? {
          kind: 'boolean',
          value: true,
          text: {
            id: `Perjanjian Kinerja telah ditetapkan; ${f.revisionCount} revisi sesudahnya, seluruhnya tercatat beserta alasannya`,
            en: `The performance agreement is approved; ${f.revisionCount} revision(s) since, all recorded with a reason`,
          },
        }
      : {
          kind: 'boolean',
          value: false,
          text: { id: 'Perjanjian Kinerja belum ditetapkan, belum ada rencana yang direvisi secara terdokumentasi', en: 'No approved performance agreement: no documented revisions' },
        },
  targets_for_all_kpis: (f) =>
    f.kpiCount === 0
      ? { kind: 'boolean', value: false, text: { id: 'Belum ada IKU yang ditetapkan (0 IKU)', en: 'No KPI is defined (0 KPIs)' } }
      : ratio(f.kpisWithTarget, f.kpiCount, { id: 'IKU memiliki target', en: 'KPIs have a target' }),
  objectives_aligned: (f) => ratio(f.objectivesAligned, f.objectivesCount, { id: 'sasaran selaras dengan sasaran tingkat di atasnya', en: 'objectives trace to an objective of the level above' }),
  kpi_data_source: (f) => ratio(f.kpisWithDataSource, f.kpiCount, { id: 'IKU memiliki sumber data dan definisi operasional', en: 'KPIs have a data source and an operational definition' }),
  measurement_via_application: (f) =>
    f.measurementViaApplication
      ? {
          kind: 'boolean',
          value: true,
          text: {
            id: `Realisasi IKU dilaporkan melalui aplikasi Capaian (${f.realizationsSubmitted} realisasi tercatat)`,
            en: `KPI realizations are reported through the Capaian application (${f.realizationsSubmitted} realizations recorded)`,
          },
        }
      : null, // the unit may use another application: the system cannot tell
  realizations_complete: (f) => ratio(f.realizationsSubmitted, f.realizationsExpected, { id: 'realisasi yang wajib dilaporkan telah disampaikan', en: 'due realizations were submitted' }),
  realizations_on_time: (f) => ratio(f.realizationsOnTime, f.realizationsExpected, { id: 'realisasi yang wajib dilaporkan disampaikan tepat waktu', en: 'due realizations were submitted on time' }),
  realizations_verified: (f) => ratio(f.realizationsVerified, f.realizationsSubmitted, { id: 'realisasi telah diverifikasi', en: 'realizations are verified' }),
  realizations_with_evidence: (f) => ratio(f.realizationsWithEvidence, f.realizationsSubmitted, { id: 'realisasi memiliki bukti dukung', en: 'realizations have evidence' }),
  lkjip_on_time: (f) => {
    if (!f.lkjip) return null;
    const { submittedOn, deadline } = f.lkjip;
    return submittedOn <= deadline
      ? { kind: 'boolean', value: true, text: { id: `LKjIP disampaikan ${submittedOn}, batas waktu ${deadline}`, en: `LKjIP submitted on ${submittedOn}, deadline ${deadline}` } }
      : { kind: 'boolean', value: false, text: { id: `LKjIP disampaikan ${submittedOn}, melewati batas waktu ${deadline}`, en: `LKjIP submitted on ${submittedOn}, after the deadline ${deadline}` } };
  },
  recommendations_followed_up: (f) =>
    f.recommendations
      ? ratio(f.recommendations.followedUp, f.recommendations.total, { id: 'rekomendasi evaluasi sebelumnya telah ditindaklanjuti', en: 'recommendations of the previous evaluation were followed up' })
      : null,
};

/** The answer of a scale for a ratio in percent: the first `ratioAnswers` entry whose minPercent it reaches. */
function answerForPercent(scale: LkeScale, percent: Decimal): string {
  const entry = (scale.ratioAnswers ?? []).find((r) => percent.gte(r.minPercent));
  if (!entry) throw new Error('prefillAnswers: the scale has no ratioAnswers for this ratio (validate the worksheet first)');
  return entry.answer;
}

/** "96.67" / "96,67": 2 decimals half-up, trailing zeros dropped (100, 50.5). */
function displayPercent(p: Decimal): { id: string; en: string } {
  const en = p.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString();
  return { id: en.replace('.', ','), en };
}

/**
 * Suggested answers for the worksheet's criteria that name a pre-fill rule, from the facts.
 * A rule that cannot tell (nothing to count, the fact unknown) gives no suggestion. The worksheet
 * must be valid. Throws DomainError INVALID_FACTS (field `facts.<name>`) on inconsistent facts.
 * Ratios are exact; the answer is the scale's `ratioAnswers` band for the exact percent.
 */
export function prefillAnswers(worksheet: LkeWorksheet, facts: LkeFacts): LkeSuggestion[] {
  const problems = validateLkeFacts(facts);
  if (problems.length > 0) throw invalid('INVALID_FACTS', { id: 'Data riwayat tidak konsisten', en: 'inconsistent facts' }, problems, 'facts');
  const out: LkeSuggestion[] = [];
  for (const { criterion, scale } of lkeCriteria(worksheet)) {
    if (!criterion.prefill) continue;
    const result = RULES[criterion.prefill](facts);
    if (!result) continue;
    if (result.kind === 'boolean') {
      out.push({ criterionCode: criterion.code, answer: answerForPercent(scale, new Decimal(result.value ? 100 : 0)), rule: criterion.prefill, derivedFrom: result.text, basis: null });
    } else {
      const percent = new Decimal(result.numerator).times(100).div(result.denominator);
      const shown = displayPercent(percent);
      out.push({
        criterionCode: criterion.code,
        answer: answerForPercent(scale, percent),
        rule: criterion.prefill,
        derivedFrom: result.text(shown),
        basis: { numerator: result.numerator, denominator: result.denominator, percent: shown.en },
      });
    }
  }
  return out;
}
