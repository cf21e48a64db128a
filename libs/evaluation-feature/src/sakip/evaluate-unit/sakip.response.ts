import { ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { LKE_PREFILL_RULE_CODES, LKE_SUB_COMPONENT_CODES } from '@capaian/evaluation-domain';
import { DECIMAL, nullableRef } from '@capaian/platform';
import { BilingualTextResponse } from '../../scores/score.responses.js';
import { LkeWorksheetResponse } from './lke-worksheet.schema.js';

export class LkeSuggestionBasisResponse {
  @ApiProperty({ type: 'integer' }) numerator!: number;
  @ApiProperty({ type: 'integer' }) denominator!: number;
  @ApiProperty({ ...DECIMAL, example: '100.00', description: 'Rounded to 2 decimals, for display' }) percent!: string;
}

export class LkeSuggestionResponse {
  @ApiProperty({ example: '1.a.1' }) criterionCode!: string;
  @ApiProperty({ example: 'Y', description: 'A value code of the criterion’s scale' }) answer!: string;
  @ApiProperty({ enum: LKE_PREFILL_RULE_CODES }) rule!: string;
  @ApiProperty({ type: BilingualTextResponse, description: 'What it was derived from, with the numbers' }) derivedFrom!: BilingualTextResponse;
  @ApiProperty(nullableRef(LkeSuggestionBasisResponse, { description: 'The ratio the rule measured; null for a yes/no fact' })) basis!: LkeSuggestionBasisResponse | null;
}

export class LkeEvidenceLinkResponse {
  @ApiProperty({ example: 'https://drive.pemda.go.id/lke/renstra.pdf' }) url!: string;
  @ApiProperty({ type: String, nullable: true }) label!: string | null;
}

export class SakipAnswerResponse {
  @ApiProperty({ example: 'Y' }) answer!: string;
  @ApiProperty({ ...DECIMAL, example: '1', description: 'The scale’s value of the answer, in [0, 1]' }) value!: string;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ type: [LkeEvidenceLinkResponse] }) evidence!: LkeEvidenceLinkResponse[];
  @ApiProperty({ description: 'Who gave this answer (evaluator or reviewer)' }) by!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
}

export class LkeWorksheetRefResponse {
  @ApiProperty({ example: 'permenpanrb-88-2021' }) worksheetId!: string;
  @ApiProperty({ type: 'integer', example: 1 }) version!: number;
}

export class LkeSubComponentScoreResponse {
  @ApiProperty({ enum: LKE_SUB_COMPONENT_CODES }) code!: string;
  @ApiProperty({ type: BilingualTextResponse }) name!: BilingualTextResponse;
  @ApiProperty({ ...DECIMAL, example: '6' }) score!: string;
  @ApiProperty({ ...DECIMAL, example: '6' }) max!: string;
  @ApiProperty({ type: 'integer' }) answered!: number;
  @ApiProperty({ type: 'integer' }) of!: number;
}

export class LkeComponentScoreResponse {
  @ApiProperty({ example: 'perencanaan' }) code!: string;
  @ApiProperty({ type: BilingualTextResponse }) name!: BilingualTextResponse;
  @ApiProperty({ ...DECIMAL, example: '24.5' }) score!: string;
  @ApiProperty({ ...DECIMAL, example: '30' }) max!: string;
  @ApiProperty({ type: 'integer' }) answered!: number;
  @ApiProperty({ type: 'integer' }) of!: number;
  @ApiProperty({ type: [LkeSubComponentScoreResponse] }) subComponents!: LkeSubComponentScoreResponse[];
}

export class LkeScoreResponse {
  @ApiProperty({ type: LkeWorksheetRefResponse }) worksheet!: LkeWorksheetRefResponse;
  @ApiProperty({ ...DECIMAL, example: '72.5', description: '0-100' }) total!: string;
  @ApiProperty({ example: 'BB', description: 'Provisional while `complete` is false' }) grade!: string;
  @ApiProperty({ type: BilingualTextResponse }) gradeLabel!: BilingualTextResponse;
  @ApiProperty({ type: [LkeComponentScoreResponse] }) components!: LkeComponentScoreResponse[];
  @ApiProperty({ description: 'Every criterion is answered' }) complete!: boolean;
  @ApiProperty({ type: 'integer' }) answered!: number;
  @ApiProperty({ type: 'integer' }) of!: number;
  @ApiProperty({ type: [String], description: 'Codes of the unanswered criteria, in worksheet order' }) unanswered!: string[];
}

export class SakipEvaluationResponse {
  @ApiProperty({ example: 'dpmptsp' }) unitId!: string;
  @ApiProperty({ type: 'integer', example: 2026 }) year!: number;
  @ApiProperty({ enum: ['none', 'in_progress', 'finalized'] }) status!: string;
  @ApiProperty(nullableRef(LkeWorksheetResponse, { description: 'The worksheet the evaluation was started with' })) worksheet!: LkeWorksheetResponse | null;
  @ApiProperty({ type: 'object', additionalProperties: { $ref: getSchemaPath(LkeSuggestionResponse) }, description: 'Criterion code -> suggested answer (never counted as an answer)' })
  suggestions!: Record<string, LkeSuggestionResponse>;
  @ApiProperty({ type: 'object', additionalProperties: { $ref: getSchemaPath(SakipAnswerResponse) }, description: 'Criterion code -> current answer' })
  answers!: Record<string, SakipAnswerResponse>;
  @ApiProperty(nullableRef(LkeScoreResponse, { description: 'Current (provisional while in progress) score' })) score!: LkeScoreResponse | null;
  @ApiProperty({ type: 'integer', description: 'Stream revision (the ETag)' }) revision!: number;
  @ApiProperty({ type: 'integer', description: 'Store position of the last event' }) position!: number;
}

/** Models referenced only by `$ref` (maps and nullable properties). */
export const SAKIP_EXTRA_MODELS = [LkeSuggestionResponse, LkeSuggestionBasisResponse, SakipAnswerResponse, LkeScoreResponse, LkeWorksheetResponse];
