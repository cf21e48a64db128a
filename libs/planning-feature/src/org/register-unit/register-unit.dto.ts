import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches, ValidateIf } from 'class-validator';
import { UNIT_KINDS, type UnitKind } from '@capaian/planning-domain';
import { OneOf, Text } from '@capaian/platform';

export const UNIT_ID = /^[a-z0-9][a-z0-9_.-]{0,79}$/;

export class RegisterUnitDto {
  @ApiProperty({ example: 'opd-dinkes' })
  @Matches(UNIT_ID, { message: 'unitId may contain lowercase letters, digits, . - and _ (max 80)' })
  unitId!: string;

  @Text(1, 200, { example: 'Dinas Kesehatan' })
  name!: string;

  @OneOf(UNIT_KINDS)
  kind!: UnitKind;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'kab-contoh', description: 'The parent unit; null or absent only for the Pemda root' })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @Matches(UNIT_ID, { message: 'parentId must be a unit id' })
  parentId!: string | null;
}
