import { Decimal, isDecimalString } from './decimal.js';

/**
 * A scoring policy: every choice the scoring engine makes, as plain JSON-serialisable data,
 * versioned (`policyId` + `version`) per tenant and year. Scores name the policy version they were
 * computed under, so a score computed under an old version can be reproduced with that version.
 * All numbers are decimal strings (percent values are percent points: "120" = 120 %).
 */
export interface ScoringPolicy {
  /** Stable id of the policy family, e.g. "permendagri-86-2017". */
  policyId: string;
  /** 1, 2, 3...: a change to the policy is a new version, never an edit of an old one. */
  version: number;
  description?: string;
  achievement: AchievementSettings;
  rollup: RollupSettings;
  /**
   * Rating bands (predikat), in ascending order of score, contiguous: each band's `max` is the next
   * band's `min` and exactly one of the two sides includes it. Together they cover [floor, cap].
   */
  bands: RatingBand[];
  /** Traffic light of a KPI whose plan has no thresholds: green when achievement >= defaultGreen, yellow when >= defaultYellow, else red. */
  trafficLight: { defaultGreen: string; defaultYellow: string };
  /**
   * How scores are shown. Display only: every computation uses the exact values. Absent (policy
   * versions stored before the setting existed) = DEFAULT_DISPLAY_SETTINGS; see display.ts.
   */
  display?: DisplaySettings;
}

export interface DisplaySettings {
  /**
   * Decimal places of every displayed score, achievement and decimal figure (0-10), rounded
   * ROUND_HALF_UP (87.125 -> "87.13"); money is shown in whole Rupiah.
   */
  decimals: number;
}

/** The display settings of a policy that has none. */
export const DEFAULT_DISPLAY_SETTINGS: DisplaySettings = Object.freeze({ decimals: 2 });

/** Highest `display.decimals` a policy may ask for. */
export const MAX_DISPLAY_DECIMALS = 10;

export type LowerIsBetterFormula = 'ratio' | 'difference';

export interface AchievementSettings {
  /** Lower is better: `ratio` = T / R x 100, `difference` = (2T - R) / T x 100 (a KPI may override it). */
  lowerIsBetter: LowerIsBetterFormula;
  /** Upper bound of every achievement in percent (e.g. "120", "150"); null for none. */
  cap: string | null;
  /** Lower bound of every achievement in percent (normally "0"). */
  floor: string;
  /**
   * Range KPIs (target {min, max}): 100 inside [min, max]; outside, the achievement falls linearly
   * with the distance d to the nearest bound, reaching 0 at a distance of `widthPercent` % of the
   * band width (max - min):   100 - 100 x d / (width x widthPercent / 100).
   * A band of width zero (min = max) uses |min| instead of the width.
   */
  range: { falloff: 'linear'; widthPercent: string };
  /** Milestone KPIs: 100 when done on or before the target date, minus `latePenaltyPerDay` per calendar day late, never below `minimum`. */
  milestone: { latePenaltyPerDay: string; minimum: string };
  /**
   * Categorical KPIs (grades such as WTP/WDP/TW/TMP). `percents` maps a grade to its percent; it
   * is used for a KPI when it maps every grade of the KPI's list (or the KPI has no list).
   * Otherwise a grade's percent comes from its position in the KPI's list (best first): best 100,
   * worst 0, evenly spaced. `relativeToTarget`: false = achievement is the realized grade's percent;
   * true = realized grade's percent / target grade's percent x 100.
   */
  categorical: { percents: Record<string, string> | null; relativeToTarget: boolean };
}

export interface RollupSettings {
  /** Perspective score = weighted mean of its objectives' scores, or of its KPIs' achievements. */
  perspectiveMode: 'objectives' | 'kpis';
  /**
   * Cascaded roll-up of a unit with its child units. `none`: a unit's score is its own scorecard's.
   * `blend`: (1 - childWeight) x own + childWeight x mean(children's cascaded scores).
   */
  cascade: { mode: 'none' | 'blend'; childWeight: string };
}

export interface RatingBand {
  /** Stable code, e.g. "sangat_tinggi". */
  code: string;
  label: { id: string; en: string };
  /** Lower bound; null = unbounded. */
  min: string | null;
  minInclusive: boolean;
  /** Upper bound; null = unbounded. */
  max: string | null;
  maxInclusive: boolean;
}

/** The policy a result was computed under. */
export interface PolicyRef {
  policyId: string;
  version: number;
}

/** The reference of any versioned policy (scoring, value for money, reward rules...). */
export function policyRef(policy: { policyId: string; version: number }): PolicyRef {
  return { policyId: policy.policyId, version: policy.version };
}

/** Freezes a policy constant all the way down (defaults are shared; nobody may edit them in place). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/**
 * Default policy, Permendagri 86/2017 style. Bands on decimals: the regulation's integer classes
 * "> 90, 76-90, 66-75, 51-65, <= 50" are read as (90, inf), (75, 90], (65, 75], (50, 65], (-inf, 50],
 * i.e. a class runs from just above the previous class's upper integer up to and including its own
 * (75.5 is "tinggi", 65.2 is "sedang", 50.01 is "rendah"); there are no gaps between classes.
 */
export const DEFAULT_SCORING_POLICY: ScoringPolicy = deepFreeze<ScoringPolicy>({
  policyId: 'permendagri-86-2017',
  version: 1,
  description: 'Default: capaian R/T (lower is better T/R), cap 120, floor 0, Permendagri 86/2017 rating bands',
  achievement: {
    lowerIsBetter: 'ratio',
    cap: '120',
    floor: '0',
    range: { falloff: 'linear', widthPercent: '100' },
    milestone: { latePenaltyPerDay: '1', minimum: '0' },
    // BPK audit opinion (opini BPK), the categorical KPI every Pemda has.
    categorical: { percents: { WTP: '100', WDP: '75', TW: '25', TMP: '0' }, relativeToTarget: false },
  },
  rollup: { perspectiveMode: 'objectives', cascade: { mode: 'none', childWeight: '0' } },
  bands: [
    { code: 'sangat_rendah', label: { id: 'Sangat Rendah', en: 'Very low' }, min: null, minInclusive: false, max: '50', maxInclusive: true },
    { code: 'rendah', label: { id: 'Rendah', en: 'Low' }, min: '50', minInclusive: false, max: '65', maxInclusive: true },
    { code: 'sedang', label: { id: 'Sedang', en: 'Medium' }, min: '65', minInclusive: false, max: '75', maxInclusive: true },
    { code: 'tinggi', label: { id: 'Tinggi', en: 'High' }, min: '75', minInclusive: false, max: '90', maxInclusive: true },
    { code: 'sangat_tinggi', label: { id: 'Sangat Tinggi', en: 'Very high' }, min: '90', minInclusive: false, max: null, maxInclusive: false },
  ],
  trafficLight: { defaultGreen: '100', defaultYellow: '75' },
  display: { decimals: 2 },
});

/** One problem of a policy: the path of the field (`achievement.cap`, `bands[2].min`) and what is wrong. */
export interface PolicyProblem {
  field: string;
  message: string;
}

/**
 * Problems with a policy (empty = valid). Accepts anything (e.g. JSON from a tenant's settings) and
 * never throws. Every problem names the path of the field, e.g. `{ field: 'achievement.cap', message: 'must be a decimal...' }`.
 */
export function validatePolicy(p: unknown): PolicyProblem[] {
  if (!isJsonObject(p)) return [{ field: 'policy', message: 'must be an object' }];
  const problems = headerProblems(p, 'policyId', 1);
  const add = (field: string, message: string) => problems.push({ field, message });

  const dec = (path: string, v: unknown, opts: { nullable?: boolean; min?: string; max?: string } = {}): Decimal | null => {
    if (v === null && opts.nullable) return null;
    if (!isDecimalString(v)) {
      add(path, `must be a decimal written as a string${opts.nullable ? ' or null' : ''}`);
      return null;
    }
    const d = new Decimal(v);
    if (opts.min !== undefined && d.lt(opts.min)) add(path, `must be >= ${opts.min}`);
    if (opts.max !== undefined && d.gt(opts.max)) add(path, `must be <= ${opts.max}`);
    return d;
  };

  // achievement
  let cap: Decimal | null = null;
  let floor: Decimal | null = null;
  const a = p['achievement'];
  if (!isJsonObject(a)) add('achievement', 'must be an object');
  else {
    if (a['lowerIsBetter'] !== 'ratio' && a['lowerIsBetter'] !== 'difference') add('achievement.lowerIsBetter', "must be 'ratio' or 'difference'");
    cap = dec('achievement.cap', a['cap'], { nullable: true });
    floor = dec('achievement.floor', a['floor']);
    if (cap && floor && cap.lt(floor)) add('achievement.cap', 'must be >= achievement.floor');
    if (cap && cap.lt(100)) add('achievement.cap', 'must be >= 100 (meeting the target is 100)');
    if (floor && floor.gt(100)) add('achievement.floor', 'must be <= 100');
    const r = a['range'];
    if (!isJsonObject(r)) add('achievement.range', 'must be an object');
    else {
      if (r['falloff'] !== 'linear') add('achievement.range.falloff', "must be 'linear'");
      const w = dec('achievement.range.widthPercent', r['widthPercent']);
      if (w && !w.gt(0)) add('achievement.range.widthPercent', 'must be > 0');
    }
    const m = a['milestone'];
    if (!isJsonObject(m)) add('achievement.milestone', 'must be an object');
    else {
      dec('achievement.milestone.latePenaltyPerDay', m['latePenaltyPerDay'], { min: '0' });
      dec('achievement.milestone.minimum', m['minimum'], { max: '100' });
    }
    const c = a['categorical'];
    if (!isJsonObject(c)) add('achievement.categorical', 'must be an object');
    else {
      if (typeof c['relativeToTarget'] !== 'boolean') add('achievement.categorical.relativeToTarget', 'must be a boolean');
      const percents = c['percents'];
      if (percents !== null) {
        if (!isJsonObject(percents)) add('achievement.categorical.percents', 'must be an object (grade -> percent) or null');
        else for (const [grade, v] of Object.entries(percents)) dec(`achievement.categorical.percents.${grade}`, v);
      }
    }
  }

  // rollup
  const ru = p['rollup'];
  if (!isJsonObject(ru)) add('rollup', 'must be an object');
  else {
    if (ru['perspectiveMode'] !== 'objectives' && ru['perspectiveMode'] !== 'kpis') add('rollup.perspectiveMode', "must be 'objectives' or 'kpis'");
    const cascade = ru['cascade'];
    if (!isJsonObject(cascade)) add('rollup.cascade', 'must be an object');
    else {
      if (cascade['mode'] !== 'none' && cascade['mode'] !== 'blend') add('rollup.cascade.mode', "must be 'none' or 'blend'");
      dec('rollup.cascade.childWeight', cascade['childWeight'], { min: '0', max: '1' });
    }
  }

  // bands
  validateBands(p['bands'], cap, floor, add);

  // traffic light
  const t = p['trafficLight'];
  if (!isJsonObject(t)) add('trafficLight', 'must be an object');
  else {
    const g = dec('trafficLight.defaultGreen', t['defaultGreen']);
    const y = dec('trafficLight.defaultYellow', t['defaultYellow']);
    if (g && y && g.lt(y)) add('trafficLight.defaultGreen', 'must be >= trafficLight.defaultYellow');
  }

  // display (optional)
  const display = p['display'];
  if (display !== undefined) {
    const places = isJsonObject(display) ? display['decimals'] : undefined;
    if (!isJsonObject(display)) add('display', 'must be an object');
    else if (!Number.isInteger(places) || (places as number) < 0 || (places as number) > MAX_DISPLAY_DECIMALS) add('display.decimals', `must be an integer from 0 to ${MAX_DISPLAY_DECIMALS}`);
  }
  return problems;
}

function validateBands(bands: unknown, cap: Decimal | null, floor: Decimal | null, add: (path: string, msg: string) => void): void {
  if (!Array.isArray(bands) || bands.length === 0) {
    add('bands', 'must be a non-empty array');
    return;
  }
  const codes = new Set<string>();
  const parsed: Array<{ min: Decimal | null; max: Decimal | null; minInclusive: boolean; maxInclusive: boolean } | null> = [];
  bands.forEach((b: unknown, i) => {
    const at = `bands[${i}]`;
    if (!isJsonObject(b)) {
      add(at, 'must be an object');
      parsed.push(null);
      return;
    }
    if (typeof b['code'] !== 'string' || b['code'] === '') add(`${at}.code`, 'must be a non-empty string');
    else if (codes.has(b['code'])) add(`${at}.code`, `duplicate code ${b['code']}`);
    else codes.add(b['code']);
    const label = b['label'];
    if (!isJsonObject(label) || typeof label['id'] !== 'string' || typeof label['en'] !== 'string') add(`${at}.label`, 'must be { id: string, en: string }');
    if (typeof b['minInclusive'] !== 'boolean') add(`${at}.minInclusive`, 'must be a boolean');
    if (typeof b['maxInclusive'] !== 'boolean') add(`${at}.maxInclusive`, 'must be a boolean');
    const bound = (k: 'min' | 'max') => {
      const v = b[k];
      if (v === null) return null;
      if (!isDecimalString(v)) {
        add(`${at}.${k}`, 'must be a decimal written as a string or null');
        return undefined;
      }
      return new Decimal(v);
    };
    const min = bound('min');
    const max = bound('max');
    if (min === undefined || max === undefined) {
      parsed.push(null);
      return;
    }
    if (min && max && !min.lt(max)) add(at, 'min must be below max');
    parsed.push({ min, max, minInclusive: b['minInclusive'] === true, maxInclusive: b['maxInclusive'] === true });
  });
  for (let i = 0; i + 1 < parsed.length; i++) {
    const lo = parsed[i];
    const hi = parsed[i + 1];
    if (!lo || !hi) continue;
    const at = `bands[${i}]..bands[${i + 1}]`;
    if (lo.max === null || hi.min === null || !lo.max.eq(hi.min)) {
      add(at, "must be contiguous and in ascending order (a band's max is the next band's min)");
    } else if (lo.maxInclusive === hi.minInclusive) {
      add(at, lo.maxInclusive ? `overlap at ${lo.max.toString()} (both include it)` : `gap at ${lo.max.toString()} (neither includes it)`);
    }
  }
  const first = parsed[0];
  const last = parsed[parsed.length - 1];
  if (first && floor && first.min !== null && (first.min.gt(floor) || (first.min.eq(floor) && !first.minInclusive))) {
    add('bands[0].min', 'the bands must cover achievement.floor');
  }
  if (last && last.max !== null) {
    if (cap === null) add(`bands[${parsed.length - 1}].max`, 'must be null when achievement.cap is null (scores are unbounded)');
    else if (last.max.lt(cap) || (last.max.eq(cap) && !last.maxInclusive)) add(`bands[${parsed.length - 1}].max`, 'the bands must cover achievement.cap');
  }
}

/** A JSON object (not null, not an array). */
export function isJsonObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The problems of the header every versioned document has: its id (`idField`, a non-empty string),
 * its `version` (an integer >= minVersion) and its optional `description` (a string).
 */
export function headerProblems(p: Record<string, unknown>, idField: string, minVersion: number): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const id = p[idField];
  if (typeof id !== 'string' || id.trim() === '') problems.push({ field: idField, message: 'must be a non-empty string' });
  if (!Number.isInteger(p['version']) || (p['version'] as number) < minVersion) problems.push({ field: 'version', message: `must be an integer >= ${minVersion}` });
  if (p['description'] !== undefined && typeof p['description'] !== 'string') problems.push({ field: 'description', message: 'must be a string' });
  return problems;
}

/** A document (a policy, a worksheet...) that is not valid, with every problem. */
export class InvalidDocumentError extends Error {
  constructor(
    what: string,
    readonly problems: PolicyProblem[],
  ) {
    super(`invalid ${what}: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
  }
}

/** The value, typed, when `validate` finds no problem in it; otherwise throws `new error(problems)`. */
export function assertValid<T>(value: unknown, validate: (value: unknown) => PolicyProblem[], error: new (problems: PolicyProblem[]) => Error): T {
  const problems = validate(value);
  if (problems.length > 0) throw new error(problems);
  return value as T;
}

/** Throws with every problem when the policy is not valid; returns it typed otherwise. */
export function assertValidPolicy(p: unknown): ScoringPolicy {
  return assertValid(p, validatePolicy, InvalidScoringPolicyError);
}

export class InvalidScoringPolicyError extends InvalidDocumentError {
  constructor(problems: PolicyProblem[]) {
    super('scoring policy', problems);
    this.name = 'InvalidScoringPolicyError';
  }
}
