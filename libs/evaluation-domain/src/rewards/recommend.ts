import { invalid, type Problem } from '@capaian/ddd';
import { Decimal, decimalString, formatPercent, policyRef, readDecimal, type PolicyRef } from '@capaian/scoring';
import { comparePeriods, parseRewardPeriod, type RewardPeriod } from './periods.js';
import { RECOMMENDATION_KINDS, SHORTFALL_SEVERITY, validateRewardPolicy, type CertificateRule, type RecommendationKind, type RewardPolicy, type ShortfallRule, type TppRule } from './policy.js';

/**
 * Reward and punishment recommendations from unit scores per period, under a reward policy.
 * Pure: the same facts and policy give the same recommendations, in the same order, with the same
 * ids, so a recommendation can be recomputed by replay at any time. Nothing is applied: a person
 * accepts or rejects each one (recommendation-decision.ts).
 */

/** A unit's score in one period (e.g. from `rankUnits`: `rewardFactsFromRanking`). */
export interface RewardFact {
  unitId: string;
  unitName: string;
  /** `2026`, `2026-S1`, `2026-Q2`, `2026-M03`. */
  period: string;
  /** Decimal string; null when not measurable. */
  score: string | null;
  /** Rank in the tenant's ranking of that period (ties share a rank); null when not ranked. */
  rank: number | null;
}

export interface RecommendationInput {
  period: string;
  score: string | null;
  rank: number | null;
}

export interface Recommendation {
  /** `<ruleId>.v<ruleVersion>.<unitId>.<period>`: the same rule version, unit and period always give the same id. */
  recommendationId: string;
  kind: RecommendationKind;
  unitId: string;
  unitName: string;
  /** The period it is for (the last period of a shortfall run). */
  period: string;
  ruleId: string;
  ruleVersion: number;
  policy: PolicyRef;
  reason: { id: string; en: string };
  /** The scores and periods the rule used, oldest first. */
  inputs: RecommendationInput[];
  /** kind 'tpp': the payable percent of the performance allowance and how it was computed. */
  tpp?: { score: string; baseShare: string; cap: string; cappedScore: string; payablePercent: string };
  /** kind 'certificate'. */
  certificate?: { rank: number; topN: number; score: string; minScore: string | null; minInclusive: boolean };
  /** Warnings and postponed promotion. */
  shortfall?: {
    threshold: string;
    thresholdInclusive: boolean;
    /** Shortfall periods in the run ending at `period` (not-measurable ones skipped by the rule not counted). */
    streak: number;
    /** How many the rule needs. */
    required: number;
    /** Milder shortfall rules that fired for the same unit and period, replaced by this one. */
    supersedes: Array<{ ruleId: string; ruleVersion: number; kind: RecommendationKind }>;
  };
}

interface Fact extends RewardFact {
  at: RewardPeriod;
  value: Decimal | null;
}

/** Problems with the facts (empty = usable). Never throws. */
export function validateRewardFacts(facts: unknown): Problem[] {
  if (!Array.isArray(facts)) return [{ field: 'facts', message: 'must be an array' }];
  const problems: Problem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message });
  const seen = new Set<string>();
  facts.forEach((f: unknown, i) => {
    const at = `facts[${i}]`;
    if (typeof f !== 'object' || f === null) return add(at, 'must be an object');
    const r = f as Record<string, unknown>;
    if (typeof r['unitId'] !== 'string' || r['unitId'].trim() === '') add(`${at}.unitId`, 'must be a non-empty string');
    if (typeof r['unitName'] !== 'string') add(`${at}.unitName`, 'must be a string');
    if (!parseRewardPeriod(r['period'])) add(`${at}.period`, 'must be a period such as 2026, 2026-S1, 2026-Q2 or 2026-M03');
    if (r['score'] !== null && readDecimal(r['score']) === null) add(`${at}.score`, 'must be a decimal string or null');
    if (r['rank'] !== null && !(Number.isInteger(r['rank']) && (r['rank'] as number) >= 1)) add(`${at}.rank`, 'must be an integer >= 1 or null');
    const key = `${String(r['unitId'])}\u0000${String(r['period'])}`;
    if (seen.has(key)) add(at, `a second fact for unit ${String(r['unitId'])} and period ${String(r['period'])}`);
    seen.add(key);
  });
  return problems;
}

/**
 * The recommendations of the policy's rules on the facts (any order; they are sorted here).
 * Throws DomainError INVALID_REWARD_POLICY / INVALID_REWARD_FACTS (unprocessable) with every problem.
 * Order of the result: period (chronological), unit, kind (tpp, certificate, warnings...), rule.
 */
export function recommend(policy: RewardPolicy, facts: readonly RewardFact[]): Recommendation[] {
  const policyProblems = validateRewardPolicy(policy);
  if (policyProblems.length > 0) throw invalid('INVALID_REWARD_POLICY', { id: 'Kebijakan penghargaan dan sanksi tidak sah', en: 'invalid reward policy' }, policyProblems, 'policy');
  const factProblems = validateRewardFacts(facts);
  if (factProblems.length > 0) throw invalid('INVALID_REWARD_FACTS', { id: 'Data nilai unit tidak sah', en: 'invalid unit scores' }, factProblems);

  const parsed: Fact[] = facts
    .map((f) => {
      const value = f.score === null ? null : readDecimal(f.score);
      return { ...f, score: value === null ? null : decimalString(value), at: parseRewardPeriod(f.period)!, value };
    })
    .sort((a, b) => comparePeriods(a.at, b.at) || a.unitId.localeCompare(b.unitId));

  const ref = policyRef(policy);
  const out: Recommendation[] = [];
  const shortfalls: Recommendation[] = [];
  for (const rule of policy.rules) {
    const ofRule = parsed.filter((f) => f.at.granularity === rule.granularity);
    switch (rule.kind) {
      case 'tpp':
        out.push(...tppRecommendations(rule, ofRule, ref));
        break;
      case 'certificate':
        out.push(...certificateRecommendations(rule, ofRule, ref));
        break;
      default:
        shortfalls.push(...shortfallRecommendations(rule, ofRule, ref));
    }
  }
  out.push(...mostSevere(shortfalls));
  const byPeriod = new Map(parsed.map((f) => [f.period, f.at]));
  return out.sort(
    (a, b) =>
      comparePeriods(byPeriod.get(a.period)!, byPeriod.get(b.period)!) ||
      a.unitId.localeCompare(b.unitId) ||
      RECOMMENDATION_KINDS.indexOf(a.kind) - RECOMMENDATION_KINDS.indexOf(b.kind) ||
      a.ruleId.localeCompare(b.ruleId),
  );
}

export function recommendationIdOf(ruleId: string, ruleVersion: number, unitId: string, period: string): string {
  return `${ruleId}.v${ruleVersion}.${unitId}.${period}`;
}

const input = (f: Fact): RecommendationInput => ({ period: f.period, score: f.score, rank: f.rank });
const show = (score: string) => formatPercent(score);

function base(rule: TppRule | CertificateRule | ShortfallRule, f: Fact, ref: PolicyRef) {
  return {
    recommendationId: recommendationIdOf(rule.ruleId, rule.version, f.unitId, f.period),
    kind: rule.kind,
    unitId: f.unitId,
    unitName: f.unitName,
    period: f.period,
    ruleId: rule.ruleId,
    ruleVersion: rule.version,
    policy: ref,
  };
}

function tppRecommendations(rule: TppRule, facts: Fact[], ref: PolicyRef): Recommendation[] {
  return facts
    .filter((f) => f.value !== null)
    .map((f) => {
      const capped = Decimal.min(Decimal.max(f.value!, 0), rule.cap);
      // baseShare x capped / 100 (the product rounded once to 34 significant digits; / 100 is exact)
      const payable = decimalString(capped.times(rule.baseShare).div(100));
      const cappedScore = decimalString(capped);
      return {
        ...base(rule, f, ref),
        reason: {
          id: `${rule.label.id}: nilai kinerja ${show(f.score!)} pada periode ${f.period}; dibayarkan ${show(payable)}% dari tunjangan kinerja (${rule.baseShare}% x min(${show(f.score!)}; ${rule.cap}) / 100)`,
          en: `${rule.label.en}: performance score ${show(f.score!)} in ${f.period}; pay ${show(payable)}% of the performance allowance (${rule.baseShare}% x min(${show(f.score!)}, ${rule.cap}) / 100)`,
        },
        inputs: [input(f)],
        tpp: { score: f.score!, baseShare: rule.baseShare, cap: rule.cap, cappedScore, payablePercent: payable },
      };
    });
}

function certificateRecommendations(rule: CertificateRule, facts: Fact[], ref: PolicyRef): Recommendation[] {
  const min = rule.minScore === null ? null : new Decimal(rule.minScore);
  const above = (v: Decimal) => min === null || (rule.minInclusive ? v.gte(min) : v.gt(min));
  const cmp = rule.minInclusive ? '>=' : '>';
  return facts
    .filter((f) => f.value !== null && f.rank !== null && f.rank <= rule.topN && above(f.value))
    .map((f) => ({
      ...base(rule, f, ref),
      reason: {
        id: `${rule.label.id}: peringkat ${f.rank} pada periode ${f.period} (${rule.topN} teratas) dengan nilai kinerja ${show(f.score!)}${min === null ? '' : ` ${cmp} ${rule.minScore}`}`,
        en: `${rule.label.en}: rank ${f.rank} in ${f.period} (top ${rule.topN}) with a performance score of ${show(f.score!)}${min === null ? '' : ` ${cmp} ${rule.minScore}`}`,
      },
      inputs: [input(f)],
      certificate: { rank: f.rank!, topN: rule.topN, score: f.score!, minScore: rule.minScore, minInclusive: rule.minInclusive },
    }));
}

function shortfallRecommendations(rule: ShortfallRule, facts: Fact[], ref: PolicyRef): Recommendation[] {
  const threshold = new Decimal(rule.threshold);
  const isShortfall = (v: Decimal) => (rule.thresholdInclusive ? v.lte(threshold) : v.lt(threshold));
  const cmp = rule.thresholdInclusive ? '<=' : '<';
  const out: Recommendation[] = [];
  const byUnit = new Map<string, Fact[]>();
  for (const f of facts) byUnit.set(f.unitId, [...(byUnit.get(f.unitId) ?? []), f]);
  for (const series of byUnit.values()) {
    // `run`: the facts of the current run (shortfalls, and not-measurable ones the rule skips), oldest first.
    let run: Fact[] = [];
    let previous: Fact | null = null;
    for (const f of series) {
      if (previous !== null && f.at.sequence !== previous.at.sequence + 1) run = [];
      previous = f;
      if (f.value === null) {
        if (rule.notMeasurable === 'breaks_streak') run = [];
        else if (run.length > 0) run.push(f);
        continue;
      }
      if (!isShortfall(f.value)) {
        run = [];
        continue;
      }
      run.push(f);
      const counted = run.filter((r) => r.value !== null);
      if (counted.length < rule.consecutive) continue;
      // The inputs: from the K-th last shortfall of the run to this period.
      const first = counted[counted.length - rule.consecutive]!;
      const used = run.slice(run.indexOf(first));
      const list = used.map((u) => `${u.period}: ${u.score === null ? '-' : show(u.score)}`).join(', ');
      out.push({
        ...base(rule, f, ref),
        reason: {
          id: `${rule.label.id}: nilai kinerja ${cmp} ${rule.threshold} dalam ${counted.length} periode berturut-turut (${list}); aturan ini berlaku mulai ${rule.consecutive} periode`,
          en: `${rule.label.en}: performance score ${cmp} ${rule.threshold} in ${counted.length} consecutive period(s) (${list}); the rule applies from ${rule.consecutive}`,
        },
        inputs: used.map(input),
        shortfall: { threshold: rule.threshold, thresholdInclusive: rule.thresholdInclusive, streak: counted.length, required: rule.consecutive, supersedes: [] },
      });
    }
  }
  return out;
}

/** For each unit and period, only the most severe shortfall recommendation; it names those it replaces. */
function mostSevere(recommendations: Recommendation[]): Recommendation[] {
  const severity = (r: Recommendation) => SHORTFALL_SEVERITY[r.kind as keyof typeof SHORTFALL_SEVERITY];
  const groups = new Map<string, Recommendation[]>();
  for (const r of recommendations) {
    const k = `${r.unitId}\u0000${r.period}`;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  return [...groups.values()].map((group) => {
    const sorted = [...group].sort((a, b) => severity(b) - severity(a) || b.shortfall!.required - a.shortfall!.required || a.ruleId.localeCompare(b.ruleId));
    const [top, ...rest] = sorted;
    return { ...top!, shortfall: { ...top!.shortfall!, supersedes: rest.map((r) => ({ ruleId: r.ruleId, ruleVersion: r.ruleVersion, kind: r.kind })) } };
  });
}
