import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class ApproveDto {
  @ApiProperty({ example: 'Drs. H. Contoh, M.Si. (Bupati Contoh)', description: 'Who signs the Perjanjian Kinerja' })
  @IsString()
  @Length(1, 200)
  signedBy!: string;
}

export class OpenRevisionDto {
  @ApiProperty({ example: 'Penyesuaian target setelah Perubahan APBD 2026', description: 'Why the approved plan changes (kept in its history)' })
  @IsString()
  @Length(1, 1000)
  reason!: string;
}
