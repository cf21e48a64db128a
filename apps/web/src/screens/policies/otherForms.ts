import { Issues, optionalText, type Checked } from './formModel';
import type { ReportingPolicy, ReportingPolicyInput, RewardPolicy, RewardPolicyInput, RewardRule, RewardRuleInput, VfmPolicy, VfmPolicyInput } from './types';

/**
 * The value-for-money thresholds, the reward rules and the reporting deadline as forms; like the
 * scoring form, each `…Form` and `…Input` pair is inverse for an untouched form.
 */

// ---- value for money ----------------------------------------------------------------------

export type OutputKpis = VfmPolicy['outputKpis'];
export const OUTPUT_KPIS: readonly OutputKpis[] = ['process_else_all', 'all'];

export interface VfmForm {
  description: string;
  outputKpis: OutputKpis;
  inefficientOn: boolean;
  inefficientBelow: string;
  lowAbsorptionOn: boolean;
  lowAbsorptionBelow: string;
  overCeilingOn: boolean;
}

export const VFM_FIELDS = {
  description: 'policy.description',
  outputKpis: 'policy.outputKpis',
  inefficientOn: 'policy.flags.inefficient.enabled',
  inefficientBelow: 'policy.flags.inefficient.below',
  lowAbsorptionOn: 'policy.flags.lowAbsorption.enabled',
  lowAbsorptionBelow: 'policy.flags.lowAbsorption.below',
  overCeilingOn: 'policy.flags.overCeiling.enabled',
} as const;

export function vfmForm(p: VfmPolicy): VfmForm {
  return {
    description: p.description ?? '',
    outputKpis: p.outputKpis,
    inefficientOn: p.flags.inefficient.enabled,
    inefficientBelow: p.flags.inefficient.below,
    lowAbsorptionOn: p.flags.lowAbsorption.enabled,
    lowAbsorptionBelow: p.flags.lowAbsorption.below,
    overCeilingOn: p.flags.overCeiling.enabled,
  };
}

export function vfmInput(f: VfmForm): Checked<VfmPolicyInput> {
  const issues = new Issues();
  const inefficient = issues.decimal(VFM_FIELDS.inefficientBelow, f.inefficientBelow);
  const lowAbsorption = issues.decimal(VFM_FIELDS.lowAbsorptionBelow, f.lowAbsorptionBelow);
  return issues.result(() => ({
    ...(optionalText(f.description) === undefined ? {} : { description: f.description }),
    outputKpis: f.outputKpis,
    flags: {
      inefficient: { enabled: f.inefficientOn, below: inefficient! },
      lowAbsorption: { enabled: f.lowAbsorptionOn, below: lowAbsorption! },
      overCeiling: { enabled: f.overCeilingOn },
    },
  }));
}

// ---- reward and punishment rules ------------------------------------------------------------

export type RuleKind = RewardRule['kind'];
export type Granularity = RewardRule['granularity'];
export type NotMeasurable = NonNullable<RewardRule['notMeasurable']>;
export const RULE_KINDS: readonly RuleKind[] = ['tpp', 'certificate', 'oral_warning', 'written_warning', 'postponed_promotion'];
export const GRANULARITIES: readonly Granularity[] = ['year', 'semester', 'quarter', 'month'];
export const NOT_MEASURABLE: readonly NotMeasurable[] = ['breaks_streak', 'skipped'];
/** Which parameters a kind of rule has. */
export const paramsOf = (kind: RuleKind): 'tpp' | 'certificate' | 'shortfall' => (kind === 'tpp' ? 'tpp' : kind === 'certificate' ? 'certificate' : 'shortfall');

/** One rule as a form row: every parameter of every kind (only those of its kind are sent). */
export interface RuleRow {
  ruleId: string;
  /** The version the service gave it (none for a new rule); shown, never sent. */
  version: number | null;
  kind: RuleKind;
  granularity: Granularity;
  labelId: string;
  labelEn: string;
  baseShare: string;
  cap: string;
  topN: string;
  /** '' = no minimum. */
  minScore: string;
  minInclusive: boolean;
  threshold: string;
  thresholdInclusive: boolean;
  consecutive: string;
  notMeasurable: NotMeasurable;
}

export interface RewardForm {
  description: string;
  rules: RuleRow[];
}

export const ruleField = (i: number, part: string) => `policy.rules[${i}].${part}`;

export const emptyRule = (): RuleRow => ({
  ruleId: '',
  version: null,
  kind: 'oral_warning',
  granularity: 'year',
  labelId: '',
  labelEn: '',
  baseShare: '100',
  cap: '100',
  topN: '3',
  minScore: '',
  minInclusive: true,
  threshold: '65',
  thresholdInclusive: true,
  consecutive: '1',
  notMeasurable: 'breaks_streak',
});

export function rewardForm(p: RewardPolicy): RewardForm {
  return {
    description: p.description ?? '',
    rules: p.rules.map((r) => {
      const row = emptyRule();
      return {
        ...row,
        ruleId: r.ruleId,
        version: r.version,
        kind: r.kind,
        granularity: r.granularity,
        labelId: r.label.id,
        labelEn: r.label.en,
        baseShare: r.baseShare ?? row.baseShare,
        cap: r.cap ?? row.cap,
        topN: r.topN === undefined ? row.topN : String(r.topN),
        minScore: r.minScore ?? '',
        minInclusive: r.minInclusive ?? row.minInclusive,
        threshold: r.threshold ?? row.threshold,
        thresholdInclusive: r.thresholdInclusive ?? row.thresholdInclusive,
        consecutive: r.consecutive === undefined ? row.consecutive : String(r.consecutive),
        notMeasurable: r.notMeasurable ?? row.notMeasurable,
      };
    }),
  };
}

const RULE_ID = /^[a-z0-9][a-z0-9._-]*$/;

export function rewardInput(f: RewardForm): Checked<RewardPolicyInput> {
  const issues = new Issues();
  const seen = new Set<string>();
  const rules = f.rules.map((r, i): RewardRuleInput => {
    const ruleId = r.ruleId.trim();
    if (!RULE_ID.test(ruleId)) issues.add(ruleField(i, 'ruleId'), 'errors.ruleId');
    else if (seen.has(ruleId)) issues.add(ruleField(i, 'ruleId'), 'errors.duplicateRule', { ruleId });
    seen.add(ruleId);
    if (r.labelId.trim() === '' || r.labelEn.trim() === '') issues.add(ruleField(i, 'label'), 'errors.labels');
    const base = { ruleId, kind: r.kind, granularity: r.granularity, label: { id: r.labelId.trim(), en: r.labelEn.trim() } };
    switch (paramsOf(r.kind)) {
      case 'tpp':
        return { ...base, baseShare: issues.decimal(ruleField(i, 'baseShare'), r.baseShare), cap: issues.decimal(ruleField(i, 'cap'), r.cap) };
      case 'certificate':
        return {
          ...base,
          topN: issues.integer(ruleField(i, 'topN'), r.topN, 1, 1000),
          minScore: issues.nullableDecimal(ruleField(i, 'minScore'), r.minScore),
          minInclusive: r.minInclusive,
        };
      default:
        return {
          ...base,
          threshold: issues.decimal(ruleField(i, 'threshold'), r.threshold),
          thresholdInclusive: r.thresholdInclusive,
          consecutive: issues.integer(ruleField(i, 'consecutive'), r.consecutive, 1, 100),
          notMeasurable: r.notMeasurable,
        };
    }
  });
  return issues.result(() => ({ ...(optionalText(f.description) === undefined ? {} : { description: f.description }), rules }));
}

// ---- reporting deadline -------------------------------------------------------------------

export interface ReportingForm {
  deadlineDays: string;
  acceptBeforePeriodEnd: boolean;
}

export const REPORTING_FIELDS = { deadlineDays: 'deadlineDaysAfterPeriodEnd', acceptBeforePeriodEnd: 'acceptBeforePeriodEnd' } as const;
export const MAX_DEADLINE_DAYS = 366;

export const reportingForm = (p: ReportingPolicy): ReportingForm => ({ deadlineDays: String(p.deadlineDaysAfterPeriodEnd), acceptBeforePeriodEnd: p.acceptBeforePeriodEnd });

export function reportingInput(f: ReportingForm): Checked<ReportingPolicyInput> {
  const issues = new Issues();
  const days = issues.integer(REPORTING_FIELDS.deadlineDays, f.deadlineDays, 0, MAX_DEADLINE_DAYS);
  return issues.result(() => ({ deadlineDaysAfterPeriodEnd: days!, acceptBeforePeriodEnd: f.acceptBeforePeriodEnd }));
}
