import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { EvidenceDto, toValueString } from '../record-realization/record-realization.dto.js';

export class CorrectRealizationDto {
  @ApiProperty({ example: '82.4', type: String, description: "The new value, in the KPI's value type" })
  @Transform(toValueString)
  @IsString({ message: 'value must be a decimal number, a grade or a date written as text' })
  @Length(1, 40)
  value!: string;

  @ApiProperty({ example: 'Salah ketik pada rekap survei; nilai benar 82,4', description: 'Why the value changes (kept in the history)' })
  @IsString()
  @Length(1, 2000)
  reason!: string;

  @ApiPropertyOptional({ description: 'Absent = keep the current note' })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  note?: string;

  @ApiPropertyOptional({ type: [EvidenceDto], description: 'Absent = keep the current evidence; a list replaces it' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => EvidenceDto)
  evidence?: EvidenceDto[];
}
