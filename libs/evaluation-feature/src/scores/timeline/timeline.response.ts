import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PERIOD_CODES } from '@capaian/contracts';
import { NULLABLE_DECIMAL } from '@capaian/platform';
import { DISPLAY_VALUE, PolicyRefResponse } from '../score.responses.js';

export class TimelinePointResponse {
  @ApiProperty({ type: 'integer' }) position!: number;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ example: 'measurement.realization-recorded' }) eventType!: string;
  @ApiProperty({ example: 'dpmptsp-2026.iku-01 Q1', description: 'A KPI and period, or the plan version (`plan v1`)' }) subject!: string;
  @ApiProperty(NULLABLE_DECIMAL) score!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: '87.50', description: `score: ${DISPLAY_VALUE} (always sent)` }) scoreDisplay?: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'tinggi' }) band!: string | null;
  @ApiProperty({ ...NULLABLE_DECIMAL, example: '1.25', description: 'Score minus the previous point’s (null when either is not measurable)' }) change!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: '1.25', description: `change: ${DISPLAY_VALUE} (always sent)` }) changeDisplay?: string | null;
}

export class TimelinePositionsResponse {
  @ApiProperty({ type: 'integer', nullable: true, description: 'null when there is no point' }) from!: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) to!: number | null;
}

export class ScoreTimelineResponse {
  @ApiProperty({ example: 'dpmptsp-2026' }) scorecardId!: string;
  @ApiProperty({ enum: PERIOD_CODES, example: 'Y' }) period!: string;
  @ApiProperty({ type: PolicyRefResponse }) policy!: PolicyRefResponse;
  @ApiProperty({ type: TimelinePositionsResponse }) positions!: TimelinePositionsResponse;
  @ApiProperty({ type: [TimelinePointResponse] }) points!: TimelinePointResponse[];
}
