import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsObject, IsOptional, IsString, Min } from 'class-validator';
import { PERIOD_CODES } from '@capaian/contracts';
import { AdHocScoringPolicy } from '../../policies/set-policy/scoring-policy.schema.js';

export class WhatIfDto {
  @ApiPropertyOptional({ example: 0, description: "Replay under this policy version of the year: 0 = the built-in default, n = the tenant's version n" })
  @IsOptional()
  @IsInt()
  @Min(0)
  policyVersion?: number;

  @ApiPropertyOptional({ type: AdHocScoringPolicy, description: 'Or an ad-hoc policy (the full ScoringPolicy JSON; see GET /policies/:year)' })
  @IsOptional()
  @IsObject()
  policy?: Record<string, unknown>;

  @ApiPropertyOptional({ enum: PERIOD_CODES })
  @IsOptional()
  @IsIn(PERIOD_CODES as unknown as string[])
  period?: string;

  @ApiPropertyOptional({ example: '2026-07-15T00:00:00Z', description: 'Replay the history as known at this instant' })
  @IsOptional()
  @IsString()
  asOf?: string;
}
