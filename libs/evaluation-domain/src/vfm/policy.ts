import { Decimal, isDecimalString, deepFreeze, headerProblems, isJsonObject, type PolicyProblem } from '@capaian/scoring';

/**
 * Value for money policy: the choices of the 3E analysis as plain, versioned data (per tenant and
 * year, `vfmPolicyDecider`). Results name the policy version they were computed under.
 * Numbers are decimal strings; percents are percent points ("60" = 60 %).
 */
export interface VfmPolicy {
  /** Stable id of the policy family, e.g. "vfm-3e". */
  policyId: string;
  /** 0 for the built-in default, then 1, 2, 3...: a change is a new version, never an edit of an old one. */
  version: number;
  description?: string;
  /**
   * Which KPIs measure an initiative's output (efficiency). `process_else_all`: the process-level
   * KPIs of the objectives it supports when those objectives have any, else all their KPIs;
   * `all`: every KPI of those objectives. Outcome (effectiveness) always uses the result-level KPIs.
   */
  outputKpis: 'process_else_all' | 'all';
  flags: {
    /** Flag `inefficient` when the efficiency ratio (output % / absorption %) is below `below` (1 = output in proportion to the money spent). */
    inefficient: { enabled: boolean; below: string };
    /** Flag `low_absorption` when the budget absorption (realized / ceiling x 100) is below `below` percent. */
    lowAbsorption: { enabled: boolean; below: string };
    /** Flag `over_ceiling` when the realized budget exceeds the ceiling (pagu). */
    overCeiling: { enabled: boolean };
  };
}

/**
 * Default: efficiency below 1 is inefficient (DOMAIN: "> 1 is efficient"; 1 = output in proportion
 * to spending), absorption below 60 % is low, spending above the ceiling is flagged. Output from
 * the process-level KPIs when the supported objectives have any.
 */
export const DEFAULT_VFM_POLICY: VfmPolicy = deepFreeze<VfmPolicy>({
  policyId: 'vfm-3e',
  // Version 0: the built-in default of every tenant's sequence (policy-identity.ts).
  version: 0,
  description: 'Default 3E: inefficient below 1.0, low absorption below 60 %, over ceiling flagged; output = process KPIs, else all',
  outputKpis: 'process_else_all',
  flags: {
    inefficient: { enabled: true, below: '1' },
    lowAbsorption: { enabled: true, below: '60' },
    overCeiling: { enabled: true },
  },
});

/** Problems with a VFM policy (empty = valid); each names the field's path. Never throws. */
export function validateVfmPolicy(p: unknown): PolicyProblem[] {
  if (!isJsonObject(p)) return [{ field: 'policy', message: 'must be an object' }];
  const problems = headerProblems(p, 'policyId', 0);
  const add = (field: string, message: string) => problems.push({ field, message });
  if (p['outputKpis'] !== 'process_else_all' && p['outputKpis'] !== 'all') add('outputKpis', "must be 'process_else_all' or 'all'");
  const flags = p['flags'];
  if (!isJsonObject(flags)) {
    add('flags', 'must be an object');
    return problems;
  }
  const threshold = (name: string, min: string) => {
    const f = flags[name];
    if (!isJsonObject(f)) return add(`flags.${name}`, 'must be an object');
    if (typeof f['enabled'] !== 'boolean') add(`flags.${name}.enabled`, 'must be a boolean');
    if (!isDecimalString(f['below'])) add(`flags.${name}.below`, 'must be a decimal written as a string');
    else if (new Decimal(f['below']).lt(min)) add(`flags.${name}.below`, `must be >= ${min}`);
  };
  threshold('inefficient', '0');
  threshold('lowAbsorption', '0');
  const over = flags['overCeiling'];
  if (!isJsonObject(over)) add('flags.overCeiling', 'must be an object');
  else if (typeof over['enabled'] !== 'boolean') add('flags.overCeiling.enabled', 'must be a boolean');
  return problems;
}
