import { ApiProperty } from '@nestjs/swagger';
import { NULLABLE_DECIMAL } from '@capaian/platform';
import { DISPLAY_VALUE, PolicyRefResponse, UnitScoreResponse } from '../score.responses.js';

export class RankedUnitResponse {
  @ApiProperty({ type: 'integer', nullable: true, example: 1, description: 'Ties share a rank; null when not measurable' }) rank!: number | null;
  @ApiProperty({ example: 'dpmptsp' }) unitId!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty({ example: 'dpmptsp-2026' }) scorecardId!: string;
  @ApiProperty(NULLABLE_DECIMAL) ownScore!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '87.50', description: DISPLAY_VALUE }) ownScoreDisplay!: string | null;
  @ApiProperty({ ...NULLABLE_DECIMAL, description: 'The cascaded score the ranking uses' }) score!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '87.50', description: DISPLAY_VALUE }) scoreDisplay!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'tinggi' }) band!: string | null;
}

export class RankingResponse {
  @ApiProperty({ type: 'integer', example: 2026 }) year!: number;
  @ApiProperty({ type: String, nullable: true, example: null, description: 'The ?asOf instant; null when none was given (the current state)' }) asOf!: string | null;
  @ApiProperty({ type: PolicyRefResponse }) policy!: PolicyRefResponse;
  @ApiProperty({ type: 'integer', description: 'Store position of the inputs the ranking was computed from' }) position!: number;
  @ApiProperty({ type: [UnitScoreResponse], description: 'Every unit’s score (main scorecards), cascaded by the policy' }) units!: UnitScoreResponse[];
  @ApiProperty({ type: [RankedUnitResponse], description: 'The OPDs, best first' }) ranking!: RankedUnitResponse[];
}
