import { ApiProperty } from '@nestjs/swagger';
import { PERIOD_CODES } from '@capaian/contracts';
import { NULLABLE_DECIMAL } from '@capaian/platform';
import { DISPLAY_VALUE, PolicyRefResponse, PositionRangeResponse, ScorecardEvaluationResponse } from '../score.responses.js';

const DISPLAY = { type: String, nullable: true, example: '87.50', description: DISPLAY_VALUE } as const;

export class WhatIfScoreResponse {
  @ApiProperty({ type: PolicyRefResponse }) policy!: PolicyRefResponse;
  @ApiProperty(NULLABLE_DECIMAL) score!: string | null;
  @ApiProperty(DISPLAY) scoreDisplay!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'tinggi' }) band!: string | null;
}

export class WhatIfKpiResponse {
  @ApiProperty({ example: 'dpmptsp-2026.iku-01' }) kpiId!: string;
  @ApiProperty({ example: 'IKU-01' }) code!: string;
  @ApiProperty({ ...NULLABLE_DECIMAL, description: 'Year achievement under the policy in force; null when not measurable' }) actual!: string | null;
  @ApiProperty({ ...DISPLAY, description: `actual: ${DISPLAY_VALUE} (the policy in force)` }) actualDisplay!: string | null;
  @ApiProperty({ ...NULLABLE_DECIMAL, description: 'Year achievement under the other policy' }) whatIf!: string | null;
  @ApiProperty({ ...DISPLAY, description: `whatIf: ${DISPLAY_VALUE} (the other policy)` }) whatIfDisplay!: string | null;
  @ApiProperty({ enum: ['green', 'yellow', 'red', 'none'] }) actualLight!: string;
  @ApiProperty({ enum: ['green', 'yellow', 'red', 'none'] }) whatIfLight!: string;
}

export class WhatIfDetailsResponse {
  @ApiProperty({ type: ScorecardEvaluationResponse }) actual!: ScorecardEvaluationResponse;
  @ApiProperty({ type: ScorecardEvaluationResponse }) whatIf!: ScorecardEvaluationResponse;
}

export class WhatIfResponse {
  @ApiProperty({ example: 'dpmptsp-2026' }) scorecardId!: string;
  @ApiProperty({ enum: PERIOD_CODES, example: 'Y' }) period!: string;
  @ApiProperty({ type: String, nullable: true, example: null }) asOf!: string | null;
  @ApiProperty({ type: PositionRangeResponse }) positions!: PositionRangeResponse;
  @ApiProperty({ type: WhatIfScoreResponse, description: 'Under the policy in force' }) actual!: WhatIfScoreResponse;
  @ApiProperty({ type: WhatIfScoreResponse, description: 'Under the other policy' }) whatIf!: WhatIfScoreResponse;
  @ApiProperty({ type: [WhatIfKpiResponse] }) kpis!: WhatIfKpiResponse[];
  @ApiProperty({ type: WhatIfDetailsResponse }) details!: WhatIfDetailsResponse;
}
