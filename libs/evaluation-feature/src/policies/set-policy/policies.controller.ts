import { Body, Controller, Get, Headers, Inject, Param, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { canonicalHash, handleCommand } from '@capaian/eventstore';
import { SCORING_POLICY_EVENT_SCHEMA_VERSION, policyOf, scoringPolicyDecider, scoringPolicyStreamId } from '@capaian/evaluation-domain';
import { CurrentUser, Roles, SERVICE_INFRASTRUCTURE, correlationIdOrNew, mapErrors, parseIdempotencyKey, parseIfMatch, type Principal, type ServiceInfrastructure } from '@capaian/platform';
import { DEFAULT_SCORING_POLICY, type ScoringPolicy } from '@capaian/scoring';
import { ScoreReader, parseYear } from '../../scores/score-reader.js';
import { SetPolicyDto } from './set-policy.dto.js';

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
  @ApiOperation({ summary: 'Kebijakan penilaian / the scoring policy in force for a year (formulas, cap, bands, roll-up mode) and every earlier version' })
  async get(@CurrentUser() user: Principal, @Param('year') yearRaw: string, @Res({ passthrough: true }) res: Response) {
    const year = parseYear(yearRaw);
    const { state, revision } = await this.reader.policies(user.tenant, year);
    res.setHeader('ETag', `"${revision}"`);
    return { year, current: policyOf(state), isDefault: state.versions.length === 0, versions: state.versions, default: DEFAULT_SCORING_POLICY };
  }

  @Put()
  @Roles('evaluator')
  @ApiHeader({ name: 'If-Match', required: false })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOperation({ summary: 'Tetapkan versi baru kebijakan penilaian / set a new policy version (with a reason); scores under earlier versions stay reproducible' })
  async set(@CurrentUser() user: Principal, @Param('year') yearRaw: string, @Body() dto: SetPolicyDto, @Headers() headers: Record<string, string | undefined>, @Res({ passthrough: true }) res: Response) {
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
