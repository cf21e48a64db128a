import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Length, Min } from 'class-validator';

export class VerifyDto {
  @ApiPropertyOptional({ example: 1, description: 'The value revision you checked; 409 when a correction arrived since' })
  @IsOptional()
  @IsInt()
  @Min(1)
  valueRevision?: number;

  @ApiPropertyOptional({ example: 'Bukti dukung lengkap' })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  note?: string;
}

export class RejectDto {
  @ApiPropertyOptional({ example: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  valueRevision?: number;

  @ApiProperty({ example: 'Bukti dukung tidak sesuai periode', description: 'Why (the unit sees it and corrects)' })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}
