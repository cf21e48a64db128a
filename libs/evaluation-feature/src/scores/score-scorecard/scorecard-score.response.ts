import { ApiProperty } from '@nestjs/swagger';
import { ScorecardEvaluationResponse } from '../score.responses.js';

export class ScorecardScoreAnswerResponse extends ScorecardEvaluationResponse {
  @ApiProperty({ type: String, nullable: true, example: null, description: 'The ?asOf instant (ISO-8601); null when none was given (the current state)' }) asOf!: string | null;
}
