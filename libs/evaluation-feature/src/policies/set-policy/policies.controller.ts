import { Body, Controller, Get, Headers, Inject, Param, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { canonicalHash, handleCommand } from '@capaian/eventstore';
import { DEFAULT_SCORING_POLICY_V0, SCORING_POLICY_EVENT_SCHEMA_VERSION, policyOf, scoringPolicyDecider, scoringPolicyStreamId, scoringPolicyVersions } from '@capaian/evaluation-domain';
import { CurrentUser, Roles, SERVICE_INFRASTRUCTURE, correlationIdOrNew, mapErrors, parseIdempotencyKey, parseIfMatch, type Principal, type ServiceInfrastructure } from '@capaian/platform';
import type { ScoringPolicy } from '@capaian/scoring';
import { ScoreReader, parseYear } from '../../scores/score-reader.js';
import { ScoringPoliciesResponse, ScoringPolicySetResponse } from './policy.responses.js';
import { SetScoringPolicyDto } from './set-policy.dto.js';

/** The scoring policy of a tenant and year: versioned data, every change an event with a reason. */
@ApiTags('policies')
@ApiBearerAuth()
@Controller('policies/:year')
export class PoliciesController {
  constructor(
    @Inject(SERVICE_INFRASTRUCTURE) private readonly infra: ServiceInfrastructure,
    private readonly reader: ScoreReader,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Kebijakan penilaian / the scoring policy in force for a year (formulas, cap, bands, roll-up mode) and every version',
    description:
      '`versions` lists every version of the year, the built-in default first: version 0 is `{permendagri-86-2017, 0}`, the tenant\'s own versions are `{scoring-policy-<tenant>.<year>, 1..n}`. Pass a version as `?policyVersion=` (0 = the default) to reproduce scores computed under it.',
  })
  @ApiOkResponse({ type: ScoringPoliciesResponse })
  async get(@CurrentUser() user: Principal, @Param('year') yearRaw: string, @Res({ passthrough: true }) res: Response) {
    const year = parseYear(yearRaw);
    const { state, revision } = await this.reader.policies(user.tenant, year);
    res.setHeader('ETag', `"${revision}"`);
    return { year, current: policyOf(state), isDefault: state.versions.length === 0, versions: scoringPolicyVersions(state), default: DEFAULT_SCORING_POLICY_V0 };
  }

  @Put()
  @Roles('evaluator')
  @ApiHeader({ name: 'If-Match', required: false })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOperation({
    summary: 'Tetapkan versi baru kebijakan penilaian / set a new policy version (with a reason); scores under earlier versions stay reproducible',
    description: 'The service names the version `{scoring-policy-<tenant>.<year>, n}` (n = 1, 2, ...); a `policyId` or `version` in the body is ignored. The default stays readable as version 0.',
  })
  @ApiOkResponse({ type: ScoringPolicySetResponse })
  async set(@CurrentUser() user: Principal, @Param('year') yearRaw: string, @Body() dto: SetScoringPolicyDto, @Headers() headers: Record<string, string | undefined>, @Res({ passthrough: true }) res: Response) {
    const year = parseYear(yearRaw);
    const streamId = scoringPolicyStreamId(user.tenant, year);
    const result = await mapErrors(() =>
      handleCommand({
        store: this.infra.store,
        streamId,
        decider: scoringPolicyDecider,
        command: { type: 'set-scoring-policy', tenantId: user.tenant, year, policy: dto.policy as unknown as ScoringPolicy, reason: dto.reason },
        metadata: { correlationId: correlationIdOrNew(), actor: user.sub, tenantId: user.tenant },
        schemaVersionOf: (t) => SCORING_POLICY_EVENT_SCHEMA_VERSION[t] ?? 1,
        idempotencyKey: parseIdempotencyKey(headers['idempotency-key']),
        requestHash: canonicalHash({ year, dto }),
        ifMatchRevision: parseIfMatch(headers['if-match']),
      }),
    );
    res.setHeader('ETag', `"${result.nextExpectedRevision}"`);
    const { state } = await this.reader.policies(user.tenant, year);
    return { year, revision: result.nextExpectedRevision, replayed: result.replayed, changed: result.events.length > 0, current: policyOf(state) };
  }
}
