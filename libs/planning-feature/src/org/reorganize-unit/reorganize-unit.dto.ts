import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { UNIT_ID } from '../register-unit/register-unit.dto.js';

export class RenameUnitDto {
  @ApiProperty({ example: 'Dinas Komunikasi, Informatika dan Persandian' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiPropertyOptional({ example: 'Perda 3/2026' })
  @IsOptional()
  @IsString()
  @Length(1, 500)
  reason?: string;
}

export class MoveUnitDto {
  @ApiProperty({ example: 'opd-diskominfo' })
  @Matches(UNIT_ID, { message: 'newParentId must be a unit id' })
  newParentId!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 500)
  reason?: string;
}

export class MergeUnitDto {
  @ApiProperty({ description: 'The unit that absorbs this one', example: 'opd-diskominfo' })
  @Matches(UNIT_ID, { message: 'targetUnitId must be a unit id' })
  targetUnitId!: string;

  @ApiProperty({ example: 'Perubahan SOTK 2026' })
  @IsString()
  @Length(1, 500)
  reason!: string;
}

export class CloseUnitDto {
  @ApiProperty({ example: 'Dibubarkan sesuai Perda 3/2026' })
  @IsString()
  @Length(1, 500)
  reason!: string;
}
