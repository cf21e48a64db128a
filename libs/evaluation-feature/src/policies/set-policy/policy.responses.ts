import { ApiProperty } from '@nestjs/swagger';
import { nullableRef } from '@capaian/platform';
import { StreamWrittenResponse } from '../../stream-written.response.js';
import { RewardPolicyResponse, VfmPolicyResponse } from './other-policies.schema.js';
import { ScoringPolicyResponse } from './scoring-policy.schema.js';

export class ScoringPoliciesResponse {
  @ApiProperty({ type: 'integer', example: 2026 }) year!: number;
  @ApiProperty({ type: ScoringPolicyResponse, description: 'The version in force' }) current!: ScoringPolicyResponse;
  @ApiProperty({ description: 'true when the tenant set no version of its own' }) isDefault!: boolean;
  @ApiProperty({ type: [ScoringPolicyResponse], description: 'Every version, the default (version 0) first' }) versions!: ScoringPolicyResponse[];
  @ApiProperty({ type: ScoringPolicyResponse, description: 'The built-in default (version 0)' }) default!: ScoringPolicyResponse;
}

export class ScoringPolicySetResponse {
  @ApiProperty({ type: 'integer', example: 2026 }) year!: number;
  @ApiProperty({ type: 'integer', description: 'Stream revision after the write (the ETag)' }) revision!: number;
  @ApiProperty({ description: 'true when this repeats an earlier request with the same Idempotency-Key' }) replayed!: boolean;
  @ApiProperty({ description: 'false when the policy equals the one in force (nothing written)' }) changed!: boolean;
  @ApiProperty({ type: ScoringPolicyResponse }) current!: ScoringPolicyResponse;
}

export class RewardPoliciesResponse {
  @ApiProperty({ type: 'integer', example: 2026 }) year!: number;
  @ApiProperty({ type: RewardPolicyResponse }) current!: RewardPolicyResponse;
  @ApiProperty() isDefault!: boolean;
  @ApiProperty({ type: [RewardPolicyResponse], description: 'Every version, the default (version 0) first' }) versions!: RewardPolicyResponse[];
  @ApiProperty({ type: RewardPolicyResponse }) default!: RewardPolicyResponse;
}

export class VfmPoliciesResponse {
  @ApiProperty({ type: 'integer', example: 2026 }) year!: number;
  @ApiProperty({ type: VfmPolicyResponse }) current!: VfmPolicyResponse;
  @ApiProperty() isDefault!: boolean;
  @ApiProperty({ type: [VfmPolicyResponse], description: 'Every version, the default (version 0) first' }) versions!: VfmPolicyResponse[];
  @ApiProperty({ type: VfmPolicyResponse }) default!: VfmPolicyResponse;
}

export class RewardPolicySetData {
  @ApiProperty({ example: 'kab-contoh' }) tenantId!: string;
  @ApiProperty({ type: 'integer', example: 2026 }) year!: number;
  @ApiProperty({ type: 'integer', example: 1 }) version!: number;
  @ApiProperty({ type: RewardPolicyResponse }) policy!: RewardPolicyResponse;
  @ApiProperty() reason!: string;
}

export class RewardPolicyWrittenResponse extends StreamWrittenResponse {
  @ApiProperty(nullableRef(RewardPolicySetData, { description: 'The new version; null when nothing was written' })) data!: RewardPolicySetData | null;
}

export class VfmPolicySetData {
  @ApiProperty({ example: 'kab-contoh' }) tenantId!: string;
  @ApiProperty({ type: 'integer', example: 2026 }) year!: number;
  @ApiProperty({ type: 'integer', example: 1 }) version!: number;
  @ApiProperty({ type: VfmPolicyResponse }) policy!: VfmPolicyResponse;
  @ApiProperty() reason!: string;
}

export class VfmPolicyWrittenResponse extends StreamWrittenResponse {
  @ApiProperty(nullableRef(VfmPolicySetData, { description: 'The new version; null when nothing was written' })) data!: VfmPolicySetData | null;
}
