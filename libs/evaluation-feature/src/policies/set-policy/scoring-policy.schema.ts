import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DECIMAL, NULLABLE_DECIMAL } from '@capaian/platform';
import { BilingualTextResponse } from '../../scores/score.responses.js';

/** The scoring policy as data (`ScoringPolicy` of @capaian/scoring); every number a decimal string. */

export class PolicyRangeSettings {
  @ApiProperty({ enum: ['linear'] }) falloff!: string;
  @ApiProperty({ ...DECIMAL, example: '100', description: '> 0' }) widthPercent!: string;
}

export class PolicyMilestoneSettings {
  @ApiProperty({ ...DECIMAL, example: '1', description: '>= 0' }) latePenaltyPerDay!: string;
  @ApiProperty({ ...DECIMAL, example: '0', description: '<= 100' }) minimum!: string;
}

export class PolicyCategoricalSettings {
  @ApiProperty({
    type: 'object',
    nullable: true,
    additionalProperties: { type: 'string' },
    example: { WTP: '100', WDP: '75', TW: '25', TMP: '0' },
    description: 'Grade -> percent (decimal strings), or null',
  })
  percents!: Record<string, string> | null;
  @ApiProperty() relativeToTarget!: boolean;
}

export class PolicyAchievementSettings {
  @ApiProperty({ enum: ['ratio', 'difference'] }) lowerIsBetter!: string;
  @ApiProperty({ ...NULLABLE_DECIMAL, example: '120', description: '>= 100 and >= floor; null for none' }) cap!: string | null;
  @ApiProperty({ ...DECIMAL, example: '0', description: '<= 100' }) floor!: string;
  @ApiProperty({ type: PolicyRangeSettings }) range!: PolicyRangeSettings;
  @ApiProperty({ type: PolicyMilestoneSettings }) milestone!: PolicyMilestoneSettings;
  @ApiProperty({ type: PolicyCategoricalSettings }) categorical!: PolicyCategoricalSettings;
}

export class PolicyCascadeSettings {
  @ApiProperty({ enum: ['none', 'blend'] }) mode!: string;
  @ApiProperty({ ...DECIMAL, example: '0', description: '0..1' }) childWeight!: string;
}

export class PolicyRollupSettings {
  @ApiProperty({ enum: ['objectives', 'kpis'] }) perspectiveMode!: string;
  @ApiProperty({ type: PolicyCascadeSettings }) cascade!: PolicyCascadeSettings;
}

export class PolicyBand {
  @ApiProperty({ example: 'sangat_tinggi' }) code!: string;
  @ApiProperty({ type: BilingualTextResponse }) label!: BilingualTextResponse;
  @ApiProperty({ ...NULLABLE_DECIMAL, example: '90', description: 'null = unbounded' }) min!: string | null;
  @ApiProperty() minInclusive!: boolean;
  @ApiProperty({ ...NULLABLE_DECIMAL, example: null, description: 'null = unbounded' }) max!: string | null;
  @ApiProperty() maxInclusive!: boolean;
}

export class PolicyTrafficLightSettings {
  @ApiProperty({ ...DECIMAL, example: '100' }) defaultGreen!: string;
  @ApiProperty({ ...DECIMAL, example: '75' }) defaultYellow!: string;
}

export class PolicyDisplaySettings {
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 10, example: 2, description: 'Decimals of every display value (`scoreDisplay`, `percentDisplay`...), rounded half-up' }) decimals!: number;
}

/** The settings of a scoring policy, without its identity. */
abstract class ScoringPolicySettings {
  @ApiPropertyOptional() description?: string;
  @ApiProperty({ type: PolicyAchievementSettings }) achievement!: PolicyAchievementSettings;
  @ApiProperty({ type: PolicyRollupSettings }) rollup!: PolicyRollupSettings;
  @ApiProperty({ type: [PolicyBand], description: 'Ascending and contiguous, covering [floor, cap]' }) bands!: PolicyBand[];
  @ApiProperty({ type: PolicyTrafficLightSettings }) trafficLight!: PolicyTrafficLightSettings;
  @ApiPropertyOptional({ type: PolicyDisplaySettings, description: 'How scores are shown (display only); absent = { decimals: 2 }' }) display?: PolicyDisplaySettings;
}

/** A scoring policy as sent on PUT: its identity (policyId, version) is assigned by the service. */
export class ScoringPolicyInput extends ScoringPolicySettings {
  @ApiPropertyOptional({ description: 'Ignored: the service names the version' }) policyId?: string;
  @ApiPropertyOptional({ type: 'integer', description: 'Ignored: the service numbers the version' }) version?: number;
}

/** An ad-hoc policy (what-if) is checked as a whole, identity included (422 INVALID_POLICY naming the field). */
export class AdHocScoringPolicy extends ScoringPolicySettings {
  @ApiProperty({ example: 'simulasi-cap-150' }) policyId!: string;
  @ApiProperty({ type: 'integer', minimum: 1, example: 1 }) version!: number;
}

export class ScoringPolicyResponse extends ScoringPolicySettings {
  @ApiProperty({ example: 'permendagri-86-2017' }) policyId!: string;
  @ApiProperty({ type: 'integer', example: 0, description: '0 = the built-in default, n = the tenant’s version n' }) version!: number;
}
