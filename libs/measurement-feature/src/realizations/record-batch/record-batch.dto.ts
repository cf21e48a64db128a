import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, ValidateNested } from 'class-validator';
import { Text } from '@capaian/platform';
import { RecordRealizationDto } from '../record-realization/record-realization.dto.js';

export class BatchItemDto extends RecordRealizationDto {
  @Text(1, 2000, { description: 'When given, the item corrects the value already reported for this KPI and period, for this reason' }, { optional: true })
  correctionReason?: string;
}

export class RecordBatchDto {
  @ApiProperty({ type: [BatchItemDto], description: 'Up to 1000 realizations (more: 422 BATCH_TOO_LARGE)' })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => BatchItemDto)
  items!: BatchItemDto[];
}

export class BatchItemResultDto {
  @ApiProperty() index!: number;
  @ApiProperty() realizationId!: string;
  @ApiProperty() streamId!: string;
  @ApiProperty() revision!: number;
  @ApiProperty() position!: number;
  @ApiProperty() replayed!: boolean;
  @ApiProperty() eventType!: string;
  @ApiProperty({ enum: ['submitted', 'verified', 'rejected'] }) status!: string;
  @ApiProperty({ type: Number, nullable: true, description: '1 for the first value, +1 per correction' }) valueRevision!: number | null;
  @ApiProperty() late!: boolean;
  @ApiProperty() afterLock!: boolean;
}

export class BatchResultDto {
  @ApiProperty() accepted!: number;
  @ApiProperty() replayed!: number;
  @ApiProperty({ type: [BatchItemResultDto] }) items!: BatchItemResultDto[];
}
