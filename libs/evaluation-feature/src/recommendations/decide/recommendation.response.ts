import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DECIMAL, NULLABLE_DECIMAL, nullableRef, StreamWrittenResponse } from '@capaian/platform';
import { BilingualTextResponse, PolicyRefResponse } from '../../scores/score.responses.js';

const KINDS = ['tpp', 'certificate', 'oral_warning', 'written_warning', 'postponed_promotion'];

export class RecommendationInputResponse {
  @ApiProperty({ example: '2026', description: '`2026`, `2026-S1`, `2026-Q2`, `2026-M03`' }) period!: string;
  @ApiProperty(NULLABLE_DECIMAL) score!: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) rank!: number | null;
}

export class RecommendationTppResponse {
  @ApiProperty(DECIMAL) score!: string;
  @ApiProperty({ ...DECIMAL, example: '100' }) baseShare!: string;
  @ApiProperty({ ...DECIMAL, example: '100' }) cap!: string;
  @ApiProperty(DECIMAL) cappedScore!: string;
  @ApiProperty({ ...DECIMAL, description: 'Payable percent of the performance allowance' }) payablePercent!: string;
}

export class RecommendationCertificateResponse {
  @ApiProperty({ type: 'integer' }) rank!: number;
  @ApiProperty({ type: 'integer' }) topN!: number;
  @ApiProperty(DECIMAL) score!: string;
  @ApiProperty(NULLABLE_DECIMAL) minScore!: string | null;
  @ApiProperty() minInclusive!: boolean;
}

export class SupersededRuleResponse {
  @ApiProperty() ruleId!: string;
  @ApiProperty({ type: 'integer' }) ruleVersion!: number;
  @ApiProperty({ enum: KINDS }) kind!: string;
}

export class RecommendationShortfallResponse {
  @ApiProperty(DECIMAL) threshold!: string;
  @ApiProperty() thresholdInclusive!: boolean;
  @ApiProperty({ type: 'integer' }) streak!: number;
  @ApiProperty({ type: 'integer' }) required!: number;
  @ApiProperty({ type: [SupersededRuleResponse] }) supersedes!: SupersededRuleResponse[];
}

/** What a decision was about (a snapshot of the recommendation's identifying content). */
export class RecommendationSnapshotResponse {
  @ApiProperty({ enum: KINDS }) kind!: string;
  @ApiProperty({ example: 'dpmptsp' }) unitId!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty({ example: '2026' }) period!: string;
  @ApiProperty({ example: 'tpp-performance' }) ruleId!: string;
  @ApiProperty({ type: 'integer', example: 1 }) ruleVersion!: number;
  @ApiProperty({ type: PolicyRefResponse }) policy!: PolicyRefResponse;
  @ApiProperty({ type: BilingualTextResponse }) reason!: BilingualTextResponse;
  @ApiProperty({ type: [RecommendationInputResponse], description: 'The scores and periods the rule used, oldest first' }) inputs!: RecommendationInputResponse[];
}

export class RecommendationDecisionDataResponse {
  @ApiProperty({ example: 'kab-contoh' }) tenantId!: string;
  @ApiProperty({ example: 'tpp-performance.v1.dpmptsp.2026' }) recommendationId!: string;
  @ApiProperty({ type: RecommendationSnapshotResponse }) recommendation!: RecommendationSnapshotResponse;
  @ApiProperty() decidedBy!: string;
  @ApiProperty({ format: 'date-time' }) decidedAt!: string;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiPropertyOptional({ description: 'Rejections only' }) reason?: string;
}

export class RecommendationDecisionResponse {
  @ApiProperty({ enum: ['recommendation-accepted', 'recommendation-rejected'] }) type!: string;
  @ApiProperty({ format: 'date-time', description: 'When it was recorded' }) at!: string;
  @ApiProperty({ type: String, nullable: true }) by!: string | null;
  @ApiProperty({ type: RecommendationDecisionDataResponse }) data!: RecommendationDecisionDataResponse;
}

export class RecommendationResponse extends RecommendationSnapshotResponse {
  @ApiProperty({ example: 'tpp-performance.v1.dpmptsp.2026', description: '`<ruleId>.v<ruleVersion>.<unitId>.<period>`' }) recommendationId!: string;
  @ApiPropertyOptional({ type: RecommendationTppResponse, description: 'kind tpp' }) tpp?: RecommendationTppResponse;
  @ApiPropertyOptional({ type: RecommendationCertificateResponse, description: 'kind certificate' }) certificate?: RecommendationCertificateResponse;
  @ApiPropertyOptional({ type: RecommendationShortfallResponse, description: 'warnings and postponed promotion' }) shortfall?: RecommendationShortfallResponse;
  @ApiProperty(nullableRef(RecommendationDecisionResponse, { description: 'The decision taken; null while undecided' })) decision!: RecommendationDecisionResponse | null;
}

export class RecommendationDecidedResponse extends StreamWrittenResponse {
  @ApiProperty(nullableRef(RecommendationDecisionDataResponse, { description: 'The decision recorded' })) data!: RecommendationDecisionDataResponse | null;
}
