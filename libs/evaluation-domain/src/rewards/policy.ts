import { Decimal, isDecimalString, deepFreeze, headerProblems, isJsonObject, type PolicyProblem } from '@capaian/scoring';
import { PERIOD_GRANULARITIES, type PeriodGranularity } from './periods.js';

/**
 * Reward and punishment rules as versioned data (per tenant and year, `rewardPolicyDecider`).
 * The product recommends; a person decides (recommendation-decision.ts). Each rule has a stable
 * `ruleId` and its own `version` (bumped when its parameters change), so a recommendation names
 * exactly the rule that fired. Numbers are decimal strings; scores and percents are points.
 */
export type RecommendationKind = 'tpp' | 'certificate' | 'oral_warning' | 'written_warning' | 'postponed_promotion';
export const RECOMMENDATION_KINDS: readonly RecommendationKind[] = ['tpp', 'certificate', 'oral_warning', 'written_warning', 'postponed_promotion'];
export type ShortfallKind = 'oral_warning' | 'written_warning' | 'postponed_promotion';
/** Severity of the punishments, mildest first (used when several fire for the same unit and period). */
export const SHORTFALL_SEVERITY: Record<ShortfallKind, number> = { oral_warning: 1, written_warning: 2, postponed_promotion: 3 };

interface RuleBase {
  /** Stable id, lower case letters, digits, '.', '_' or '-' (part of recommendation ids). */
  ruleId: string;
  /** The rule's own version (1, 2...): a change of its parameters is a new version. */
  version: number;
  kind: RecommendationKind;
  /** Which facts the rule reads: yearly scores (`2026`) or sub-period ones (`2026-Q2`...). */
  granularity: PeriodGranularity;
  label: { id: string; en: string };
}

/**
 * TPP (tambahan penghasilan pegawai), performance part, for every unit with a measurable score in a
 * period: payable % of the performance allowance = baseShare x min(max(score, 0), cap) / 100.
 * With baseShare 100 and cap 100, a unit scoring 85 gets 85 % of its performance allowance.
 */
export interface TppRule extends RuleBase {
  kind: 'tpp';
  /** Percent of the performance allowance that depends on the score (100 = all of it). */
  baseShare: string;
  /** Scores above the cap pay as the cap (e.g. 100: no more than the full allowance). */
  cap: string;
}

/**
 * Certificate (piagam penghargaan) for the top units of a period's ranking: rank <= topN (ties at
 * the N-th place all receive it, as the ranking gives tied units the same rank), with a
 * measurable score above the minimum.
 */
export interface CertificateRule extends RuleBase {
  kind: 'certificate';
  topN: number;
  /** Minimum score; null for none. */
  minScore: string | null;
  /** true: score >= minScore; false: score > minScore. */
  minInclusive: boolean;
}

/**
 * Shortfall (teguran lisan / tertulis, penundaan kenaikan pangkat): the unit's score is at or
 * below `threshold` (`thresholdInclusive`) in `consecutive` consecutive periods. The rule fires at
 * every period that ends such a run (so at the K-th period of a shortfall and at each one after it).
 * `notMeasurable`: a period whose score is not measurable `breaks_streak` (default: not measurable
 * is no evidence of a shortfall, and joining the periods around it would treat non-consecutive
 * shortfalls as consecutive) or is `skipped` (passed over: the periods around it count as
 * consecutive). A period with no fact at all always breaks the streak.
 */
export interface ShortfallRule extends RuleBase {
  kind: ShortfallKind;
  threshold: string;
  /** true: score <= threshold is a shortfall; false: score < threshold. */
  thresholdInclusive: boolean;
  consecutive: number;
  notMeasurable: 'breaks_streak' | 'skipped';
}

export type RewardRule = TppRule | CertificateRule | ShortfallRule;

export interface RewardPolicy {
  /** Stable id of the policy family. */
  policyId: string;
  /** 0 for the built-in default, then 1, 2, 3...: a change is a new version, never an edit of an old one. */
  version: number;
  description?: string;
  rules: RewardRule[];
}

/**
 * Defaults (DOMAIN.md, common Pemda practice), on yearly unit scores:
 * - TPP performance part in proportion to the score (baseShare 100, cap 100);
 * - certificate for the top 3 of the ranking with a score above 90 (the "sangat tinggi" band of
 *   Permendagri 86/2017: an award for very high performance, not merely for being first);
 * - score <= 65 (band "rendah" or below): oral warning for one period, written warning for 2
 *   consecutive periods, postponed promotion for 3; a period not measurable breaks the streak.
 */
export const DEFAULT_REWARD_POLICY: RewardPolicy = deepFreeze<RewardPolicy>({
  policyId: 'reward-punishment',
  // Version 0: the built-in default of every tenant's sequence (policy-identity.ts).
  version: 0,
  description: 'Default: TPP in proportion to the score (cap 100), certificate for the top 3 above 90, warnings at <= 65 for 1 / 2 years, postponed promotion for 3 years',
  rules: [
    { ruleId: 'tpp-performance', version: 1, kind: 'tpp', granularity: 'year', label: { id: 'TPP bagian kinerja', en: 'TPP performance part' }, baseShare: '100', cap: '100' },
    {
      ruleId: 'certificate-top',
      version: 1,
      kind: 'certificate',
      granularity: 'year',
      label: { id: 'Piagam penghargaan', en: 'Certificate of appreciation' },
      topN: 3,
      minScore: '90',
      minInclusive: false,
    },
    {
      ruleId: 'oral-warning',
      version: 1,
      kind: 'oral_warning',
      granularity: 'year',
      label: { id: 'Teguran lisan', en: 'Oral warning' },
      threshold: '65',
      thresholdInclusive: true,
      consecutive: 1,
      notMeasurable: 'breaks_streak',
    },
    {
      ruleId: 'written-warning',
      version: 1,
      kind: 'written_warning',
      granularity: 'year',
      label: { id: 'Teguran tertulis', en: 'Written warning' },
      threshold: '65',
      thresholdInclusive: true,
      consecutive: 2,
      notMeasurable: 'breaks_streak',
    },
    {
      ruleId: 'postponed-promotion',
      version: 1,
      kind: 'postponed_promotion',
      granularity: 'year',
      label: { id: 'Penundaan kenaikan pangkat', en: 'Postponed rank promotion' },
      threshold: '65',
      thresholdInclusive: true,
      consecutive: 3,
      notMeasurable: 'breaks_streak',
    },
  ],
});

const RULE_ID = /^[a-z0-9][a-z0-9._-]*$/;

/** Problems with a reward policy (empty = valid); each names the field's path. Never throws. */
export function validateRewardPolicy(p: unknown): PolicyProblem[] {
  if (!isJsonObject(p)) return [{ field: 'policy', message: 'must be an object' }];
  const problems = headerProblems(p, 'policyId', 0);
  const add = (field: string, message: string) => problems.push({ field, message });
  const rules = p['rules'];
  if (!Array.isArray(rules)) {
    add('rules', 'must be an array');
    return problems;
  }
  const ids = new Set<string>();
  rules.forEach((r: unknown, i) => {
    const at = `rules[${i}]`;
    if (!isJsonObject(r)) return add(at, 'must be an object');
    const ruleId = r['ruleId'];
    if (typeof ruleId !== 'string' || !RULE_ID.test(ruleId)) add(`${at}.ruleId`, "must be lower case letters, digits, '.', '_' or '-'");
    else if (ids.has(ruleId)) add(`${at}.ruleId`, `duplicate rule id ${ruleId}`);
    else ids.add(ruleId);
    if (!isPositiveInteger(r['version'])) add(`${at}.version`, 'must be an integer >= 1');
    if (!PERIOD_GRANULARITIES.includes(r['granularity'] as PeriodGranularity)) add(`${at}.granularity`, `must be one of ${PERIOD_GRANULARITIES.join(', ')}`);
    const label = r['label'];
    if (!isJsonObject(label) || typeof label['id'] !== 'string' || typeof label['en'] !== 'string' || label['id'].trim() === '' || label['en'].trim() === '') {
      add(`${at}.label`, 'must be { id: string, en: string }, both non-empty');
    }
    const dec = (field: string, opts: { nullable?: boolean; min?: string; max?: string; positive?: boolean } = {}) => {
      const v = r[field];
      if (v === null && opts.nullable) return;
      if (!isDecimalString(v)) return add(`${at}.${field}`, `must be a decimal written as a string${opts.nullable ? ' or null' : ''}`);
      const d = new Decimal(v);
      if (opts.min !== undefined && d.lt(opts.min)) add(`${at}.${field}`, `must be >= ${opts.min}`);
      if (opts.max !== undefined && d.gt(opts.max)) add(`${at}.${field}`, `must be <= ${opts.max}`);
      if (opts.positive && !d.gt(0)) add(`${at}.${field}`, 'must be > 0');
    };
    const bool = (field: string) => {
      if (typeof r[field] !== 'boolean') add(`${at}.${field}`, 'must be a boolean');
    };
    switch (r['kind']) {
      case 'tpp':
        dec('baseShare', { min: '0', max: '100' });
        dec('cap', { positive: true });
        break;
      case 'certificate':
        if (!isPositiveInteger(r['topN'])) add(`${at}.topN`, 'must be an integer >= 1');
        dec('minScore', { nullable: true });
        bool('minInclusive');
        break;
      case 'oral_warning':
      case 'written_warning':
      case 'postponed_promotion':
        dec('threshold');
        bool('thresholdInclusive');
        if (!isPositiveInteger(r['consecutive'])) add(`${at}.consecutive`, 'must be an integer >= 1');
        if (r['notMeasurable'] !== 'breaks_streak' && r['notMeasurable'] !== 'skipped') add(`${at}.notMeasurable`, "must be 'breaks_streak' or 'skipped'");
        break;
      default:
        add(`${at}.kind`, `must be one of ${RECOMMENDATION_KINDS.join(', ')}`);
    }
  });
  return problems;
}

function isPositiveInteger(v: unknown): boolean {
  return Number.isInteger(v) && (v as number) >= 1;
}
