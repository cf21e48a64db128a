import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

export class ProfileDto {
  @ApiProperty({ example: 'Kartu Kinerja Bupati Contoh 2026' })
  @IsString()
  @Length(1, 300)
  title!: string;

  @ApiPropertyOptional({ example: 'Kabupaten Contoh yang maju, sejahtera dan berdaya saing' })
  @IsOptional()
  @IsString()
  @Length(0, 2000)
  vision?: string;

  @ApiPropertyOptional({ type: [String], description: 'Misi, in order' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 1000, { each: true })
  missions?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Tujuan (strategic goals)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 1000, { each: true })
  goals?: string[];
}

export class CreateScorecardDto extends ProfileDto {
  @ApiProperty({ description: 'Unit of the organization tree that owns the scorecard', example: 'dpmptsp' })
  @IsString()
  @Length(1, 80)
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
