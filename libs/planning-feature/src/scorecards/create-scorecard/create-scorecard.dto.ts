import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { Text, TextList } from '@capaian/platform';

export class ProfileDto {
  @Text(1, 300, { example: 'Kartu Kinerja Bupati Contoh 2026' })
  title!: string;

  @Text(0, 2000, { example: 'Kabupaten Contoh yang maju, sejahtera dan berdaya saing' }, { optional: true })
  vision?: string;

  @TextList(30, 1000, { description: 'Misi, in order' })
  missions?: string[];

  @TextList(30, 1000, { description: 'Tujuan (strategic goals)' })
  goals?: string[];
}

export class CreateScorecardDto extends ProfileDto {
  @Text(1, 80, { description: 'Unit of the organization tree that owns the scorecard', example: 'dpmptsp' })
  unitId!: string;

  @ApiProperty({ example: 2026 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @ApiPropertyOptional({ description: 'For a thematic scorecard, e.g. "spbe"; absent for the unit\'s main one', example: 'spbe' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{0,29}$/, { message: 'theme is a slug of lowercase letters, digits and - (max 30)' })
  theme?: string;
}

export const profileOf = (dto: ProfileDto) => ({ title: dto.title, vision: dto.vision ?? '', missions: dto.missions ?? [], goals: dto.goals ?? [] });
