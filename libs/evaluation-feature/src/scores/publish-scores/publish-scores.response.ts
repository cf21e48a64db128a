import { ApiProperty } from '@nestjs/swagger';
import { PERIOD_CODES, type ChainHeadV1, type ScoresPublishedV1 } from '@capaian/contracts';
import { NULLABLE_DECIMAL } from '@capaian/platform';
import { PolicyRefResponse, PositionRangeResponse } from '../score.responses.js';

export class PublishedUnitScoreResponse {
  @ApiProperty({ example: 'dpmptsp' }) unitId!: string;
  @ApiProperty({ example: 'dpmptsp-2026' }) scorecardId!: string;
  @ApiProperty(NULLABLE_DECIMAL) score!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'tinggi' }) band!: string | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Main scorecards of period Y only; null otherwise' }) rank!: number | null;
}

export class ChainHeadResponse implements ChainHeadV1 {
  @ApiProperty({ example: 'input-kab-contoh.dpmptsp.2026' }) streamId!: string;
  @ApiProperty({ type: 'integer' }) revision!: number;
  @ApiProperty({ pattern: '^[0-9a-f]{64}$', description: 'sha256 of the stream’s event at `revision`' }) hash!: string;
}

export class PublishedScoresResponse implements Omit<ScoresPublishedV1, 'period'> {
  @ApiProperty({ type: 'integer', example: 2026 }) year!: number;
  @ApiProperty({ enum: PERIOD_CODES, example: 'Q2' }) period!: string;
  @ApiProperty({ type: PolicyRefResponse }) policy!: PolicyRefResponse;
  @ApiProperty({ type: PositionRangeResponse }) positions!: PositionRangeResponse;
  @ApiProperty({ type: [PublishedUnitScoreResponse] }) units!: PublishedUnitScoreResponse[];
  @ApiProperty({ type: [ChainHeadResponse] }) chainHeads!: ChainHeadResponse[];
  @ApiProperty({ type: 'integer', description: 'Position of the scores-published event' }) position!: number;
  @ApiProperty({ format: 'date-time', description: 'When the scores-published event was recorded (of the first request, on a repeat)' }) publishedAt!: string;
  @ApiProperty({ description: 'true when this repeats an earlier request with the same Idempotency-Key' }) replayed!: boolean;
}
