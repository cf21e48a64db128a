import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';

export class StartSakipDto {
  @ApiProperty({ example: 'dpmptsp' })
  @IsString()
  @Length(1, 80)
  unitId!: string;

  @ApiProperty({ example: 2026 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;
}

export class LkeEvidenceDto {
  @ApiProperty({ example: 'https://drive.pemda.go.id/lke/renstra.pdf' })
  @IsString()
  @Length(1, 2000)
  url!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(0, 200)
  label?: string;
}

export class AnswerDto {
  @ApiProperty({ example: 'Y', description: "A value code of the criterion's scale (Y/T, or AA/A/B/C/D/E)" })
  @IsString()
  @Length(1, 10)
  answer!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(0, 4000)
  note?: string;

  @ApiPropertyOptional({ type: [LkeEvidenceDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => LkeEvidenceDto)
  evidence?: LkeEvidenceDto[];
}

export class ReviseDto extends AnswerDto {
  @ApiProperty({ example: 'Dokumen Renstra belum ditetapkan dengan Perkada' })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}

export class ReasonDto {
  @ApiProperty({ example: 'Bukti tambahan diterima setelah finalisasi' })
  @IsString()
  @Length(1, 2000)
  reason!: string;
}
