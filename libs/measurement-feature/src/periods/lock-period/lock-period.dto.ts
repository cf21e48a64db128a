import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';

export class LockPeriodDto {
  @ApiPropertyOptional({ example: 'Data TW I sudah diverifikasi Inspektorat' })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  note?: string;
}

export class UnlockPeriodDto {
  @ApiProperty({ example: 'Koreksi data BPS yang terlambat terbit' })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}
