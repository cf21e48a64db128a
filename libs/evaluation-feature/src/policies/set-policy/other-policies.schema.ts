import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DECIMAL, NULLABLE_DECIMAL } from '@capaian/platform';
import { BilingualTextResponse } from '../../scores/score.responses.js';

/** Reward/punishment rules and value-for-money thresholds as data (evaluation-domain `RewardPolicy`, `VfmPolicy`). */

/** One rule; which parameters it has depends on its `kind`. */
abstract class RewardRuleContent {
  @ApiProperty({ pattern: '^[a-z0-9][a-z0-9._-]*$', example: 'tpp-performance' }) ruleId!: string;
  @ApiProperty({ enum: ['tpp', 'certificate', 'oral_warning', 'written_warning', 'postponed_promotion'] }) kind!: string;
  @ApiProperty({ enum: ['year', 'semester', 'quarter', 'month'], description: 'Which scores the rule reads: yearly (`2026`) or sub-period (`2026-Q2`...)' }) granularity!: string;
  @ApiProperty({ type: BilingualTextResponse }) label!: BilingualTextResponse;
  @ApiPropertyOptional({ ...DECIMAL, example: '100', description: 'tpp: percent of the performance allowance that depends on the score (0-100)' }) baseShare?: string;
  @ApiPropertyOptional({ ...DECIMAL, example: '100', description: 'tpp: scores above it pay as the cap (> 0)' }) cap?: string;
  @ApiPropertyOptional({ type: 'integer', example: 3, description: 'certificate: rank <= topN' }) topN?: number;
  @ApiPropertyOptional({ ...NULLABLE_DECIMAL, example: '90', description: 'certificate: minimum score; null for none' }) minScore?: string | null;
  @ApiPropertyOptional({ description: 'certificate: true = score >= minScore, false = score > minScore' }) minInclusive?: boolean;
  @ApiPropertyOptional({ ...DECIMAL, example: '65', description: 'warnings / postponed promotion: the shortfall threshold' }) threshold?: string;
  @ApiPropertyOptional({ description: 'warnings / postponed promotion: true = score <= threshold' }) thresholdInclusive?: boolean;
  @ApiPropertyOptional({ type: 'integer', example: 1, description: 'warnings / postponed promotion: consecutive periods needed' }) consecutive?: number;
  @ApiPropertyOptional({ enum: ['breaks_streak', 'skipped'], description: 'warnings / postponed promotion' }) notMeasurable?: string;
}

export class RewardRuleInput extends RewardRuleContent {
  @ApiPropertyOptional({ type: 'integer', description: 'Ignored: a rule whose parameters change gets the next version' }) version?: number;
}

export class RewardRuleResponse extends RewardRuleContent {
  @ApiProperty({ type: 'integer', example: 1, description: 'The rule’s own version' }) version!: number;
}

export class RewardPolicyInput {
  @ApiPropertyOptional({ description: 'Ignored: the service names the version' }) policyId?: string;
  @ApiPropertyOptional({ type: 'integer', description: 'Ignored: the service numbers the version' }) version?: number;
  @ApiPropertyOptional() description?: string;
  @ApiProperty({ type: [RewardRuleInput] }) rules!: RewardRuleInput[];
}

export class RewardPolicyResponse {
  @ApiProperty({ example: 'reward-punishment' }) policyId!: string;
  @ApiProperty({ type: 'integer', example: 0, description: '0 = the built-in default, n = the tenant’s version n' }) version!: number;
  @ApiPropertyOptional() description?: string;
  @ApiProperty({ type: [RewardRuleResponse] }) rules!: RewardRuleResponse[];
}

export class VfmThresholdFlag {
  @ApiProperty() enabled!: boolean;
  @ApiProperty({ ...DECIMAL, example: '1', description: '>= 0' }) below!: string;
}

export class VfmSwitchFlag {
  @ApiProperty() enabled!: boolean;
}

export class VfmPolicyFlags {
  @ApiProperty({ type: VfmThresholdFlag, description: 'Efficiency ratio below `below`' }) inefficient!: VfmThresholdFlag;
  @ApiProperty({ type: VfmThresholdFlag, description: 'Absorption percent below `below`' }) lowAbsorption!: VfmThresholdFlag;
  @ApiProperty({ type: VfmSwitchFlag, description: 'Realized above the ceiling' }) overCeiling!: VfmSwitchFlag;
}

abstract class VfmPolicySettings {
  @ApiPropertyOptional() description?: string;
  @ApiProperty({ enum: ['process_else_all', 'all'] }) outputKpis!: string;
  @ApiProperty({ type: VfmPolicyFlags }) flags!: VfmPolicyFlags;
}

export class VfmPolicyInput extends VfmPolicySettings {
  @ApiPropertyOptional({ description: 'Ignored: the service names the version' }) policyId?: string;
  @ApiPropertyOptional({ type: 'integer', description: 'Ignored: the service numbers the version' }) version?: number;
}

export class VfmPolicyResponse extends VfmPolicySettings {
  @ApiProperty({ example: 'vfm-3e' }) policyId!: string;
  @ApiProperty({ type: 'integer', example: 0, description: '0 = the built-in default, n = the tenant’s version n' }) version!: number;
}
