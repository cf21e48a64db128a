import { ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { LKE_PREFILL_RULE_CODES, LKE_SUB_COMPONENT_CODES } from '@capaian/evaluation-domain';
import { DECIMAL, NULLABLE_DECIMAL } from '@capaian/platform';
import { BilingualTextResponse } from '../../scores/score.responses.js';

/** The LKE worksheet as data (evaluation-domain `LkeWorksheet`); every number a decimal string. */

export class LkeCriterionSchema {
  @ApiProperty({ example: '1.a.1' }) code!: string;
  @ApiProperty({ type: BilingualTextResponse }) text!: BilingualTextResponse;
  @ApiProperty({ example: 'yn', description: 'Key of the worksheet’s `scales`' }) scale!: string;
  @ApiPropertyOptional({ enum: LKE_PREFILL_RULE_CODES, description: 'The rule the system suggests an answer with' }) prefill?: string;
}

export class LkeSubComponentSchema {
  @ApiProperty({ enum: LKE_SUB_COMPONENT_CODES }) code!: string;
  @ApiProperty({ type: BilingualTextResponse }) name!: BilingualTextResponse;
  @ApiProperty({ ...DECIMAL, example: '20', description: 'Percent of the component’s weight' }) share!: string;
  @ApiProperty({ type: [LkeCriterionSchema] }) criteria!: LkeCriterionSchema[];
}

export class LkeComponentSchema {
  @ApiProperty({ example: 'perencanaan' }) code!: string;
  @ApiProperty({ type: BilingualTextResponse }) name!: BilingualTextResponse;
  @ApiProperty({ ...DECIMAL, example: '30', description: 'Points of the total (0-100)' }) weight!: string;
  @ApiProperty({ type: [LkeSubComponentSchema] }) subComponents!: LkeSubComponentSchema[];
}

export class LkeRatioAnswerSchema {
  @ApiProperty({ ...DECIMAL, example: '80' }) minPercent!: string;
  @ApiProperty({ example: 'A' }) answer!: string;
}

export class LkeScaleSchema {
  @ApiProperty({ enum: ['yes_no', 'graded'] }) kind!: string;
  @ApiProperty({ type: BilingualTextResponse }) label!: BilingualTextResponse;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, example: { Y: '1', T: '0' }, description: 'Value code -> value in [0, 1] (decimal string), best first' })
  values!: Record<string, string>;
  @ApiPropertyOptional({ type: 'object', additionalProperties: { $ref: getSchemaPath(BilingualTextResponse) }, description: 'Value code -> its meaning' })
  valueLabels?: Record<string, BilingualTextResponse>;
  @ApiPropertyOptional({ type: [LkeRatioAnswerSchema], description: 'How a measured ratio becomes an answer when pre-filling' }) ratioAnswers?: LkeRatioAnswerSchema[];
}

export class LkeGradeBandSchema {
  @ApiProperty({ example: 'BB' }) code!: string;
  @ApiProperty({ type: BilingualTextResponse }) label!: BilingualTextResponse;
  @ApiProperty({ ...NULLABLE_DECIMAL, example: '70', description: 'Exclusive lower bound; null = every total (the last band)' }) min!: string | null;
}

abstract class LkeWorksheetContent {
  @ApiProperty({ example: 'permenpanrb-88-2021' }) worksheetId!: string;
  @ApiPropertyOptional() description?: string;
  @ApiProperty({ type: [LkeComponentSchema] }) components!: LkeComponentSchema[];
  @ApiProperty({ type: 'object', additionalProperties: { $ref: getSchemaPath(LkeScaleSchema) }, description: 'Scale code -> scale' })
  scales!: Record<string, LkeScaleSchema>;
  @ApiProperty({ type: [LkeGradeBandSchema], description: 'Highest first' }) grades!: LkeGradeBandSchema[];
}

/** A worksheet as sent: its version is assigned by the service. */
export class LkeWorksheetInput extends LkeWorksheetContent {
  @ApiPropertyOptional({ type: 'integer', description: 'Ignored: the service numbers the version' }) version?: number;
}

export class LkeWorksheetResponse extends LkeWorksheetContent {
  @ApiProperty({ type: 'integer', example: 1 }) version!: number;
}
