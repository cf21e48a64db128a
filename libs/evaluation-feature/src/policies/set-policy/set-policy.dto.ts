import { ApiProperty } from '@nestjs/swagger';
import { IsObject } from 'class-validator';
import { Text } from '@capaian/platform';
import { RewardPolicyInput, VfmPolicyInput } from './other-policies.schema.js';
import { ScoringPolicyInput } from './scoring-policy.schema.js';

/**
 * The body of a policy PUT: the full policy and a reason. The policy is checked by its own rules
 * (422 INVALID_POLICY naming the field); its policyId (`<kind>-policy-<tenant>.<year>`) and version
 * (1, 2, ...; 0 is the built-in default) are assigned by the service, whatever the body says.
 */
abstract class PolicyChangeDto {
  @Text(1, 2000, { example: 'Cap capaian dinaikkan ke 150 sesuai Perbup 12/2026' })
  reason!: string;

  abstract policy: Record<string, unknown>;
}

export class SetScoringPolicyDto extends PolicyChangeDto {
  @ApiProperty({ type: ScoringPolicyInput, description: 'The full scoring policy (see GET /policies/:year for the one in force)' })
  @IsObject()
  policy!: Record<string, unknown>;
}

export class SetRewardPolicyDto extends PolicyChangeDto {
  @ApiProperty({ type: RewardPolicyInput, description: 'The full reward/punishment rules (see GET /policies/:year/rewards); rule versions are assigned by the service too' })
  @IsObject()
  policy!: Record<string, unknown>;
}

export class SetVfmPolicyDto extends PolicyChangeDto {
  @ApiProperty({ type: VfmPolicyInput, description: 'The full value-for-money policy (see GET /policies/:year/vfm)' })
  @IsObject()
  policy!: Record<string, unknown>;
}
