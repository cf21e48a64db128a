import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { isPeriodCode, type PeriodCode } from '@capaian/contracts';
import {
  DEFAULT_VFM_POLICY,
  policyOf,
  scoringPolicyDecider,
  scoringPolicyStreamId,
  vfmPolicyDecider,
  vfmPolicyOf,
  vfmPolicyStreamId,
  type StoredInputLike,
  type VfmPolicy,
  type VfmPolicySet,
} from '@capaian/evaluation-domain';
import { loadStream, type RecordedEvent } from '@capaian/eventstore';
import { SERVICE_INFRASTRUCTURE, badRequest, parseAsOf, type ServiceInfrastructure } from '@capaian/platform';
import type { ScoringPolicy } from '@capaian/scoring';
import { INPUT_STREAM_CATEGORY } from './achievement-view.js';

export function parsePeriod(raw: string | undefined): PeriodCode {
  if (raw === undefined || raw === '') return 'Y';
  if (!isPeriodCode(raw)) {
    throw badRequest('INVALID_PERIOD', 'period', 'must be Y, S1-S2, Q1-Q4 or M01-M12');
  }
  return raw;
}

export const POLICY_VERSION_QUERY =
  "Policy version of the year: 0 = the built-in default (Permendagri 86/2017), n = the tenant's version n (GET /policies/:year lists them); default: the version in force";

/** `?policyVersion=`: 0 is the built-in default, n >= 1 the tenant's version n (docs/adr/0004-policy-identity.md). */
export function parseVersion(raw: string | undefined): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d{1,6}$/.test(raw)) throw badRequest('INVALID_POLICY_VERSION', 'policyVersion', 'must be an integer >= 0 (0 = the default policy)');
  return Number(raw);
}

/** Reads what replays need from evaluation's own store: a tenant's kept inputs and its scoring policies. */
@Injectable()
export class ScoreReader {
  constructor(@Inject(SERVICE_INFRASTRUCTURE) private readonly infra: ServiceInfrastructure) {}

  /** Every input event of the tenant, in store order (optionally up to a position). */
  async tenantInputs(tenantId: string, toPosition?: number): Promise<StoredInputLike[]> {
    const prefix = `${INPUT_STREAM_CATEGORY}-${tenantId}.`;
    const out: RecordedEvent[] = [];
    for await (const e of this.infra.store.readAll({ category: INPUT_STREAM_CATEGORY })) {
      if (toPosition !== undefined && e.position > toPosition) break;
      if (e.streamId.startsWith(prefix)) out.push(e);
    }
    return out;
  }

  async policies(tenantId: string, year: number) {
    const { state, revision } = await loadStream(this.infra.store, scoringPolicyStreamId(tenantId, year), scoringPolicyDecider);
    return { state, revision };
  }

  /** The value-for-money policy in force for the tenant and year (the default when none was set). */
  /** The value-for-money policy in force for the tenant and year (at `asOf` when given). */
  async vfmPolicy(tenantId: string, year: number, asOf?: Date): Promise<VfmPolicy> {
    const { state } = await loadStream<VfmPolicySet, ReturnType<typeof vfmPolicyDecider.initialState>>(this.infra.store, vfmPolicyStreamId(tenantId, year), vfmPolicyDecider, { asOf });
    return vfmPolicyOf(state) ?? DEFAULT_VFM_POLICY;
  }

  /** The policy in force for the tenant and year, or the given version (0: the default; 404 when there is no such version). */
  async policy(tenantId: string, year: number, version?: number): Promise<ScoringPolicy> {
    const { state } = await this.policies(tenantId, year);
    const policy = policyOf(state, version);
    if (!policy)
      throw new NotFoundException({
        statusCode: 404,
        error: 'Not Found',
        code: 'POLICY_VERSION_NOT_FOUND',
        message: `Kebijakan penilaian versi ${version} untuk ${year} tidak ada / no such policy version`,
      });
    return policy;
  }
}

export { parseAsOf };
